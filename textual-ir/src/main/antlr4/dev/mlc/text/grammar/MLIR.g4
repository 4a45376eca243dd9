/*
 * The reference grammar of MLIR's textual syntax (https://mlir.llvm.org/docs/LangRef/).
 *
 * It is the executable specification the hand-written parser (dev.mlc.text.Parser) is checked
 * against: the property tests in dev.mlc.text.props parse every generated input with both and
 * compare a structural summary. It is not on the hot path: on a 1M-op file (60 MB) ANTLR's lexer
 * and parser take about 6x as long as dev.mlc.text.Parser takes to build the IR, 15x when they
 * build a parse tree, which then needs more than 4 GiB of heap (AntlrThroughput in the tests).
 *
 * Scope: the generic operation form, the custom form of builtin.module, every builtin type and
 * attribute, locations, aliases and the file metadata section. Dialect types and attributes keep
 * their bodies as one token ("pretty-dialect-sym-body"), as MLIR's own parser does. The grammar is
 * syntax only: it does not check that values are defined, that integers fit their type, or that
 * dense literals match their shape.
 *
 * Productions are named after LangRef's; comments quote the LangRef production they implement.
 * Two lexical rules differ from a plain token-per-lexeme design: the dimension list of a shaped
 * type is part of the token that opens the type (`tensor<4x?x` then `f32`), because `4x?xf32` and
 * `0xf32` would otherwise lex as an integer and a bare identifier or as a hexadecimal integer (MLIR
 * re-lexes these by hand); and dialect bodies are single tokens, with one Java predicate so that
 * the `>` of `->` does not close them.
 */
grammar MLIR;

// =====================================================================================
// Top level
// =====================================================================================

// toplevel ::= (operation | attribute-alias-def | type-alias-def)*
// plus the optional file metadata section `{-# ... #-}`.
toplevel
  : (operation | attributeAliasDef | typeAliasDef | fileMetadata)* EOF
  ;

// attribute-alias-def ::= `#` alias-name `=` attribute-value
// (MLIR's parser also takes an all-digit alias name such as `#0`.)
attributeAliasDef
  : (HASH_ID | RESULT_NUMBER) '=' attributeValue
  ;

// type-alias-def ::= `!` alias-name `=` type
typeAliasDef
  : BANG_ID '=' type
  ;

// file-metadata ::= `{-#` (metadata-entry (`,` metadata-entry)*)? `#-}`
// metadata-entry ::= (`dialect_resources` | `external_resources`) `:` `{` resource-group* `}`
fileMetadata
  : '{-#' (metadataEntry (',' metadataEntry)*)? '#-}'
  ;

metadataEntry
  : bareId ':' '{' (resourceGroup (',' resourceGroup)*)? '}'
  ;

// A dialect (or external tool) and its named entries.
resourceGroup
  : bareId ':' '{' (resourceEntry (',' resourceEntry)*)? '}'
  ;

// A blob is a string "0x" + 8 hex digits of alignment + data; other entries are strings or bools.
resourceEntry
  : (bareId | STRING) ':' (STRING | 'true' | 'false')
  ;

// =====================================================================================
// Operations
// =====================================================================================

// operation ::= op-result-list? (generic-operation | custom-operation) trailing-location?
operation
  : opResultList? (genericOperation | customOperation) trailingLocation?
  ;

// op-result-list ::= op-result (`,` op-result)* `=`
opResultList
  : opResult (',' opResult)* '='
  ;

// op-result ::= value-id (`:` integer-literal)?
opResult
  : VALUE_ID (':' integerLiteral)?
  ;

// generic-operation ::= string-literal `(` value-use-list? `)` successor-list?
//                       dictionary-properties? region-list? dictionary-attribute?
//                       `:` function-type
genericOperation
  : STRING '(' valueUseList? ')' successorList? properties? regionList? dictionaryAttribute? ':' functionType
  ;

