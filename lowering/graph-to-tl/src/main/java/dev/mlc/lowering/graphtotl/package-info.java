/** convert-graph-to-tl: graph ops to tl structured ops, with bufferization. */
package dev.mlc.lowering.graphtotl;
