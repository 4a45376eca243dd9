// RUN: mlc-opt --split-input-file --verify-diagnostics %s

func.func @alloc_dynamic_count(%n: index) {
  // expected-error @+1 {{'tl.alloc' op dimension operand count does not equal memref dynamic dimension count}}
  %m = tl.alloc(%n) : memref<4x4xf32>
  return
}

// -----

func.func @alloc_alignment() {
  // expected-error @+1 {{'tl.alloc' op 'alignment' must be a positive power of two}}
  %m = tl.alloc() {alignment = 3 : i64} : memref<4xf32>
  return
}

// -----

func.func @alloc_layout() {
  // expected-error @+1 {{'tl.alloca' op result type must have the identity layout, but got memref<4xf32, strided<[2]>>}}
  %m = tl.alloca() : memref<4xf32, strided<[2]>>
  return
}

// -----

func.func @empty_count(%n: index) {
  // expected-error @+1 {{'tl.empty' op incorrect number of dynamic sizes, has 1, expected 0}}
  %t = tl.empty(%n) : tensor<4xf32>
  return
}

// -----

func.func @dim_range(%m: memref<4xf32>) {
  // expected-error @+1 {{'tl.dim' op index is out of range}}
  %d = tl.dim %m, 1 : memref<4xf32>
  return
}

// -----

func.func @load_indices(%m: memref<4x4xf32>, %i: index) {
  // expected-error @+1 {{'tl.load' op incorrect number of indices for load, expected 2 but got 1}}
  %v = "tl.load"(%m, %i) : (memref<4x4xf32>, index) -> f32
  return
}

// -----

func.func @load_result(%m: memref<4xf32>, %i: index) {
  // expected-error @+1 {{'tl.load' op result type must match element type of memref}}
  %v = "tl.load"(%m, %i) : (memref<4xf32>, index) -> f16
  return
}

// -----

func.func @load_index_type(%m: memref<4xf32>, %i: i32) {
  // expected-error @+1 {{'tl.load' op operand #1 must be index, but got i32}}
  %v = "tl.load"(%m, %i) : (memref<4xf32>, i32) -> f32
  return
}

// -----

func.func @store_value(%m: memref<4xf32>, %i: index, %v: f64) {
  // expected-error @+1 {{'tl.store' op failed to verify that type of 'value' matches element type of 'memref'}}
  "tl.store"(%v, %m, %i) : (f64, memref<4xf32>, index) -> ()
  return
}

// -----

func.func @store_rank(%m: memref<4x4xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'tl.store' op store index operand count not equal to memref rank}}
  "tl.store"(%v, %m, %i) : (f32, memref<4x4xf32>, index) -> ()
  return
}

// -----

func.func @copy_shape(%a: memref<4xf32>, %b: memref<5xf32>) {
  // expected-error @+1 {{'tl.copy' op requires the same shape for all operands}}
  tl.copy %a, %b : memref<4xf32> to memref<5xf32>
  return
}

// -----

func.func @copy_element(%a: memref<4xf32>, %b: memref<4xi32>) {
  // expected-error @+1 {{'tl.copy' op requires the same element type for all operands}}
  tl.copy %a, %b : memref<4xf32> to memref<4xi32>
  return
}

// -----

func.func @fill_value(%m: memref<4xf32>, %v: i32) {
  // expected-error @+1 {{'tl.fill' op value type i32 does not match the element type f32}}
  "tl.fill"(%v, %m) : (i32, memref<4xf32>) -> ()
  return
}

// -----

func.func @fill_tensor_result(%t: tensor<4xf32>, %v: f32) {
  // expected-error @+1 {{'tl.fill' op expected one result of the filled tensor's type}}
  "tl.fill"(%v, %t) : (f32, tensor<4xf32>) -> ()
  return
}

// -----

func.func @subview_type(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'tl.subview' op expected result type to be 'memref<4x3xf32, strided<[16, 1], offset: 10>>' or a rank-reduced version, but got 'memref<4x3xf32, strided<[8, 1], offset: 10>>'}}
  %s = tl.subview %m[1, 2] [4, 3] [2, 1] : memref<8x8xf32> to memref<4x3xf32, strided<[8, 1], offset: 10>>
  return
}

// -----

