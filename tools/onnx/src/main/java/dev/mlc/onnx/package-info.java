/** ONNX import: ONNX protobuf models to the {@code graph} dialect. */
package dev.mlc.onnx;
