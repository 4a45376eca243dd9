package dev.mlc.ir;

/**
 * An attribute: an immutable compile-time value, interned by {@link MLContext#intern}. Builtin
 * attributes live in {@code dev.mlc.ir.attr}; a dialect's own attributes implement
 * {@link DialectAttribute}.
 */
public interface Attribute {}
