// Inputs rejected because they use unregistered dialects (run WITHOUT --allow-unregistered-dialect).
// Same annotations as syntax.mlir; upstream check:
//   mlir-opt-19 --split-input-file --verify-diagnostics unregistered.mlir

// -----
// An op of an unknown dialect.
// col 9: expected-error @+1 {{unregistered dialect}}
"foo.op"() : () -> ()

// -----
// An unknown op of a known dialect.
// col 6: expected-error @+1 {{unregistered operation 'builtin.bogus' found in dialect ('builtin') that does not allow unknown operations}}
%0 = "builtin.bogus"() : () -> i32

// -----
// An unknown op nested in a module.
module {
  module {
    // col 13: expected-error @+1 {{unregistered dialect}}
    "bar.op"() : () -> ()
  }
}

// -----
// A type of an unknown dialect.
module {
  // col 60: expected-error @+1 {{type created with unregistered dialect}}
  %0 = "builtin.unrealized_conversion_cast"() : () -> !foo.bar
}

// -----
// An attribute of an unknown dialect.
// col 29: expected-error @+1 {{attribute created with unregistered dialect}}
module attributes {a = #foo.bar<1>} {
}

// -----
// An opaque attribute of an unknown dialect written with a string body.
// col 24: expected-error @+1 {{attribute created with unregistered dialect}}
module attributes {a = #foo<"x">} {
}

// -----
// An opaque type of an unknown dialect written with a string body.
// col 24: expected-error @+1 {{type created with unregistered dialect}}
module attributes {a = !foo<"x">} {
}