// custom-operation ::= bare-id custom-operation-format
// Only builtin.module has a custom form here:
//   `module` symbol-ref-id? (`attributes` dictionary-attribute)? region
customOperation
  : ('module' | 'builtin.module') SYMBOL_ID? ('attributes' dictionaryAttribute)? region
  ;

// value-use ::= value-id (`#` decimal-literal)?
valueUse
  : VALUE_ID RESULT_NUMBER?
  ;

valueUseList
  : valueUse (',' valueUse)*
  ;

// successor-list ::= `[` successor (`,` successor)* `]`
// successor ::= caret-id
successorList
  : '[' CARET_ID (',' CARET_ID)* ']'
  ;

// dictionary-properties ::= `<` dictionary-attribute `>`
// (MLIR's parser accepts any attribute here; unregistered ops keep it as it is.)
properties
  : '<' attributeValue '>'
  ;

// region-list ::= `(` region (`,` region)* `)`
regionList
  : '(' region (',' region)* ')'
  ;

// trailing-location ::= `loc` `(` location `)`
trailingLocation
  : 'loc' '(' location ')'
  ;

// =====================================================================================
// Regions and blocks
// =====================================================================================

// region ::= `{` entry-block? block* `}`
// entry-block ::= operation+   (an entry block without a label has no arguments)
region
  : '{' operation* block* '}'
  ;

// block ::= block-label operation*
block
  : blockLabel operation*
  ;

// block-label ::= block-id block-arg-list? `:`
blockLabel
  : CARET_ID blockArgList? ':'
  ;

// block-arg-list ::= `(` value-id-and-type-list? `)`
blockArgList
  : '(' (blockArg (',' blockArg)*)? ')'
  ;

// value-id-and-type ::= value-id `:` type trailing-location?
blockArg
  : VALUE_ID ':' type trailingLocation?
  ;

// =====================================================================================
// Types
// =====================================================================================

// type ::= type-alias | dialect-type | builtin-type
type
  : nonFunctionType
  | functionType
  ;

// function-type ::= type-list-parens `->` (type | type-list-parens)
// A result that is a function type must be parenthesized, as in MLIR's parser.
functionType
  : '(' typeList? ')' '->' functionResults
  ;

functionResults
  : '(' typeList? ')'
  | nonFunctionType
  ;

typeList
  : type (',' type)*
  ;

nonFunctionType
  : integerType
  | 'index'
  | floatType
  | 'none'
  | complexType
  | tupleType
  | tensorType
  | memrefType
  | vectorType
  | dialectType
  ;

// signless-integer-type ::= `i` [1-9][0-9]*, signed `si`, unsigned `ui`
integerType
  : INT_TYPE
  ;

// Every builtin float type; the last four are MLIR's newest micro-float kinds.
floatType
  : 'f16' | 'bf16' | 'f32' | 'f64' | 'f80' | 'f128' | 'tf32'
  | 'f8E5M2' | 'f8E4M3' | 'f8E4M3FN' | 'f8E5M2FNUZ' | 'f8E4M3FNUZ' | 'f8E4M3B11FNUZ' | 'f8E3M4'
  | 'f4E2M1FN' | 'f6E2M3FN' | 'f6E3M2FN' | 'f8E8M0FNU'
  ;

// complex-type ::= `complex` `<` type `>`
complexType
  : 'complex' '<' type '>'
  ;

// tuple-type ::= `tuple` `<` (type (`,` type)*)? `>`
tupleType
  : 'tuple' '<' typeList? '>'
  ;

// tensor-type ::= `tensor` `<` dimension-list type (`,` encoding)? `>`
//               | `tensor` `<` `*` `x` type `>`
// dimension-list ::= (dimension `x`)*    dimension ::= `?` | decimal-literal
// The `<` and the dimension list are part of the TENSOR_LT token (see the lexer).
tensorType
  : TENSOR_LT type (',' attributeValue)? '>'
  ;

