package dev.mlc.ir.attr;

import dev.mlc.ir.Attribute;

/** {@code unit}: presence-only attribute, written as a bare name in a dictionary. */
public enum UnitAttr implements Attribute { INSTANCE }
