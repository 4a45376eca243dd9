package dev.mlc.lit;

import dev.mlc.tools.Tool;
import dev.mlc.tools.ToolMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Finds and runs lit tests in-process. The entry point for embedding, e.g. one JUnit dynamic test
 * per file:
 * <pre>{@code
 * LitRunner lit = LitRunner.create();
 * for (LitTest t : lit.discover(List.of(Path.of("src/test/lit")))) {
 *   LitResult r = lit.run(t);               // PASS, FAIL, XFAIL, XPASS, UNSUPPORTED, UNRESOLVED
 *   if (r.isFailure()) fail(r.report());    // lit's log: commands, output, exit codes
 * }
 * }</pre>
 * A runner is thread-safe: {@link #run} may be called from many threads at once;
 * each test gets its own shell, streams, temporary directory and environment. Tools are the
 * {@code dev.mlc.tools.Tool} services on the class path (plus any added to the builder); the
 * features a test can {@code REQUIRES} are its configuration's, the builder's, those of the
 * {@link LitFeatureDetector} services, and the name of every registered tool.
 */
public final class LitRunner {
  private final ToolRegistry tools;
  private final Set<String> features;
  private final Map<String, String> substitutions;
  private final Map<String, String> environment;
  private final Supplier<Path> tempRoot;
  private final boolean keepTemps;
  private final Map<Path, Optional<LitConfig>> configs = new HashMap<>();
  private final AtomicInteger tempCounter = new AtomicInteger();

  private LitRunner(Builder b) {
    this.tools = b.tools.build();
    Set<String> f = new LinkedHashSet<>(b.features);
    f.addAll(tools.names());
    this.features = Set.copyOf(f);
    this.substitutions = Map.copyOf(b.substitutions);
    this.environment = Map.copyOf(b.environment);
    Path fixedRoot = b.tempRoot;
    this.tempRoot = fixedRoot != null ? () -> fixedRoot : new LazyTempRoot();
    this.keepTemps = b.keepTemps;
  }

  /** A runner with the tools and feature detectors on the class path. */
  public static LitRunner create() { return builder().build(); }

  public static Builder builder() { return new Builder(); }

  /** The tools RUN lines can name. */
  public ToolRegistry tools() { return tools; }

  /** The features every test has, besides its configuration's. */
  public Set<String> features() { return features; }

  // ---- discovery ----

  /**
   * The tests under {@code paths}, sorted by path, without duplicates. A directory is searched
   * recursively for files whose names end in a suffix of their {@code lit.json}, skipping its
   * {@code excludes}, hidden entries and directories with no configuration above them; a file named
   * explicitly is a test whatever its name.
   *
   * @throws LitException when a path does not exist or a {@code lit.json} is invalid
   */
  public List<LitTest> discover(List<Path> paths) {
    Map<Path, LitTest> found = new TreeMap<>();
    for (Path given : paths) {
      Path path = given.toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        try {
          Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(path) || !skipped(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !skipped(file)) {
                LitConfig config = configFor(file.getParent());
                if (config.file() != null && config.isTestFileName(file.getFileName().toString())) {
                  found.computeIfAbsent(file, f -> LitTest.of(f, config));
                }
              }
              return FileVisitResult.CONTINUE;
            }
          });
        } catch (IOException e) {
          throw new LitException(given + ": error: cannot list: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        found.computeIfAbsent(path, f -> LitTest.of(f, configFor(f.getParent())));
      } else {
        throw new LitException(given + ": error: no such file or directory");
      }
    }
    return List.copyOf(found.values());
  }

  /** Whether discovery passes over {@code p}: hidden, an {@code Output} directory, or excluded. */
  private boolean skipped(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(".") || name.equals("Output") || configFor(p.getParent()).excludes().contains(name);
  }

  /**
   * The configuration for tests in {@code directory}: its nearest {@code lit.json}, layered over
   * those above it, or an empty one when there is none.
   */
  public LitConfig configFor(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    return lookup(dir).orElseGet(() -> LitConfig.none(dir));
  }

  private synchronized Optional<LitConfig> lookup(Path dir) {
    Optional<LitConfig> cached = configs.get(dir);
    if (cached != null) return cached;
    Optional<LitConfig> parent = dir.getParent() == null ? Optional.empty() : lookup(dir.getParent());
    Path file = dir.resolve(LitConfig.FILE_NAME);
    Optional<LitConfig> result = Files.isRegularFile(file) ? Optional.of(LitConfig.load(file, parent.orElse(null))) : parent;
    configs.put(dir, result);
    return result;
  }

  // ---- running ----

  /**
   * Runs one test and returns its outcome; never throws. Runs on a thread with a large stack
   * (as the tools' launchers do), so a deeply nested input behaves as it does from the command line.
   */
  public LitResult run(LitTest test) {
    if (Thread.currentThread() instanceof LitThread) return runHere(test);
    AtomicReference<LitResult> result = new AtomicReference<>();
    Thread t = new LitThread(() -> result.set(runHere(test)), "mlc-lit " + test.name());
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    return result.get();
  }

  /**
   * Runs {@code tests} on {@code jobs} threads and returns their results in the order given. Each
   * result is also passed to {@code inOrder} as soon as it and all results before it are known, so
   * the output is the same whatever the number of threads. Should {@code inOrder} throw, it is
   * called no more and the exception is rethrown once the tests have finished.
   */
  public List<LitResult> runAll(List<LitTest> tests, int jobs, Consumer<LitResult> inOrder) {
    int n = tests.size();
    LitResult[] results = new LitResult[n];
    int[] next = {0};
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, Math.max(n, 1))), new LitThreadFactory());
    try {
      for (int i = 0; i < n; i++) {
        int index = i;
        pool.execute(() -> {
          LitResult r = runHere(tests.get(index));
          synchronized (results) {
            results[index] = r;
            while (next[0] < n && results[next[0]] != null) {
              LitResult ready = results[next[0]++];
              if (failure.get() != null) continue;
              try {
                inOrder.accept(ready);
              } catch (RuntimeException | Error e) {
                failure.set(e);
              }
            }
          }
        });
      }
    } finally {
      pool.shutdown();
    }
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.DAYS)) break;
      } catch (InterruptedException e) {
        interrupted = true;
        pool.shutdownNow();
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    switch (failure.get()) {
      case null -> { }
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new IllegalStateException(failure.get());
    }
    return List.of(results);
  }

  private LitResult runHere(LitTest test) {
    long start = System.nanoTime();
    try {
      return evaluate(test, start);
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return result(test, LitStatus.UNRESOLVED, "mlc-lit: internal error while running the test: " + e + "\n" + trace, start);
    }
  }

  private LitResult evaluate(LitTest test, long start) {
    TestScript script;
    try {
      script = TestScript.parse(new String(Files.readAllBytes(test.path()), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return result(test, LitStatus.UNRESOLVED, "Cannot read the test file: " + e + "\n", start);
    } catch (TestScript.ScriptException e) {
      return result(test, LitStatus.UNRESOLVED, e.getMessage() + "\n", start);
    }
    LitConfig config = test.config();
    if (config.unsupported()) return result(test, LitStatus.UNSUPPORTED, "Test is unsupported by its configuration (" + config.file() + ")\n", start);
    Set<String> available = new LinkedHashSet<>(features);
    available.addAll(config.features());
    boolean xfail;
    try {
      List<String> missing = script.requires().stream().filter(e -> !BooleanExpr.evaluate(e, available)).toList();
      if (!missing.isEmpty()) {
        return result(test, LitStatus.UNSUPPORTED, "Test requires the following unavailable features: " + String.join(", ", missing) + "\n", start);
      }
      List<String> unsupported = script.unsupported().stream().filter(e -> BooleanExpr.evaluate(e, available)).toList();
      if (!unsupported.isEmpty()) {
        return result(test, LitStatus.UNSUPPORTED,
            "Test does not support the following features and/or targets: " + String.join(", ", unsupported) + "\n", start);
      }
      xfail = script.xfails().stream().anyMatch(e -> e.equals("*") || BooleanExpr.evaluate(e, available));
    } catch (IllegalArgumentException e) {
      return result(test, LitStatus.UNRESOLVED, "Error in a REQUIRES, UNSUPPORTED or XFAIL line: " + e.getMessage() + "\n", start);
    }
    if (script.runLines().isEmpty()) return result(test, LitStatus.UNRESOLVED, "Test has no 'RUN:' line\n", start);

    Path tmpDir = tempDirFor(test);
    Path tmpFile = tmpDir.resolve(test.path().getFileName() + ".tmp");
    Map<String, String> subs = new LinkedHashMap<>(substitutions);
    subs.putAll(config.substitutions());
    Substitutions substitution = new Substitutions(subs, test.path(), tmpFile, tmpDir);
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putAll(environment);
    env.putAll(config.environment());

    Outcome outcome = null;
    for (int attempt = 0; attempt <= script.allowRetries(); attempt++) {
      try {
        Builtins.deleteRecursively(tmpDir);
        Files.createDirectories(tmpDir);
      } catch (IOException e) {
        return result(test, LitStatus.UNRESOLVED, "Cannot create the temporary directory " + tmpDir + ": " + e + "\n", start);
      }
      outcome = execute(script, substitution, tmpDir, env);
      if (outcome.status == 0 || outcome.shellError) break;
    }
    LitStatus status;
    if (outcome.shellError) status = LitStatus.FAIL;
    else if (outcome.status == 0) status = xfail ? LitStatus.XPASS : LitStatus.PASS;
    else status = xfail ? LitStatus.XFAIL : LitStatus.FAIL;
    String output = "Exit Code: " + outcome.status + "\n\nCommand Output (stdout):\n--\n" + outcome.log + "\n--\n";
    if (status == LitStatus.XPASS) output = "This test should have failed (XFAIL) but passed.\n" + output;
    if (!keepTemps) {
      try {
        if (!status.isFailure()) Builtins.deleteRecursively(tmpDir);
        else Files.deleteIfExists(tmpDir); // only when empty: a failing test's files are kept for a look
      } catch (IOException e) {
        // best effort: a leftover temporary directory is harmless
      }
    }
    return result(test, status, output, start);
  }

  private record Outcome(int status, boolean shellError, String log) {}

  private Outcome execute(TestScript script, Substitutions substitution, Path cwd, Map<String, String> env) {
    StringBuilder log = new StringBuilder();
    Shell shell = new Shell(tools, cwd, env, log);
    for (TestScript.RunLine run : script.runLines()) {
      String command;
      ShParser.Node node;
      log.append("# RUN: at line ").append(run.line()).append('\n');
      try {
        command = substitution.expand(run.command());
        log.append(command).append('\n');
        node = ShParser.parse(command);
      } catch (ShParser.ParseException | IllegalArgumentException e) {
        log.append("# shell parser error on RUN line at line ").append(run.line()).append(": ").append(e.getMessage()).append('\n');
        return new Outcome(1, true, log.toString());
      }
      if (node == null) continue;
      int status = shell.run(node);
      if (status != 0) return new Outcome(status, false, log.toString());
    }
    return new Outcome(0, false, log.toString());
  }

  /** A fresh directory name for one run of {@code test}: its relative path, flattened, and a counter. */
  private Path tempDirFor(LitTest test) {
    String rel = test.config().testName(test.path());
    int sep = rel.indexOf(" :: ");
    if (sep >= 0) rel = rel.substring(sep + 4);
    String safe = rel.replaceAll("[^A-Za-z0-9._-]", "_");
    return tempRoot.get().resolve(safe + "." + tempCounter.incrementAndGet());
  }

  private static LitResult result(LitTest test, LitStatus status, String output, long start) {
    return new LitResult(test, status, output, Duration.ofNanos(System.nanoTime() - start));
  }

  // ---- threads ----

  /** A thread that runs tests: large stack, so tools can recurse as deeply as from their launchers. */
  private static final class LitThread extends Thread {
    LitThread(Runnable r, String name) {
      super(null, r, name, ToolMain.STACK_BYTES);
      setDaemon(true);
    }
  }

  private static final class LitThreadFactory implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) { return new LitThread(r, "mlc-lit-worker-" + count.incrementAndGet()); }
  }

  /** One temporary root per runner, made on first use, removed at exit when empty. */
  private static final class LazyTempRoot implements Supplier<Path> {
    private volatile Path root;

    @Override
    public Path get() {
      Path r = root;
      if (r != null) return r;
      synchronized (this) {
        if (root == null) {
          try {
            root = Files.createTempDirectory("mlc-lit-");
            root.toFile().deleteOnExit();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a temporary directory", e);
          }
        }
        return root;
      }
    }
  }

  // ---- builder ----

  /** Configures a {@link LitRunner}. */
  public static final class Builder {
    private final ToolRegistry.Builder tools = ToolRegistry.builder();
    private final Set<String> features = new LinkedHashSet<>();
    private final Map<String, String> substitutions = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<Runnable> pending = new ArrayList<>(); // explicit tools, added after the services
    private ClassLoader loader = defaultLoader();
    private boolean loadServices = true;
    private Path tempRoot;
    private boolean keepTemps;

    private Builder() {}

    private static ClassLoader defaultLoader() {
      ClassLoader cl = Thread.currentThread().getContextClassLoader();
      return cl != null ? cl : LitRunner.class.getClassLoader();
    }

    /** Where tool and feature-detector services are looked up (default: the context class loader). */
    public Builder classLoader(ClassLoader loader) {
      this.loader = loader;
      return this;
    }

    /** Whether to load tools and feature detectors as services (default true). */
    public Builder loadServices(boolean load) {
      this.loadServices = load;
      return this;
    }

    /** Adds a tool whose one instance serves every invocation (so it must be thread-safe). */
    public Builder tool(Tool tool) {
      pending.add(() -> tools.add(tool));
      return this;
    }

    /** Adds a tool made afresh for each invocation by {@code factory}. */
    public Builder tool(Supplier<? extends Tool> factory) {
      pending.add(() -> tools.add(factory));
      return this;
    }

    /** Adds features available to every test. */
    public Builder feature(String... names) {
      features.addAll(List.of(names));
      return this;
    }

    /** Adds features found by {@code detector}, called once now. */
    public Builder features(LitFeatureDetector detector) {
      features.addAll(detector.detect());
      return this;
    }

    /** Adds a substitution for every test; a test's configuration overrides it. */
    public Builder substitution(String name, String value) {
      substitutions.put(name, value);
      return this;
    }

    /** Adds an environment variable for every test; a test's configuration overrides it. */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** The directory under which each test gets its temporary directory (default: a fresh one in java.io.tmpdir). */
    public Builder tempRoot(Path root) {
      this.tempRoot = root.toAbsolutePath().normalize();
      return this;
    }

    /** Keep the temporary directories of all tests (default: only failing tests' non-empty ones). */
    public Builder keepTemps(boolean keep) {
      this.keepTemps = keep;
      return this;
    }

    public LitRunner build() {
      if (loadServices) {
        tools.load(loader);
        try {
          for (LitFeatureDetector d : ServiceLoader.load(LitFeatureDetector.class, loader)) features.addAll(d.detect());
        } catch (ServiceConfigurationError e) {
          throw new LitException("error: cannot load a feature detector: " + e.getMessage());
        }
      }
      pending.forEach(Runnable::run);
      pending.clear();
      return new LitRunner(this);
    }
  }
}
