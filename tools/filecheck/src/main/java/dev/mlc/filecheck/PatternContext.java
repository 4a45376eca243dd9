package dev.mlc.filecheck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables of one FileCheck run ({@code FileCheckPatternContext}): string variables with their
 * current values, the names of string variables defined anywhere in the check file (to detect
 * clashes with numeric ones), and the live numeric variables, {@code @LINE} included.
 */
final class PatternContext {
  /** A string variable's value and where in the input it was captured (-1 if not captured). */
  record StringValue(String value, int start, int end) {}

  private final Map<String, StringValue> strings = new HashMap<>();
  private final Set<String> definedStrings = new HashSet<>();
  private final Map<String, NumericVariable> numerics = new HashMap<>();
  private final NumericVariable line = new NumericVariable("@LINE", ExpressionFormat.UNSIGNED, null);

  /** The {@code @LINE} pseudo variable, set before each match to the directive's line. */
  NumericVariable lineVariable() { return line; }

  void registerLineVariable() {
    numerics.put(line.name(), line);
  }

  StringValue stringValue(String name) { return strings.get(name); }

  void setString(String name, StringValue value) {
    strings.put(name, value);
  }

  boolean isStringVariableDefined(String name) { return definedStrings.contains(name); }

  void markStringVariableDefined(String name) {
    definedStrings.add(name);
  }

  NumericVariable numericVariable(String name) { return numerics.get(name); }

  void putNumericVariable(String name, NumericVariable v) {
    numerics.put(name, v);
  }

  /** Re-registers a variable matched by a pattern (a scope reset may have dropped it). */
  void keepNumericVariable(NumericVariable v) {
    numerics.putIfAbsent(v.name(), v);
  }

  /** Forgets every variable whose name does not start with {@code $} ({@code --enable-var-scope}). */
  void clearLocalVariables() {
    strings.keySet().removeIf(name -> !name.startsWith("$"));
    numerics.entrySet().removeIf(e -> {
      if (e.getKey().startsWith("$")) return false;
      e.getValue().clearValue();
      return true;
    });
  }

  /**
   * Defines the {@code -D} variables. Returns the errors, located in a synthetic "Global defines"
   * buffer listing the definitions, as FileCheck reports them.
   */
  List<Failure> defineCommandLineVariables(List<String> defines) {
    if (defines.isEmpty()) return List.of();
    StringBuilder listing = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < defines.size(); i++) {
      String def = defines.get(i);
      String prefix = "Global define #" + (i + 1) + ": ";
      int eq = def.indexOf('=');
      if (eq < 0) {
        spans.add(new int[] {listing.length(), 0});
      } else if (def.charAt(0) == '#') {
        listing.append(prefix).append(def).append(" (parsed as: [[");
        spans.add(new int[] {listing.length(), def.length()});
        listing.append(def, 0, eq).append(':').append(def, eq + 1, def.length()).append("]])\n");
      } else {
        listing.append(prefix);
        spans.add(new int[] {listing.length(), def.length()});
        listing.append(def).append('\n');
      }
    }
    SourceFile file = new SourceFile("Global defines", listing.toString());
    List<Failure> failures = new ArrayList<>();
    for (int[] span : spans) {
      TextRef def = new TextRef(file, span[0], span[0] + span[1]);
      try {
        if (def.isEmpty()) throw Failure.Exception.at(def, "missing equal sign in global definition");
        if (def.charAt(0) == '#') defineNumeric(def.dropFront(1));
        else defineString(def);
      } catch (Failure.Exception e) {
        failures.addAll(e.failures());
      }
    }
    return failures;
  }

  private void defineNumeric(TextRef def) throws Failure.Exception {
    NumericExpressionParser.Block block = new NumericExpressionParser(this, null).parseBlock(def, false);
    if (block.ast() == null || block.defined() == null) {
      throw Failure.Exception.at(def, "invalid numeric variable definition");
    }
    BigInteger value = block.ast().eval();
    block.defined().setValue(value, -1, -1);
    numerics.put(block.defined().name(), block.defined());
  }

  private void defineString(TextRef def) throws Failure.Exception {
    int eq = def.indexOf("=", 0);
    TextRef name = def.takeFront(eq);
    VariableName v = VariableName.parse(name);
    if (v.pseudo() || !v.rest().isEmpty()) {
      throw Failure.Exception.at(name, "invalid name in string variable definition '" + name.str() + "'");
    }
    if (numerics.containsKey(v.text())) {
      throw Failure.Exception.at(v.name(), "numeric variable with name '" + v.text() + "' already exists");
    }
    strings.putIfAbsent(v.text(), new StringValue(def.substr(eq + 1).str(), -1, -1));
    definedStrings.add(v.text());
  }
}
