package dev.mlc.suites.testing;

import dev.mlc.lit.LitFeatureDetector;
import java.util.Set;

/**
 * Offers the lit feature {@code test-semantics} where the suites' test-only additions are on the
 * class path ({@link TestDialectInterpreter} and {@link TestBrokenSubPass}): the build's test run
 * has them, a distribution's {@code mlc-lit} does not, so tests that need them are skipped there.
 */
public final class TestSuiteFeatures implements LitFeatureDetector {
  @Override public Set<String> detect() { return Set.of("test-semantics"); }
}
