package dev.mlc.text.props;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.text.PrintOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The textual-IR fuzzer at scale: millions of inputs through the checks of the property tests,
 * on every core. Off by default (tag {@code slow}); run it with
 *
 * <pre>
 * mvn -Pslow -pl textual-ir test -Dtest=FuzzLongRun -Dmlc.fuzz.count=1000000
 * </pre>
 *
 * System properties: {@code mlc.fuzz.count} (inputs, default 1,000,000), {@code mlc.fuzz.seed}
 * (first seed; default from the clock, printed so that a run can be repeated),
 * {@code mlc.fuzz.threads} (default: all cores). Of every 20 inputs, 11 are mutated generated
 * files and 4 garbage (the {@link Robustness} rules, and what our parser accepts the reference
 * grammar must accept), 2 syntax-only mutations (both parsers must reject), and 3 valid generated
 * files (grammar agreement and round trips). Failing inputs go to {@code target/fuzz-failures/};
 * an input running longer than 60 s counts as a hang. Prints inputs per second and totals.
 */
@Tag("slow")
class FuzzLongRun {
  private static final long HANG_NANOS = 60_000_000_000L;
  private static final String[] KINDS = {"mutated", "garbage", "syntax-only", "valid"};

  private final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();
  private final Map<String, String> failures = new ConcurrentHashMap<>();
  private final AtomicLong failureCount = new AtomicLong();

  private void count(String key) { totals.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet(); }

  private static int kindOf(long i) {
    int k = (int) Math.floorMod(i, 20L);
    return k < 11 ? 0 : k < 15 ? 1 : k < 17 ? 2 : 3;
  }

  /** Runs input {@code i}; returns a failure description or null. */
  private String runOne(long seed, int kind, byte[][] input) {
    SplittableRandom r = new SplittableRandom(seed);
    int size = 1 + r.nextInt(40);
    switch (kind) {
      case 0, 1 -> {
        input[0] = kind == 0 ? Mutator.mutate(MlirGenerator.generate(seed, size), r) : Mutator.garbage(r);
        Robustness.Outcome o = Robustness.run(input[0]);
        count(KINDS[kind] + (o.accepted() ? " (accepted)" : " (rejected)"));
        if (o.failure() == null && o.accepted() && !AntlrMlir.parse(input[0]).ok())
          return "our parser accepts what the reference grammar rejects: " + AntlrMlir.parse(input[0]).errors().get(0);
        return o.failure();
      }
      case 2 -> {
        String m = Mutator.syntaxOnlyMutation(MlirGenerator.generate(seed, size), r);
        if (m == null) return null;
        input[0] = m.getBytes(StandardCharsets.UTF_8);
        boolean grammar = AntlrMlir.accepts(m), ours = Harness.parse(input[0]).ok();
        count("syntax-only");
        if (grammar != ours) return "syntax-only mutation: reference grammar " + (grammar ? "accepts" : "rejects")
            + ", our parser " + (ours ? "accepts" : "rejects");
        return Robustness.check(input[0]);
      }
      default -> {
        String text = MlirGenerator.generate(seed, size);
        input[0] = text.getBytes(StandardCharsets.UTF_8);
        count("valid");
        String f = GrammarAgreementTest.disagreement(text);
        if (f == null) f = RoundTripTest.roundTripProblem(text, PrintOptions.GENERIC);
        if (f == null) f = RoundTripTest.roundTripProblem(text, PrintOptions.DEFAULT);
        if (f == null) f = Robustness.check(input[0]);
        return f;
      }
    }
  }