func.func @subview_rank_reduce(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'tl.subview' op expected result type to be 'memref<2x8xf32, strided<[8, 1], offset: 8>>' or a rank-reduced version, but got 'memref<8xf32, strided<[1], offset: 8>>'}}
  %s = tl.subview %m[1, 0] [2, 8] [1, 1] : memref<8x8xf32> to memref<8xf32, strided<[1], offset: 8>>
  return
}

// -----

func.func @subview_bounds(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'tl.subview' op slice along dimension 0 runs out-of-bounds: 9 >= 8}}
  %s = tl.subview %m[1, 0] [5, 8] [2, 1] : memref<8x8xf32> to memref<5x8xf32, strided<[16, 1], offset: 8>>
  return
}

// -----

func.func @subview_rank(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'tl.subview' op expected 2 offsets values, got 1}}
  %s = tl.subview %m[1] [5, 8] [2, 1] : memref<8x8xf32> to memref<5x8xf32, strided<[16, 1], offset: 8>>
  return
}

// -----

func.func @subview_segments(%m: memref<8xf32>, %i: index) {
  // expected-error @+1 {{'tl.subview' op expected 1 dynamic offsets values, got 0}}
  %s = "tl.subview"(%m, %i) <{operandSegmentSizes = array<i32: 1, 0, 1, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: -9223372036854775808>, static_strides = array<i64: 1>}> : (memref<8xf32>, index) -> memref<?xf32, strided<[1], offset: ?>>
  return
}

// -----

func.func @subview_segment_sum(%m: memref<8xf32>, %i: index) {
  // expected-error @+1 {{'tl.subview' op operand count (2) does not match with the total size (3) specified in attribute 'operandSegmentSizes'}}
  %s = "tl.subview"(%m, %i) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: -9223372036854775808>, static_strides = array<i64: 1>}> : (memref<8xf32>, index) -> memref<?xf32, strided<[1], offset: ?>>
  return
}

// -----

func.func @reshape_count(%m: memref<4x4xf32>) {
  // expected-error @+1 {{'tl.reshape' op cannot reshape 16 elements into 15}}
  %r = tl.reshape %m : memref<4x4xf32> to memref<15xf32>
  return
}

// -----

func.func @reshape_strided(%m: memref<4xf32, strided<[2]>>) {
  // expected-error @+1 {{'tl.reshape' op expects memrefs with the identity layout}}
  %r = tl.reshape %m : memref<4xf32, strided<[2]>> to memref<2x2xf32>
  return
}

// -----

func.func @cast_shape(%m: memref<4xf32>) {
  // expected-error @+1 {{'tl.cast' op shapes are not compatible: memref<4xf32> vs memref<5xf32>}}
  %r = tl.cast %m : memref<4xf32> to memref<5xf32>
  return
}

// -----

func.func @cast_layout(%m: memref<4xf32, strided<[2]>>) {
  // expected-error @+1 {{'tl.cast' op operand type memref<4xf32, strided<[2]>> and result type memref<4xf32> are cast incompatible}}
  %r = tl.cast %m : memref<4xf32, strided<[2]>> to memref<4xf32>
  return
}

// -----

func.func @to_buffer_layout(%t: tensor<4xf32>) {
  // expected-error @+1 {{'tl.to_buffer' op result must be a memref with the identity layout, but got memref<4xf32, strided<[2]>>}}
  %m = tl.to_buffer %t : tensor<4xf32> to memref<4xf32, strided<[2]>>
  return
}

// -----

func.func @to_tensor_element(%m: memref<4xf32>) {
  // expected-error @+1 {{'tl.to_tensor' op element types differ: f32 vs f16}}
  %t = tl.to_tensor %m : memref<4xf32> to tensor<4xf16>
  return
}

// -----

func.func @dealloc_tensor(%t: tensor<4xf32>) {
  // expected-error @+1 {{'tl.dealloc' op operand must be a memref, but got tensor<4xf32>}}
  "tl.dealloc"(%t) : (tensor<4xf32>) -> ()
  return
}

// -----

func.func @reinterpret_size(%m: memref<6xf32>) {
  // expected-error @+1 {{'tl.reinterpret_cast' op expected result type with size = 3 instead of 2 in dim = 0}}
  %t = tl.reinterpret_cast %m to offset: [0], sizes: [3, 2], strides: [1, 3] : memref<6xf32> to memref<2x2xf32, strided<[1, 3]>>
  return
}

