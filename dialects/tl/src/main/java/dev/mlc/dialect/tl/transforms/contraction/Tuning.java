package dev.mlc.dialect.tl.transforms.contraction;

import dev.mlc.ir.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tl-matmul-kernel}'s view of a tuning database: the entries for one target and thread count.
 * Entries for other targets are ignored, with a remark when none is for this one (a database from
 * another machine is never misapplied).
 */
record Tuning(TuningDb db, String target, int threads) {

  /** Reads the database; on an error reports it on {@code root} and returns null. */
  static Tuning open(Operation root, String file, String target, int threads) {
    TuningDb db;
    try {
      db = TuningDb.load(Path.of(file));
    } catch (IOException | RuntimeException e) {
      root.emitError("tl-matmul-kernel: cannot read the tuning database '" + file + "': " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
      return null;
    }
    if (target.isEmpty()) {
      TuningDb.Target host = Tunables.host();
      if (host == null) {
        root.emitError("tl-matmul-kernel: the host target is not known here (no LLVM on the class path): give tuning-target");
        return null;
      }
      target = host.id();
    }
    String t = target;
    if (!db.isEmpty() && db.targets().stream().noneMatch(x -> x.matches(t))) {
      List<String> ids = new ArrayList<>();
      for (TuningDb.Target x : db.targets()) ids.add(x.id());
      root.emitRemark("tuning database '" + file + "' has no entries for target " + t + " (only for " + String.join(", ", ids) + "): ignored, default parameters used");
    } else if (!db.isEmpty() && db.entries().stream().noneMatch(e -> e.key().target().matches(t) && e.key().threads() == threads)) {
      root.emitRemark("tuning database '" + file + "' has no entries for " + threads + " thread(s) on target " + t + ": default parameters used");
    }
    return new Tuning(db, target, threads);
  }

  /** The tuned parameters of an op, or null when the database has none for it. */
  TuningDb.Params params(Tunables.Tunable t) {
    TuningDb.Entry e = db.lookup(t.kind(), t.shape(), t.dtype(), target, threads);
    return e == null ? null : e.params();
  }
}
