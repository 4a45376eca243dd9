package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a FileCheck run, one per command-line option of LLVM's FileCheck. Build with
 * {@link #builder()}; {@link #defaults()} is FileCheck without options.
 *
 * @param checkPrefixes {@code --check-prefix(es)}; empty means {@code CHECK}
 * @param commentPrefixes {@code --comment-prefixes}; empty means {@code COM,RUN}
 * @param implicitCheckNot {@code --implicit-check-not} patterns
 * @param defines {@code -D} definitions as written after {@code -D}: {@code VAR=value} or {@code #VAR=expr}
 * @param strictWhitespace {@code --strict-whitespace}
 * @param matchFullLines {@code --match-full-lines}
 * @param ignoreCase {@code --ignore-case}
 * @param allowEmpty {@code --allow-empty}
 * @param allowUnusedPrefixes {@code --allow-unused-prefixes}
 * @param enableVarScope {@code --enable-var-scope}
 * @param allowDeprecatedDagOverlap {@code --allow-deprecated-dag-overlap}
 * @param verbose {@code -v}
 * @param veryVerbose {@code -vv}
 * @param dumpInput {@code --dump-input}
 * @param dumpInputFilter {@code --dump-input-filter}, or null for the default of {@code dumpInput}
 * @param dumpInputContext {@code --dump-input-context}
 */
public record Options(
    List<String> checkPrefixes,
    List<String> commentPrefixes,
    List<String> implicitCheckNot,
    List<String> defines,
    boolean strictWhitespace,
    boolean matchFullLines,
    boolean ignoreCase,
    boolean allowEmpty,
    boolean allowUnusedPrefixes,
    boolean enableVarScope,
    boolean allowDeprecatedDagOverlap,
    boolean verbose,
    boolean veryVerbose,
    DumpInput dumpInput,
    DumpInputFilter dumpInputFilter,
    int dumpInputContext) {

  /** When to print the annotated input dump. */
  public enum DumpInput { NEVER, FAIL, ALWAYS, HELP }

  /** Which input lines the dump shows (besides context lines). */
  public enum DumpInputFilter { ERROR, ANNOTATION, ANNOTATION_FULL, ALL }

  public Options {
    checkPrefixes = List.copyOf(checkPrefixes);
    commentPrefixes = List.copyOf(commentPrefixes);
    implicitCheckNot = List.copyOf(implicitCheckNot);
    defines = List.copyOf(defines);
  }

  /** FileCheck's defaults, except that no input dump is printed (as suits an API). */
  public static Options defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.checkPrefixes.addAll(checkPrefixes);
    b.commentPrefixes.addAll(commentPrefixes);
    b.implicitCheckNot.addAll(implicitCheckNot);
    b.defines.addAll(defines);
    b.strictWhitespace = strictWhitespace;
    b.matchFullLines = matchFullLines;
    b.ignoreCase = ignoreCase;
    b.allowEmpty = allowEmpty;
    b.allowUnusedPrefixes = allowUnusedPrefixes;
    b.enableVarScope = enableVarScope;
    b.allowDeprecatedDagOverlap = allowDeprecatedDagOverlap;
    b.verbose = verbose;
    b.veryVerbose = veryVerbose;
    b.dumpInput = dumpInput;
    b.dumpInputFilter = dumpInputFilter;
    b.dumpInputContext = dumpInputContext;
    return b;
  }

  /** The filter in effect: the given one, else {@code all} when always dumping, else {@code error}. */
  DumpInputFilter effectiveDumpInputFilter() {
    if (dumpInputFilter != null) return dumpInputFilter;
    return dumpInput == DumpInput.ALWAYS ? DumpInputFilter.ALL : DumpInputFilter.ERROR;
  }

  /** Builds {@link Options}. */
  public static final class Builder {
    private final List<String> checkPrefixes = new ArrayList<>();
    private final List<String> commentPrefixes = new ArrayList<>();
    private final List<String> implicitCheckNot = new ArrayList<>();
    private final List<String> defines = new ArrayList<>();
    private boolean strictWhitespace;
    private boolean matchFullLines;
    private boolean ignoreCase;
    private boolean allowEmpty;
    private boolean allowUnusedPrefixes;
    private boolean enableVarScope;
    private boolean allowDeprecatedDagOverlap;
    private boolean verbose;
    private boolean veryVerbose;
    private DumpInput dumpInput = DumpInput.NEVER;
    private DumpInputFilter dumpInputFilter;
    private int dumpInputContext = 5;

    private Builder() {}

    /** Adds check prefixes ({@code --check-prefix}). */
    public Builder checkPrefixes(String... prefixes) {
      checkPrefixes.addAll(List.of(prefixes));
      return this;
    }

    /** Adds comment prefixes ({@code --comment-prefixes}). */
    public Builder commentPrefixes(String... prefixes) {
      commentPrefixes.addAll(List.of(prefixes));
      return this;
    }

    /** Adds an {@code --implicit-check-not} pattern. */
    public Builder implicitCheckNot(String pattern) {
      implicitCheckNot.add(pattern);
      return this;
    }

    /** Adds a {@code -D} definition: {@code VAR=value} or {@code #VAR=expression}. */
    public Builder define(String definition) {
      defines.add(definition);
      return this;
    }

    public Builder strictWhitespace(boolean on) {
      strictWhitespace = on;
      return this;
    }

    public Builder matchFullLines(boolean on) {
      matchFullLines = on;
      return this;
    }

    public Builder ignoreCase(boolean on) {
      ignoreCase = on;
      return this;
    }

    public Builder allowEmpty(boolean on) {
      allowEmpty = on;
      return this;
    }

    public Builder allowUnusedPrefixes(boolean on) {
      allowUnusedPrefixes = on;
      return this;
    }

    public Builder enableVarScope(boolean on) {
      enableVarScope = on;
      return this;
    }

    public Builder allowDeprecatedDagOverlap(boolean on) {
      allowDeprecatedDagOverlap = on;
      return this;
    }

    public Builder verbose(boolean on) {
      verbose = on;
      return this;
    }

    public Builder veryVerbose(boolean on) {
      veryVerbose = on;
      return this;
    }

    public Builder dumpInput(DumpInput mode) {
      dumpInput = mode;
      return this;
    }

    public Builder dumpInputFilter(DumpInputFilter filter) {
      dumpInputFilter = filter;
      return this;
    }

    public Builder dumpInputContext(int lines) {
      dumpInputContext = lines;
      return this;
    }

    public Options build() {
      return new Options(checkPrefixes, commentPrefixes, implicitCheckNot, defines, strictWhitespace, matchFullLines,
          ignoreCase, allowEmpty, allowUnusedPrefixes, enableVarScope, allowDeprecatedDagOverlap, verbose, veryVerbose,
          dumpInput, dumpInputFilter, dumpInputContext);
    }
  }
}
