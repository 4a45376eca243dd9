package dev.mlc.api;

import dev.mlc.backend.llvm.TargetOptions;
import dev.mlc.dialect.tl.transforms.contraction.TuningDb;
import dev.mlc.dialect.tl.transforms.contraction.Tunables;

/** The host target of tuning databases ({@code tl-matmul-kernel{tuning-db=..}} without {@code tuning-target}): LLVM's host CPU name and features. */
public final class HostTuningTarget implements Tunables.HostTarget {
  @Override public TuningDb.Target host() { return target(TargetOptions.host()); }

  /** The tuning-database target of compile target options. */
  public static TuningDb.Target target(TargetOptions t) { return new TuningDb.Target(t.cpu(), t.features()); }
}
