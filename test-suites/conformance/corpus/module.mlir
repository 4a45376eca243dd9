// Modules: implicit and explicit, named, with attributes, nested; comments and whitespace.

// An input with only comments is an empty implicit module.

// -----

// Top-level ops go into an implicit module.
"foo.a"() : () -> ()
"foo.b"() : () -> ()

// -----

// An explicit empty module.
module {
}

// -----

// An explicit module is not wrapped in another one.
module {
  "foo.op"() : () -> ()
}

// -----

// A named module.
module @my_module {
  "foo.op"() : () -> ()
}

// -----

// A module with attributes.
module attributes {foo.version = 3 : i32, foo.name = "m"} {
  "foo.op"() : () -> ()
}

// -----

// A named module with attributes.
module @named attributes {foo.flag} {
}

// -----

// The builtin. prefix is optional for module.
builtin.module @prefixed {
  "foo.op"() : () -> ()
}

// -----

// Nested modules.
module @outer {
  module @inner {
    "foo.op"() : () -> ()
  }
  module {
  }
}

// -----

// Two top-level modules are wrapped in an implicit module.
module @a {
}
module @b {
}

// -----

// A module next to another op is wrapped in an implicit module.
module @m {
}
"foo.op"() : () -> ()

// -----

// A generic-form module at the top level.
"builtin.module"() ({
  "foo.op"() : () -> ()
}) : () -> ()

// -----

// A generic-form module with discardable attributes.
"builtin.module"() ({
  "foo.op"() : () -> ()
}) {foo.attr = [1, 2]} : () -> ()

// -----

// A module with a private visibility.
module @priv attributes {sym_visibility = "private"} {
}

// -----

// A module whose name needs quoting.
module @"name with space" {
}

// -----

// Comments everywhere.
// A leading comment.
"foo.op"() ({ // after a brace
  // inside a region
  "foo.inner"() : () -> () // trailing
}) : () -> () // after the op
// At the end.

// -----

// Unusual whitespace: tabs, blank lines, ops split over lines.
	"foo.op"(
)   {a
  =
  1 : i32}
  :
  (
  ) -> (
)



// -----

// A module body with a nested module between a value's definition and its use.
module {
  %0 = "foo.def"() : () -> i32
  module {
    "foo.use"() : () -> ()
  }
  "foo.use"(%0) : (i32) -> ()
}

// -----

// Ops of dialects with unusual names.
"a1.op"() : () -> ()
"x_y.z"() : () -> ()

// -----

// builtin.unrealized_conversion_cast in generic form.
%0 = "foo.def"() : () -> i32
%1 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> i64

// -----

// A module containing a deeply nested structure of modules.
module @l0 {
  module @l1 {
    module @l2 {
      module @l3 {
        "foo.leaf"() : () -> ()
      }
    }
  }
}

// -----

// Windows line endings are accepted.
"foo.op"() : () -> ()
"foo.op"() : () -> ()
