/**
 * {@code mlc-filecheck}: LLVM's FileCheck (version 19), re-implemented in Java.
 *
 * <p>Entry points: {@link dev.mlc.filecheck.FileCheck#check} (the library), {@link
 * dev.mlc.filecheck.FileCheckTool} (the {@code mlc-filecheck}/{@code FileCheck} command, found
 * through {@link java.util.ServiceLoader}), {@link dev.mlc.filecheck.Options} and {@link
 * dev.mlc.filecheck.Result}.
 *
 * <p>How it works, in LLVM's terms and order:
 *
 * <ul>
 *   <li>{@code CommandLine} parses the options as LLVM's {@code cl} does; {@code SourceFile}
 *       holds the check file and the input, one char per byte and canonicalized (CRLF, and runs of
 *       blanks unless {@code --strict-whitespace}).
 *   <li>{@code CheckFileParser} finds the directives ({@code readCheckFile}); {@code
 *       PatternParser} turns each into a {@code Pattern} (a fixed string, or a regular expression
 *       with substitutions and capture groups); {@code NumericExpressionParser} handles {@code
 *       [[#...]]} blocks; variables live in the {@code PatternContext}.
 *   <li>{@code PosixRegex} translates LLVM's POSIX regex dialect to java.util.regex, {@code
 *       CompiledRegex} finds leftmost-longest matches and {@code Submatcher} assigns groups as
 *       Spencer's regex library does.
 *   <li>{@code InputChecker} ({@code checkInput}) splits the input at {@code CHECK-LABEL}s and
 *       checks each {@code CheckString} (a positive directive with its preceding DAG/NOT ones);
 *       {@code MatchReporter} prints LLVM's diagnostics through {@code Diagnostics} and records
 *       results for the {@code InputDump}.
 * </ul>
 */
package dev.mlc.filecheck;
