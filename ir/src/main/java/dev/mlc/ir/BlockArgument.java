package dev.mlc.ir;

/** Argument number {@link #index()} of a block. */
public final class BlockArgument extends Value {
  final Block owner;
  int index;
  Location location;
  private final int hash = IdentityHashes.next();

  BlockArgument(Block owner, int index, Type type, Location location) {
    super(type);
    this.owner = owner;
    this.index = index;
    this.location = location == null ? Location.UNKNOWN : location;
  }

  public Block owner() { return owner; }

  public int index() { return index; }

  @Override public Operation definingOp() { return null; }

  @Override public Block parentBlock() { return owner; }

  @Override public Location location() { return location; }

  public void setLocation(Location l) { this.location = l; }

  /** Identity semantics; the hash is a per-object random number. */
  @Override public int hashCode() { return hash; }

  @Override public String toString() { return "BlockArgument#" + index + ": " + type(); }
}
