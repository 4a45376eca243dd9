// RUN: mlc-opt --split-input-file --verify-diagnostics %s

func.func @wrong_acc(%acc: vector<4xi64>, %a: vector<16xi8>) {
  // expected-error @+1 {{'cpu.vnni_dpbusd' op operand #0 must be vector<4xi32>, vector<8xi32> or vector<16xi32>, but got 'vector<4xi64>'}}
  %0 = "cpu.vnni_dpbusd"(%acc, %a, %a) : (vector<4xi64>, vector<16xi8>, vector<16xi8>) -> vector<4xi64>
  return
}

// -----

func.func @wrong_bytes(%acc: vector<8xi32>, %a: vector<16xi8>) {
  // expected-error @+1 {{'cpu.vnni_dpbusds' op operand #1 must be vector<32xi8> (four bytes per accumulator lane), but got 'vector<16xi8>'}}
  %0 = cpu.vnni_dpbusds %acc, %a, %a : vector<8xi32>, vector<16xi8>
  return
}

// -----

func.func @no_target() -> i64 {
  // expected-error @+1 {{'cpu.vector_bits' op requires an enclosing op with a 'cpu.target' attribute}}
  %w = cpu.vector_bits : i64
  return %w : i64
}

// -----

// expected-error @+1 {{vector_bits must be a power of two from 64 to 2048, got 300}}
module attributes {cpu.target = #cpu.target<"x86-64", vector_bits = 300>} {
}
