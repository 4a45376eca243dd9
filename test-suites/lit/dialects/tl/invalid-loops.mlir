// RUN: mlc-opt --split-input-file --verify-diagnostics %s

func.func @iterators(%n: index) {
  // expected-error @+1 {{'tl.loop' op expected 'iterator_types' to be an array of "parallel" or "reduction"}}
  tl.loop (%i) = (%n) to (%n) step (%n) iterators ["window"] {
    tl.yield
  }
  return
}

// -----

func.func @bound_type(%n: i32) {
  // expected-error @+1 {{'tl.loop' op operand #0 must be index, but got i32}}
  "tl.loop"(%n, %n, %n) <{iterator_types = ["parallel"]}> ({
  ^bb0(%i: index):
    tl.yield
  }) : (i32, i32, i32) -> ()
  return
}

// -----

func.func @results(%n: index, %z: f32) {
  // expected-error @+1 {{'tl.loop' op expected the result types to match the types of the iter_args initial values}}
  %r = "tl.loop"(%n, %n, %n, %z) <{iterator_types = ["reduction"]}> ({
  ^bb0(%i: index, %a: f32):
    tl.yield %a : f32
  }) : (index, index, index, f32) -> f64
  return
}

// -----

func.func @block_args(%n: index, %z: f32) {
  // expected-error @+1 {{'tl.loop' op expects the body's arguments to be 1 index induction variables followed by the 1 loop-carried values}}
  %r = "tl.loop"(%n, %n, %n, %z) <{iterator_types = ["reduction"]}> ({
  ^bb0(%i: index):
    tl.yield %z : f32
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @yield_count(%n: index, %z: f32) {
  // expected-error @+1 {{'tl.loop' op expected number of yield values (0) to match the number of loop-carried values (1)}}
  %r = tl.loop (%i) = (%n) to (%n) step (%n) iterators ["reduction"] iter_args(%a = %z) -> (f32) {
    tl.yield
  }
  return
}

// -----

func.func @yield_type(%n: index, %z: f32, %w: f64) {
  // expected-error @+1 {{'tl.loop' op type of yield operand #0 (f64) does not match the loop-carried values type (f32)}}
  %r = tl.loop (%i) = (%n) to (%n) step (%n) iterators ["reduction"] iter_args(%a = %z) -> (f32) {
    tl.yield %w : f64
  }
  return
}

// -----

func.func @yield_parent(%z: f32) {
  // expected-error @+1 {{'tl.yield' op expects parent op to be one of 'tl.loop, tl.generic'}}
  tl.yield %z : f32
}

// -----

func.func @maps_count(%a: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op expected the number of indexing_map (1) to be equal to the number of input/output operands (2)}}
  %r = tl.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    tl.yield %x : f32
  } -> tensor<4xf32>
  return
}

// -----

func.func @map_dims(%a: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op expected indexing_map #0 to have 1 dim(s) to match the number of loops}}
  %r = tl.generic {indexing_maps = [affine_map<(i, j) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    tl.yield %x : f32
  } -> tensor<4xf32>
  return
}

// -----

func.func @map_rank(%a: tensor<4x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op expected operand rank (2) to match the result rank of indexing_map #0 (1)}}
  %r = tl.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%a : tensor<4x4xf32>) outs(%b : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    tl.yield %x : f32
  } -> tensor<4xf32>
  return
}

// -----

func.func @map_symbols(%a: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op unexpected symbols in indexing_map #0}}
  %r = tl.generic {indexing_maps = [affine_map<(i)[s0] -> (i + s0)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    tl.yield %x : f32
  } -> tensor<4xf32>
  return
}

// -----

func.func @shapes(%a: tensor<4x8xf32>, %b: tensor<7x16xf32>, %c: tensor<4x16xf32>) {
  // expected-error @+1 {{'tl.generic' op inferred input/output operand #1 has shape's dimension #0 to be 8, but found 7}}
  %r = tl.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                   iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<4x8xf32>, tensor<7x16xf32>) outs(%c : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    tl.yield %acc : f32
  } -> tensor<4x16xf32>
  return
}

// -----

func.func @unbound_loop(%a: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op expected loop dimension d1 to appear as a plain dimension in some indexing map}}
  %r = tl.generic {indexing_maps = [affine_map<(i, j) -> (i + j)>, affine_map<(i, j) -> (i)>], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    tl.yield %x : f32
  } -> tensor<4xf32>
  return
}

// -----

func.func @block_arg_type(%a: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op expected type of bb argument #0 ('f16') to match element or self type of the corresponding operand ('f32')}}
  %r = tl.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) {
  ^bb0(%x: f16, %y: f32):
    tl.yield %y : f32
  } -> tensor<4xf32>
  return
}

// -----

func.func @block_arg_count(%a: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op expected as many non-induction variable region arguments as the number of input/output operands}}
  %r = tl.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) {
  ^bb0(%y: f32):
    tl.yield %y : f32
  } -> tensor<4xf32>
  return
}

// -----

func.func @tensor_results(%a: tensor<4xf32>) {
  // expected-error @+1 {{'tl.generic' op expected the number of tensor results (0) to be equal to the number of output tensors (1)}}
  tl.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]} outs(%a : tensor<4xf32>) {
  ^bb0(%y: f32):
    tl.yield %y : f32
  }
  return
}

// -----

func.func @generic_yield(%m: memref<4xf32>, %v: f64) {
  // expected-error @+1 {{'tl.generic' op expected number of yield values (2) to match the number of outputs (1)}}
  tl.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]} outs(%m : memref<4xf32>) {
  ^bb0(%y: f32):
    tl.yield %y, %y : f32, f32
  }
  return
}

// -----

func.func @index_range(%m: memref<4xf32>) {
  tl.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]} outs(%m : memref<4xf32>) {
  ^bb0(%y: f32):
    // expected-error @+1 {{'tl.index' op expected dim (1) to be lower than the number of loops (1) of the enclosing tl.generic}}
    %i = tl.index 1 : index
    tl.yield %y : f32
  }
  return
}

// -----

func.func @index_parent() {
  // expected-error @+1 {{'tl.index' op expected parent op to be 'tl.generic'}}
  %i = tl.index 0 : index
  return
}

// -----

func.func @matmul_shapes(%a: memref<4x8xf32>, %b: memref<7x16xf32>, %c: memref<4x16xf32>) {
  // expected-error @+1 {{'tl.matmul' op expected shapes MxK, KxN and MxN, but got memref<4x8xf32>, memref<7x16xf32> and memref<4x16xf32>}}
  tl.matmul ins(%a, %b : memref<4x8xf32>, memref<7x16xf32>) outs(%c : memref<4x16xf32>)
  return
}

// -----

func.func @matmul_result(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) {
  // expected-error @+1 {{'tl.matmul' op expected the number of tensor results (0) to be equal to the number of output tensors (1)}}
  tl.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>)
  return
}

// -----

func.func @window(%in: memref<5xf32>, %w: memref<3xf32>, %out: memref<4xf32>) {
  // expected-error @+1 {{'tl.generic' op inferred input/output operand #0 has shape's dimension #0 to be greater than or equal to 6, but found 5}}
  tl.generic {indexing_maps = [affine_map<(i, k) -> (i + k)>, affine_map<(i, k) -> (k)>, affine_map<(i, k) -> (i)>], iterator_types = ["parallel", "reduction"]}
      ins(%in, %w : memref<5xf32>, memref<3xf32>) outs(%out : memref<4xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    tl.yield %acc : f32
  }
  return
}
