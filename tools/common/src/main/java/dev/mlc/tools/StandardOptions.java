package dev.mlc.tools;

import picocli.CommandLine.Option;

/** The options that end every IR tool's {@code --help}: {@code --debug}, {@code --help}, {@code --version} (a picocli mixin). */
public final class StandardOptions {
  @Option(names = "--debug", description = "Print Java stack traces of internal errors.")
  public boolean debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  public boolean help;

  @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
  public boolean version;
}
