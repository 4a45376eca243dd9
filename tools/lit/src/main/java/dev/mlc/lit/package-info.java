/**
 * {@code mlc-lit}: an LLVM-lit-style test runner whose RUN lines run in-process. Test files carry
 * {@code // RUN:} lines in a small shell language (pipes, {@code &&}, {@code ||}, redirections,
 * {@code not}, {@code count}, and built-in {@code echo}, {@code cat}, {@code diff}, ...); the
 * commands they name are {@link dev.mlc.tools.Tool} services found on the class path, run on
 * in-memory streams, so no JVM or process is started per RUN line. A {@code lit.json} per test
 * tree ({@link dev.mlc.lit.LitConfig}) declares suffixes, substitutions and features.
 * {@link dev.mlc.lit.LitRunner} is the embedding API; {@link dev.mlc.lit.LitTool} the command.
 */
package dev.mlc.lit;
