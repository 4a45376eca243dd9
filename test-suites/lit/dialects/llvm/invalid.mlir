// The llvm dialect's verifiers report MLIR 19's messages (this file also passes mlir-opt-19 --verify-diagnostics).
// RUN: mlc-opt --split-input-file --verify-diagnostics %s

llvm.func @int_op_on_float(%a: f32) {
  // expected-error @+1 {{'llvm.add' op operand #0 must be signless integer or LLVM dialect-compatible vector of signless integer, but got 'f32'}}
  %0 = "llvm.add"(%a, %a) : (f32, f32) -> f32
  llvm.return
}

// -----

llvm.func @float_op_on_int(%a: i32) {
  // expected-error @+1 {{'llvm.fadd' op operand #0 must be floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type, but got 'i32'}}
  %0 = "llvm.fadd"(%a, %a) : (i32, i32) -> i32
  llvm.return
}

// -----

llvm.func @narrowing_sext(%a: i64) {
  // expected-error @+1 {{integer width of the output type is smaller or equal to the integer width of the input type}}
  %0 = llvm.sext %a : i64 to i32
  llvm.return
}

// -----

llvm.func @fptosi_to_float(%a: f32) {
  // expected-error @+1 {{'llvm.fptosi' op result #0 must be signless integer or LLVM dialect-compatible vector of signless integer, but got 'f32'}}
  %0 = llvm.fptosi %a : f32 to f32
  llvm.return
}

// -----

// expected-note @+1 {{when returning from function}}
llvm.func @missing_result() -> i32 {
  // expected-error @+1 {{'llvm.return' op expected 1 operand}}
  llvm.return
}

// -----

// expected-note @+1 {{when returning from function}}
llvm.func @extra_result(%a: i32) {
  // expected-error @+1 {{'llvm.return' op expected no operands}}
  llvm.return %a : i32
}

// -----

llvm.func @unknown_callee(%a: i32) {
  // expected-error @+1 {{'llvm.call' op 'nope' does not reference a symbol in the current scope}}
  %0 = llvm.call @nope(%a) : (i32) -> i32
  llvm.return
}

// -----

llvm.func @g(i32) -> i32
llvm.func @call_mismatch(%a: i64) {
  // expected-error @+1 {{'llvm.call' op operand type mismatch for operand 0: 'i64' != 'i32'}}
  %0 = llvm.call @g(%a) : (i64) -> i32
  llvm.return
}

// -----

llvm.func @dynamic_struct_index(%p: !llvm.ptr, %i: i32) {
  // expected-error @+1 {{'llvm.getelementptr' op expected index 1 indexing a struct to be constant}}
  %0 = llvm.getelementptr %p[0, %i] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

llvm.func @addressof_nothing() {
  // expected-error @+1 {{'llvm.mlir.addressof' op must reference a global defined by 'llvm.mlir.global' or 'llvm.func'}}
  %0 = llvm.mlir.addressof @nothing : !llvm.ptr
  llvm.return
}

// -----

// expected-error @+1 {{'llvm.func' op external functions must have 'external' or 'extern_weak' linkage}}
llvm.func private @private_declaration()

// -----

// expected-error @+1 {{'llvm.mlir.global' op requires an i8 array type of the length equal to that of the string attribute}}
llvm.mlir.global internal @short_string("abc") : !llvm.array<4 x i8>

// -----

llvm.func @icmp_mixed(%a: i32, %b: i64) {
  // expected-error @+1 {{'llvm.icmp' op requires all operands to have the same type}}
  %0 = "llvm.icmp"(%a, %b) <{predicate = 0 : i64}> : (i32, i64) -> i1
  llvm.return
}

// -----

llvm.func @intrinsic_types(%a: f32) {
  // expected-error @+1 {{'llvm.intr.exp' op requires the same type for all operands and results}}
  %0 = llvm.intr.exp(%a) : (f32) -> f64
  llvm.return
}

// -----

llvm.func @insert_wrong_type(%s: !llvm.struct<(i32, f32)>, %x: f32) {
  // expected-error @+1 {{'llvm.insertvalue' op Type mismatch: cannot insert 'f32' into '!llvm.struct<(i32, f32)>'}}
  %0 = "llvm.insertvalue"(%s, %x) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>, f32) -> !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

llvm.func @operand_count(%a: i32) {
  // expected-error @+1 {{'llvm.add' op expected 2 operands, but found 1}}
  %0 = "llvm.add"(%a) : (i32) -> i32
  llvm.return
}

// -----

llvm.func @missing_elem_type(%p: !llvm.ptr) {
  // expected-error @+1 {{'llvm.getelementptr' op requires attribute 'elem_type'}}
  %0 = "llvm.getelementptr"(%p) <{rawConstantIndices = array<i32: 0>}> : (!llvm.ptr) -> !llvm.ptr
  llvm.return
}

// -----

llvm.func @store_operands(%a: i32) {
  // expected-error @+1 {{'llvm.store' op expected 2 operands, but found 1}}
  "llvm.store"(%a) : (i32) -> ()
  llvm.return
}

// -----

llvm.func @two_results() {
  // expected-error @+1 {{'llvm.mlir.undef' op requires one result}}
  %0, %1 = "llvm.mlir.undef"() : () -> (i32, i32)
  llvm.return
}

// -----

// expected-error @+1 {{identified type already used with a different body}}
llvm.func @two_bodies(!llvm.struct<"s", (i32)>, !llvm.struct<"s", (f32)>)

// -----

// expected-error @+1 {{struct without a body only allowed in a recursive struct}}
llvm.func @no_body(!llvm.struct<"t">)
