package dev.mlc.ir;

/** What a walk callback wants next. */
public enum WalkResult { ADVANCE, SKIP, INTERRUPT }
