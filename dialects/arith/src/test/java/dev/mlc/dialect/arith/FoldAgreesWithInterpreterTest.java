package dev.mlc.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlc.dialect.arith.ir.Elementwise;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.interp.Interpreter;
import dev.mlc.ir.rewrite.OperationFolder;
import dev.mlc.ir.type.FloatType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random operand values, folding an arith op whose operands are constants gives the
 * value the interpreter computes for it; where the interpreter reports an undefined result
 * (division by zero, overflow, an out-of-range shift) the op does not fold.
 */
public class FoldAgreesWithInterpreterTest extends FoldAgreement {
  static final List<String> INT_BINARY = List.of("addi", "subi", "muli", "divsi", "divui", "ceildivsi", "ceildivui", "floordivsi", "remsi",
      "remui", "andi", "ori", "xori", "shli", "shrsi", "shrui", "maxsi", "maxui", "minsi", "minui");
  static final List<String> FLOAT_BINARY = List.of("addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf");
  static final List<String> INT_PREDICATES = List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge");
  static final List<String> FLOAT_PREDICATES =
      List.of("false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true");

  @Property(tries = 2000)
  void integerBinaryOps(@ForAll("intBinary") String op, @ForAll("widths") int w, @ForAll("longs") long a, @ForAll("longs") long b) {
    String t = "i" + w;
    check("func.func @f() -> " + t + " {\n  %a = arith.constant " + intLiteral(a, w) + " : " + t + "\n  %b = arith.constant " + intLiteral(b, w)
        + " : " + t + "\n  %r = arith." + op + " %a, %b : " + t + "\n  return %r : " + t + "\n}", "arith." + op);
  }

  @Provide Arbitrary<String> intBinary() { return Arbitraries.of(INT_BINARY); }

  @Property(tries = 1500)
  void floatBinaryOps(@ForAll("floatBinary") String op, @ForAll("floatTypes") FloatType ft, @ForAll("floats") double a, @ForAll("floats") double b) {
    String t = ft.toString();
    check("func.func @f() -> " + t + " {\n  %a = arith.constant " + floatLiteral(a, ft) + " : " + t + "\n  %b = arith.constant " + floatLiteral(b, ft)
        + " : " + t + "\n  %r = arith." + op + " %a, %b : " + t + "\n  return %r : " + t + "\n}", "arith." + op);
  }

  @Provide Arbitrary<String> floatBinary() { return Arbitraries.of(FLOAT_BINARY); }

  @Property(tries = 1000)
  void comparisons(@ForAll("intPredicates") String ip, @ForAll("floatPredicates") String fp, @ForAll("widths") int w, @ForAll("longs") long a,
                   @ForAll("longs") long b, @ForAll("floats") double x, @ForAll("floats") double y) {
    String t = "i" + w;
    check("func.func @f() -> i1 {\n  %a = arith.constant " + intLiteral(a, w) + " : " + t + "\n  %b = arith.constant " + intLiteral(b, w) + " : " + t
        + "\n  %r = arith.cmpi " + ip + ", %a, %b : " + t + "\n  return %r : i1\n}", "arith.cmpi");
    check("func.func @f() -> i1 {\n  %a = arith.constant " + floatLiteral(x, FloatType.F32) + " : f32\n  %b = arith.constant "
        + floatLiteral(y, FloatType.F32) + " : f32\n  %r = arith.cmpf " + fp + ", %a, %b : f32\n  return %r : i1\n}", "arith.cmpf");
  }

  @Provide Arbitrary<String> intPredicates() { return Arbitraries.of(INT_PREDICATES); }

  @Provide Arbitrary<String> floatPredicates() { return Arbitraries.of(FLOAT_PREDICATES); }

