package dev.mlc.ir;

/**
 * A type: an immutable value, interned by {@link MLContext#intern}. Builtin types live in
 * {@code dev.mlc.ir.type}; a dialect's own types implement {@link DialectType}.
 */
public interface Type {}
