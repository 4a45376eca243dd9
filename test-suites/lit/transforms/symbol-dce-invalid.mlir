// RUN: mlc-opt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(symbol-dce,test.isolated_region(symbol-dce))'

// symbol-dce runs on symbol tables only.
// expected-error @+1 {{'test.isolated_region' op was scheduled to run under SymbolDCE, but does not define a symbol table}}
"test.isolated_region"() ({
  "test.effect"() : () -> ()
}) : () -> ()

// -----

// An op of an unknown dialect with one region may be a symbol table: the uses of the symbol
// holding it cannot be computed.
module {
  // expected-error @+1 {{operation contains potentially unknown symbol table, meaning that we can't reliable compute symbol uses}}
  "test.func"() <{function_type = () -> (), sym_name = "g"}> ({
    "foo.region"() ({
    }) : () -> ()
    "test.return"() : () -> ()
  }) : () -> ()
}