// -----

func.func @reinterpret_stride(%m: memref<6xf32>, %s: index) {
  // expected-error @+1 {{'tl.reinterpret_cast' op expected result type with stride = ? instead of 3 in dim = 1}}
  %t = tl.reinterpret_cast %m to offset: [0], sizes: [3, 2], strides: [1, %s] : memref<6xf32> to memref<3x2xf32, strided<[1, 3]>>
  return
}

// -----

func.func @reinterpret_offset(%m: memref<6xf32>) {
  // expected-error @+1 {{'tl.reinterpret_cast' op expected result type with offset = 2 instead of 0}}
  %t = tl.reinterpret_cast %m to offset: [2], sizes: [2], strides: [1] : memref<6xf32> to memref<2xf32>
  return
}

// -----

func.func @reinterpret_element(%m: memref<6xf32>) {
  // expected-error @+1 {{'tl.reinterpret_cast' op different element types specified for source and result}}
  %t = tl.reinterpret_cast %m to offset: [0], sizes: [2], strides: [1] : memref<6xf32> to memref<2xi32>
  return
}

// -----

func.func @extract_slice_type(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'tl.extract_slice' op expected result type to be 'tensor<2x4xf32>' or a rank-reduced version, but got 'tensor<4x2xf32>'}}
  %s = tl.extract_slice %t[0, 0] [2, 4] [1, 1] : tensor<8x8xf32> to tensor<4x2xf32>
  return
}

// -----

func.func @extract_slice_bounds(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'tl.extract_slice' op slice along dimension 1 runs out-of-bounds: 8 >= 8}}
  %s = tl.extract_slice %t[0, 2] [2, 4] [1, 2] : tensor<8x8xf32> to tensor<2x4xf32>
  return
}

// -----

func.func @insert_slice_source(%s: tensor<2x4xf16>, %t: tensor<8x8xf32>) {
  // expected-error @+1 {{'tl.insert_slice' op expected source type to be 'tensor<2x4xf32>' or a rank-reduced version, but got 'tensor<2x4xf16>'}}
  %r = tl.insert_slice %s into %t[0, 0] [2, 4] [1, 1] : tensor<2x4xf16> into tensor<8x8xf32>
  return
}

// -----

func.func @collapse_size(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tl.collapse_shape' op expected dimension 0 of collapsed type to be static value of 6}}
  %r = tl.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<5x4xf32>
  return
}

// -----

func.func @collapse_contiguous(%t: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'tl.collapse_shape' op expected reassociation map #1 to be valid and contiguous.}}
  %r = tl.collapse_shape %t [[0], [2]] : tensor<2x3x4xf32> into tensor<2x4xf32>
  return
}

// -----

func.func @expand_size(%t: tensor<6x4xf32>) {
  // expected-error @+1 {{'tl.expand_shape' op expected dimension 0 of collapsed type to be static value of 8}}
  %r = tl.expand_shape %t [[0, 1], [2]] output_shape [2, 4, 4] : tensor<6x4xf32> into tensor<2x4x4xf32>
  return
}

// -----

func.func @expand_rank(%t: tensor<6x4xf32>) {
  // expected-error @+1 {{'tl.expand_shape' op expected rank of the collapsed type(2) to be the number of reassociation maps(1)}}
  %r = tl.expand_shape %t [[0, 1]] output_shape [2, 3] : tensor<6x4xf32> into tensor<2x3xf32>
  return
}

// -----

func.func @expand_dynamic(%t: tensor<6x4xf32>, %n: index) {
  // expected-error @+1 {{'tl.expand_shape' op expected dimension 0 of collapsed type to be dynamic}}
  %r = tl.expand_shape %t [[0, 1], [2]] output_shape [%n, 3, 4] : tensor<6x4xf32> into tensor<?x3x4xf32>
  return
}

// -----

func.func @collapse_strided(%m: memref<4x4xf32, strided<[8, 1]>>) {
  // expected-error @+1 {{'tl.collapse_shape' op expects two ranked tensors or two memrefs with the identity layout, but got memref<4x4xf32, strided<[8, 1]>> and memref<16xf32>}}
  %r = tl.collapse_shape %m [[0, 1]] : memref<4x4xf32, strided<[8, 1]>> into memref<16xf32>
  return
}
