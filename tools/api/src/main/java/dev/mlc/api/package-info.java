/**
 * The Java embedding API: compile a model once ({@link dev.mlc.api.Model#compile}) and call it
 * from Java with arrays or memory segments ({@link dev.mlc.api.NDArray}), from any number of
 * threads; every call is checked against the model's {@link dev.mlc.api.Signature} before native
 * code runs. Compiled code is cached on disk, and dynamic dimensions are specialized to the shapes
 * of the inputs. See docs/embedding.md.
 */
package dev.mlc.api;
