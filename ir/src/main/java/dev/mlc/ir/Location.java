package dev.mlc.ir;

import java.util.List;
import java.util.Objects;

/**
 * Where an operation or value comes from: {@code loc("file.mlir":3:7)}, {@code loc("name"(...))},
 * {@code loc(callsite(... at ...))}, {@code loc(fused[...])} or {@code loc(unknown)}.
 */
public sealed interface Location extends Attribute {
  Location UNKNOWN = Unknown.INSTANCE;

  enum Unknown implements Location { INSTANCE }

  /** A 1-based line and column in a file. */
  record FileLineCol(String file, int line, int column) implements Location {
    public FileLineCol { Objects.requireNonNull(file); }
  }

  /** A named location, optionally with a child location ({@code loc("conv1"("m.onnx":0:0))}). */
  record Name(String name, Location child) implements Location {
    public Name {
      Objects.requireNonNull(name);
      Objects.requireNonNull(child);
    }
  }

  record CallSite(Location callee, Location caller) implements Location {
    public CallSite {
      Objects.requireNonNull(callee);
      Objects.requireNonNull(caller);
    }
  }

  /** Several locations with optional metadata ({@code loc(fused<#meta>["a", "b"])}). */
  record Fused(List<Location> locations, Attribute metadata) implements Location {
    public Fused { locations = List.copyOf(locations); }
  }

  /** The first file location found inside this one (the callee side of call sites), or null. */
  default FileLineCol fileLocation() {
    return switch (this) {
      case FileLineCol f -> f;
      case Name n -> n.child().fileLocation();
      case CallSite c -> {
        FileLineCol f = c.callee().fileLocation();
        yield f != null ? f : c.caller().fileLocation();
      }
      case Fused fu -> {
        for (Location l : fu.locations()) {
          FileLineCol f = l.fileLocation();
          if (f != null) yield f;
        }
        yield null;
      }
      case Unknown u -> null;
    };
  }

  static Location file(String file, int line, int column) { return new FileLineCol(file, line, column); }
}
