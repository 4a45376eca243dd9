// String attributes: escapes, non-ASCII text, typed strings.

// A plain string and an empty string.
"foo.op"() {a = "hello", b = ""} : () -> ()

// -----

// Escaped quote and backslash.
"foo.op"() {a = "say \"hi\"", b = "back\\slash"} : () -> ()

// -----

// Newline, tab and carriage return written as escapes.
"foo.op"() {a = "line1\nline2", b = "tab\there", c = "cr\0D"} : () -> ()

// -----

// Two-digit hex escapes.
"foo.op"() {a = "\00\01\1F\7F", b = "\41\42\43"} : () -> ()

// -----

// High bytes written as hex escapes.
"foo.op"() {a = "\FF\FE\80"} : () -> ()

// -----

// UTF-8 text prints as hex escapes.
"foo.op"() {a = "héllo wörld", b = "日本語", c = "emoji 🚀"} : () -> ()

// -----

// UTF-8 text written as hex escapes.
"foo.op"() {a = "\C3\A9"} : () -> ()

// -----

// Printable punctuation needs no escapes.
"foo.op"() {a = "!#$%&'()*+,-./:;<=>?@[]^_`{|}~"} : () -> ()

// -----

// Strings with an explicit type.
"foo.op"() {a = "typed" : i32, b = "s" : !foo.str, c = "t" : tensor<2xi8>} : () -> ()

// -----

// Strings that look like other tokens.
"foo.op"() {a = "%0", b = "^bb0", c = "@sym", d = "#attr", e = "!type", f = "// not a comment"} : () -> ()

// -----

// Strings in arrays and dictionaries.
"foo.op"() {a = ["x", "y\n"], b = {c = "z\22"}} : () -> ()

// -----

// A long string.
"foo.op"() {a = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."} : () -> ()

// -----

// A string containing only escapes of whitespace.
"foo.op"() {a = "\t\n\t", b = "   "} : () -> ()

// -----

// Strings as properties.
"foo.op"() <{name = "prop\"q\""}> : () -> ()

// -----

// A string of a single NUL byte.
"foo.op"() {a = "\00"} : () -> ()

// -----

// Lower-case hex escapes print upper-case.
"foo.op"() {a = "\0a\ff\7f"} : () -> ()

// -----

// Strings with a dialect attribute name.
"foo.op"() {foo.name = "value", "weird key!" = "v"} : () -> ()
