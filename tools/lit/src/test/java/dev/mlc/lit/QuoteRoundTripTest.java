package dev.mlc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The commands the log shows ({@code # executed command: ...}) parse back to the same words. */
class QuoteRoundTripTest {
  @Property
  void quotedCommandsParseBack(@ForAll @Size(min = 1, max = 6) List<String> argv) throws Exception {
    ShParser.Pipeline p = (ShParser.Pipeline) ShParser.parse(Shell.quote(argv));
    assertEquals(argv, p.commands().getFirst().words().stream().map(ShParser.Word::text).toList());
  }
}