// memref-type ::= `memref` `<` dimension-list type (`,` layout)? (`,` memory-space)? `>`
//               | `memref` `<` `*` `x` type (`,` memory-space)? `>`
// A single trailing attribute is the layout when it is a layout attribute (affine map, strided)
// and the memory space otherwise; the grammar cannot tell them apart.
memrefType
  : MEMREF_LT type (',' attributeValue (',' attributeValue)?)? '>'
  ;

// vector-type ::= `vector` `<` vector-dim-list vector-element-type `>`
// vector-dim-list ::= (static-dim-list `x`)?   static-dim ::= decimal-literal | `[` decimal-literal `]`
vectorType
  : VECTOR_LT type '>'
  ;

// dialect-type ::= `!` dialect-namespace `<` opaque-body `>` | `!` pretty-name pretty-body?
// type-alias ::= `!` alias-name      (the body, if any, is one token: see BANG_BODY)
dialectType
  : BANG_BODY
  | BANG_ID
  ;

// =====================================================================================
// Attributes
// =====================================================================================

// dictionary-attribute ::= `{` (attribute-entry (`,` attribute-entry)*)? `}`
dictionaryAttribute
  : '{' (attributeEntry (',' attributeEntry)*)? '}'
  ;

// attribute-entry ::= (bare-id | string-literal) (`=` attribute-value)?
// (an entry without a value is a unit attribute)
attributeEntry
  : (bareId | STRING) ('=' attributeValue)?
  ;

// attribute-value ::= attribute-alias | dialect-attribute | builtin-attribute
attributeValue
  : '-'? INTEGER (':' type)?                                           # integerAttr
  | '-'? HEX_INTEGER (':' type)?                                       # hexAttr
  | '-'? FLOAT (':' type)?                                             # floatAttr
  | ('true' | 'false')                                                 # boolAttr
  | STRING (':' type)?                                                 # stringAttr
  | 'unit'                                                             # unitAttr
  | '[' (attributeValue (',' attributeValue)*)? ']'                    # arrayAttr
  | dictionaryAttribute                                                # dictionaryAttr
  | 'dense' '<' denseLiteral? '>' ':' type                             # denseAttr
  | 'dense_resource' '<' (bareId | STRING) '>' ':' type                # denseResourceAttr
  | 'array' '<' type (':' denseArrayElement (',' denseArrayElement)*)? '>'  # denseArrayAttr
  | 'affine_map' '<' affineMap '>'                                     # affineMapAttr
  | 'affine_set' '<' integerSet '>'                                    # integerSetAttr
  | 'strided' '<' '[' (stride (',' stride)*)? ']' (',' 'offset' ':' stride)? '>'  # stridedAttr
  | symbolRef                                                          # symbolRefAttr
  | 'loc' '(' location ')'                                             # locationAttr
  | (HASH_BODY | HASH_ID | RESULT_NUMBER) (':' type)?                  # extendedAttr
  | type                                                               # typeAttr
  ;

// symbol-ref-attribute ::= symbol-ref-id (`::` symbol-ref-id)*
// symbol-ref-id ::= `@` (suffix-id | string-literal)
symbolRef
  : SYMBOL_ID (':' ':' SYMBOL_ID)*
  ;

// dense-elements-attribute ::= `dense` `<` tensor-literal `>` `:` (tensor-type | vector-type)
// tensor-literal ::= hex-string | string | nested list of elements | element (a splat)
denseLiteral
  : denseElement
  ;

denseElement
  : '[' (denseElement (',' denseElement)*)? ']'
  | '(' denseScalar ',' denseScalar ')'            // a complex element
  | denseScalar
  ;

denseScalar
  : '-'? (INTEGER | HEX_INTEGER | FLOAT)
  | 'true'
  | 'false'
  | STRING                                          // "0x..." hex data or a string element
  ;

