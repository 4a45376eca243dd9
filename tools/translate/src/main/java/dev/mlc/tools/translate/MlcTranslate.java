package dev.mlc.tools.translate;

import dev.mlc.backend.llvm.Aot;
import dev.mlc.backend.llvm.BackendException;
import dev.mlc.backend.llvm.LlvmModule;
import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Verifier;
import dev.mlc.onnx.OnnxImportException;
import dev.mlc.onnx.OnnxImporter;
import dev.mlc.onnx.OnnxShapes;
import dev.mlc.text.Parser;
import dev.mlc.text.ParserConfig;
import dev.mlc.tools.IrSession;
import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolCommand;
import dev.mlc.tools.ToolError;
import dev.mlc.tools.ToolIO;
import dev.mlc.tools.ToolInput;
import dev.mlc.tools.ToolMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlc-translate --mlir-to-llvmir}: translates a module of the llvm dialect to LLVM IR through
 * the LLVM C API, runs LLVM's verifier and (with {@code -O0..-O3}) LLVM's default pipelines, and
 * writes LLVM IR, bitcode, native assembly, an object file or the C header of its entry points.
 */
public final class MlcTranslate implements Tool {
  public static final String VERSION = "mlc-translate 0.1.0 (MLC multi-level compiler; LLVM 20)";

  @Override public String name() { return "mlc-translate"; }

  public static void main(String[] args) { ToolMain.main(new MlcTranslate(), args); }

  @Command(name = "mlc-translate", sortOptions = false, description = "Translates the llvm dialect to LLVM IR, bitcode, assembly or object code; "
      + "imports ONNX models into the graph dialect.")
  static final class Options {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input module ('-' or none: standard input).")
    String input = "-";

    @Option(names = "--mlir-to-llvmir", description = "Translate a module of the llvm dialect to LLVM (the only translation; required).")
    boolean toLlvmIr;

    @Option(names = "--import-onnx", description = "Import an ONNX model (FILE.onnx) and print it in the graph dialect.")
    boolean importOnnx;

    @Option(names = "--input-shape", paramLabel = "NAME=DxD...", description = "With --import-onnx: the shape of a graph input with dynamic "
        + "dimensions, e.g. input=1x3x224x224 (repeatable).")
    List<String> inputShapes = new java.util.ArrayList<>();

    @Option(names = "--mlir-print-debuginfo", description = "With --import-onnx: print locations (the ONNX node names).")
    boolean printDebugInfo;

    @Option(names = "--mlir-print-op-generic", description = "With --import-onnx: print the generic op form.")
    boolean printGeneric;

    @Option(names = "--emit", paramLabel = "llvm|bc|asm|obj|h", description = "What to write: LLVM IR text (default), bitcode, native assembly, "
        + "an object file, or a C header declaring the entry points.")
    String emit = "llvm";

    @Option(names = "--opt-level", hidden = true)
    Integer optLevel;

    @Option(names = "--target-cpu", paramLabel = "CPU", description = "The CPU to compile for (default: the host's, e.g. 'znver4'; 'generic' for any x86-64).")
    String cpu;

    @Option(names = "--target-features", paramLabel = "FEATURES", description = "Target features, e.g. '+avx2,-avx512f' (default: the host CPU's; '' with --target-cpu).")
    String features;

    @Option(names = "--prefer-vector-width", paramLabel = "BITS", description = "The vector width LLVM should prefer, e.g. 512 for all of AVX-512 "
        + "(default: the CPU's; LLVM stops at 256 bits on many AVX-512 CPUs).")
    Integer preferVectorWidth;

    @Option(names = "--passes", paramLabel = "PIPELINE", description = "An LLVM new-pass-manager pipeline to run instead of default<On>, e.g. 'instcombine,dce'.")
    String passes;

    @Option(names = {"-g", "--debug-info"}, description = "Op locations become DWARF debug info (a DISubprogram per function, a DILocation per instruction).")
    boolean debugInfo;

    @Option(names = "-o", paramLabel = "FILE", description = "Output file (default: standard output).")
    String output;

    @Option(names = "--allow-unregistered-dialect", description = "Allow ops, types and attributes of unknown dialects (they cannot be translated).")
    boolean allowUnregistered;

