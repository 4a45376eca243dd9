package dev.mlc.ir.pass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and documents a pass: {@code name} is its kebab-case command-line argument
 * ({@code mlc-opt --name}), {@code anchor} the op name it runs on ({@code ""} for any op).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PassInfo {
  String name();

  String summary();

  String description() default "";

  /** The op the pass is anchored on, e.g. {@code "builtin.module"} or {@code "func.func"}; empty: any op. */
  String anchor() default "";
}