// dense-array-attribute ::= `array` `<` (integer-type | float-type) (`:` element-list)? `>`
denseArrayElement
  : '-'? (INTEGER | HEX_INTEGER | FLOAT)
  | 'true'
  | 'false'
  ;

// strided-layout ::= `strided` `<` `[` strides `]` (`,` `offset` `:` dimension)? `>`
stride
  : '-'? integerLiteral
  | '?'
  ;

// =====================================================================================
// Affine maps and integer sets (Dialects/Affine.md)
// =====================================================================================

// affine-map-inline ::= dim-and-symbol-id-lists `->` multi-dim-affine-expr
affineMap
  : dimAndSymbolIdLists '->' '(' (affineExpr (',' affineExpr)*)? ')'
  ;

// integer-set-inline ::= dim-and-symbol-id-lists `:` `(` affine-constraint-conjunction? `)`
integerSet
  : dimAndSymbolIdLists ':' '(' (affineConstraint (',' affineConstraint)*)? ')'
  ;

// dim-and-symbol-id-lists ::= dim-id-list symbol-id-list?
dimAndSymbolIdLists
  : '(' (bareId (',' bareId)*)? ')' ('[' (bareId (',' bareId)*)? ']')?
  ;

// affine-constraint ::= affine-expr (`>=` | `<=` | `==`) affine-expr
// (MLIR lexes `>=` as `>` `=`.)
affineConstraint
  : affineExpr ('>' '=' | '<' '=' | '=' '=') affineExpr
  ;

// affine-expr ::= `(` affine-expr `)` | `-` affine-expr
//               | affine-expr (`*` | `floordiv` | `ceildiv` | `mod`) affine-expr
//               | affine-expr (`+` | `-`) affine-expr
//               | bare-id | integer-literal
affineExpr
  : '(' affineExpr ')'                                          # affineParens
  | '-' affineExpr                                              # affineNeg
  | affineExpr ('*' | 'floordiv' | 'ceildiv' | 'mod') affineExpr  # affineMul
  | affineExpr ('+' | '-') affineExpr                           # affineAdd
  | bareId                                                      # affineId
  | integerLiteral                                              # affineConst
  ;

// =====================================================================================
// Locations
// =====================================================================================

// location ::= `unknown` | file-line-col-range | name-loc | callsite-loc | fused-loc | `#` alias-name
// file-line-col-range ::= string `:` line (`:` col (`to` line? `:` col)?)?   (MLIR 20 and later)
location
  : 'unknown'                                                   # unknownLoc
  | STRING ':' integerLiteral (':' integerLiteral ('to' integerLiteral? ':' integerLiteral)?)?  # fileLineColLoc
  | STRING ('(' location ')')?                                  # nameLoc
  | 'callsite' '(' location 'at' location ')'                   # callSiteLoc
  | 'fused' ('<' attributeValue '>')? '[' (location (',' location)*)? ']'  # fusedLoc
  | (HASH_ID | RESULT_NUMBER)                                   # aliasLoc
  ;

// =====================================================================================
// Identifiers and literals
// =====================================================================================

// integer-literal ::= decimal-literal | hexadecimal-literal
// (MLIR takes both wherever it reads an integer token: result counts, line and column numbers...)
integerLiteral
  : INTEGER
  | HEX_INTEGER
  ;

// bare-id ::= (letter|[_]) (letter|digit|[_$.])*   -- keywords are bare ids too
bareId
  : BARE_ID
  | INT_TYPE
  | 'affine_map' | 'affine_set' | 'array' | 'at' | 'attributes' | 'builtin.module' | 'callsite'
  | 'ceildiv' | 'complex' | 'dense' | 'dense_resource' | 'false' | 'floordiv' | 'fused' | 'index'
  | 'loc' | 'mod' | 'module' | 'none' | 'offset' | 'strided' | 'to' | 'true' | 'tuple' | 'unit' | 'unknown'
  | floatType
  ;

