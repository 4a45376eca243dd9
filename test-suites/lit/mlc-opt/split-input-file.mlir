// RUN: mlc-opt --allow-unregistered-dialect --split-input-file %s | FileCheck %s

// Each chunk is parsed and printed on its own; outputs are joined by the marker.
// CHECK:       module {
// CHECK-NEXT:    "foo.a"() : () -> ()
// CHECK-NEXT:  }
// CHECK-EMPTY:
// CHECK-NEXT:  // -----
// CHECK-NEXT:  module {
// CHECK-NEXT:    %0 = "foo.b"() : () -> i32
"foo.a"() : () -> ()

// -----

// Value names are scoped to their chunk: %x is defined again.
%x = "foo.b"() : () -> i32
