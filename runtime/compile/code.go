// Package compile owns the second stage of the runtime: it turns a syntax.Module
// into code objects. It resolves every name to a scope (local slot, cell,
// free variable, global or class-body name) as CPython's symtable does, mangles
// private names, reports the SyntaxErrors CPython raises at compile time, folds
// cheap constants, and emits bytecode with a source span per instruction so
// tracebacks can print 3.11's position markers. It knows nothing of runtime
// values: constants are described by Const and turned into values by core.
package compile

import (
	"fmt"
	"strings"
)

// Instr is one instruction: an opcode and its argument.
type Instr struct {
	Op  Opcode
	Arg uint32
}

// Span is the source range an instruction came from: 1-based lines, 0-based
// byte columns, End exclusive (CPython's co_positions).
type Span struct {
	Line, Col, EndLine, EndCol int32
}

// Code flags.
const (
	FlagGenerator      = 1 << iota // body contains yield
	FlagCoroutine                  // async def
	FlagAsyncGenerator             // async def with yield
	FlagVarArgs                    // has *args
	FlagVarKeywords                // has **kwargs
	FlagNewLocals                  // function: locals are slots (not a dict)
	FlagClassBody                  // class body: names go to the namespace dict
	FlagModule                     // module body
)

// Code is a compiled function, class body or module.
type Code struct {
	Name      string // function name, "<module>", "<lambda>", "<listcomp>", ...
	QualName  string
	Filename  string
	FirstLine int
	Flags     int

	ArgCount     int // positional parameters, including positional-only
	PosOnlyCount int
	KwOnlyCount  int
	VarNames     []string // parameters first (positional, kw-only, *args, **kwargs), then other locals
	CellVars     []string // variables of this scope captured by inner scopes
	FreeVars     []string // variables captured from enclosing scopes
	Cell2Arg     []int    // for each cell variable, the parameter it copies or -1
	Names        []string // attribute, global and class-body names
	Consts       []Const
	Instrs       []Instr
	Spans        []Span // one per instruction
	StackSize    int    // maximum value-stack depth
	BlockDepth   int    // maximum block-stack depth
	Doc          int    // index of the docstring constant, or -1

	// Ext is reserved for the runtime (converted constants and caches). One
	// Code belongs to one run, so no locking is needed.
	Ext any

	// Warnings, on a module's code only, are the SyntaxWarnings of the
	// whole module in the order CPython reports them.
	Warnings []Warning
}

// NumCells is the number of cell and free variable slots of a frame.
func (c *Code) NumCells() int { return len(c.CellVars) + len(c.FreeVars) }

// ConstKind says what a Const holds.
type ConstKind uint8

// Constant kinds.
const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
	ConstInt    // Int
	ConstBigInt // Str holds the literal, for big.Int.SetString(Str, 0)
	ConstFloat  // Float
	ConstImag   // Float is the imaginary part of a complex whose real part is 0
	ConstStr    // Str
	ConstBytes  // Str holds the bytes
	ConstTuple  // Tuple
	ConstCode   // Code
	// ConstFrozenSet holds its items in Tuple: CPython folds a set display
	// of more than two constants into a frozenset constant.
	ConstFrozenSet
)

// Const is a compile-time constant.
type Const struct {
	Kind  ConstKind
	Int   int64
	Float float64
	Str   string
	Tuple []Const
	Code  *Code
}

func (c Const) String() string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstTrue:
		return "True"
	case ConstFalse:
		return "False"
	case ConstEllipsis:
		return "Ellipsis"
	case ConstInt:
		return fmt.Sprint(c.Int)
	case ConstBigInt:
		return c.Str
	case ConstFloat:
		return fmt.Sprint(c.Float)
	case ConstImag:
		return fmt.Sprint(c.Float) + "j"
	case ConstStr:
		return fmt.Sprintf("%q", c.Str)
	case ConstBytes:
		return fmt.Sprintf("b%q", c.Str)
	case ConstTuple:
		parts := make([]string, len(c.Tuple))
		for i, t := range c.Tuple {
			parts[i] = t.String()
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case ConstCode:
		return "<code " + c.Code.Name + ">"
	case ConstFrozenSet:
		parts := make([]string, len(c.Tuple))
		for i, t := range c.Tuple {
			parts[i] = t.String()
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	}
	return "?"
}

// Disassemble returns a readable listing of the code (for tests and debugging).
func (c *Code) Disassemble() string {
	var b strings.Builder
	for pc, in := range c.Instrs {
		fused := in.Op
		in = in.Unfused()
		fmt.Fprintf(&b, "%4d %-20s", pc, in.Op)
		switch in.Op {
		case LOAD_CONST, KW_NAMES:
			fmt.Fprintf(&b, " %s", c.Consts[in.Arg])
		case LOAD_FAST, STORE_FAST, DELETE_FAST:
			fmt.Fprintf(&b, " %s", c.VarNames[in.Arg])
		case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
			LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
			fmt.Fprintf(&b, " %s", c.Names[in.Arg])
		case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
			fmt.Fprintf(&b, " %s", c.CellName(int(in.Arg)))
		default:
			if in.Op.HasJump() || in.Arg != 0 {
				fmt.Fprintf(&b, " %d", in.Arg)
			}
		}
		if fused != in.Op {
			fmt.Fprintf(&b, " [%s]", fused)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// CellName is the name of cell slot i (cell variables, then free variables).
func (c *Code) CellName(i int) string {
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}
