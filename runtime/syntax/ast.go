package syntax

// The AST mirrors CPython 3.11's ast module (same node names and field
// meanings where practical) so that the compiler can follow CPython's
// compile.c / symtable.c. Differences: operators are Tokens; names bound by
// statements (def, class, import as, except as, global) are plain strings;
// Constant holds a tagged value instead of an interface.
//
// Positions: every node embeds Loc{Pos, End}. Line is 1-based, Col is
// 0-based and counted in UTF-8 bytes, exactly CPython's lineno/col_offset
// and end_lineno/end_col_offset, so the compiler can print 3.11's ^^^^ and
// ~~~^~~~ traceback markers from them.

// Pos is a source position: 1-based line, 0-based byte column.
type Pos struct {
	Line int32
	Col  int32
}

// IsValid reports whether p was set.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes strictly before q.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || (p.Line == q.Line && p.Col < q.Col)
}

// Loc is the span of a node: Pos is its first byte, End is one past its last.
type Loc struct {
	Pos Pos
	End Pos
}

// Span returns the node's start and end positions.
func (l *Loc) Span() (start, end Pos) { return l.Pos, l.End }

// Node is any AST node.
type Node interface {
	Span() (start, end Pos)
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Node
	patternNode()
}

// Ctx tells whether a Name/Attribute/Subscript/Starred/List/Tuple is read,
// assigned, or deleted.
type Ctx uint8

const (
	Load Ctx = iota
	Store
	Del
)

func (c Ctx) String() string {
	switch c {
	case Store:
		return "Store"
	case Del:
		return "Del"
	}
	return "Load"
}

// Module is a whole source file.
type Module struct {
	Loc
	Filename string
	Body     []Stmt
}

// ---------------------------------------------------------------- statements

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Loc
	X Expr
}

// Assign is `t1 = t2 = value`; Targets are in source order.
type Assign struct {
	Loc
	Targets []Expr
	Value   Expr
}

// AugAssign is `target op= value`; Op is the binary operator (PLUS for +=).
type AugAssign struct {
	Loc
	Target Expr
	Op     Token
	Value  Expr
}

// AnnAssign is `target: annotation [= value]`. Simple is true when the
// target is a bare, unparenthesised name (CPython's `simple` flag).
type AnnAssign struct {
	Loc
	Target     Expr
	Annotation Expr
	Value      Expr // nil if absent
	Simple     bool
}

// Delete is `del a, b[0]`.
type Delete struct {
	Loc
	Targets []Expr
}

// Pass is `pass`.
type Pass struct{ Loc }

// Break is `break`.
type Break struct{ Loc }

// Continue is `continue`.
type Continue struct{ Loc }

// Return is `return [value]`.
type Return struct {
	Loc
	Value Expr // nil if absent
}

// Raise is `raise [exc [from cause]]`.
type Raise struct {
	Loc
	Exc   Expr // nil for bare raise
	Cause Expr // nil if no `from`
}

// Global is `global a, b`.
type Global struct {
	Loc
	Names []string
}

// Nonlocal is `nonlocal a, b`.
type Nonlocal struct {
	Loc
	Names []string
}

// Assert is `assert test [, msg]`.
type Assert struct {
	Loc
	Test Expr
	Msg  Expr // nil if absent
}

// Alias is one name of an import: `a.b.c as d`, or `*` in from-import.
type Alias struct {
	Loc
	Name   string // dotted name as written, or "*"
	AsName string // "" if no `as`
}

// Import is `import a.b as c, d`.
type Import struct {
	Loc
	Names []*Alias
}

// ImportFrom is `from [.]*module import names`. Module is "" for `from . import x`.
type ImportFrom struct {
	Loc
	Module string
	Names  []*Alias
	Level  int // number of leading dots
}

