package dev.mlc.ir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlc.ir.Operation;
import dev.mlc.ir.Value;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.UnitAttr;
import dev.mlc.ir.core.TestPasses.FuncPass;
import dev.mlc.ir.core.TestPasses.OpCount;
import dev.mlc.ir.pass.AnalysisManager;
import dev.mlc.ir.pass.Pass;
import dev.mlc.ir.pass.PassExecutor;
import dev.mlc.ir.pass.PassManager;
import dev.mlc.ir.pass.PassRegistry;
import dev.mlc.ir.pass.PipelineParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Running pipelines: nesting, verification, failures, analyses, statistics, timing, and parallel runs. */
class PassExecutorTest {
  private final PassRegistry registry = TestPasses.registry();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private CoreIr ir;
  private PassExecutor executor;

  @BeforeEach
  void reset() {
    TestPasses.LOG.clear();
    ir = withFunctions(new CoreIr());
  }

  /** Functions f (2 ops), g (3 ops) and h (4 ops), counting the function itself. */
  private static CoreIr withFunctions(CoreIr t) {
    t.func("f");
    t.ret();
    t.func("g");
    t.use();
    t.ret();
    t.func("h");
    t.use(t.constant(1));
    t.ret();
    return t;
  }

  private boolean run(String pipeline, int threads, boolean verifyEach) {
    return run(PipelineParser.parse(registry, pipeline, "builtin.module"), threads, verifyEach, ir);
  }

  private boolean run(PassManager pm, int threads, boolean verifyEach, CoreIr target) {
    executor = new PassExecutor(TestPasses.config(threads, verifyEach, new PrintStream(out, true, StandardCharsets.UTF_8)));
    return executor.run(pm, target.module);
  }

  private boolean run(String pipeline) { return run(pipeline, 1, true); }

  @Test
  void nestedPipelinesRunOnEachDirectlyNestedAnchorOp() {
    assertTrue(run("test-any,ct.func(test-func),test-noopt"));
    assertEquals(List.of("any:builtin.module", "func:f", "func:g", "func:h", "noopt:builtin.module"), TestPasses.LOG);
    assertEquals(List.of(), ir.diagnostics());
  }

  @Test
  void verifyEachNamesThePassThatBrokeTheIr() {
    assertFalse(run("ct.func(test-break)"));
    List<String> messages = ir.messages();
    assertEquals(List.of("'ct.func' op empty block: expect at least a terminator", "verification failed after pass 'test-break'",
        "'ct.use' op block with no terminator, has 'ct.use'", "note: in region #0 of this operation",
        "verification failed after pass 'test-break'"), messages.subList(0, 5));
    assertEquals(8, messages.size(), "the other functions are still processed, each failing verification: " + messages);
  }

  @Test
  void withoutVerifyEachBrokenIrGoesUnnoticed() {
    assertTrue(run("test-break", 1, false));
    assertEquals(List.of(), ir.diagnostics());
  }

  @Test
  void aPassAnchoredElsewhereIsAnError() {
    PassManager funcs = new PassManager("ct.func");
    funcs.addPass(new FuncPass());
    PassManager root = new PassManager("builtin.module");
    root.addAll(funcs);
    assertFalse(run(root, 1, true, ir));
    assertEquals(List.of("pass 'test-func' is anchored on 'ct.func' and cannot run on 'builtin.module'"), ir.messages());
    assertEquals(List.of(), TestPasses.LOG);

    assertFalse(run(funcs, 1, true, ir));
    assertEquals(List.of("can't run 'ct.func' pass manager on 'builtin.module' op"), ir.messages());
  }

  @Test
  void aPassThatCannotBeScheduledFails() {
    assertFalse(run("test-picky"));
    assertEquals(List.of("pass 'test-picky' cannot be scheduled on 'builtin.module'"), ir.messages());
    assertFalse(TestPasses.LOG.contains("picky ran"));
  }

  @Test
  void aFailingPassStopsThePipeline() {
    assertFalse(run("test-fail,test-any"));
    assertEquals(List.of("'builtin.module' op cannot be processed"), ir.messages(), "the pass's own error is enough, as in MLIR");
    assertEquals(List.of(), TestPasses.LOG, "later passes do not run");
  }

  @Test
  void aSilentFailureIsNamed() {
    assertFalse(run("test-silent-fail"));
    assertEquals(List.of("pass 'test-silent-fail' failed on 'builtin.module'"), ir.messages());
  }