// =====================================================================================
// Lexer
// =====================================================================================

FILE_METADATA_BEGIN : '{-#' ;
FILE_METADATA_END   : '#-}' ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LSQUARE  : '[' ;
RSQUARE  : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LESS     : '<' ;
GREATER  : '>' ;
COMMA    : ',' ;
EQUAL    : '=' ;
COLON    : ':' ;
ARROW    : '->' ;
MINUS    : '-' ;
PLUS     : '+' ;
STAR     : '*' ;
QUESTION : '?' ;

// Keywords (each also a bare-id, see bareId).
KW_AFFINE_MAP     : 'affine_map' ;
KW_AFFINE_SET     : 'affine_set' ;
KW_ARRAY          : 'array' ;
KW_AT             : 'at' ;
KW_ATTRIBUTES     : 'attributes' ;
KW_BUILTIN_MODULE : 'builtin.module' ;
KW_CALLSITE       : 'callsite' ;
KW_CEILDIV        : 'ceildiv' ;
KW_COMPLEX        : 'complex' ;
KW_DENSE          : 'dense' ;
KW_DENSE_RESOURCE : 'dense_resource' ;
KW_FALSE          : 'false' ;
KW_FLOORDIV       : 'floordiv' ;
KW_FUSED          : 'fused' ;
KW_INDEX          : 'index' ;
KW_LOC            : 'loc' ;
KW_MOD            : 'mod' ;
KW_MODULE         : 'module' ;
KW_NONE           : 'none' ;
KW_OFFSET         : 'offset' ;
KW_STRIDED        : 'strided' ;
KW_TO             : 'to' ;
KW_TRUE           : 'true' ;
KW_TUPLE          : 'tuple' ;
KW_UNIT           : 'unit' ;
KW_UNKNOWN        : 'unknown' ;

KW_F16           : 'f16' ;
KW_BF16          : 'bf16' ;
KW_F32           : 'f32' ;
KW_F64           : 'f64' ;
KW_F80           : 'f80' ;
KW_F128          : 'f128' ;
KW_TF32          : 'tf32' ;
KW_F8E5M2        : 'f8E5M2' ;
KW_F8E4M3        : 'f8E4M3' ;
KW_F8E4M3FN      : 'f8E4M3FN' ;
KW_F8E5M2FNUZ    : 'f8E5M2FNUZ' ;
KW_F8E4M3FNUZ    : 'f8E4M3FNUZ' ;
KW_F8E4M3B11FNUZ : 'f8E4M3B11FNUZ' ;
KW_F8E3M4        : 'f8E3M4' ;
KW_F4E2M1FN      : 'f4E2M1FN' ;
KW_F6E2M3FN      : 'f6E2M3FN' ;
KW_F6E3M2FN      : 'f6E3M2FN' ;
KW_F8E8M0FNU     : 'f8E8M0FNU' ;

// Shaped types: the keyword, `<` and the dimension list, each dimension followed by `x`:
// `tensor<4x?x` `f32` `>`, `memref<*x` `f32` `>`, `vector<[4]x8x` `f32` `>`. Lexing the list
// with the keyword keeps `0xf32` (a 0 dimension of f32) from being a hexadecimal integer.
TENSOR_LT : 'tensor' BLANK* '<' (BLANK* '*' BLANK* 'x' | (BLANK* DIMENSION BLANK* 'x')*) ;
MEMREF_LT : 'memref' BLANK* '<' (BLANK* '*' BLANK* 'x' | (BLANK* DIMENSION BLANK* 'x')*) ;
VECTOR_LT : 'vector' BLANK* '<' (BLANK* VECTOR_DIMENSION BLANK* 'x')* ;

fragment BLANK : [ \t\r\n] ;
// dimension ::= `?` | decimal-literal
fragment DIMENSION : [0-9]+ | '?' ;
// A vector dimension is static, or scalable when bracketed: `[4]`.
fragment VECTOR_DIMENSION : [0-9]+ | '[' BLANK* [0-9]+ BLANK* ']' ;

