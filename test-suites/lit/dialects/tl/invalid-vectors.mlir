// RUN: mlc-opt --split-input-file --verify-diagnostics %s

func.func @vload_element(%m: memref<8xf32>, %i: index) {
  // expected-error @+1 {{'tl.vload' op base and result element types should match}}
  %v = tl.vload %m[%i] : memref<8xf32>, vector<4xf16>
  return
}

// -----

func.func @vload_rank(%m: memref<8xf32>, %i: index) {
  // expected-error @+1 {{'tl.vload' op vector rank (2) exceeds the memref rank (1)}}
  %v = tl.vload %m[%i] : memref<8xf32>, vector<2x4xf32>
  return
}

// -----

func.func @vload_mask(%m: memref<8xf32>, %i: index, %mask: vector<8xi1>, %p: vector<4xf32>) {
  // expected-error @+1 {{'tl.vload' op expected the mask to be of type vector<4xi1>, but got vector<8xi1>}}
  %v = "tl.vload"(%m, %i, %mask, %p) : (memref<8xf32>, index, vector<8xi1>, vector<4xf32>) -> vector<4xf32>
  return
}

// -----

func.func @vload_indices(%m: memref<8x8xf32>, %i: index) {
  // expected-error @+1 {{'tl.vload' op requires 2 indices}}
  %v = "tl.vload"(%m, %i) : (memref<8x8xf32>, index) -> vector<4xf32>
  return
}

// -----

func.func @vstore_type(%m: memref<8xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'tl.vstore' op expected a vector type, but got f32}}
  "tl.vstore"(%v, %m, %i) : (f32, memref<8xf32>, index) -> ()
  return
}

// -----

func.func @broadcast_dims(%v: vector<4xf32>) {
  // expected-error @+1 {{'tl.broadcast' op dimension mismatch (4 vs. 8)}}
  %b = tl.broadcast %v : vector<4xf32> to vector<2x8xf32>
  return
}

// -----

func.func @broadcast_scalar(%s: f64) {
  // expected-error @+1 {{'tl.broadcast' op source type f64 does not match the result element type f32}}
  %b = tl.broadcast %s : f64 to vector<8xf32>
  return
}

// -----

func.func @extract_indices(%v: vector<2x4xf32>, %i: index) {
  // expected-error @+1 {{'tl.extract' op expected 2 indices, but got 1}}
  %e = "tl.extract"(%v, %i) : (vector<2x4xf32>, index) -> f32
  return
}

// -----

func.func @insert_type(%v: vector<4xf32>, %i: index, %s: f64) {
  // expected-error @+1 {{'tl.insert' op inserted value must have the vector's element type f32}}
  %e = "tl.insert"(%s, %v, %i) : (f64, vector<4xf32>, index) -> vector<4xf32>
  return
}

// -----

func.func @fma_ints(%v: vector<4xi32>) {
  // expected-error @+1 {{'tl.fma' op operands must be vectors of floats, but got vector<4xi32>}}
  %r = tl.fma %v, %v, %v : vector<4xi32>
  return
}

// -----

func.func @fma_types(%v: vector<4xf32>, %w: vector<8xf32>) {
  // expected-error @+1 {{'tl.fma' op requires the same type for all operands and results}}
  %r = "tl.fma"(%v, %w, %v) : (vector<4xf32>, vector<8xf32>, vector<4xf32>) -> vector<4xf32>
  return
}

// -----

func.func @reduction_kind(%v: vector<4xf32>) {
  // expected-error @+1 {{'tl.reduction' op unsupported reduction type 'f32' for kind 'xor'}}
  %r = tl.reduction <xor>, %v : vector<4xf32> into f32
  return
}

// -----

func.func @reduction_result(%v: vector<4xi32>) {
  // expected-error @+1 {{'tl.reduction' op failed to verify that source operand and result have same element type}}
  %r = tl.reduction <add>, %v : vector<4xi32> into i64
  return
}

// -----

func.func @outer_rank(%a: vector<2x4xf32>, %b: vector<4xf32>) {
  // expected-error @+1 {{'tl.outerproduct' op expected 1-d vector for operand #1}}
  %r = "tl.outerproduct"(%a, %b) : (vector<2x4xf32>, vector<4xf32>) -> vector<2x4xf32>
  return
}

// -----

func.func @outer_acc(%a: vector<2xf32>, %b: vector<4xf32>, %acc: vector<4x2xf32>) {
  // expected-error @+1 {{'tl.outerproduct' op expected operand #3 of same type as result type}}
  %r = "tl.outerproduct"(%a, %b, %acc) : (vector<2xf32>, vector<4xf32>, vector<4x2xf32>) -> vector<2x4xf32>
  return
}

// -----

func.func @shape_cast_count(%v: vector<4x2xf32>) {
  // expected-error @+1 {{'tl.shape_cast' op source/result number of elements must match}}
  %a = tl.shape_cast %v : vector<4x2xf32> to vector<6xf32>
  return
}

// -----

func.func @transpose_perm(%v: vector<4x2xf32>) {
  // expected-error @+1 {{'tl.transpose' op duplicate position index: 1}}
  %a = tl.transpose %v, [1, 1] : vector<4x2xf32> to vector<2x4xf32>
  return
}

// -----

func.func @transpose_dims(%v: vector<4x2xf32>) {
  // expected-error @+1 {{'tl.transpose' op dimension size mismatch at: 0}}
  %a = tl.transpose %v, [0, 1] : vector<4x2xf32> to vector<2x4xf32>
  return
}

// -----

func.func @vstore_element(%m: memref<8xf32>, %i: index, %v: vector<4xf16>) {
  // expected-error @+1 {{'tl.vstore' op base and valueToStore element type should match}}
  tl.vstore %v, %m[%i] : memref<8xf32>, vector<4xf16>
  return
}

// -----

func.func @extract_memref(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'tl.extract' op operand #0 must be a vector or ranked tensor, but got memref<4xf32>}}
  %e = "tl.extract"(%m, %i) : (memref<4xf32>, index) -> f32
  return
}

// -----

func.func @contract_sizes(%a: vector<4x8xf32>, %b: vector<7x16xf32>, %acc: vector<4x16xf32>) {
  // expected-error @+1 {{'tl.contract' op dimension d2 has sizes 8 and 7}}
  %r = tl.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                    iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %acc : vector<4x8xf32>, vector<7x16xf32> into vector<4x16xf32>
  return
}

// -----

func.func @contract_acc(%a: vector<4x8xf32>, %b: vector<8x16xf32>, %acc: vector<4x8xf32>) {
  // expected-error @+1 {{'tl.contract' op expected the accumulator map to use only parallel dimensions}}
  %r = tl.contract {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, k)>],
                    iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %acc : vector<4x8xf32>, vector<8x16xf32> into vector<4x8xf32>
  return
}

// -----

func.func @shuffle_range(%a: vector<4xf32>, %b: vector<4xf32>) {
  // expected-error @+1 {{'tl.shuffle' op mask index 8 out of range [0, 8)}}
  %e = tl.shuffle %a, %b, [0, 8] : vector<4xf32>, vector<4xf32> to vector<2xf32>
  return
}

// -----

func.func @shuffle_length(%a: vector<4xf32>, %b: vector<4xf32>) {
  // expected-error @+1 {{'tl.shuffle' op mask length 2 does not match the result length 4}}
  %e = tl.shuffle %a, %b, [0, 1] : vector<4xf32>, vector<4xf32> to vector<4xf32>
  return
}
