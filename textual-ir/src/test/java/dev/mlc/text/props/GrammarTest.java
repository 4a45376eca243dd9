package dev.mlc.text.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ANTLR reference grammar on hand-written MLIR, independent of our parser. */
class GrammarTest {
  private static void accepts(String text) {
    AntlrMlir.Result r = AntlrMlir.parse(text);
    assertTrue(r.ok(), () -> "rejected:\n" + text + "\n" + r.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "// only a comment",
      "module {}",
      "module @m attributes {a = 1 : i32, b} {\n}",
      "builtin.module @\"quoted name\" {\n  module {}\n}",
      "%r:2, %s = \"test.op\"(%a, %b#1)[^bb1, ^bb2] <{p = 1}> ({\n}, {\n^bb0(%x: i32 loc(\"a\":1:2), %y: f32):\n  \"test.t\"() : () -> ()\n})"
          + " {q = \"s\"} : (i32, f32) -> (i1, i2, i3) loc(\"f.mlir\":3:4)",
      "\"test.op\"() ({\n  %0 = \"test.a\"() : () -> i32\n^bb1(%1: i32):\n  \"test.br\"(%1)[^bb1] : (i32) -> ()\n^bb2:\n}) : () -> ()",
      "\"test.op\"() : () -> (i1, si8, ui64, index, f16, bf16, f32, f64, f80, f128, tf32, none)",
      "\"test.op\"() : () -> (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E3M4)",
      "\"test.op\"() : () -> (complex<f32>, tuple<>, tuple<i32, tuple<f32>>, (i32) -> (), () -> (i32, f32))",
      "\"test.op\"() : () -> ((i32) -> ((f32) -> i1))",
      "\"test.op\"() : () -> (tensor<4x?x0xf32>, tensor<*xi8>, tensor<f32>, tensor<0xf32>, tensor<0xbf16>, tensor<2xf32, #enc>)",
      "\"test.op\"() : () -> (tensor<0xi32>, tensor<4 x 4 x f32>, tensor<4x!test.t<a>>, tensor<1xcomplex<f64>>)",
      "\"test.op\"() : () -> (memref<4x?xf32, affine_map<(d0, d1)[s0] -> (d0 * 2 + s0, d1)>, 1>, memref<*xf32, 3>)",
      "\"test.op\"() : () -> (memref<4xf32, strided<[1], offset: ?>>, memref<2x2xvector<4xf32>>, memref<f32>)",
      "\"test.op\"() : () -> (vector<4xf32>, vector<[4]xi8>, vector<2x[8]x4xindex>, vector<f32>)",
      "\"test.op\"() : () -> (!test.t, !test<\"x > y\">, !test.t<a -> b, (c), [d], {e}, <f>, \"g>\">, !a$b.c-d)",
      "!t = tensor<4xf32>\n#a = 3 : i64\n#loc = loc(\"x\":1:1)\n\"test.op\"() {a = #a} : () -> !t loc(#loc)",
      "\"test.op\"() {a = 1, b = -2 : i8, c = 0x1F : i32, d = 1.5, e = -2.5e-3 : f32, f = 0x7FC00000 : f32, g = true,"
          + " h = \"s\\\"\\n\\t\\00\\FF\", i = unit, j = [1, [2, \"x\"]], k = {x, y = 2}, l} : () -> ()",
      "\"test.op\"() {a = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, b = dense<1.0> : vector<4xf32>,"
          + " c = dense<\"0x01020304\"> : tensor<4xi8>, d = dense<(1.0, 2.0)> : tensor<complex<f32>>,"
          + " e = dense<[\"a\", \"b\"]> : tensor<2x!test.str>, f = dense<> : tensor<0xi32>,"
          + " g = dense<[true, false]> : tensor<2xi1>, h = dense<[-1, 0x10]> : tensor<2xi64>} : () -> ()",
      "\"test.op\"() {a = dense_resource<blob1> : tensor<4xf32>, r = dense_resource<\"blob 2\"> : tensor<1xi8>, b = array<i32: 1, -2, 3>, c = array<f64>,"
          + " d = array<i1: true, false>} : () -> ()",
      "\"test.op\"() {a = affine_map<(d0, d1)[s0] -> (d0 floordiv 2, d1 ceildiv 4, (d0 + s0) mod 3, -d0, 7)>,"
          + " b = affine_map<() -> ()>, c = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0, d0 <= 5)>,"
          + " d = strided<[4, 1], offset: 0>, e = strided<[]>, f = strided<[?, 1], offset: ?>} : () -> ()",
      "\"test.op\"() {a = @sym, b = @\"quoted sym\", c = @a::@b::@\"c d\", d = i32, e = (i32) -> f32,"
          + " f = #test.attr<\"x\"> : i32, g = #test<\"opaque\">, h = #test.flag, i = loc(unknown)} : () -> ()",
      "\"test.op\"() : () -> () loc(callsite(\"a\" at \"b\":1:2))",
      "\"test.op\"() : () -> () loc(fused<\"meta\">[\"a\", \"b\"(\"c\":1:1), unknown, #loc1])",
      "\"test.op\"() : () -> () loc(fused[])",
      "%r:0x2 = \"test.op\"() {m = affine_map<(d0) -> (d0 + 0x10)>} : () -> (i1, i1) loc(\"a\":0x1:0x2)",
      "\"test.op\"() : () -> () loc(fused[\"a\":1, \"b\":1:2 to 3:4, \"c\":1:2 to :9])",
      "#0 = 1\n\"test.op\"() {a = #0} : () -> () loc(#0)",
      "\"test.op\"() {\"quoted name\" = 1, \"esc\\22\" = 2, loc = 3, true, dense, i32 = 4, tensor = 5} : () -> ()",
      "\"test.op\"() <[1, 2]> : () -> ()",
      "module {}\n{-#\n  dialect_resources: {\n    builtin: {\n      blob1: \"0x0400000001000000\"\n    }\n  },\n"
          + "  external_resources: {\n    mlir_reproducer: {\n      pipeline: \"any\",\n      disable_threading: true\n    }\n  }\n#-}",
      "{-# #-}",
  })
  void acceptsValidMlir(String text) {
    accepts(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "%0 = \"test.op\"() : () -> i32 %1",
      "\"test.op\"(",
      "\"test.op\"() : ()",
      "\"test.op\"() : () -> () -> ()",
      "\"test.op\"() : () -> (i32) -> i32", // a function result must be parenthesized
      "\"test.op\"() {a = } : () -> ()",
      "\"test.op\"() {a = 1,} : () -> ()",
      "\"test.op\"() : () -> (tensor<4>)",
      "\"test.op\"() : () -> (tensor<4xf32)",
      "\"test.op\"() : () -> (!test.t<a->)",
      "\"test.op\"() {a = \"unterminated} : () -> ()",
      "\"test.op\"() {a = \"bad escape \\q\"} : () -> ()",
      "\"test.op\"() {a = @a:@b} : () -> ()",
      "\"test.op\"() : () -> () loc(\"a\":1:2 to 3)",
      "module module {}",
      "\"test.op\"() ({^bb0(%a): }) : () -> ()",
      "\"test.op\"() : () -> () $",
      "{-# dialect_resources: { builtin: { b: 1 } } #-}",
  })
  void rejectsInvalidMlir(String text) {
    assertFalse(AntlrMlir.parse(text).ok(), () -> "accepted:\n" + text);
  }

