// RUN: mlc-opt --split-input-file --verify-diagnostics %s
// Verifier messages of graph.constant, graph.fusion and graph.yield.

func.func @no_value() {
  // expected-error @+1 {{'graph.constant' op requires attribute 'value' to be an elements attribute}}
  %0 = "graph.constant"() {value = 1.0 : f32} : () -> tensor<f32>
  return
}

// -----

func.func @type_mismatch() {
  // expected-error @+1 {{'graph.constant' op value type 'tensor<2xf32>' does not match the result type 'tensor<3xf32>'}}
  %0 = "graph.constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<3xf32>
  return
}

// -----

func.func @dynamic_constant() {
  // expected-error @+1 {{'graph.constant' op result must be a statically shaped tensor, but got 'tensor<?xf32>'}}
  %0 = "graph.constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<?xf32>
  return
}

// -----

func.func @constant_operands(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.constant' op expects no operands and one result}}
  %0 = "graph.constant"(%a) {value = dense<1.0> : tensor<2xf32>} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @fusion_arity(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.fusion' op expects 1 block arguments to bind the operands, but the block has 0}}
  %0 = "graph.fusion"(%a) ({
    %c = graph.constant dense<1.0> : tensor<2xf32>
    graph.yield %c : tensor<2xf32>
  }) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @fusion_arg_type(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.fusion' op block argument #0 has type 'tensor<3xf32>', but operand #0 has type 'tensor<2xf32>'}}
  %0 = "graph.fusion"(%a) ({
  ^bb0(%x: tensor<3xf32>):
    graph.yield %x : tensor<3xf32>
  }) : (tensor<2xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @fusion_yield_types(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.fusion' op yields (tensor<2xf32>), but the results are (tensor<2xi32>)}}
  %0 = graph.fusion(%x = %a) : (tensor<2xf32>) -> tensor<2xi32> {
    graph.yield %x : tensor<2xf32>
  }
  return
}

// -----

func.func @fusion_terminator(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.fusion' op expects the body to end in 'graph.yield'}}
  %0 = "graph.fusion"(%a) ({
  ^bb0(%x: tensor<2xf32>):
    "test.terminator"(%x) : (tensor<2xf32>) -> ()
  }) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @fusion_isolated(%a: tensor<2xf32>) {
  // expected-note @+1 {{required by region isolation constraints}}
  %0 = graph.fusion() : () -> tensor<2xf32> {
    // expected-error @+1 {{using value defined outside the region}}
    %r = graph.relu %a : tensor<2xf32>
    graph.yield %r : tensor<2xf32>
  }
  return
}

// -----

func.func @yield_outside(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.yield' op expects parent op 'graph.fusion'}}
  graph.yield %a : tensor<2xf32>
}

// -----

func.func @fusion_no_block(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.fusion' op expects one region with one block}}
  %0 = "graph.fusion"(%a) ({
  }) : (tensor<2xf32>) -> tensor<2xf32>
  return
}
