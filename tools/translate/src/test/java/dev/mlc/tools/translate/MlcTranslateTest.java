package dev.mlc.tools.translate;

import static org.junit.jupiter.api.Assertions.*;

import dev.mlc.tools.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlcTranslateTest {
  static final String SRC = """
      llvm.func @inc(%x: i32) -> i32 {
        %c = llvm.mlir.constant(1 : i32) : i32
        %r = llvm.add %x, %c : i32
        llvm.return %r : i32
      }
      """;

  record Result(int code, byte[] out, String err) {
    String outText() { return new String(out, StandardCharsets.UTF_8); }
  }

  static Result run(Path cwd, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    ToolIO io = new ToolIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true), new PrintStream(err, true), cwd, Map.of());
    int code = new MlcTranslate().run(List.of(args), io);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  @Test void translatesStandardInputToLlvmIr(@TempDir Path dir) {
    Result r = run(dir, SRC, "--mlir-to-llvmir", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.outText().contains("define i32 @inc(i32 %0)"), r.outText());
    assertTrue(r.outText().contains("add i32 %0, 1"), r.outText());
  }

  @Test void writesObjectFilesAndBitcode(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("in.mlir"), SRC);
    assertEquals(0, run(dir, "", "--mlir-to-llvmir", "--emit=obj", "-O2", "in.mlir", "-o", "in.o").code());
    byte[] obj = Files.readAllBytes(dir.resolve("in.o"));
    assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, java.util.Arrays.copyOf(obj, 4), "an ELF object file");
    Result bc = run(dir, "", "--mlir-to-llvmir", "--emit=bc", "in.mlir");
    assertEquals(0, bc.code(), bc.err());
    assertArrayEquals(new byte[] {'B', 'C', (byte) 0xc0, (byte) 0xde}, java.util.Arrays.copyOf(bc.out(), 4), "LLVM bitcode magic");
  }

  @Test void parseErrorsAreLocatedAndExitWithOne(@TempDir Path dir) {
    Result r = run(dir, "llvm.func @f( {", "--mlir-to-llvmir");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("<stdin>:1:"), r.err());
    assertFalse(r.err().contains("at dev.mlc"), r.err());
  }

  @Test void helpAndVersion(@TempDir Path dir) {
    Result h = run(dir, "", "--help");
    assertEquals(0, h.code());
    assertTrue(h.outText().contains("--mlir-to-llvmir") && h.outText().contains("--emit"), h.outText());
    assertEquals(MlcTranslate.VERSION, run(dir, "", "--version").outText().strip());
  }
}
