// expected-*-re matches regular expressions inside {{...}}.
// RUN: mlc-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// expected-error-re @+1 {{use of undeclared SSA value {{[a-z]+}}}}
"foo.use"(%nope) : (i32) -> ()

