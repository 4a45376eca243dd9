// -g: op locations become DWARF line tables (a DISubprogram per function, a DILocation per instruction).
// RUN: mlc-translate --mlir-to-llvmir -g %s | FileCheck %s
// RUN: mlc-translate --mlir-to-llvmir %s | FileCheck %s --check-prefix=NODEBUG

// CHECK: define i32 @add(i32 %0, i32 %1) !dbg ![[SP:[0-9]+]]
// CHECK-NEXT:    %3 = add i32 %0, %1, !dbg ![[L1:[0-9]+]]
// CHECK-NEXT:    ret i32 %3, !dbg ![[L2:[0-9]+]]
// CHECK-DAG: !llvm.dbg.cu = !{![[CU:[0-9]+]]}
// CHECK-DAG: !{i32 2, !"Debug Info Version", i32 3}
// CHECK-DAG: ![[CU]] = distinct !DICompileUnit(language: DW_LANG_C, file: ![[FILE:[0-9]+]], producer: "MLC"
// CHECK-DAG: ![[FILE]] = !DIFile(filename: "debug-info.mlir"
// CHECK-DAG: ![[SP]] = distinct !DISubprogram(name: "add", linkageName: "add", scope: ![[FILE]], file: ![[FILE]], line: [[@LINE+4]]
// CHECK-DAG: ![[L1]] = !DILocation(line: [[@LINE+6]], column: 8, scope: ![[SP]])
// CHECK-DAG: ![[L2]] = !DILocation(line: [[@LINE+6]], column: 3, scope: ![[SP]])
// NODEBUG-NOT: !dbg
llvm.func @add(%a: i32, %b: i32) -> i32 {
  // a comment line
  // another
  %0 = llvm.add %a, %b : i32
  llvm.return %0 : i32
}
