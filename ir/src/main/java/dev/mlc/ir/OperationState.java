package dev.mlc.ir;

import dev.mlc.ir.attr.NamedAttribute;
import java.util.ArrayList;
import java.util.List;

/** Everything needed to create an operation; filled in by builders and parsers. */
public final class OperationState {
  public OperationName name;
  public Location location;
  public final List<Value> operands = new ArrayList<>();
  public final List<Type> resultTypes = new ArrayList<>();
  public final List<NamedAttribute> attributes = new ArrayList<>();
  public Attribute properties;
  public final List<Block> successors = new ArrayList<>();
  /** Regions whose blocks move into the new op; null entries create empty regions. */
  public final List<Region> regions = new ArrayList<>();

  public OperationState(OperationName name, Location location) {
    this.name = name;
    this.location = location;
  }

  public OperationState addOperands(List<? extends Value> vs) {
    operands.addAll(vs);
    return this;
  }

  public OperationState addTypes(List<? extends Type> ts) {
    resultTypes.addAll(ts);
    return this;
  }

  public OperationState addAttribute(String n, Attribute a) {
    attributes.add(new NamedAttribute(n, a));
    return this;
  }

  /** Adds an empty region and returns it, to be filled before the op is created. */
  public Region addRegion() {
    Region r = new Region(null);
    regions.add(r);
    return r;
  }
}
