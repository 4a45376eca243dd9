// The cpu dialect round-trips in custom and generic form.
// RUN: mlc-opt %s | mlc-opt | FileCheck %s
// RUN: mlc-opt %s --mlir-print-op-generic | mlc-opt | FileCheck %s

// CHECK: module attributes {cpu.target = #cpu.target<"x86-64", features = "+avx2,+fma", vector_bits = 256>}
module attributes {cpu.target = #cpu.target<"x86-64", features = "+avx2,+fma", vector_bits = 256>} {
  // CHECK-LABEL: func.func @dots(
  func.func @dots(%acc4: vector<4xi32>, %a16: vector<16xi8>, %acc8: vector<8xi32>, %a32: vector<32xi8>, %acc16: vector<16xi32>, %a64: vector<64xi8>) -> i64 {
    // CHECK: cpu.vnni_dpbusd %{{.*}}, %{{.*}}, %{{.*}} : vector<4xi32>, vector<16xi8>
    %0 = cpu.vnni_dpbusd %acc4, %a16, %a16 : vector<4xi32>, vector<16xi8>
    // CHECK: cpu.vnni_dpbusds %{{.*}}, %{{.*}}, %{{.*}} : vector<8xi32>, vector<32xi8>
    %1 = cpu.vnni_dpbusds %acc8, %a32, %a32 : vector<8xi32>, vector<32xi8>
    // CHECK: cpu.vnni_dpbusd %{{.*}}, %{{.*}}, %{{.*}} : vector<16xi32>, vector<64xi8>
    %2 = cpu.vnni_dpbusd %acc16, %a64, %a64 : vector<16xi32>, vector<64xi8>
    // CHECK: cpu.vector_bits : i64
    %w = cpu.vector_bits : i64
    return %w : i64
  }
  // CHECK: llvm.func @f() attributes {cpu.target = #cpu.target<"aarch64", vector_bits = 128>}
  llvm.func @f() attributes {cpu.target = #cpu.target<"aarch64">} {
    llvm.return
  }
}
