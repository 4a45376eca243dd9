package dev.mlc.filecheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LLVM's regex dialect: what it accepts, how it reports errors, and leftmost-longest matching. */
class PosixRegexTest {
  private static int[] search(String re, String text) throws PosixRegex.SyntaxError {
    return CompiledRegex.compile(re, false).search(text, 0, text.length());
  }

  private static String match(String re, String text) throws PosixRegex.SyntaxError {
    int[] s = search(re, text);
    return s == null ? null : text.substring(s[0], s[1]);
  }

  @ParameterizedTest(name = "{0} is rejected with \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "(|parentheses not balanced", ")|parentheses not balanced", "*a|repetition-operator operand invalid",
      "''|empty (sub)expression", "'a||b'|empty (sub)expression", "[[:foo:]]|invalid character class",
      "\\1|invalid backreference number", "a\\|trailing backslash (\\)", "[a|brackets ([ ]) not balanced",
      "[z-a]|invalid character range", "a{2,1}|invalid repetition count(s)", "a{1,2|braces not balanced",
      "a{256}|invalid repetition count(s)", "a**|repetition-operator operand invalid", "^*|repetition-operator operand invalid",
      "[[.nope.]]|invalid collating element", "(a\\1)|invalid backreference number"})
  void rejects(String re, String message) {
    PosixRegex.SyntaxError e = assertThrows(PosixRegex.SyntaxError.class, () -> PosixRegex.translate(re, false));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0} matches \"{2}\" in \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "\\d|a d|d", "[\\d]|a\\|\\", "a{}|xa{}|a{}", "a{,2}|a{,2}|a{,2}", "[]a]|x]|]", "[^]a]|]ab|b", "[a-]|x-|-",
      "[[:digit:]]+|ab123c|123", "[[:upper:][:digit:]]+|aB1c|B1", "[[.hyphen.]]|a-b|-", "[[=a=]]|ba|a", "'a|ab|abc'|abcd|abc",
      "'(a|ab)(c|bcd)'|abcd|abcd", "x*|xxx|xxx", "()|abc|''", "a$|ab a|a"})
  void matches(String re, String text, String expected) throws PosixRegex.SyntaxError {
    assertEquals(expected, match(re, text));
  }

  @Test
  void dotAndNegatedBracketsDoNotMatchNewlines() throws PosixRegex.SyntaxError {
    assertNull(match("a.b", "a\nb"));
    assertNull(match("a[^x]b", "a\nb"));
    assertEquals("a\nb", match("a[[:space:]]b", "a\nb"));
  }

  @Test
  void anchorsMatchAtLineAndSearchBoundaries() throws PosixRegex.SyntaxError {
    CompiledRegex bol = CompiledRegex.compile("^b", false);
    assertArrayEquals(new int[] {1, 2}, bol.search("ab", 1, 2));
    assertNull(bol.search("ab", 0, 2));
    assertArrayEquals(new int[] {2, 3}, bol.search("a\nb", 0, 3));
    CompiledRegex eol = CompiledRegex.compile("a$", false);
    assertArrayEquals(new int[] {0, 1}, eol.search("ab", 0, 1));
    assertNull(eol.search("ab", 0, 2));
  }

  @Test
  void groupsAreReported() throws PosixRegex.SyntaxError {
    assertArrayEquals(new int[] {0, 3, 0, 1, 1, 3}, search("(a)(b+)", "abb"));
    assertEquals(3, PosixRegex.groupCount("(a)((b)c)"));
  }

  @Test
  void ignoreCaseKeepsBackReferencesExact() throws PosixRegex.SyntaxError {
    CompiledRegex r = CompiledRegex.compile("([a-z]+) \\1", true);
    assertArrayEquals(new int[] {0, 7, 0, 3}, r.search("ABC ABC", 0, 7));
    assertNull(r.search("abc ABC", 0, 7));
  }

  @Test
  void escapeQuotesEveryMetacharacter() throws PosixRegex.SyntaxError {
    String s = "a()^$|*+?.[]\\{}b";
    assertEquals(s, match(PosixRegex.escape(s), "x" + s + "y"));
  }
}