  /** What tells failures apart: the first line, the error of a "does not parse", the first difference of a round trip. */
  static String signature(String failure) {
    List<String> lines = failure.lines().toList();
    String sig = lines.isEmpty() ? "" : lines.get(0);
    int threw = sig.indexOf(" threw ");
    if (threw >= 0) { // the exception class and where it was thrown
      sig = sig.substring(0, threw + 7) + sig.substring(threw + 7).split("[: ]")[0];
      if (lines.size() > 1) sig += " " + lines.get(1).strip();
    } else if (sig.endsWith(":") && lines.size() > 1) {
      sig += " " + lines.get(1);
    }
    int p1 = failure.indexOf("\nP1:\n"), p2 = failure.indexOf("\nP2:\n");
    if (p1 >= 0 && p2 > p1) {
      List<String> a = failure.substring(p1 + 5, p2).lines().toList(), b = failure.substring(p2 + 5).lines().toList();
      for (int i = 0; i < Math.min(a.size(), b.size()); i++)
        if (!a.get(i).equals(b.get(i))) {
          sig += " [" + a.get(i).strip() + "] vs [" + b.get(i).strip() + "]";
          break;
        }
    }
    sig = sig.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"").replaceAll("\\d+", "N");
    return sig.length() > 200 ? sig.substring(0, 200) : sig;
  }

  private void record(long seed, int kind, String failure, byte[] input) {
    failureCount.incrementAndGet();
    String key = KINDS[kind] + ": " + signature(failure);
    if (failures.putIfAbsent(key, "seed " + seed) != null || failures.size() > 50) return;
    try {
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      Path f = dir.resolve("seed-" + seed + ".mlir");
      Files.write(f, input == null ? new byte[0] : input);
      Files.writeString(dir.resolve("seed-" + seed + ".txt"), failure);
      failures.put(key, "seed " + seed + " -> " + f);
    } catch (IOException e) {
      failures.put(key, "seed " + seed + " (could not save: " + e + ")");
    }
  }

  @Test
  void fuzz() throws InterruptedException {
    long count = Long.getLong("mlc.fuzz.count", 1_000_000L);
    long base = Long.getLong("mlc.fuzz.seed", System.nanoTime());
    int threads = Integer.getInteger("mlc.fuzz.threads", Runtime.getRuntime().availableProcessors());
    System.out.printf("FuzzLongRun: %,d inputs, seeds from %d (-Dmlc.fuzz.seed=%d), %d threads%n", count, base, base, threads);
    AtomicLong next = new AtomicLong();
    AtomicLongArray started = new AtomicLongArray(threads);
    AtomicReferenceArray<long[]> current = new AtomicReferenceArray<>(threads);
    List<Thread> workers = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int w = 0; w < threads; w++) {
      int id = w;
      Thread t = new Thread(() -> {
        byte[][] input = new byte[1][];
        for (long i; (i = next.getAndIncrement()) < count; ) {
          long seed = base + i;
          int kind = kindOf(i);
          current.set(id, new long[] {seed, kind});
          started.set(id, System.nanoTime());
          String f;
          input[0] = null;
          try {
            f = runOne(seed, kind, input);
          } catch (Throwable e) {
            f = "the harness threw " + Robustness.stack(e);
          }
          started.set(id, 0);
          if (f != null) record(seed, kind, f, input[0]);
        }
      }, "fuzz-" + w);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
    long lastReport = System.nanoTime();
    boolean hung = false;
    while (workers.stream().anyMatch(Thread::isAlive) && !hung) {
      Thread.sleep(500);
      long now = System.nanoTime();
      for (int w = 0; w < threads; w++) {
        long s = started.get(w);
        if (s != 0 && now - s > HANG_NANOS) {
          long[] c = current.get(w);
          int kind = (int) c[1];
          record(c[0], kind, "hang: input ran longer than " + HANG_NANOS / 1_000_000_000 + " s", regenerate(c[0], kind));
          hung = true;
        }
      }
      if (now - lastReport > 30_000_000_000L) {
        lastReport = now;
        double secs = (now - t0) / 1e9;
        System.out.printf("  %,d / %,d inputs, %.0f inputs/s, %d failures%n", Math.min(next.get(), count), count,
            Math.min(next.get(), count) / secs, failureCount.get());
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long done = Math.min(next.get(), count);
    System.out.printf("FuzzLongRun: %,d inputs in %.1f s: %.0f inputs/s%n", done, secs, done / secs);
    new TreeMap<>(totals).forEach((k, v) -> System.out.printf("  %-20s %,d%n", k, v.get()));
    System.out.printf("  failures: %,d (%d distinct)%n", failureCount.get(), failures.size());
    new TreeMap<>(failures).forEach((k, v) -> System.out.println("  - " + k + "  [" + v + "]"));
    assertTrue(failures.isEmpty(), () -> failures.size() + " distinct failures, see above and target/fuzz-failures/");
  }

  /** The input of a hung run, made again from its seed (the worker is still busy with it). */
  private static byte[] regenerate(long seed, int kind) {
    SplittableRandom r = new SplittableRandom(seed);
    int size = 1 + r.nextInt(40);
    return switch (kind) {
      case 0 -> Mutator.mutate(MlirGenerator.generate(seed, size), r);
      case 1 -> Mutator.garbage(r);
      case 2 -> {
        String m = Mutator.syntaxOnlyMutation(MlirGenerator.generate(seed, size), r);
        yield m == null ? new byte[0] : m.getBytes(StandardCharsets.UTF_8);
      }
      default -> MlirGenerator.generate(seed, size).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** Every deep-nesting construct of {@link Mutator#deepNesting}, closed and unclosed, 5,000 to 250,000 deep. */
  @Test
  void deepNestingAtScale() {
    List<String> problems = new ArrayList<>();
    for (int kind = 0; kind < Mutator.NESTING_KINDS.length; kind++) {
      for (boolean closed : new boolean[] {true, false}) {
        for (int depth : new int[] {5_000, 20_000, 50_000, 250_000}) {
          byte[] input = Mutator.deepNesting(kind, depth, closed);
          long t0 = System.nanoTime();
          String f;
          try {
            f = Harness.withTimeout(20, () -> Robustness.check(input));
          } catch (AssertionError e) {
            f = e.getMessage();
          }
          String what = String.format("%s%s... %s, depth %,d", Mutator.NESTING_KINDS[kind][0], Mutator.NESTING_KINDS[kind][1],
              closed ? "closed" : "unclosed", depth).replace("\n", " ");
          String first = f == null ? "ok" : f.lines().findFirst().orElse("");
          System.out.printf("  %-70s %6.2f s  %s%n", what, (System.nanoTime() - t0) / 1e9, first);
          if (f != null) {
            problems.add(what + ": " + first);
            break; // deeper is no better
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }
}