  @Test
  void aNestedFailureStillRunsTheSiblingOps() {
    assertFalse(run("ct.func(test-fail),test-any"));
    List<String> m = ir.messages();
    assertEquals(List.of("'ct.func' op cannot be processed", "'ct.func' op cannot be processed", "'ct.func' op cannot be processed"), m,
        "each function reports its own error, and no second one per failure");
    assertEquals(List.of(), TestPasses.LOG);
  }

  @Test
  void aCrashIsReportedAsABugInThePass() {
    assertFalse(run("test-crash"));
    List<String> m = ir.messages();
    assertEquals("pass 'test-crash' crashed: java.lang.IllegalStateException: boom -- this is a bug in the pass; please report it"
        + " (rerun with --debug for the Java stack trace)", m.get(0));
    assertEquals(1, m.size(), "the crash message names the pass: " + m);
  }

  // ---- analyses ----

  @Test
  void analysesAreCachedPerOp() {
    AnalysisManager am = new AnalysisManager();
    Operation f = CoreIr.find(ir.module, "ct.func").get(0);
    OpCount a = am.get(f, OpCount.class);
    assertSame(a, am.get(f, OpCount.class));
    assertNotEquals(a, am.get(ir.module, OpCount.class));
    assertEquals(2, a.count);
    var e = assertThrows(IllegalStateException.class, () -> am.get(f, String.class));
    assertEquals("analysis java.lang.String needs a public constructor taking an Operation", e.getMessage());
  }

  /** The identities of the analyses the logged test-analysis runs got, in order. */
  private static List<String> analysisIds() {
    List<String> r = new ArrayList<>();
    for (String s : TestPasses.LOG) if (s.startsWith("analysis:")) r.add(s.substring(s.lastIndexOf(':') + 1));
    return r;
  }

  /** Whether the analysis runs {@code i} and {@code j} of {@code pipeline} got the same analysis instance. */
  private void assertReused(String pipeline, int i, int j, boolean reused) {
    TestPasses.LOG.clear();
    ir = withFunctions(new CoreIr());
    assertTrue(run(pipeline), pipeline);
    List<String> ids = analysisIds();
    assertEquals(reused, ids.get(i).equals(ids.get(j)), pipeline + ": " + ids);
  }

  @Test
  void analysesSurviveOnlyPassesThatPreserveThem() {
    assertReused("test-analysis{keep=all},test-analysis", 0, 1, true);
    assertReused("test-analysis{keep=op-count},test-analysis", 0, 1, true);
    assertReused("test-analysis{keep=none},test-analysis", 0, 1, false);
    assertReused("test-analysis{keep=other},test-analysis", 0, 1, false);
    assertReused("test-analysis{keep=all},test-any,test-analysis", 0, 1, true);
  }

  @Test
  void invalidatingAnOpDropsTheAnalysesOfNestedOps() {
    // runs: f, g, h, the module, then f, g, h again
    assertReused("ct.func(test-analysis{keep=all}),test-analysis{keep=all},ct.func(test-analysis)", 0, 4, true);
    assertReused("ct.func(test-analysis{keep=all}),test-analysis{keep=all},ct.func(test-analysis)", 2, 6, true);
    assertReused("ct.func(test-analysis{keep=all}),test-analysis{keep=none},ct.func(test-analysis)", 0, 4, false);
  }

  /** A nested pass that changes a function makes the enclosing module's cached analyses stale. */
  @Test
  void aNestedPassThatChangesIrInvalidatesTheAnalysesOfItsAncestors() {
    PassManager pm = PipelineParser.parse(registry, "test-analysis{keep=all},ct.func(test-break),test-analysis", "builtin.module");
    OpCount.BUILT.set(0);
    assertTrue(run(pm, 1, false, ir));
    List<String> ids = analysisIds();
    assertNotEquals(ids.get(0), ids.get(1), "the module's analysis was recomputed");
    assertEquals(2, OpCount.BUILT.get());
    TestPasses.LOG.clear();
    ir = withFunctions(new CoreIr());
    assertTrue(run(PipelineParser.parse(registry, "test-analysis{keep=all},ct.func(test-any),test-analysis", "builtin.module"), 1, true, ir));
    ids = analysisIds();
    assertEquals(ids.get(0), ids.get(1), "a nested pass that preserves everything keeps it");
  }

  // ---- statistics and timing ----

  @Test
  void statisticsAreSummedOverAllRuns() {
    PassManager pm = PipelineParser.parse(registry, "ct.func(test-func)", "builtin.module");
    assertTrue(run(pm, 1, true, ir));
    Pass funcPass = (Pass) ((PassManager) pm.entries().get(0)).entries().get(0);
    Map<String, dev.mlc.ir.pass.PassContext.Statistic> stats = executor.statistics().get(funcPass);
    assertEquals(9, stats.get("ops").value(), "2 + 3 + 4 ops");
    assertEquals(3, stats.get("runs").value());
    assertEquals("Operations seen", stats.get("ops").description());
    String report = executor.formatStatistics(pm);
    assertTrue(report.contains("'ct.func' Pipeline\n  Func\n    (S) 9 ops - Operations seen\n    (S) 3 runs - Functions seen\n"), report);
  }

