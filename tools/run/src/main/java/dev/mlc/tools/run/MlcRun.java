package dev.mlc.tools.run;

/** mlc-run: compiles (or interprets) and runs a model; see ../shared/spec/tools.md. */
public final class MlcRun {
  private MlcRun() {}

  public static void main(String[] args) {
    System.err.println("mlc-run: not built yet");
    System.exit(1);
  }
}
