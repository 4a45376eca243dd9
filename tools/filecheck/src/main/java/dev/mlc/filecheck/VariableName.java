package dev.mlc.filecheck;

/**
 * A variable name at the start of some text ({@code Pattern::parseVariable}): {@code [$@]?} then
 * {@code [A-Za-z_][A-Za-z0-9_]*}. {@code $} marks a global variable, {@code @} a pseudo variable.
 *
 * @param name the name, prefix included
 * @param pseudo whether it starts with {@code @}
 * @param rest the text after the name
 */
record VariableName(TextRef name, boolean pseudo, TextRef rest) {
  /** Parses a name at the start of {@code s}. */
  static VariableName parse(TextRef s) throws Failure.Exception {
    if (s.isEmpty()) throw Failure.Exception.at(s, "empty variable name");
    int i = 0;
    boolean pseudo = s.charAt(0) == '@';
    if (s.charAt(0) == '$' || pseudo) i++;
    if (i == s.length()) {
      throw Failure.Exception.at(s.substr(i), "empty " + (pseudo ? "pseudo " : "global ") + "variable name");
    }
    char first = s.charAt(i++);
    if (first != '_' && !PosixRegex.isAlpha(first)) throw Failure.Exception.at(s, "invalid variable name");
    while (i < s.length() && (s.charAt(i) == '_' || PosixRegex.isAlnum(s.charAt(i)))) i++;
    return new VariableName(s.takeFront(i), pseudo, s.substr(i));
  }

  /** The name as a string. */
  String text() { return name.str(); }
}