  @Test
  void summaryOfAGenericOp() {
    String text = """
        %r:2, %s = "test.op"(%a, %b#1)[^bb1] <{p = 1, q}> ({
        }, {
          "test.inner"() {z} : () -> ()
        ^bb0(%x: i32, %y: f32):
          "test.t"() : () -> ()
        ^bb7:
        }) {b = 1, a} : (i32, f32) -> (i1, i2, i3)
        """;
    AntlrMlir.Result r = AntlrMlir.parse(text);
    assertTrue(r.ok(), r.errors()::toString);
    assertEquals(List.of(
        "builtin.module results=0 operands=0 successors=0 regions=[{0}] attrs=[]",
        "  test.op results=3 operands=2 successors=1 regions=[{},{0,2,0}] attrs=[a, b, p, q]",
        "    test.inner results=0 operands=0 successors=0 regions=[] attrs=[z]",
        "    test.t results=0 operands=0 successors=0 regions=[] attrs=[]"), AntlrMlir.summary(r.tree()));
  }

  @Test
  void aSingleModuleIsTheTopLevelModule() {
    AntlrMlir.Result r = AntlrMlir.parse("module @m attributes {x} {\n  \"test.a\"() <7> : () -> ()\n}");
    assertTrue(r.ok(), r.errors()::toString);
    assertEquals(List.of(
        "builtin.module results=0 operands=0 successors=0 regions=[{0}] attrs=[sym_name, x]",
        "  test.a results=0 operands=0 successors=0 regions=[] attrs=[<props>]"), AntlrMlir.summary(r.tree()));
    AntlrMlir.Result g = AntlrMlir.parse("\"builtin.module\"() ({\n^bb0:\n}) : () -> ()");
    assertEquals(List.of("builtin.module results=0 operands=0 successors=0 regions=[{0}] attrs=[]"), AntlrMlir.summary(g.tree()));
  }

  @Test
  void stringsDecodeToUtf8() {
    assertEquals("a\"b\\c\nd\te\u00e9", AntlrMlir.decodeString("\"a\\\"b\\\\c\\nd\\te\\C3\\A9\""));
  }
}
