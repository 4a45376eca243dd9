/** The Java embedding API: compile a model once and call it from Java. */
package dev.mlc.api;
