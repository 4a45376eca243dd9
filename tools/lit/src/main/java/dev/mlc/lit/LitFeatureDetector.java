package dev.mlc.lit;

import java.util.Set;

/**
 * Adds features that tests can {@code REQUIRES}, found at run time: a module registers one as a
 * service ({@code META-INF/services/dev.mlc.lit.LitFeatureDetector}), e.g. to offer
 * {@code native-jit} only where the JIT can run. Called once when a {@link LitRunner} is built.
 */
@FunctionalInterface
public interface LitFeatureDetector {
  /** The features available in this process. */
  Set<String> detect();
}
