package dev.mlc.lit;

import dev.mlc.tools.ToolIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code diff [-u] [-b] [-w] [--strip-trailing-cr] [-q] A B}: compares two files line by line (either
 * may be {@code -}, standard input) and prints a unified diff with three lines of context. Exits 0
 * when they are the same, 1 when they differ, 2 on trouble, as GNU diff. Minimal diffs for inputs
 * up to a few thousand differing lines; beyond that the differing middle is shown replaced whole.
 */
final class Diff {
  private Diff() {}

  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 4_000_000;
  private static final String NO_NEWLINE = "\n\\ No newline at end of file";

  static int run(List<String> args, ToolIO io) throws IOException {
    boolean brief = false, stripCr = false, ignoreSpaceChange = false, ignoreAllSpace = false;
    List<String> files = new ArrayList<>();
    for (String a : args) {
      switch (a) {
        case "-u", "--unified", "-a", "--text" -> { }
        case "-q", "--brief" -> brief = true;
        case "-b", "--ignore-space-change" -> ignoreSpaceChange = true;
        case "-w", "--ignore-all-space" -> ignoreAllSpace = true;
        case "--strip-trailing-cr" -> stripCr = true;
        default -> {
          if (a.startsWith("-") && a.length() > 1) {
            io.err().println("diff: error: unsupported option '" + a + "'");
            return 2;
          }
          files.add(a);
        }
      }
    }
    if (files.size() != 2) {
      io.err().println("diff: error: expected two files to compare");
      return 2;
    }
    List<String> a = lines(files.get(0), io), b = lines(files.get(1), io);
    if (a == null || b == null) return 2;
    boolean cr = stripCr, space = ignoreSpaceChange, all = ignoreAllSpace;
    UnaryOperator<String> key = s -> {
      if (cr) s = s.replace("\r" + NO_NEWLINE, NO_NEWLINE).replaceAll("\r$", "");
      if (all) s = s.replaceAll("[ \\t\\r\\f\\u000b]+", "");
      else if (space) s = s.replaceAll("[ \\t\\r\\f\\u000b]+", " ").replaceAll(" (?=\n|$)", "");
      return s;
    };
    List<String> ka = a.stream().map(key).toList(), kb = b.stream().map(key).toList();
    if (ka.equals(kb)) return 0;
    if (brief) {
      io.out().print("Files " + files.get(0) + " and " + files.get(1) + " differ\n");
      return 1;
    }
    char[] ops = edits(ka, kb);
    io.out().print("--- " + files.get(0) + "\n+++ " + files.get(1) + "\n");
    printHunks(ops, a, b, io);
    return 1;
  }

  /** The file's lines; a last line without a newline carries a "\ No newline" note. Null on error. */
  private static List<String> lines(String name, ToolIO io) throws IOException {
    String text;
    try {
      if (name.equals("-")) text = new String(io.in().readAllBytes(), StandardCharsets.UTF_8);
      else if (name.equals("/dev/null")) text = "";
      else {
        Path p = io.resolve(name);
        if (Files.isDirectory(p)) {
          io.err().println("diff: error: " + name + ": comparing directories is not supported");
          return null;
        }
        text = Files.readString(p, StandardCharsets.UTF_8);
      }
    } catch (NoSuchFileException e) {
      io.err().println("diff: " + name + ": No such file or directory");
      return null;
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (text.endsWith("\n") || text.isEmpty()) lines.removeLast();
    else lines.set(lines.size() - 1, lines.getLast() + NO_NEWLINE);
    return lines;
  }

  /** The edit script turning a into b: ' ' keep, '-' delete from a, '+' insert from b. */
  static char[] edits(List<String> a, List<String> b) {
    int n = a.size(), m = b.size();
    int pre = 0;
    while (pre < n && pre < m && a.get(pre).equals(b.get(pre))) pre++;
    int suf = 0;
    while (suf < n - pre && suf < m - pre && a.get(n - 1 - suf).equals(b.get(m - 1 - suf))) suf++;
    int an = n - pre - suf, bn = m - pre - suf;
    StringBuilder ops = new StringBuilder();
    ops.append(" ".repeat(pre));
    if ((long) (an + 1) * (bn + 1) > MAX_CELLS) {
      ops.append("-".repeat(an)).append("+".repeat(bn));
    } else {
      // lcs[i][j]: length of the longest common subsequence of a[pre+i..] and b[pre+j..].
      int[][] lcs = new int[an + 1][bn + 1];
      for (int i = an - 1; i >= 0; i--) {
        for (int j = bn - 1; j >= 0; j--) {
          lcs[i][j] = a.get(pre + i).equals(b.get(pre + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0, j = 0;
      while (i < an || j < bn) {
        if (i < an && j < bn && a.get(pre + i).equals(b.get(pre + j))) {
          ops.append(' ');
          i++;
          j++;
        } else if (j == bn || (i < an && lcs[i + 1][j] >= lcs[i][j + 1])) {
          ops.append('-');
          i++;
        } else {
          ops.append('+');
          j++;
        }
      }
    }
    ops.append(" ".repeat(suf));
    return ops.toString().toCharArray();
  }

  private static void printHunks(char[] ops, List<String> a, List<String> b, ToolIO io) {
    int k = 0;
    while (k < ops.length) {
      while (k < ops.length && ops[k] == ' ') k++;
      if (k == ops.length) break;
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      // Extend over changes separated by at most 2 * CONTEXT unchanged lines.
      while (true) {
        while (end < ops.length && ops[end] != ' ') end++;
        int next = end;
        while (next < ops.length && ops[next] == ' ') next++;
        if (next < ops.length && next - end <= 2 * CONTEXT) end = next;
        else break;
      }
      int stop = Math.min(ops.length, end + CONTEXT);
      int ai = 0, bi = 0;
      for (int q = 0; q < start; q++) {
        if (ops[q] != '+') ai++;
        if (ops[q] != '-') bi++;
      }
      int aLen = 0, bLen = 0;
      for (int q = start; q < stop; q++) {
        if (ops[q] != '+') aLen++;
        if (ops[q] != '-') bLen++;
      }
      StringBuilder sb = new StringBuilder("@@ -").append(range(ai, aLen)).append(" +").append(range(bi, bLen)).append(" @@\n");
      for (int q = start; q < stop; q++) {
        switch (ops[q]) {
          case ' ' -> {
            sb.append(' ').append(a.get(ai++)).append('\n');
            bi++;
          }
          case '-' -> sb.append('-').append(a.get(ai++)).append('\n');
          default -> sb.append('+').append(b.get(bi++)).append('\n');
        }
      }
      io.out().print(sb);
      k = stop;
    }
  }

  private static String range(int before, int length) {
    if (length == 0) return before + ",0";
    return length == 1 ? String.valueOf(before + 1) : (before + 1) + "," + length;
  }
}
