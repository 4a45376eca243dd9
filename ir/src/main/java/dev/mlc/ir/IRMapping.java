package dev.mlc.ir;

import java.util.IdentityHashMap;
import java.util.Map;

/** A map from values and blocks to their replacements, used when cloning. */
public final class IRMapping {
  private final Map<Value, Value> values = new IdentityHashMap<>();
  private final Map<Block, Block> blocks = new IdentityHashMap<>();

  public void map(Value from, Value to) { values.put(from, to); }

  public void map(Block from, Block to) { blocks.put(from, to); }

  public Value lookupOrDefault(Value v) { return values.getOrDefault(v, v); }

  public Block lookupOrDefault(Block b) { return blocks.getOrDefault(b, b); }

  public Value lookupOrNull(Value v) { return values.get(v); }

  public boolean contains(Value v) { return values.containsKey(v); }
}
