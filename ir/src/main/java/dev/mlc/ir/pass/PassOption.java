package dev.mlc.ir.pass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pass option: a field of a pass class whose initial value is the default. Supported field
 * types: boolean, int, long, double, String, enums, and {@code List} of Integer, Long, String
 * (comma-separated on the command line).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PassOption {
  /** The option's kebab-case name ({@code max-iterations}). */
  String name();

  String description();
}
