package syntax

// Token is a lexical token kind. Operator tokens double as the operator of
// BinOp, UnaryOp, AugAssign, BoolOp and Compare nodes.
type Token uint8

const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	DEDENT

	NAME   // identifier (soft keywords match, case, _ included)
	INT    // 123, 0x1f, 1_000
	FLOAT  // 1.5, 1e10, .5
	STRING // any str/bytes/f-string literal, prefix included

	// Punctuation and operators.
	LPAREN   // (
	RPAREN   // )
	LBRACK   // [
	RBRACK   // ]
	LBRACE   // {
	RBRACE   // }
	COMMA    // ,
	COLON    // :
	SEMI     // ;
	DOT      // .
	ELLIPSIS // ...
	ARROW    // ->
	ASSIGN   // =
	WALRUS   // :=

	PLUS       // +
	MINUS      // -
	STAR       // *
	SLASH      // /
	SLASHSLASH // //
	PERCENT    // %
	AT         // @
	STARSTAR   // **
	AMP        // &
	PIPE       // |
	CIRCUMFLEX // ^
	LTLT       // <<
	GTGT       // >>
	TILDE      // ~ (unary only)

	LT // <
	GT // >
	LE // <=
	GE // >=
	EQ // ==
	NE // !=

	PLUS_EQ       // +=
	MINUS_EQ      // -=
	STAR_EQ       // *=
	SLASH_EQ      // /=
	SLASHSLASH_EQ // //=
	PERCENT_EQ    // %=
	AT_EQ         // @=
	STARSTAR_EQ   // **=
	AMP_EQ        // &=
	PIPE_EQ       // |=
	CIRCUMFLEX_EQ // ^=
	LTLT_EQ       // <<=
	GTGT_EQ       // >>=

	// Keywords.
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FALSE
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONE
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRUE
	TRY
	WHILE
	WITH
	YIELD

	// Pseudo-operators used only in Compare.Ops.
	NOT_IN // not in
	IS_NOT // is not

	numTokens
)

var tokenText = [numTokens]string{
	ILLEGAL: "ILLEGAL", EOF: "EOF", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT",
	NAME: "NAME", INT: "INT", FLOAT: "FLOAT", STRING: "STRING",
	LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", LBRACE: "{", RBRACE: "}",
	COMMA: ",", COLON: ":", SEMI: ";", DOT: ".", ELLIPSIS: "...", ARROW: "->",
	ASSIGN: "=", WALRUS: ":=",
	PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/", SLASHSLASH: "//", PERCENT: "%",
	AT: "@", STARSTAR: "**", AMP: "&", PIPE: "|", CIRCUMFLEX: "^", TILDE: "~",
	LTLT: "<<", GTGT: ">>",
	LT: "<", GT: ">", LE: "<=", GE: ">=", EQ: "==", NE: "!=",
	PLUS_EQ: "+=", MINUS_EQ: "-=", STAR_EQ: "*=", SLASH_EQ: "/=", SLASHSLASH_EQ: "//=",
	PERCENT_EQ: "%=", AT_EQ: "@=", STARSTAR_EQ: "**=", AMP_EQ: "&=", PIPE_EQ: "|=",
	CIRCUMFLEX_EQ: "^=", LTLT_EQ: "<<=", GTGT_EQ: ">>=",
	AND: "and", AS: "as", ASSERT: "assert", ASYNC: "async", AWAIT: "await",
	BREAK: "break", CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del",
	ELIF: "elif", ELSE: "else", EXCEPT: "except", FALSE: "False", FINALLY: "finally",
	FOR: "for", FROM: "from", GLOBAL: "global", IF: "if", IMPORT: "import", IN: "in",
	IS: "is", LAMBDA: "lambda", NONE: "None", NONLOCAL: "nonlocal", NOT: "not",
	OR: "or", PASS: "pass", RAISE: "raise", RETURN: "return", TRUE: "True", TRY: "try",
	WHILE: "while", WITH: "with", YIELD: "yield",
	NOT_IN: "not in", IS_NOT: "is not",
}

// String returns the token's source spelling ("+=", "while") or its name.
func (t Token) String() string {
	if t < numTokens {
		return tokenText[t]
	}
	return "Token(?)"
}

// AugBase maps an augmented-assignment token (+=) to its binary operator (+).
func (t Token) AugBase() Token {
	if t >= PLUS_EQ && t <= GTGT_EQ {
		return PLUS + (t - PLUS_EQ)
	}
	return ILLEGAL
}

// IsKeyword reports whether t is a reserved word.
func (t Token) IsKeyword() bool { return t >= AND && t <= YIELD }

// lookupKeyword returns the keyword token for b, or NAME. It switches on
// the first byte so that a name costs a couple of comparisons, not a map
// lookup (this runs for every identifier).
func lookupKeyword(b []byte) Token {
	if len(b) < 2 || len(b) > 8 || b[0] < 'F' || b[0] > 'y' {
		return NAME
	}
	var cands []Token
	switch b[0] {
	case 'F':
		cands = kwF
	case 'N':
		cands = kwN
	case 'T':
		cands = kwT
	case 'a':
		cands = kwA
	case 'b':
		cands = kwB
	case 'c':
		cands = kwC
	case 'd':
		cands = kwD
	case 'e':
		cands = kwE
	case 'f':
		cands = kwFl
	case 'g':
		cands = kwG
	case 'i':
		cands = kwI
	case 'l':
		cands = kwL
	case 'n':
		cands = kwNl
	case 'o':
		cands = kwO
	case 'p':
		cands = kwP
	case 'r':
		cands = kwR
	case 't':
		cands = kwTl
	case 'w':
		cands = kwW
	case 'y':
		cands = kwY
	default:
		return NAME
	}
	for _, t := range cands {
		if tokenText[t] == string(b) {
			return t
		}
	}
	return NAME
}

var (
	kwF  = []Token{FALSE}
	kwN  = []Token{NONE}
	kwT  = []Token{TRUE}
	kwA  = []Token{AND, AS, ASSERT, ASYNC, AWAIT}
	kwB  = []Token{BREAK}
	kwC  = []Token{CLASS, CONTINUE}
	kwD  = []Token{DEF, DEL}
	kwE  = []Token{ELIF, ELSE, EXCEPT}
	kwFl = []Token{FINALLY, FOR, FROM}
	kwG  = []Token{GLOBAL}
	kwI  = []Token{IF, IMPORT, IN, IS}
	kwL  = []Token{LAMBDA}
	kwNl = []Token{NONLOCAL, NOT}
	kwO  = []Token{OR}
	kwP  = []Token{PASS}
	kwR  = []Token{RAISE, RETURN}
	kwTl = []Token{TRY}
	kwW  = []Token{WHILE, WITH}
	kwY  = []Token{YIELD}
)
