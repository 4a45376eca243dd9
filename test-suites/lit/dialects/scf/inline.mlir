// The inliner moves scf ops (structured regions inside the callee) into the caller.
// RUN: mlc-opt --allow-unregistered-dialect --inline %s | FileCheck %s

// CHECK-LABEL: func.func @caller(%arg0: i1, %arg1: index, %arg2: i32) -> i32 {
// CHECK-NEXT:    %[[V0:[0-9]+]] = "test.constant"() <{value = 0 : index}> : () -> index
// CHECK-NEXT:    %[[V1:[0-9]+]] = "test.constant"() <{value = 1 : index}> : () -> index
// CHECK-NEXT:    %[[V2:[0-9]+]] = scf.for %arg3 = %[[V0]] to %arg1 step %[[V1]] iter_args(%arg4 = %arg2) -> (i32) {
// CHECK-NEXT:      %[[V3:[0-9]+]] = scf.if %arg0 -> (i32) {
// CHECK-NEXT:        %[[V4:[0-9]+]] = "test.add"(%arg4, %arg2) : (i32, i32) -> i32
// CHECK-NEXT:        scf.yield %[[V4]] : i32
// CHECK-NEXT:      } else {
// CHECK-NEXT:        scf.yield %arg4 : i32
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.yield %[[V3]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[V2]] : i32
// CHECK-NEXT:  }
func.func private @callee(%c: i1, %n: index, %x: i32) -> i32 {
  %c0 = "test.constant"() {value = 0 : index} : () -> index
  %c1 = "test.constant"() {value = 1 : index} : () -> index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %x) -> (i32) {
    %b = scf.if %c -> (i32) {
      %d = "test.add"(%a, %x) : (i32, i32) -> i32
      scf.yield %d : i32
    } else {
      scf.yield %a : i32
    }
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @caller(%c: i1, %n: index, %x: i32) -> i32 {
  %r = call @callee(%c, %n, %x) : (i1, index, i32) -> i32
  return %r : i32
}