    @Option(names = "--debug", description = "Print Java stack traces of internal errors.")
    boolean debug;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit. Optimization: -O0, -O1, -O2, -O3 "
        + "(LLVM's default<On> pipeline and code generation level; none: the IR as translated).")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;
  }

  /** {@code -O2} becomes {@code --opt-level=2}; single-dash long options ({@code -mlir-to-llvmir}) double-dash. */
  static List<String> normalize(List<String> args) {
    return ToolCommand.normalizeDashes(args, a -> a.matches("-O[0-9]+") ? "--opt-level=" + a.substring(2) : null);
  }

  @Override public int run(List<String> args, ToolIO io) {
    Options o = new Options();
    Integer done = ToolCommand.parse(this, new CommandLine(o), normalize(args), io, VERSION);
    if (done != null) return done;
    return ToolCommand.guard(this, io, () -> {
      if (o.importOnnx && o.toLlvmIr) throw new ToolError("choose one translation: --import-onnx or --mlir-to-llvmir");
      if (o.importOnnx) return importOnnx(o, io);
      if (!o.toLlvmIr) throw new ToolError("no translation chosen: use --mlir-to-llvmir or --import-onnx");
      if (!List.of("llvm", "bc", "asm", "obj", "h").contains(o.emit)) throw new ToolError("--emit must be one of llvm, bc, asm, obj, h; got '" + o.emit + "'");
      if (o.optLevel != null && (o.optLevel < 0 || o.optLevel > 3)) throw new ToolError("optimization level must be -O0, -O1, -O2 or -O3; got -O" + o.optLevel);
      return translateFile(o, io);
    });
  }

  /** {@code --import-onnx}: the model in the graph dialect, printed with its resource blobs. */
  private int importOnnx(Options o, ToolIO io) {
    if (o.input.equals("-")) throw new ToolError("--import-onnx needs a model file (ONNX external data is found beside it)");
    java.nio.file.Path file = io.resolve(o.input);
    MLContext ctx = MLContext.withAllDialects(MlcTranslate.class.getClassLoader());
    Operation module;
    try {
      module = OnnxImporter.importModel(ctx, file, OnnxImporter.Options.DEFAULT.withInputShapes(OnnxShapes.parse(o.inputShapes)));
    } catch (OnnxImportException e) {
      io.err().println(e.getMessage());
      throw new ToolError.Reported();
    }
    dev.mlc.text.PrintOptions po = dev.mlc.text.PrintOptions.DEFAULT.withDebugInfo(o.printDebugInfo).withGeneric(o.printGeneric);
    try {
      if (o.output == null || o.output.equals("-")) {
        dev.mlc.text.Printer.print(module, po, io.out());
        io.out().flush();
      } else {
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(io.resolve(o.output)))) {
          dev.mlc.text.Printer.print(module, po, out);
        }
      }
    } catch (IOException e) {
      throw new ToolError("cannot write '" + o.output + "': " + e.getMessage());
    }
    return 0;
  }

  private int translateFile(Options o, ToolIO io) {
    ToolInput input = ToolInput.read(io, o.input);
    byte[] out = IrSession.run(input, MlcTranslate.class.getClassLoader(), o.allowUnregistered, io, ctx -> translate(o, ctx, input.bytes(), input.bufferName()));
    try {
      if (o.output == null || o.output.equals("-")) {
        io.out().write(out);
        io.out().flush();
      } else {
        Files.write(io.resolve(o.output), out);
      }
    } catch (IOException e) {
      throw new ToolError("cannot write '" + o.output + "': " + e.getMessage());
    }
    return 0;
  }

  private byte[] translate(Options o, MLContext ctx, byte[] source, String bufferName) {
    Operation module = Parser.parse(ctx, bufferName, source, ParserConfig.DEFAULT);
    if (module == null || !Verifier.verify(module)) throw new ToolError.Reported();
    if (o.emit.equals("h")) {
      try {
        return Aot.header(module, o.output == null ? "mlc" : Path.of(o.output).getFileName().toString().replaceFirst("\\.h$", ""), List.of())
            .getBytes(StandardCharsets.UTF_8);
      } catch (BackendException e) {
        throw new ToolError(e.getMessage());
      }
    }
    TargetOptions t;
    try {
      t = TargetOptions.host().withOptLevel(o.optLevel == null ? -1 : o.optLevel);
    } catch (BackendException | UnsatisfiedLinkError e) {
      throw new ToolError("cannot load LLVM: " + e.getMessage());
    }
    t = t.withDebugInfo(o.debugInfo);
    if (o.preferVectorWidth != null) {
      if (o.preferVectorWidth <= 0 || Integer.bitCount(o.preferVectorWidth) != 1)
        throw new ToolError("--prefer-vector-width must be a power of two (bits), got " + o.preferVectorWidth);
      t = t.withPreferVectorWidth(o.preferVectorWidth);
    }
    if (o.cpu != null) t = t.withCpu(o.cpu).withFeatures(o.features != null ? o.features : "");
    else if (o.features != null) t = t.withFeatures(o.features);
    try (LlvmModule m = LlvmModule.translate(module, t)) {
      if (m == null) throw new ToolError.Reported();
      if (o.passes != null) m.optimize(o.passes);
      else m.optimize();
      String err = m.verify();
      if (err != null) throw new ToolError("LLVM IR fails to verify after optimization: " + err.strip());
      return switch (o.emit) {
        case "bc" -> m.toBitcode();
        case "asm" -> m.toAssembly().getBytes(StandardCharsets.UTF_8);
        case "obj" -> m.toObject();
        default -> m.toIR().getBytes(StandardCharsets.UTF_8);
      };
    } catch (BackendException e) {
      throw new ToolError(e.getMessage());
    }
  }
}
