package dev.mlc.lit.fake;

import dev.mlc.lit.LitFeatureDetector;
import java.util.Set;

/** A feature detector registered as a service in the tests: offers {@code fake-detected}. */
public final class FakeDetector implements LitFeatureDetector {
  @Override
  public Set<String> detect() { return Set.of("fake-detected"); }
}
