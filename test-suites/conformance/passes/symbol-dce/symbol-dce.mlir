// An unused private function is erased; public ones stay.
func.func private @dead() {
  return
}
func.func @live() {
  return
}

// -----

// Private functions reachable from a public one stay, transitively.
func.func private @leaf(%a: i32) -> i32 {
  return %a : i32
}
func.func private @mid(%a: i32) -> i32 {
  %0 = func.call @leaf(%a) : (i32) -> i32
  return %0 : i32
}
func.func @entry(%a: i32) -> i32 {
  %0 = func.call @mid(%a) : (i32) -> i32
  return %0 : i32
}

// -----

// A private function used only by a dead private function is erased with it.
func.func private @only_used_by_dead() {
  return
}
func.func private @dead() {
  func.call @only_used_by_dead() : () -> ()
  return
}

// -----

// Private functions calling each other in a cycle, unreachable from public ones: both erased.
func.func private @a() {
  func.call @b() : () -> ()
  return
}
func.func private @b() {
  func.call @a() : () -> ()
  return
}
func.func @public() {
  return
}

// -----

// Nested symbol tables: a private function in a nested public module is erased, a used one stays.
module @outer {
  module @inner {
    func.func private @unused() {
      return
    }
    func.func @api() {
      return
    }
  }
  func.func private @used_from_outside() {
    return
  }
  func.func @main() {
    func.call @used_from_outside() : () -> ()
    return
  }
}

// -----

// A nested private module without uses is erased entirely.
module {
  module @nested attributes {sym_visibility = "private"} {
    func.func @f() {
      return
    }
  }
  func.func @main() {
    return
  }
}

// -----

// A nested reference (in an attribute of a public function) keeps the private module and the
// referenced function.
module {
  module @lib attributes {sym_visibility = "private"} {
    func.func private @g() {
      return
    }
    func.func private @h() {
      return
    }
  }
  func.func @main() attributes {ref = @lib::@g} {
    return
  }
}

// -----

// Private external declarations without uses are erased.
func.func private @decl(i32) -> i32
func.func private @used_decl(i32) -> i32
func.func @main(%a: i32) -> i32 {
  %0 = func.call @used_decl(%a) : (i32) -> i32
  return %0 : i32
}

// -----

// A private function used only from inside a loop of a public function stays.
func.func private @body(i32) -> i32
func.func private @unused(i32) -> i32
func.func @main(%lb: index, %ub: index, %s: index, %init: i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> (i32) {
    %n = func.call @body(%acc) : (i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// A private function referenced only by a dead private function inside a nested module goes with it.
module @m {
  func.func private @helper() {
    return
  }
  func.func private @dead() {
    func.call @helper() : () -> ()
    return
  }
  func.func @live() {
    return
  }
}

// -----

// Symbols with nested visibility are treated as private by symbol-dce.
module {
  func.func nested @nested_unused() {
    return
  }
  func.func @main() {
    return
  }
}

// -----

// A public function in a private nested module is not a root: the unused module is erased.
module {
  module @priv attributes {sym_visibility = "private"} {
    func.func @pub() {
      return
    }
  }
  module @pubmod {
    func.func @pub() {
      return
    }
  }
}
