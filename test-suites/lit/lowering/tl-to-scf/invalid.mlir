// RUN: mlc-opt --pass-pipeline='builtin.module(func.func(convert-tl-to-scf))' --verify-diagnostics --split-input-file %s

// Structured ops on tensors are not lowered: bufferize first.
func.func @generic_on_tensors(%a: tensor<4xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tl.generic' op cannot be lowered: operand #0 is a tensor (only structured ops on buffers are lowered; bufferize first)}}
  %r = tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%a : tensor<4xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%x: f32, %o: f32):
    tl.yield %x : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @matmul_on_tensors(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'tl.matmul' op cannot be lowered: operand #0 is a tensor (only structured ops on buffers are lowered; bufferize first)}}
  %r = tl.matmul ins(%a, %b : tensor<2x3xf32>, tensor<3x4xf32>) outs(%c : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %r : tensor<2x4xf32>
}

// -----

// A mix of buffers and a tensor input is rejected too, naming the operand.
func.func @tensor_input(%a: tensor<4xf32>, %out: memref<4xf32>) {
  // expected-error @+1 {{'tl.generic' op cannot be lowered: operand #0 is a tensor}}
  tl.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%a : tensor<4xf32>) outs(%out : memref<4xf32>) {
  ^bb0(%x: f32, %o: f32):
    tl.yield %x : f32
  }
  return
}
