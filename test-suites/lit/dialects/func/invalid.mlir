// RUN: mlc-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

func.func @f() -> i32 {
  %0 = "foo.a"() : () -> f32
  // expected-error @+1 {{'func.return' op type of return operand 0 (f32) doesn't match function result type (i32) in function @f}}
  return %0 : f32
}

// -----

func.func @g() -> (i32, i32) {
  %0 = "foo.a"() : () -> i32
  // expected-error @+1 {{'func.return' op has 1 operands, but enclosing function (@g) returns 2}}
  return %0 : i32
}

// -----

func.func @h() {
  // expected-error @+1 {{'func.call' op 'nowhere' does not reference a valid function}}
  func.call @nowhere() : () -> ()
  return
}

// -----

func.func private @callee(i32) -> i32
func.func @caller(%x: f32) {
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'i32', but provided 'f32' for operand number 0}}
  %0 = func.call @callee(%x) : (f32) -> i32
  return
}

// -----

// expected-error @+1 {{'func.func' op symbol declaration cannot have public visibility}}
func.func @decl(i32) -> i32

// -----

func.func @outer(%x: i32) {
  "foo.region"() ({
    // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
    func.return
  }) : () -> ()
  return
}