  @Test
  void timingTreeNamesPassesAndPipelines() {
    assertTrue(run("test-any,ct.func(test-func,test-noopt)"));
    PassExecutor.Timing root = executor.timing();
    List<String> top = root.children.values().stream().map(t -> t.name).toList();
    assertEquals(List.of("Any", "'ct.func' Pipeline"), top);
    PassExecutor.Timing nested = root.children.values().stream().filter(t -> t.name.endsWith("Pipeline")).findFirst().orElseThrow();
    assertEquals(List.of("Func", "NoOptions"), nested.children.values().stream().map(t -> t.name).toList());
    assertTrue(nested.nanos > 0);
    String report = PassExecutor.formatTiming(root, 1_000_000_000L, Map.of("Parser", 1000L), Map.of("Output", 2000L));
    assertTrue(report.contains("... Execution time report ..."), report);
    for (String line : List.of("  Parser\n", "  Any\n", "  'ct.func' Pipeline\n", "    Func\n", "    NoOptions\n", "  Output\n",
        "  Total\n")) assertTrue(report.contains(line), line + " in\n" + report);
    assertTrue(report.indexOf("Parser") < report.indexOf("Any") && report.indexOf("NoOptions") < report.indexOf("Output"));
  }

  // ---- parallel runs ----

  /** A module of {@code n} isolated ops, each with a foldable chain of adds; op {@code failAt} is tagged to fail. */
  private static CoreIr isolatedOps(int n, int failAt) {
    CoreIr t = new CoreIr();
    for (int i = 0; i < n; i++) {
      t.at(t.body());
      Operation iso = t.withRegion("ct.iso", List.of(), List.of());
      iso.setAttr("sym_name", StringAttr.of("i" + i));
      if (i == failAt) iso.setAttr("fail", UnitAttr.INSTANCE);
      Value v = t.constant(i);
      for (int k = 0; k <= i % 5; k++) v = t.add(v, t.constant(k));
      t.use(v);
    }
    return t;
  }

  private record Outcome(boolean ok, String ir, List<String> messages, String output, long rewrites) {}

  private Outcome runIsolated(int threads, int failAt) {
    out.reset();
    CoreIr t = isolatedOps(12, failAt);
    PassManager pm = PipelineParser.parse(registry, "ct.iso(test-fold-iso)", "builtin.module");
    boolean ok = run(pm, threads, true, t);
    Pass p = (Pass) ((PassManager) pm.entries().get(0)).entries().get(0);
    return new Outcome(ok, CoreIr.dump(t.module), t.messages(), out.toString(StandardCharsets.UTF_8),
        executor.statistics().get(p).get("rewrites").value());
  }

  @Test
  void parallelRunsOnIsolatedOpsMatchTheSerialRun() {
    Outcome serial = runIsolated(1, -1);
    assertTrue(TestPasses.LOG.stream().noneMatch(s -> s.startsWith("thread:mlc-pass-")), "one thread runs on the caller's thread");
    TestPasses.LOG.clear();
    Outcome parallel = runIsolated(4, -1);
    assertTrue(TestPasses.LOG.stream().anyMatch(s -> s.startsWith("thread:mlc-pass-")), "the parallel run used the pool");
    assertTrue(serial.ok());
    assertEquals(serial, parallel);
    assertFalse(serial.ir().contains("ct.add"), "every chain folded");
    assertTrue(serial.messages().get(0).startsWith("folded i0 in "), serial.messages().toString());
    assertTrue(serial.messages().get(11).startsWith("folded i11 in "), serial.messages().toString());
    assertTrue(serial.rewrites() > 12);
    assertTrue(serial.output().startsWith("iso i0\niso i1\niso i2\n"), serial.output());
  }

  @Test
  void parallelFailuresReportLikeTheSerialRun() {
    Outcome serial = runIsolated(1, 3), parallel = runIsolated(4, 3);
    assertFalse(serial.ok());
    assertEquals(serial, parallel);
    assertTrue(serial.messages().contains("'ct.iso' op tagged to fail"));
    assertFalse(serial.messages().contains("pass 'test-fold-iso' failed on 'ct.iso'"), "the op's own error is enough");
    assertEquals(12, serial.output().lines().count(), "every op ran even though one failed");
  }
}
