// Package syntax owns the first stage of the runtime: Python 3.11 source
// text to an abstract syntax tree. It holds the tokens (token.go), the
// scanner with CPython's indentation and literal rules (scanner.go), string
// and f-string literals (strings.go), the hand-written recursive-descent
// parser (parser.go, expr.go, pattern.go), the AST with CPython's
// lineno/col_offset spans on every node (ast.go), the SyntaxError /
// IndentationError / TabError type (error.go) and a walker (walk.go).
//
// Parse reports the errors CPython's parser reports, with its messages and
// positions for the common cases (see error_test.go). Errors that CPython
// raises later, in its symbol table or compiler, are the compile stage's:
// 'return' / 'yield' / 'await' outside function, 'break' outside loop,
// nonlocal at module level, duplicate arguments, async comprehensions
// outside async functions, and so on. Private-name mangling is also the
// compiler's; names are kept as written.
//
// Not supported: non-UTF-8 source encodings; NFKC normalisation of non-ASCII
// identifiers; lone surrogates in str literals (they become U+FFFD); and
// \N{...} names outside the common blocks listed in unicodenames.go.
package syntax
