package dev.mlc.lit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BooleanExprTest {
  private static final Set<String> F = Set.of("asserts", "linux", "target=x86_64-linux", "mlc-opt");

  private static boolean eval(String e) { return BooleanExpr.evaluate(e, F); }

  @Test
  void namesAndLiterals() {
    assertTrue(eval("asserts"));
    assertFalse(eval("windows"));
    assertTrue(eval("true"));
    assertFalse(eval("false"));
    assertTrue(eval("mlc-opt"));
  }

  @Test
  void operatorsAndPrecedence() {
    assertTrue(eval("asserts && linux"));
    assertFalse(eval("asserts && windows"));
    assertTrue(eval("windows || linux"));
    assertTrue(eval("!windows"));
    assertFalse(eval("!!windows"));
    assertTrue(eval("windows && asserts || linux")); // (windows && asserts) || linux
    assertFalse(eval("windows && (asserts || linux)"));
    assertTrue(eval("!(windows || darwin) && asserts"));
  }

  @Test
  void regexParts() {
    assertTrue(eval("target={{x86.*}}"));
    assertFalse(eval("target={{arm.*}}"));
    assertTrue(eval("{{lin.x}}"));
    assertFalse(eval("{{lin}}")); // matches whole features only
  }

  @Test
  void syntaxErrors() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> eval("asserts &&")).getMessage().contains("asserts &&"));
    assertThrows(IllegalArgumentException.class, () -> eval("(asserts"));
    assertThrows(IllegalArgumentException.class, () -> eval("asserts linux"));
    assertThrows(IllegalArgumentException.class, () -> eval("a $ b"));
    assertThrows(IllegalArgumentException.class, () -> eval("|| a"));
  }
}
