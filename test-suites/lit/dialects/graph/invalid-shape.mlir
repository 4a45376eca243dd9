// RUN: mlc-opt --split-input-file --verify-diagnostics %s
// Verifier messages of the shape and layout ops.

func.func @f0(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.reshape' op input and result must have the same number of elements, but have 24 and 25}}
  %0 = graph.reshape %x : (tensor<2x3x4xf32>) -> tensor<5x5xf32>
  return
}

// -----

func.func @f1(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.reshape' op expects the result element type to be 'f32', but got 'i32'}}
  %0 = graph.reshape %x : (tensor<2x3x4xf32>) -> tensor<24xi32>
  return
}

// -----

func.func @f2(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.flatten' op attribute 'axis' value 4 is out of range for rank 3 (expected [-3, 3])}}
  %0 = graph.flatten %x {axis = 4 : i64} : (tensor<2x3x4xf32>) -> tensor<24x1xf32>
  return
}

// -----

func.func @f3(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.flatten' op inferred type(s) 'tensor<6x4xf32>' are incompatible with return type(s) of operation 'tensor<2x12xf32>'}}
  %0 = graph.flatten %x {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  return
}

// -----

func.func @f4(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.transpose' op attribute 'perm' must have 3 elements, but has 2}}
  %0 = graph.transpose %x {perm = [0, 1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f5(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.transpose' op attribute 'perm' must be a permutation of [0, 3), but is [0, 1, 1]}}
  %0 = graph.transpose %x {perm = [0, 1, 1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f6(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.transpose' op attribute 'perm' must be a permutation of [0, 3), but is [0, 1, 3]}}
  %0 = graph.transpose %x {perm = [0, 1, 3]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f7(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.transpose' op inferred type(s) 'tensor<4x3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x3x4xf32>'}}
  %0 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f8(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.concat' op expected at least 1 operands, but found 0}}
  %0 = "graph.concat"() {axis = 0 : i64} : () -> tensor<2xf32>
  return
}

// -----

func.func @f9(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.concat' op expects operands of the same rank, but operand #1 has rank 2}}
  %0 = graph.concat %x, %y {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x5xf32>) -> tensor<2x8x4xf32>
  return
}

// -----

func.func @f10(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.concat' op attribute 'axis' value 3 is out of range for rank 3 (expected [-3, 2])}}
  %0 = graph.concat %x, %x {axis = 3 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  return
}

// -----

func.func @f11(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.concat' op requires attribute 'axis'}}
  %0 = graph.concat %y, %f : (tensor<2x5xf32>, tensor<2xf32>) -> tensor<2x7xf32>
  return
}

// -----

func.func @f12(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>, %w: tensor<3x5xf32>) {
  // expected-error @+1 {{'graph.concat' op operand #1 has shape 3x5, incompatible with 2x5 outside axis 1}}
  %0 = graph.concat %y, %w {axis = 1 : i64} : (tensor<2x5xf32>, tensor<3x5xf32>) -> tensor<2x10xf32>
  return
}

// -----

func.func @f13(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>, %w: tensor<2x5xi32>) {
  // expected-error @+1 {{'graph.concat' op expects operands #0 and #1 to have the same element type, but got 'f32' and 'i32'}}
  %0 = graph.concat %y, %w {axis = 1 : i64} : (tensor<2x5xf32>, tensor<2x5xi32>) -> tensor<2x10xf32>
  return
}

// -----

func.func @f14(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op requires attribute 'starts'}}
  %0 = graph.slice %x {ends = [1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f15(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op requires attribute 'ends'}}
  %0 = graph.slice %x {starts = [1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f16(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op attributes 'starts' and 'ends' must have the same length}}
  %0 = graph.slice %x {starts = [1], ends = [2, 3]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f17(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op attribute 'axes' must have the same length as 'starts'}}
  %0 = graph.slice %x {starts = [1], ends = [2], axes = [0, 1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f18(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op attribute 'steps' must have the same length as 'starts'}}
  %0 = graph.slice %x {starts = [1], ends = [2], steps = [1, 1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f19(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op attribute 'steps' must not contain 0}}
  %0 = graph.slice %x {starts = [1], ends = [2], steps = [0]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f20(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op attribute 'axes' contains axis 1 more than once}}
  %0 = graph.slice %x {starts = [0, 0], ends = [1, 1], axes = [1, -2]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f21(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.slice' op inferred type(s) 'tensor<2x3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x3x4xf32>'}}
  %0 = graph.slice %x {starts = [-100], ends = [100], axes = [2], steps = [3]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f22(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.pad' op requires attribute 'pads'}}
  %0 = graph.pad %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f23(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.pad' op attribute 'pads' must have 6 elements, but has 2}}
  %0 = graph.pad %x {pads = [1, 1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f24(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.pad' op padded dimension 2 has negative size -1}}
  %0 = graph.pad %x {pads = [0, 0, -3, 0, 0, -2]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f25(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.pad' op attribute 'value' must be a float}}
  %0 = graph.pad %x {pads = [0, 0, 0, 0, 0, 0], value = "zero"} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f26(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.gather' op operand #1 must be a tensor of i32 or i64 indices, but got 'tensor<2xf32>'}}
  %0 = graph.gather %x, %f : (tensor<2x3x4xf32>, tensor<2xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f27(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.gather' op attribute 'axis' value -4 is out of range for rank 3 (expected [-3, 2])}}
  %0 = graph.gather %x, %i {axis = -4 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f28(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.gather' op inferred type(s) 'tensor<2x3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x2x4xf32>'}}
  %0 = graph.gather %x, %i {axis = 2 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x2x4xf32>
  return
}

// -----

func.func @f29(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.split' op attribute 'split' sums to 4, but the dimension is 5}}
  %0:2 = graph.split %y {axis = 1 : i64, split = [2, 2]} : (tensor<2x5xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
  return
}

// -----

func.func @f30(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.split' op attribute 'split' has 1 entries, but the op has 2 results}}
  %0:2 = graph.split %y {axis = 1 : i64, split = [5]} : (tensor<2x5xf32>) -> (tensor<2x5xf32>, tensor<2x0xf32>)
  return
}

// -----

func.func @f31(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.split' op attribute 'num_outputs' is 3, but the op has 2 results}}
  %0:2 = graph.split %y {axis = 1 : i64, num_outputs = 3 : i64} : (tensor<2x5xf32>) -> (tensor<2x3xf32>, tensor<2x2xf32>)
  return
}

// -----

func.func @f32(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.split' op cannot split a dimension of 2 into 3 parts}}
  %0:3 = graph.split %f : (tensor<2xf32>) -> (tensor<1xf32>, tensor<1xf32>, tensor<0xf32>)
  return
}

// -----

func.func @f33(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.split' op inferred type(s) 'tensor<2x3xf32>, tensor<2x2xf32>' are incompatible with return type(s) of operation 'tensor<2x2xf32>, tensor<2x3xf32>'}}
  %0:2 = graph.split %y {axis = 1 : i64} : (tensor<2x5xf32>) -> (tensor<2x2xf32>, tensor<2x3xf32>)
  return
}

// -----

func.func @f34(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.split' op requires at least one result}}
  "graph.split"(%y) : (tensor<2x5xf32>) -> ()
  return
}

// -----

func.func @f35(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.squeeze' op requires attribute 'axes' when the operand has unknown dimensions}}
  %0 = graph.squeeze %d : (tensor<?x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @f36(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.squeeze' op cannot squeeze dimension 1 of size 3}}
  %0 = graph.squeeze %x {axes = [1]} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @f37(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.unsqueeze' op requires attribute 'axes'}}
  %0 = graph.unsqueeze %x : (tensor<2x3x4xf32>) -> tensor<1x2x3x4xf32>
  return
}

// -----

func.func @f38(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.unsqueeze' op attribute 'axes' value 4 is out of range for rank 4 (expected [-4, 3])}}
  %0 = graph.unsqueeze %x {axes = [4]} : (tensor<2x3x4xf32>) -> tensor<2x3x4x1xf32>
  return
}

// -----

func.func @f39(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.depth_to_space' op requires attribute 'blocksize'}}
  %0 = graph.depth_to_space %z : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f40(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.depth_to_space' op channels (6) must be divisible by blocksize squared (16)}}
  %0 = graph.depth_to_space %z {blocksize = 4 : i64} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f41(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.depth_to_space' op attribute 'blocksize' must be >= 1, but is 0}}
  %0 = graph.depth_to_space %z {blocksize = 0 : i64} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f42(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.depth_to_space' op attribute 'mode' must be one of "DCR", "CRD", but got "RCD"}}
  %0 = graph.depth_to_space %z {blocksize = 1 : i64, mode = "RCD"} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f43(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.space_to_depth' op spatial dimension 2 (4) must be divisible by blocksize (3)}}
  %0 = graph.space_to_depth %z {blocksize = 3 : i64} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f44(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.space_to_depth' op expects input of rank 4, but got rank 3}}
  %0 = graph.space_to_depth %x {blocksize = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @f45(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op requires exactly one of the attributes 'scales' and 'sizes'}}
  %0 = graph.resize %z : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f46(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op requires exactly one of the attributes 'scales' and 'sizes'}}
  %0 = graph.resize %z {scales = [1.0, 1.0, 2.0, 2.0], sizes = [1, 6, 8, 8]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f47(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op attribute 'scales' must have 4 elements, but has 2}}
  %0 = graph.resize %z {scales = [1.0, 2.0]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f48(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op attribute 'scales' must hold positive values, but holds 0.0}}
  %0 = graph.resize %z {scales = [1.0, 1.0, 0.0, 1.0]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f49(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op scaled dimension 2 is empty}}
  %0 = graph.resize %z {scales = [1.0, 1.0, 0.1, 1.0]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f50(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op attribute 'sizes' must have 4 elements, but has 3}}
  %0 = graph.resize %z {sizes = [1, 6, 4]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f51(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op attribute 'mode' must be one of "nearest", "linear", but got "cubic"}}
  %0 = graph.resize %z {mode = "cubic", sizes = [1, 6, 4, 4]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f52(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op attribute 'coordinate_transformation_mode' must be one of}}
  %0 = graph.resize %z {coordinate_transformation_mode = "tf_crop_and_resize", sizes = [1, 6, 4, 4]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f53(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op attribute 'nearest_mode' must be one of "round_prefer_floor", "round_prefer_ceil", "floor", "ceil", but got "up"}}
  %0 = graph.resize %z {nearest_mode = "up", sizes = [1, 6, 4, 4]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}

// -----

func.func @f54(%x: tensor<2x3x4xf32>, %y: tensor<2x5xf32>, %i: tensor<2xi64>, %f: tensor<2xf32>, %d: tensor<?x3xf32>, %z: tensor<1x6x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op inferred type(s) 'tensor<1x6x8x8xf32>' are incompatible with return type(s) of operation 'tensor<1x6x4x4xf32>'}}
  %0 = graph.resize %z {scales = [1.0, 1.0, 2.0, 2.0]} : (tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32>
  return
}
