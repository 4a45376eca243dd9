package dev.mlc.filecheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Assigns capture groups inside a known match the way Henry Spencer's {@code regexec} does (its
 * {@code dissect}): walking the expression left to right, each element takes the longest length
 * that still lets the rest match, an alternation then takes its first branch of that length, and a
 * repetition reports its last iteration. java.util.regex instead prefers the first alternative,
 * which gives different groups for expressions like {@code (a|ab)(b*)}.
 *
 * <p>The expression is kept in Spencer's shape: {@code x*} is {@code (x+)?}, {@code x?} is {@code
 * (x|)}, and bounded repetitions are unrolled as his {@code repeat} does. java.util.regex answers
 * the "does this piece match exactly here" questions.
 */
final class Submatcher {
  /** An element of an expression in Spencer's form. */
  sealed interface Op {
    /** One character: a literal, a bracket expression or {@code .}. */
    record Char(String java) implements Op {}

    /** An assertion: {@code ^}, {@code $} or a word boundary. */
    record Assert(String java) implements Op {}

    /** The start of group {@code group}. */
    record Open(int group) implements Op {}

    /** The end of group {@code group}. */
    record Close(int group) implements Op {}

    /** One or more repetitions of {@code body}. */
    record Plus(List<Op> body) implements Op {}

    /** Zero or one {@code body} (Spencer's {@code OQUEST_}, used for {@code x*} as {@code (x+)?}). */
    record Quest(List<Op> body) implements Op {}

    /** Alternatives, tried for the longest fit and then in order. */
    record Choice(List<List<Op>> branches) implements Op {}
  }

  private static final int MAX_MATCH_LENGTH = 512;

  private final List<Op> ops;
  private final int groups;
  private final Map<List<Op>, java.util.regex.Pattern> compiled = new HashMap<>();

  private Submatcher(List<Op> ops, int groups) {
    this.ops = ops;
    this.groups = groups;
  }

  /**
   * A submatcher for an expression, or null when java.util.regex's groups are already Spencer's
   * (every repetition has a fixed-length body, every alternation's branches have fixed lengths in
   * non-increasing order) or when there are no groups.
   */
  static Submatcher forExpression(List<Op> ops, int groups) {
    return groups == 0 || greedyEquivalent(ops) ? null : new Submatcher(ops, groups);
  }

  /** {@code x{from,to}} as Spencer's {@code repeat} unrolls it ({@code to} -1 for no bound). */
  static List<Op> repeat(List<Op> x, int from, int to) {
    List<Op> out = new ArrayList<>();
    if (from == 0 && to == 0) return out;
    if (from == 0) {
      out.add(new Op.Choice(List.of(repeat(x, 1, to), List.of())));
    } else if (from == 1 && to == 1) {
      out.addAll(x);
    } else if (from == 1 && to < 0) {
      out.add(new Op.Plus(x));
    } else if (from == 1) {
      out.add(new Op.Choice(List.of(x, List.of())));
      out.addAll(repeat(x, 1, to - 1));
    } else {
      out.addAll(x);
      out.addAll(repeat(x, from - 1, to < 0 ? -1 : to - 1));
    }
    return out;
  }

  /**
   * Computes the groups of the match {@code [start, end)} of {@code subject} (offsets relative to
   * it) into {@code spans} ({@code [start0, end0, start1, end1, ...]}); returns false, leaving them
   * alone, when the match is too long to dissect cheaply.
   */
  boolean dissect(CharSequence subject, int start, int end, int[] spans) {
    if (end - start > MAX_MATCH_LENGTH) return false;
    int[] result = new int[2 * (groups + 1)];
    Arrays.fill(result, -1);
    result[0] = start;
    result[1] = end;
    try {
      dissect(subject, ops, start, end, result);
    } catch (NoFit e) {
      return false;
    }
    System.arraycopy(result, 0, spans, 0, Math.min(result.length, spans.length));
    return true;
  }

  /** A piece did not fit where the whole match says it must (cannot happen with a faithful oracle). */
  private static final class NoFit extends RuntimeException {
    NoFit() {
      super(null, null, false, false);
    }
  }

