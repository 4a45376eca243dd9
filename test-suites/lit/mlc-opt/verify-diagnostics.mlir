// RUN: mlc-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// expected-error @+1 {{use of undeclared SSA value name}}
"foo.use"(%nope) : (i32) -> ()

// -----

%0 = "foo.def"() : () -> i32
// expected-error @+2 {{expects different type than prior uses: 'i64' vs 'i32'}}
// expected-note @-2 {{prior use here}}
"foo.use"(%0) : (i64) -> ()

// -----

"test.func"() <{function_type = () -> (), sym_name = "f"}> ({
  "test.return"() : () -> ()
}) : () -> ()
// expected-error @+2 {{redefinition of symbol named 'f'}}
// expected-note @-4 {{see existing symbol definition here}}
"test.func"() <{function_type = () -> (), sym_name = "f"}> ({
  "test.return"() : () -> ()
}) : () -> ()

// -----

"test.func"() <{function_type = (i32) -> (), sym_name = "g"}> ({
^bb0(%a: i32):
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "test.effect"(%b) : (i32) -> ()
  // expected-note @+1 {{operand defined here}}
  %b = "test.add"(%a, %a) : (i32, i32) -> i32
  "test.return"() : () -> ()
}) : () -> ()
