// RUN: not mlc-translate --import-onnx %s 2>&1 | FileCheck %s
// RUN: not mlc-translate --import-onnx %s --mlir-to-llvmir 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: not mlc-translate --import-onnx %S/does-not-exist.onnx 2>&1 | FileCheck %s --check-prefix=MISSING

// This text file is not an ONNX protobuf: the importer says so in one line (models themselves are
// written by the mlc-onnx tests; no model file is committed).
// CHECK: import-onnx-errors.mlir: error: not a valid ONNX model (protobuf parse failed:
// BOTH: mlc-translate: error: choose one translation: --import-onnx or --mlir-to-llvmir
// MISSING: does-not-exist.onnx: error: no such file
