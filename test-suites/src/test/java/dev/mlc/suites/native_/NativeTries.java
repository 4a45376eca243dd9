package dev.mlc.suites.native_;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the tries of the native op properties for long runs: each property keeps a small default
 * (the whole suite compiles a few hundred modules, well under two minutes on two cores), and the
 * system property {@code mlc.native.tries=N} runs every property {@code N} times instead, e.g.
 * {@code mvn -o verify -pl test-suites -am -Pnative-long} (N = 200) or {@code -Dmlc.native.tries=500}.
 */
public final class NativeTries implements AroundPropertyHook {
  /** The system property that overrides the tries of every native property. */
  public static final String PROPERTY = "mlc.native.tries";

  @Override public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    Integer tries = Integer.getInteger(PROPERTY);
    if (tries != null && tries > 0) context.attributes().setTries(tries);
    return property.execute();
  }

  /** Registered on a class, it applies to the class's properties. */
  @Override public PropagationMode propagateTo() { return PropagationMode.ALL_DESCENDANTS; }

  /** Outside jqwik's PropertyDefaults hook, so that this value wins over the annotation's. */
  @Override public int aroundPropertyProximity() { return -100; }
}
