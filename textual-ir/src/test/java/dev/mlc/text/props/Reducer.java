package dev.mlc.text.props;

import dev.mlc.text.grammar.MLIRLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shrinks a failing input for the report, as long as {@code stillFails} holds: drops bracketed
 * groups and their contents, then lines, tokens and characters (a greedy delta debugging).
 * Bounded, so it always ends.
 */
final class Reducer {
  private Reducer() {}

  /**
   * Shrinks {@code input} keeping the same problem: {@code problem} describes what is wrong with
   * a text (null when nothing is), and a smaller text must give a problem of the same
   * {@link #signature} (so that shrinking does not wander off to another bug).
   */
  static String minimizeKeeping(String input, Function<String, String> problem) {
    String p = problem.apply(input);
    if (p == null) return input;
    String sig = signature(p);
    return minimize(input, t -> {
      String q = problem.apply(t);
      return q != null && signature(q).equals(sig);
    });
  }

  /** The first line of a problem (two when the first ends with ':'), without locations, names and numbers. */
  static String signature(String problem) {
    List<String> lines = problem.lines().limit(2).toList();
    String s = lines.isEmpty() ? "" : lines.get(0);
    if (s.endsWith(":") && lines.size() > 1) s += " " + lines.get(1);
    return s.replaceAll("FileLineCol\\[[^\\]]*\\]: ", "").replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"")
        .replaceAll("\\d+", "N");
  }

  static String minimize(String input, Predicate<String> stillFails) {
    if (!safe(stillFails, input)) return input;
    String cur = input;
    int[] budget = {6000};
    for (int pass = 0; pass < 4 && budget[0] > 0; pass++) {
      String before = cur;
      cur = dropGroups(cur, stillFails, budget);
      for (int level = 0; level < 3 && budget[0] > 0; level++) cur = dropUnits(cur, split(cur, level), stillFails, budget);
      if (cur.equals(before)) break;
    }
    return cur;
  }

  /** Tries to delete each bracketed group ((), [], {}, <>), whole and then its contents, outermost first. */
  private static String dropGroups(String cur, Predicate<String> stillFails, int[] budget) {
    boolean changed = true;
    while (changed && budget[0] > 0) {
      changed = false;
      int[] cps = cur.codePoints().toArray();
      for (int[] g : groups(cur)) {
        if (budget[0] <= 0) break;
        for (int[] cut : new int[][] {{g[0], g[1]}, {g[0] + 1, g[1] - 1}}) {
          if (cut[1] <= cut[0]) continue;
          String t = new String(cps, 0, cut[0]) + new String(cps, cut[1], cps.length - cut[1]);
          budget[0]--;
          if (safe(stillFails, t)) {
            cur = t;
            changed = true;
            break;
          }
        }
        if (changed) break; // positions moved: recompute the groups
      }
    }
    return cur;
  }

  /** Matching bracket pairs as code point ranges [open, close + 1), largest first. */
  private static List<int[]> groups(String s) {
    List<int[]> out = new ArrayList<>();
    Deque<Mutator.Tok> open = new ArrayDeque<>();
    for (Mutator.Tok t : Mutator.tokens(s)) {
      switch (t.type()) {
        case MLIRLexer.LPAREN, MLIRLexer.LSQUARE, MLIRLexer.LBRACE, MLIRLexer.LESS -> open.push(t);
        case MLIRLexer.RPAREN, MLIRLexer.RSQUARE, MLIRLexer.RBRACE, MLIRLexer.GREATER -> {
          if (!open.isEmpty()) out.add(new int[] {open.pop().start(), t.stop()});
        }
        default -> { }
      }
    }
    out.sort((a, b) -> Integer.compare(b[1] - b[0], a[1] - a[0]));
    return out;
  }

  private static String dropUnits(String cur, List<String> units, Predicate<String> stillFails, int[] budget) {
    for (int chunk = Math.max(1, units.size() / 2); chunk >= 1 && budget[0] > 0; chunk /= 2) {
      for (int i = 0; i + chunk <= units.size() && budget[0] > 0; ) {
        List<String> trial = new ArrayList<>(units.subList(0, i));
        trial.addAll(units.subList(i + chunk, units.size()));
        String t = String.join("", trial);
        budget[0]--;
        if (safe(stillFails, t)) {
          units = trial;
          cur = t;
        } else {
          i += chunk;
        }
      }
    }
    return cur;
  }

  private static boolean safe(Predicate<String> p, String s) {
    try {
      return p.test(s);
    } catch (Throwable t) {
      return false;
    }
  }

  /** Level 0: lines; 1: tokens with their leading blanks; 2: characters. */
  private static List<String> split(String s, int level) {
    List<String> out = new ArrayList<>();
    if (level == 0) {
      int start = 0;
      for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') {
        out.add(s.substring(start, i + 1));
        start = i + 1;
      }
      if (start < s.length()) out.add(s.substring(start));
    } else if (level == 1) {
      int[] cps = s.codePoints().toArray();
      int prev = 0;
      for (Mutator.Tok t : Mutator.tokens(s)) {
        out.add(new String(cps, prev, t.stop() - prev));
        prev = t.stop();
      }
      if (prev < cps.length) out.add(new String(cps, prev, cps.length - prev));
    } else {
      s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
    }
    return out;
  }
}