// If is `if test: body [elif ...] [else: orelse]`. An elif is a single If
// in Orelse, as in CPython.
type If struct {
	Loc
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while test: body [else: orelse]`.
type While struct {
	Loc
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// For is `[async] for target in iter: body [else: orelse]`.
type For struct {
	Loc
	Async  bool
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// ExceptHandler is one `except [type [as name]]: body` clause.
type ExceptHandler struct {
	Loc
	Type Expr   // nil for bare except
	Name string // "" if no `as`
	Body []Stmt
}

// Try is try/except/else/finally; Star is true for `except*` (TryStar).
type Try struct {
	Loc
	Star      bool
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// WithItem is `context [as vars]` inside a with statement.
type WithItem struct {
	Loc
	Context Expr
	Vars    Expr // nil if no `as`; a Store-context target otherwise
}

// With is `[async] with item, ...: body`.
type With struct {
	Loc
	Async bool
	Items []*WithItem
	Body  []Stmt
}

// Arg is one parameter: name and optional annotation.
type Arg struct {
	Loc
	Name       string
	Annotation Expr // nil if absent
}

// Arguments is a parameter list, laid out as CPython's ast.arguments:
// Defaults align with the LAST len(Defaults) of PosOnly+Args; KwDefaults
// aligns one-to-one with KwOnly (nil entry = no default).
type Arguments struct {
	Loc
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg // *args, nil if absent
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg // **kwargs, nil if absent
	Defaults   []Expr
}

// FunctionDef is `[async] def name(params) [-> returns]: body`, with decorators.
// Its Loc starts at `def`/`async` (not at the decorators, as in CPython 3.8+).
type FunctionDef struct {
	Loc
	Async      bool
	Name       string
	NamePos    Pos
	Params     *Arguments
	Returns    Expr // nil if absent
	Body       []Stmt
	Decorators []Expr
}

// ClassDef is `class Name(bases, keywords): body`, with decorators. Classes
// nest visibly (a ClassDef inside a ClassDef body), which the compiler's
// private-name mangling relies on.
type ClassDef struct {
	Loc
	Name       string
	NamePos    Pos
	Bases      []Expr // may contain *Starred
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
}

// MatchCase is one `case pattern [if guard]: body`.
type MatchCase struct {
	Loc
	Pattern Pattern
	Guard   Expr // nil if absent
	Body    []Stmt
}

// Match is `match subject: cases`.
type Match struct {
	Loc
	Subject Expr
	Cases   []*MatchCase
}

// --------------------------------------------------------------- expressions

// BoolOp is `a and b and c` (Op AND) or `a or b` (Op OR).
type BoolOp struct {
	Loc
	Op     Token
	Values []Expr
}

// NamedExpr is `target := value`.
type NamedExpr struct {
	Loc
	Target *Name
	Value  Expr
}

// BinOp is `left op right`; Op is one of PLUS..GTGT.
type BinOp struct {
	Loc
	Left  Expr
	Op    Token
	Right Expr
}

// UnaryOp is `op x`; Op is NOT, PLUS, MINUS or TILDE.
type UnaryOp struct {
	Loc
	Op Token
	X  Expr
}

// Lambda is `lambda params: body`.
type Lambda struct {
	Loc
	Params *Arguments
	Body   Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Loc
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is `{k: v, **m}`; a nil key means `**value`.
type Dict struct {
	Loc
	Keys   []Expr
	Values []Expr
}

// Set is `{a, *b}`.
type Set struct {
	Loc
	Elts []Expr
}

// Comprehension is one `[async] for target in iter [if cond]...` clause.
type Comprehension struct {
	Loc
	Async  bool
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ListComp is `[elt for ...]`.
type ListComp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{elt for ...}`.
type SetComp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{key: value for ...}`.
type DictComp struct {
	Loc
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(elt for ...)`, or the sole argument `f(elt for ...)`.
type GeneratorExp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await value`.
type Await struct {
	Loc
	Value Expr
}

// Yield is `yield [value]`.
type Yield struct {
	Loc
	Value Expr // nil if absent
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Loc
	Value Expr
}

// Compare is `left op1 c1 op2 c2 ...`; Ops are LT GT LE GE EQ NE IN NOT_IN IS IS_NOT.
type Compare struct {
	Loc
	Left        Expr
	Ops         []Token
	Comparators []Expr
}

// Keyword is `arg=value` in a call or class header; Arg "" means `**value`.
type Keyword struct {
	Loc
	Arg   string
	Value Expr
}

// Call is `fn(args, keywords)`; a *args argument is a *Starred in Args.
type Call struct {
	Loc
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one `{value!conv:spec}` field of an f-string.
// Conversion is 0, 'r', 's' or 'a'. For the `f"{x=}"` form the parser
// emits, like CPython, a Constant with the exact source text "x=" before
// this node, and Conversion defaults to 'r' when no spec is given.
type FormattedValue struct {
	Loc
	Value      Expr
	Conversion byte
	FormatSpec *JoinedStr // nil if absent
}

// JoinedStr is an f-string (or implicitly concatenated literals containing
// one): its Values are *Constant (ConstStr) and *FormattedValue.
type JoinedStr struct {
	Loc
	Values []Expr
}

// ConstKind says which value a Constant holds.
type ConstKind uint8

const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
	ConstInt   // Int, or IntText when it does not fit in int64
	ConstFloat // Float
	ConstImag  // Float is the imaginary part of a complex with real part 0 (4j)
	ConstStr   // Str (decoded, UTF-8)
	ConstBytes // Str holds the raw bytes
)

// Constant is a literal: None, True, False, ..., a number, str or bytes.
// Adjacent string literals are already concatenated.
type Constant struct {
	Loc
	Kind  ConstKind
	Int   int64
	Float float64
	// IntText is set, instead of Int, for integer literals that overflow
	// int64: the literal without underscores, prefix kept ("0xffff...", "123..."),
	// ready for big.Int.SetString(IntText, 0).
	IntText string
	Str     string
}

// Attribute is `value.attr`.
type Attribute struct {
	Loc
	Value Expr
	Attr  string
	Ctx   Ctx
}

// Subscript is `value[slice]`; a multi-dimensional index is a *Tuple slice.
type Subscript struct {
	Loc
	Value Expr
	Slice Expr // *Slice, *Tuple, or any expression
	Ctx   Ctx
}

// Starred is `*value`.
type Starred struct {
	Loc
	Value Expr
	Ctx   Ctx
}

// Name is an identifier reference.
type Name struct {
	Loc
	Id  string
	Ctx Ctx
}

// List is `[a, b]`.
type List struct {
	Loc
	Elts []Expr
	Ctx  Ctx
}

// Tuple is `(a, b)` or `a, b`. A parenthesised tuple's span includes the
// parentheses, as in CPython.
type Tuple struct {
	Loc
	Elts []Expr
	Ctx  Ctx
}

// Slice is `lower:upper:step` inside a subscript; each part may be nil.
type Slice struct {
	Loc
	Lower Expr
	Upper Expr
	Step  Expr
}

// ------------------------------------------------------------------ patterns

// MatchValue matches by equality: a literal or a dotted name `Color.RED`.
type MatchValue struct {
	Loc
	Value Expr
}

// MatchSingleton matches None, True or False by identity.
type MatchSingleton struct {
	Loc
	Value ConstKind // ConstNone, ConstTrue or ConstFalse
}

// MatchSequence is `[p, *rest]` or `(p, q)` or `p, q`.
type MatchSequence struct {
	Loc
	Patterns []Pattern
}

// MatchMapping is `{key: p, **rest}`; Rest is "" if absent.
type MatchMapping struct {
	Loc
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is `Cls(p1, p2, attr=p3)`.
type MatchClass struct {
	Loc
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*name` inside a sequence pattern; Name "" for `*_`.
type MatchStar struct {
	Loc
	Name string
}

// MatchAs is `pattern as name`, a capture `name` (Pattern nil), or the
// wildcard `_` (Pattern nil, Name "").
type MatchAs struct {
	Loc
	Pattern Pattern
	Name    string
}

// MatchOr is `p1 | p2 | ...`.
type MatchOr struct {
	Loc
	Patterns []Pattern
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*Delete) stmtNode()      {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Raise) stmtNode()       {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*Try) stmtNode()         {}
func (*With) stmtNode()        {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Match) stmtNode()       {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
