// RUN: mlc-opt --split-input-file --verify-diagnostics %s
// Verifier messages of the element-wise ops and of the shared op checks.

func.func @f0(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.add' op expected 2 operands, but found 1}}
  %0 = "graph.add"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f1(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.add' op operand shapes 2x3, 4 are not broadcast-compatible}}
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f2(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.mul' op expects operands #0 and #1 to have the same element type, but got 'f32' and 'i32'}}
  %0 = graph.mul %a, %i : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f3(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.sub' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  %0 = graph.sub %a, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @f4(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.div' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf16>'}}
  %0 = graph.div %a, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf16>
  return
}

// -----

func.func @f5(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>, %s: f32) {
  // expected-error @+1 {{'graph.max' op operand #0 must be a ranked tensor, but got 'f32'}}
  %0 = "graph.max"(%s, %s) : (f32, f32) -> f32
  return
}

// -----

func.func @f6(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.min' op result #0 must be a ranked tensor, but got 'f32'}}
  %0 = "graph.min"(%a, %a) : (tensor<2x3xf32>, tensor<2x3xf32>) -> f32
  return
}

// -----

func.func @f7(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.pow' op requires one result}}
  "graph.pow"(%a, %a) : (tensor<2x3xf32>, tensor<2x3xf32>) -> ()
  return
}

// -----

func.func @f8(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.equal' op inferred type(s) 'tensor<2x3xi1>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  %0 = graph.equal %a, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f9(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.where' op operand #0 must be a tensor of i1 values, but got 'tensor<2x3xi32>'}}
  %0 = graph.where %i, %a, %a : (tensor<2x3xi32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f10(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.where' op expects operands #1 and #2 to have the same element type, but got 'f32' and 'i32'}}
  %0 = graph.where %c, %a, %i : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f11(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.where' op operand shapes 2x3, 2x3, 4 are not broadcast-compatible}}
  %0 = graph.where %c, %a, %b : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @f12(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.exp' op operand #0 must be a tensor of floating-point values, but got 'tensor<2x3xi32>'}}
  %0 = graph.exp %i : tensor<2x3xi32>
  return
}

// -----

func.func @f13(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.relu' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  %0 = graph.relu %a : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @f14(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.gelu' op attribute 'approximate' must be one of "none", "tanh", but got "fast"}}
  %0 = graph.gelu %a {approximate = "fast"} : tensor<2x3xf32>
  return
}

// -----

func.func @f15(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.gelu' op attribute 'approximate' must be a string}}
  %0 = graph.gelu %a {approximate = 1 : i64} : tensor<2x3xf32>
  return
}

// -----

func.func @f16(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.leaky_relu' op attribute 'alpha' must be a float}}
  %0 = graph.leaky_relu %a {alpha = "x"} : tensor<2x3xf32>
  return
}

// -----

func.func @f17(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.clip' op attribute 'min' must be a float}}
  %0 = graph.clip %a {min = [0.0]} : tensor<2x3xf32>
  return
}

// -----

func.func @f18(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.hard_sigmoid' op attribute 'beta' must be a float}}
  %0 = graph.hard_sigmoid %a {beta = true} : tensor<2x3xf32>
  return
}

// -----

func.func @f19(%a: tensor<2x3xf32>, %b: tensor<4xf32>, %i: tensor<2x3xi32>, %c: tensor<2x3xi1>) {
  // expected-error @+1 {{'graph.cast' op inferred type(s) 'tensor<2x3xi32>' are incompatible with return type(s) of operation 'tensor<3x2xi32>'}}
  %0 = graph.cast %a : (tensor<2x3xf32>) -> tensor<3x2xi32>
  return
}
