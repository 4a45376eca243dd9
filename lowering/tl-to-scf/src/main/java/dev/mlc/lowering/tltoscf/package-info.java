/** convert-tl-to-scf: tl loop nests, structured ops and vector ops to scf loops over buffers. */
package dev.mlc.lowering.tltoscf;