  private int dissect(CharSequence s, List<Op> seq, int sp, int stop, int[] result) {
    for (int k = 0; k < seq.size(); k++) {
      Op op = seq.get(k);
      switch (op) {
        case Op.Char c -> sp++;
        case Op.Assert a -> { }
        case Op.Open o -> result[2 * o.group()] = sp;
        case Op.Close c -> result[2 * c.group() + 1] = sp;
        default -> {
          List<Op> self = List.of(op);
          List<Op> tail = seq.subList(k + 1, seq.size());
          int stp = stop;
          int rest;
          while (true) {
            rest = longest(s, self, sp, stp);
            if (rest < 0) throw new NoFit();
            if (matches(s, tail, rest, stop)) break;
            stp = rest - 1;
          }
          switch (op) {
            case Op.Quest q -> {
              if (longest(s, q.body(), sp, rest) >= 0) dissect(s, q.body(), sp, rest, result);
            }
            case Op.Plus p -> {
              int from = sp;
              int previous = sp;
              int to;
              while (true) {
                to = longest(s, p.body(), from, rest);
                if (to < 0 || to == from) break;
                previous = from;
                from = to;
              }
              if (to < 0) {
                to = from;
                from = previous;
              }
              dissect(s, p.body(), from, to, result);
            }
            case Op.Choice c -> {
              for (List<Op> branch : c.branches()) {
                if (longest(s, branch, sp, rest) == rest) {
                  dissect(s, branch, sp, rest, result);
                  break;
                }
              }
            }
            default -> throw new IllegalStateException(op.toString());
          }
          sp = rest;
        }
      }
    }
    return sp;
  }

  /** The end of the longest match of {@code seq} starting at {@code from} and ending by {@code limit}, or -1. */
  private int longest(CharSequence s, List<Op> seq, int from, int limit) {
    int fixed = fixedLength(seq);
    if (fixed >= 0) return from + fixed <= limit && matches(s, seq, from, from + fixed) ? from + fixed : -1;
    for (int end = limit; end >= from; end--) {
      if (matches(s, seq, from, end)) return end;
    }
    return -1;
  }

  /** Whether {@code seq} matches exactly {@code s[from, to)}. */
  private boolean matches(CharSequence s, List<Op> seq, int from, int to) {
    if (to < from) return false;
    java.util.regex.Pattern p = compiled.computeIfAbsent(seq, q -> java.util.regex.Pattern.compile(java(q)));
    Matcher m = p.matcher(s);
    m.useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
    return m.matches();
  }

  private static String java(List<Op> seq) {
    StringBuilder b = new StringBuilder();
    for (Op op : seq) {
      switch (op) {
        case Op.Char c -> b.append(c.java());
        case Op.Assert a -> b.append("(?:").append(a.java()).append(')');
        case Op.Open o -> { }
        case Op.Close c -> { }
        case Op.Plus p -> b.append("(?:").append(java(p.body())).append(")+");
        case Op.Quest q -> b.append("(?:").append(java(q.body())).append(")?");
        case Op.Choice c -> {
          b.append("(?:");
          for (int i = 0; i < c.branches().size(); i++) b.append(i == 0 ? "" : "|").append(java(c.branches().get(i)));
          b.append(')');
        }
      }
    }
    return b.toString();
  }

  /** The length every match of {@code seq} has, or -1 if it varies. */
  private static int fixedLength(List<Op> seq) {
    int n = 0;
    for (Op op : seq) {
      switch (op) {
        case Op.Char c -> n++;
        case Op.Assert a -> { }
        case Op.Open o -> { }
        case Op.Close c -> { }
        case Op.Choice c -> {
          int len = -2;
          for (List<Op> branch : c.branches()) {
            int l = fixedLength(branch);
            if (l < 0 || (len != -2 && l != len)) return -1;
            len = l;
          }
          n += Math.max(len, 0);
        }
        default -> {
          return -1;
        }
      }
    }
    return n;
  }

  /** Whether backtracking (greedy, first alternative first) already yields Spencer's groups. */
  private static boolean greedyEquivalent(List<Op> seq) {
    for (Op op : seq) {
      boolean ok = switch (op) {
        case Op.Plus p -> fixedLength(p.body()) > 0 && greedyEquivalent(p.body());
        case Op.Quest q -> q.body().size() == 1 && q.body().getFirst() instanceof Op.Plus p
            ? fixedLength(p.body()) > 0 && greedyEquivalent(p.body())
            : fixedLength(q.body()) >= 0 && greedyEquivalent(q.body());
        case Op.Choice c -> {
          int previous = Integer.MAX_VALUE;
          for (List<Op> branch : c.branches()) {
            int len = fixedLength(branch);
            if (len < 0 || len > previous || !greedyEquivalent(branch)) yield false;
            previous = len;
          }
          yield true;
        }
        default -> true;
      };
      if (!ok) return false;
    }
    return true;
  }
}
