// Isolated functions run in parallel; output, IR dumps and diagnostics equal a single-threaded run.
// RUN: mlc-opt --pass-pipeline='builtin.module(test.func(canonicalize))' --threads=2 --mlir-print-ir-after-all %s > %t.par 2>&1
// RUN: mlc-opt --pass-pipeline='builtin.module(test.func(canonicalize))' --mlir-disable-threading --mlir-print-ir-after-all %s > %t.seq 2>&1
// RUN: diff %t.par %t.seq
// RUN: not mlc-opt --pass-pipeline='builtin.module(test.func(test-pass-failure))' --threads=2 %s > %t.fpar 2>&1
// RUN: not mlc-opt --pass-pipeline='builtin.module(test.func(test-pass-failure))' --mlir-disable-threading %s > %t.fseq 2>&1
// RUN: diff %t.fpar %t.fseq
// RUN: FileCheck %s --input-file=%t.par

// CHECK-COUNT-16: IR Dump After Canonicalizer

"test.func"() <{function_type = (i32) -> i32, sym_name = "f0"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 0 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f1"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 1 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f2"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 2 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f3"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 3 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f4"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 4 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f5"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 5 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f6"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 6 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f7"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 7 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f8"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 8 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f9"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 9 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f10"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 10 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f11"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 11 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f12"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 12 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f13"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 13 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f14"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 14 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
"test.func"() <{function_type = (i32) -> i32, sym_name = "f15"}> ({
^bb0(%x: i32):
  %c = "test.constant"() {value = 15 : i32} : () -> i32
  %z = "test.constant"() {value = 0 : i32} : () -> i32
  %a = "test.add"(%x, %z) : (i32, i32) -> i32
  %b = "test.mul"(%a, %c) : (i32, i32) -> i32
  "test.return"(%b) : (i32) -> ()
}) : () -> ()
