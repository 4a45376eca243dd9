/** convert-scf-to-cf: structured control flow to blocks and branches. */
package dev.mlc.lowering.scftocf;
