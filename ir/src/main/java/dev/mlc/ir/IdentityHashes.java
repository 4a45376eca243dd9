package dev.mlc.ir;

/**
 * Hash codes for IR nodes (operations, blocks, block arguments), which compare by identity: a
 * counter, so that nodes created one after another (as a parser creates them) land in neighbouring
 * slots of identity-keyed tables, which keeps those tables cache-friendly. The counter is updated
 * without synchronization on purpose: a lost update only yields an equal hash code, which hash
 * tables tolerate.
 */
final class IdentityHashes {
  private IdentityHashes() {}

  private static int counter;

  static int next() { return counter++; }
}
