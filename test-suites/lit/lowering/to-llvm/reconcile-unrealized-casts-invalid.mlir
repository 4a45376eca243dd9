// A cast that is still needed after reconciling is an error.
// RUN: mlc-opt --reconcile-unrealized-casts --verify-diagnostics %s

module {
  func.func @live(%a: i64) -> index {
    // expected-error @+1 {{failed to legalize operation 'builtin.unrealized_conversion_cast' that was explicitly marked illegal}}
    %0 = builtin.unrealized_conversion_cast %a : i64 to index
    return %0 : index
  }
}