  @Property(tries = 1000)
  void integerCasts(@ForAll("widths") int from, @ForAll("widths") int to, @ForAll("longs") long a, @ForAll("floatTypes") FloatType ft) {
    String s = "i" + from, d = "i" + to;
    String c = "  %a = arith.constant " + intLiteral(a, from) + " : " + s + "\n";
    if (to > from) for (String op : List.of("extsi", "extui"))
      check("func.func @f() -> " + d + " {\n" + c + "  %r = arith." + op + " %a : " + s + " to " + d + "\n  return %r : " + d + "\n}", "arith." + op);
    if (to < from)
      check("func.func @f() -> " + d + " {\n" + c + "  %r = arith.trunci %a : " + s + " to " + d + "\n  return %r : " + d + "\n}", "arith.trunci");
    for (String op : List.of("sitofp", "uitofp"))
      check("func.func @f() -> " + ft + " {\n" + c + "  %r = arith." + op + " %a : " + s + " to " + ft + "\n  return %r : " + ft + "\n}", "arith." + op);
    for (String op : List.of("index_cast", "index_castui"))
      check("func.func @f() -> index {\n" + c + "  %r = arith." + op + " %a : " + s + " to index\n  return %r : index\n}", "arith." + op);
    if (from == ft.width())
      check("func.func @f() -> " + ft + " {\n" + c + "  %r = arith.bitcast %a : " + s + " to " + ft + "\n  return %r : " + ft + "\n}", "arith.bitcast");
  }

  @Property(tries = 1000)
  void floatCasts(@ForAll("floatTypes") FloatType from, @ForAll("floatTypes") FloatType to, @ForAll("widths") int w, @ForAll("floats") double x,
                  @ForAll("roundingModes") String mode) {
    String s = from.toString(), d = to.toString(), i = "i" + w;
    String c = "  %a = arith.constant " + floatLiteral(x, from) + " : " + s + "\n";
    for (String op : List.of("fptosi", "fptoui"))
      check("func.func @f() -> " + i + " {\n" + c + "  %r = arith." + op + " %a : " + s + " to " + i + "\n  return %r : " + i + "\n}", "arith." + op);
    if (to.width() > from.width())
      check("func.func @f() -> " + d + " {\n" + c + "  %r = arith.extf %a : " + s + " to " + d + "\n  return %r : " + d + "\n}", "arith.extf");
    if (to.width() < from.width())
      check("func.func @f() -> " + d + " {\n" + c + "  %r = arith.truncf %a " + mode + " : " + s + " to " + d + "\n  return %r : " + d + "\n}", "arith.truncf");
    check("func.func @f() -> " + s + " {\n" + c + "  %r = arith.negf %a : " + s + "\n  return %r : " + s + "\n}", "arith.negf");
  }

  @Provide Arbitrary<String> roundingModes() { return Arbitraries.of("", "to_nearest_even", "downward", "upward", "toward_zero", "to_nearest_away"); }

  @Property(tries = 1000)
  void extendedArithmetic(@ForAll("widths") int w, @ForAll("longs") long a, @ForAll("longs") long b, @ForAll("extended") String op) {
    String t = "i" + w, types = op.equals("addui_extended") ? t + ", i1" : t;
    String src = "func.func @f() -> " + (op.equals("addui_extended") ? "i1" : t) + " {\n  %a = arith.constant " + intLiteral(a, w) + " : " + t
        + "\n  %b = arith.constant " + intLiteral(b, w) + " : " + t + "\n  %r:2 = arith." + op + " %a, %b : " + types + "\n  return %r#1 : "
        + (op.equals("addui_extended") ? "i1" : t) + "\n}";
    Operation m = Ir.parse(src);
    Object[] interpreted = new Interpreter(Ir.context()).call(Interpreter.findFunction(m, "f"));
    Operation o = Ir.find(m, "arith." + op);
    List<Attribute> constants = new ArrayList<>();
    for (Value v : o.operands()) constants.add(OperationFolder.constantValue(v));
    List<Object> folded = o.def().fold(o, constants);
    assertEquals(key(interpreted[0]), key(Elementwise.valueOf((Attribute) folded.get(1))), src);
  }

  @Provide Arbitrary<String> extended() { return Arbitraries.of("addui_extended", "mulsi_extended", "mului_extended"); }

}
