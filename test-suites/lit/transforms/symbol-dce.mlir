// RUN: mlc-opt %s --split-input-file --symbol-dce | FileCheck %s
// RUN: mlc-opt %s --split-input-file --pass-pipeline='builtin.module(builtin.module(symbol-dce))' | FileCheck %s --check-prefix=NESTED
// RUN: mlc-opt %s --split-input-file --symbol-dce --mlir-pass-statistics 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// Public symbols stay; private (and, at top level, nested) ones stay only when referenced.
// CHECK-LABEL: module attributes {test.simple}
// CHECK-NOT:     sym_name = "dead_private"
// CHECK-NOT:     sym_name = "dead_nested"
// CHECK:         sym_name = "live_private"
// CHECK:         sym_name = "public"
// STATS:       SymbolDCE
// STATS-NEXT:    (S) 2 num-dce'd - Number of symbols DCE'd
module attributes {test.simple} {
  "test.func"() <{function_type = () -> (), sym_name = "dead_private", sym_visibility = "private"}> ({
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "dead_nested", sym_visibility = "nested"}> ({
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "live_private", sym_visibility = "private"}> ({
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "public"}> ({
    "test.call"() <{callee = @live_private}> : () -> ()
    "test.return"() : () -> ()
  }) : () -> ()
}

// -----

// A chain of private functions nobody calls goes as a whole; a chain reached from a public one stays.
// CHECK-LABEL: module attributes {test.chain}
// CHECK-NOT:     sym_name = "a"
// CHECK-NOT:     sym_name = "b"
// CHECK:         sym_name = "c"
// CHECK:         sym_name = "d"
// CHECK:         sym_name = "main"
module attributes {test.chain} {
  "test.func"() <{function_type = () -> (), sym_name = "a", sym_visibility = "private"}> ({
    "test.call"() <{callee = @b}> : () -> ()
    "test.return"() : () -> ()
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "b", sym_visibility = "private"}> ({
    "test.call"() <{callee = @a}> : () -> ()
    "test.return"() : () -> ()
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "c", sym_visibility = "private"}> ({
    "test.call"() <{callee = @d}> : () -> ()
    "test.return"() : () -> ()
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "d", sym_visibility = "private"}> ({
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "main"}> ({
    "test.call"() <{callee = @c}> : () -> ()
    "test.return"() : () -> ()
  }) : () -> ()
}

// -----

// References count wherever they sit: deep in arrays and dictionaries, on ops that are not symbols.
// CHECK-LABEL: module attributes {test.attrs}
// CHECK:         sym_name = "in_array"
// CHECK:         sym_name = "in_dict"
// CHECK-NOT:     sym_name = "unused"
module attributes {test.attrs} {
  "test.func"() <{function_type = () -> (), sym_name = "in_array", sym_visibility = "private"}> ({
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "in_dict", sym_visibility = "private"}> ({
  }) : () -> ()
  "test.func"() <{function_type = () -> (), sym_name = "unused", sym_visibility = "private"}> ({
  }) : () -> ()
  "test.effect"() {uses = [1, [[@in_array]]], more = {k = {deep = [@in_dict]}}, name = "unused"} : () -> ()
}

// -----

// Nested symbol tables: a nested reference keeps every symbol on its path; a private module
// nobody names goes with its contents.
// CHECK-LABEL: module attributes {test.nested}
// CHECK:         module @public_module
// CHECK-NOT:       sym_name = "dead_nested"
// CHECK:           sym_name = "private_fn"
// CHECK:           sym_name = "nested_fn"
// CHECK:         }
// CHECK-NOT:     module @private_module
// CHECK:         "test.effect"
module attributes {test.nested} {
  module @public_module {
    "test.func"() <{function_type = () -> (), sym_name = "dead_nested", sym_visibility = "nested"}> ({
    }) : () -> ()
    "test.func"() <{function_type = () -> (), sym_name = "private_fn", sym_visibility = "private"}> ({
    }) : () -> ()
    "test.func"() <{function_type = () -> (), sym_name = "nested_fn", sym_visibility = "nested"}> ({
      "test.call"() <{callee = @private_fn}> : () -> ()
      "test.return"() : () -> ()
    }) : () -> ()
  }
  module @private_module attributes {sym_visibility = "private"} {
    "test.func"() <{function_type = () -> (), sym_name = "f"}> ({
    }) : () -> ()
  }
  "test.effect"() {uses = [@public_module::@nested_fn]} : () -> ()
}

// -----

// Run on nested modules, only a private module is known to be hidden from above.
// NESTED-LABEL: module attributes {test.hidden}
// NESTED:         module @public_module
// NESTED-NEXT:      sym_name = "nested_fn"
// NESTED:         module @private_module
// NESTED-NOT:       sym_name = "nested_fn"
// NESTED:         "test.effect"
module attributes {test.hidden} {
  module @public_module {
    "test.func"() <{function_type = () -> (), sym_name = "nested_fn", sym_visibility = "nested"}> ({
    }) : () -> ()
  }
  module @private_module attributes {sym_visibility = "private"} {
    "test.func"() <{function_type = () -> (), sym_name = "nested_fn", sym_visibility = "nested"}> ({
    }) : () -> ()
  }
  "test.effect"() {uses = [@private_module]} : () -> ()
}