// integer-type ::= [su]? `i` [1-9][0-9]*   (MLIR's lexer takes any digits; widths are checked later)
INT_TYPE : [su]? 'i' [0-9]+ ;

// bare-id ::= (letter|[_]) (letter|digit|[_$.])*
BARE_ID : [a-zA-Z_] [a-zA-Z0-9_$.]* ;

// `%r#1`: the result number of a value use (lexed apart from the name, as MLIR does).
RESULT_NUMBER : '#' [0-9]+ ;

// value-id ::= `%` suffix-id    caret-id ::= `^` suffix-id
VALUE_ID : '%' SUFFIX_ID ;
CARET_ID : '^' SUFFIX_ID ;

// symbol-ref-id ::= `@` (bare-id-like | string-literal)   (MLIR's `@` names take no `-`)
SYMBOL_ID : '@' ([a-zA-Z_] [a-zA-Z0-9_$.]* | STRING_BODY) ;

// Dialect types and attributes with a body: `!foo.bar<...>`, `!foo<"...">`, `#foo.bar<...>`.
// The body must follow the name immediately and is balanced over <>, (), [], {} with strings
// skipped and `->` not closing (MLIR's parseDialectSymbolBody).
BANG_BODY : '!' SUFFIX_ID '<' DIALECT_BODY* '>' ;
HASH_BODY : '#' SUFFIX_ID '<' DIALECT_BODY* '>' ;

// Type alias or pretty dialect type without a body (`!foo.bar`); attribute alias or pretty
// dialect attribute (`#map`, `#foo.bar`).
BANG_ID : '!' SUFFIX_ID ;
HASH_ID : '#' SUFFIX_ID ;

// float-literal ::= [0-9]+ `.` [0-9]* ([eE] [-+]? [0-9]+)?
FLOAT : [0-9]+ '.' [0-9]* ([eE] [+-]? [0-9]+)? ;

// hexadecimal-literal ::= `0x` [0-9a-fA-F]+   (`0xi32` is `0` and `xi32`)
HEX_INTEGER : '0x' HEX_DIGIT+ ;

// decimal-literal ::= [0-9]+
INTEGER : [0-9]+ ;

// string-literal ::= `"` [^"\n\f\v\r]* `"` with escapes \" \\ \n \t and \XX (two hex digits).
// (MLIR's lexer also lets a raw \r through; LangRef does not, and neither do we.)
STRING : STRING_BODY ;

LINE_COMMENT : '//' ~[\r\n]* -> skip ;
WS : [ \t\r\n\u0000]+ -> skip ;

fragment HEX_DIGIT : [0-9a-fA-F] ;

// suffix-id ::= digit+ | (letter|id-punct) (letter|id-punct|digit)*    id-punct ::= [$._-]
fragment SUFFIX_ID : [0-9]+ | [a-zA-Z$._\-] [a-zA-Z0-9$._\-]* ;

fragment STRING_BODY : '"' (~["\\\n\r\u000B\f] | '\\' (["\\nt] | HEX_DIGIT HEX_DIGIT))* '"' ;

// pretty-dialect-sym-contents ::= pretty-dialect-sym-body | `(` contents+ `)` | `[` contents+ `]`
//                               | `{` contents+ `}` | [^[<({>\])}\0]+
fragment DIALECT_BODY
  : '<' DIALECT_BODY* '>'
  | '(' DIALECT_BODY* ')'
  | '[' DIALECT_BODY* ']'
  | '{' DIALECT_BODY* '}'
  | STRING_BODY
  | '->'
  | '-' { _input.LA(1) != '>' }?
  | ~[<>()[\]{}"\-\u0000]
  ;

// Catch-all so that every character yields a token; the parser reports it.
UNEXPECTED_CHAR : . ;

