package dev.mlc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.lit.ShParser.Command;
import dev.mlc.lit.ShParser.Node;
import dev.mlc.lit.ShParser.Pipeline;
import dev.mlc.lit.ShParser.Redirect;
import dev.mlc.lit.ShParser.Seq;
import dev.mlc.lit.ShParser.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShParserTest {
  private static List<String> words(String line) throws Exception {
    Pipeline p = assertInstanceOf(Pipeline.class, ShParser.parse(line));
    assertEquals(1, p.commands().size());
    return p.commands().getFirst().words().stream().map(Word::text).toList();
  }

  @Test
  void quotingFollowsSh() throws Exception {
    assertEquals(List.of("a b", "c"), words("'a b' c"));
    assertEquals(List.of("it's"), words("\"it's\""));
    assertEquals(List.of("x\"y", "a\\b", "a\\nb"), words("\"x\\\"y\" \"a\\\\b\" \"a\\nb\""));
    assertEquals(List.of("a b", "$", "|"), words("a\\ b \\$ \\|"));
    assertEquals(List.of("glued"), words("gl'u'\"ed\""));
    assertEquals(List.of(""), words("''"));
    assertEquals(List.of("--pass-pipeline=builtin.module(func.func(cse))"), words("--pass-pipeline=builtin.module(func.func(cse))"));
    assertEquals(List.of("single 'inner'"), words("\"single 'inner'\""));
    assertEquals(List.of("a|b;c&&d"), words("'a|b;c&&d'"));
  }

  @Test
  void unterminatedQuoteIsAnError() {
    ShParser.ParseException e = assertThrows(ShParser.ParseException.class, () -> ShParser.parse("echo 'abc"));
    assertTrue(e.getMessage().contains("missing closing quote"), e.getMessage());
    assertThrows(ShParser.ParseException.class, () -> ShParser.parse("echo \"abc"));
  }

  @Test
  void sequencesAreLeftAssociative() throws Exception {
    Seq top = assertInstanceOf(Seq.class, ShParser.parse("a && b || c ; d"));
    assertEquals(";", top.op());
    Seq mid = assertInstanceOf(Seq.class, top.lhs());
    assertEquals("||", mid.op());
    Seq low = assertInstanceOf(Seq.class, mid.lhs());
    assertEquals("&&", low.op());
  }

  @Test
  void pipelinesAndTrailingSemicolon() throws Exception {
    Pipeline p = assertInstanceOf(Pipeline.class, ShParser.parse("a x | b | c y;"));
    assertEquals(3, p.commands().size());
    assertEquals("c", p.commands().get(2).words().getFirst().text());
  }

  @Test
  void redirections() throws Exception {
    Command c = ((Pipeline) ShParser.parse("tool < in > out 2> err 2>&1 >> app &> both")).commands().getFirst();
    assertEquals(List.of("tool"), c.words().stream().map(Word::text).toList());
    List<Redirect> r = c.redirects();
    assertEquals(6, r.size());
    assertEquals(new Redirect("<", 0, new Word("in", null)), r.get(0));
    assertEquals(new Redirect(">", 1, new Word("out", null)), r.get(1));
    assertEquals(new Redirect(">", 2, new Word("err", null)), r.get(2));
    assertEquals(new Redirect(">&", 2, new Word("1", null)), r.get(3));
    assertEquals(new Redirect(">>", 1, new Word("app", null)), r.get(4));
    assertEquals(new Redirect("&>", 1, new Word("both", null)), r.get(5));
  }

  @Test
  void quotedDigitsAreNotDescriptors() throws Exception {
    Command c = ((Pipeline) ShParser.parse("echo '2'>f")).commands().getFirst();
    assertEquals(List.of("echo", "2"), c.words().stream().map(Word::text).toList());
    assertEquals(1, c.redirects().getFirst().fd());
  }

  @Test
  void globsOnlyForUnquotedWildcards() throws Exception {
    Command c = ((Pipeline) ShParser.parse("rm a* 'b*' c\\? {{.*}}")).commands().getFirst();
    assertEquals("a*", c.words().get(1).glob());
    assertNull(c.words().get(2).glob());
    assertNull(c.words().get(3).glob());
    assertEquals("\\{\\{.*\\}\\}", c.words().get(4).glob());
  }

  @Test
  void syntaxErrors() {
    assertTrue(assertThrows(ShParser.ParseException.class, () -> ShParser.parse("a | | b")).getMessage().contains("expected a command"));
    assertTrue(assertThrows(ShParser.ParseException.class, () -> ShParser.parse("a >")).getMessage().contains("missing file name after '>'"));
    assertTrue(assertThrows(ShParser.ParseException.class, () -> ShParser.parse("a &")).getMessage().contains("unsupported shell operator: '&'"));
    assertThrows(ShParser.ParseException.class, () -> ShParser.parse("&& a"));
  }

  @Test
  void blankLineHasNoCommand() throws Exception {
    Node n = ShParser.parse("   ");
    assertNull(n);
  }
}
