package dev.mlc.dialect.graph.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mlc.ir.Operation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every canonicalization pattern and identity fold of the graph dialect, checked differentially:
 * {@code @main} (whose operands are function arguments, not constants) runs on seeded random inputs
 * before and after canonicalize and must give the same tensors; the rewrite must have fired (the
 * body's ops after canonicalize are the expected ones, and the IR changed).
 */
class PatternDifferentialTest {
  /**
   * {@code body} goes into {@code @main(args) -> results}; {@code after} lists the body's op names
   * after canonicalize. Results must be identical, signs of zeros and NaNs included.
   */
  record Case(String name, String args, String results, String body, List<String> after) {
    @Override public String toString() { return name; }

    String src() { return "func.func @main(" + args + ") -> " + results + " {\n" + body + "\n}\n"; }
  }

  private static Case c(String name, String args, String results, String body, String... after) {
    return new Case(name, args, results, body, List.of(after));
  }

  private static final String RET = "func.return";
  private static final String X23 = "%x: tensor<2x3xf32>", T23 = "tensor<2x3xf32>";

  static Stream<Case> cases() {
    return Stream.of(
        // patterns
        c("transpose of transpose composes", "%x: tensor<2x3x4xf32>", "tensor<4x2x3xf32>", """
              %0 = graph.transpose %x {perm = [1, 0, 2]} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
              %1 = graph.transpose %0 {perm = [2, 1, 0]} : (tensor<3x2x4xf32>) -> tensor<4x2x3xf32>
              return %1 : tensor<4x2x3xf32>""", "graph.transpose", RET),
        c("transpose of transpose (default perms) cancels", "%x: tensor<2x3x4xf32>", "tensor<2x3x4xf32>", """
              %0 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
              %1 = graph.transpose %0 : (tensor<4x3x2xf32>) -> tensor<2x3x4xf32>
              return %1 : tensor<2x3x4xf32>""", RET),
        c("flatten to reshape", "%x: tensor<2x3x4xf32>", "tensor<2x12xf32>", """
              %0 = graph.flatten %x : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
              return %0 : tensor<2x12xf32>""", "graph.reshape", RET),
        c("flatten at axis 0 to reshape", "%x: tensor<2x3xi32>", "tensor<1x6xi32>", """
              %0 = graph.flatten %x {axis = 0 : i64} : (tensor<2x3xi32>) -> tensor<1x6xi32>
              return %0 : tensor<1x6xi32>""", "graph.reshape", RET),
        c("squeeze to reshape", "%x: tensor<1x3x1xf32>", "tensor<3x1xf32>", """
              %0 = graph.squeeze %x {axes = [0]} : (tensor<1x3x1xf32>) -> tensor<3x1xf32>
              return %0 : tensor<3x1xf32>""", "graph.reshape", RET),
        c("squeeze of every unit dimension to reshape", "%x: tensor<1x3x1xf32>", "tensor<3xf32>", """
              %0 = graph.squeeze %x : (tensor<1x3x1xf32>) -> tensor<3xf32>
              return %0 : tensor<3xf32>""", "graph.reshape", RET),
        c("unsqueeze to reshape", "%x: tensor<3xf32>", "tensor<1x3x1xf32>", """
              %0 = graph.unsqueeze %x {axes = [0, -1]} : (tensor<3xf32>) -> tensor<1x3x1xf32>
              return %0 : tensor<1x3x1xf32>""", "graph.reshape", RET),
        c("unsqueeze then squeeze: reshapes that cancel", "%x: tensor<2x3xf32>", T23, """
              %0 = graph.unsqueeze %x {axes = [1]} : (tensor<2x3xf32>) -> tensor<2x1x3xf32>
              %1 = graph.squeeze %0 {axes = [1]} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
              return %1 : tensor<2x3xf32>""", RET),
        // folds of shape ops
        c("reshape of reshape reads the original operand", "%x: tensor<2x3x4xf32>", "tensor<24xf32>", """
              %0 = graph.reshape %x : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
              %1 = graph.reshape %0 : (tensor<6x4xf32>) -> tensor<24xf32>
              return %1 : tensor<24xf32>""", "graph.reshape", RET),
        c("identity reshape", X23, T23, """
              %0 = graph.reshape %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("identity flatten", X23, T23, """
              %0 = graph.flatten %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("identity transpose", "%x: tensor<2x3x4xf32>", "tensor<2x3x4xf32>", """
              %0 = graph.transpose %x {perm = [0, 1, 2]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
              return %0 : tensor<2x3x4xf32>""", RET),
        c("single-operand concat", X23, T23, """
              %0 = graph.concat %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("identity slice (clamped bounds)", X23, T23, """
              %0 = graph.slice %x {ends = [9223372036854775807, 3], starts = [0, -100]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("identity slice on named axes", X23, T23, """
              %0 = graph.slice %x {axes = [-1], ends = [100], starts = [-3], steps = [1]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("all-zero pad", X23, T23, """
              %0 = graph.pad %x {pads = [0, 0, 0, 0], value = 1.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("single-result split", X23, T23, """
              %0 = graph.split %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("unit-scale resize", X23, T23, """
              %0 = graph.resize %x {mode = "linear", scales = [1.0, 1.0]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("cast to the same type", X23, T23, """
              %0 = graph.cast %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        // algebraic identities
        c("x + -0.0", X23, T23, """
              %z = graph.constant dense<-0.0> : tensor<1xf32>
              %0 = graph.add %x, %z : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("x + 0 on integers", "%x: tensor<4xi32>", "tensor<4xi32>", """
              %z = graph.constant dense<0> : tensor<4xi32>
              %0 = graph.add %x, %z : tensor<4xi32>
              return %0 : tensor<4xi32>""", RET),
        c("x - 0", X23, T23, """
              %z = graph.constant dense<0.0> : tensor<2x3xf32>
              %0 = graph.sub %x, %z : tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("x - 0 on integers", "%x: tensor<4xi32>", "tensor<4xi32>", """
              %z = graph.constant dense<0> : tensor<i32>
              %0 = graph.sub %x, %z : (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
              return %0 : tensor<4xi32>""", RET),
        c("x * 1", X23, T23, """
              %o = graph.constant dense<1.0> : tensor<2x1xf32>
              %0 = graph.mul %x, %o : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("1 * x on integers", "%x: tensor<4xi32>", "tensor<4xi32>", """
              %o = graph.constant dense<1> : tensor<4xi32>
              %0 = graph.mul %o, %x : tensor<4xi32>
              return %0 : tensor<4xi32>""", RET),
        c("x / 1", X23, T23, """
              %o = graph.constant dense<1.0> : tensor<2x3xf32>
              %0 = graph.div %x, %o : tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("x / 1 on integers", "%x: tensor<4xi32>", "tensor<4xi32>", """
              %o = graph.constant dense<1> : tensor<4xi32>
              %0 = graph.div %x, %o : tensor<4xi32>
              return %0 : tensor<4xi32>""", RET),
        c("pow(x, 1)", X23, T23, """
              %o = graph.constant dense<1.0> : tensor<2x3xf32>
              %0 = graph.pow %x, %o : tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("where with a true splat condition", X23 + ", %y: tensor<2x3xf32>", T23, """
              %t = graph.constant dense<true> : tensor<2x3xi1>
              %0 = graph.where %t, %x, %y : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("where with a false splat condition", X23 + ", %y: tensor<2x3xf32>", T23, """
              %f = graph.constant dense<false> : tensor<3xi1>
              %0 = graph.where %f, %x, %y : (tensor<3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
              return %0 : tensor<2x3xf32>""", RET),
        c("neg(neg(x))", X23, T23, """
              %0 = graph.neg %x : tensor<2x3xf32>
              %1 = graph.neg %0 : tensor<2x3xf32>
              return %1 : tensor<2x3xf32>""", RET),
        c("relu(relu(x))", X23, T23, """
              %0 = graph.relu %x : tensor<2x3xf32>
              %1 = graph.relu %0 : tensor<2x3xf32>
              return %1 : tensor<2x3xf32>""", "graph.relu", RET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameResultsBeforeAndAfter(Case c) {
    Operation before = Harness.parse(c.src()), after = Harness.parse(c.src());
    String text = Harness.print(after);
    Harness.canonicalize(after);
    String context = c.src() + "\nafter canonicalize:\n" + Harness.print(after);
    assertNotEquals(text, Harness.print(after), "the rewrite did not fire\n" + context);
    assertEquals(c.after(), Harness.opNames(after), context);
    for (long seed = 0; seed < 25; seed++) {
      Object[] args = Harness.randomArgs(before, seed);
      Harness.assertSameResults(Harness.run(before, args), Harness.run(after, args), false, "seed " + seed + "\n" + context);
    }
  }

  /** {@code x + 0.0} is not {@code x} for {@code x = -0.0}, so it must not fold (only {@code x + -0.0} does, as in MLIR). */
  @org.junit.jupiter.api.Test
  void addOfPositiveZeroDoesNotFold() {
    for (String zero : List.of("0.0", "-0.0")) {
      String op = zero.equals("0.0") ? "graph.add" : "graph.sub";
      Operation m = Harness.parse("""
          func.func @main(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
            %z = graph.constant dense<ZERO> : tensor<2x3xf32>
            %0 = OP %x, %z : tensor<2x3xf32>
            return %0 : tensor<2x3xf32>
          }""".replace("ZERO", zero).replace("OP", op));
      Harness.canonicalize(m);
      boolean[] found = {false};
      m.walk(o -> found[0] |= o.isa(op));
      org.junit.jupiter.api.Assertions.assertTrue(found[0], op + " with " + zero + " must stay");
    }
  }
}
