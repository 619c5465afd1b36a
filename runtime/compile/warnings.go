package compile

import "github.com/asynchrony/asynchrony/runtime/syntax"

// Warning is a SyntaxWarning found while compiling: CPython's compiler
// reports these (to stderr, through the warnings module) before the module
// runs, for code that is valid but almost certainly a mistake.
type Warning struct {
	Line int // 1-based line of the offending expression or statement
	Msg  string
}

// warn records a SyntaxWarning at n's first line.
func (c *compiler) warn(n syntax.Node, msg string) {
	p, _ := n.Span()
	c.warnings = append(c.warnings, Warning{Line: int(p.Line), Msg: msg})
}

// constType reports whether e is a constant once CPython's AST optimizer
// has folded it (a literal, a signed number, constant arithmetic, a tuple
// of constants) and the name of its type.
func constType(e syntax.Expr) (string, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		switch e.Kind {
		case syntax.ConstNone:
			return "NoneType", true
		case syntax.ConstTrue, syntax.ConstFalse:
			return "bool", true
		case syntax.ConstEllipsis:
			return "ellipsis", true
		case syntax.ConstInt:
			return "int", true
		case syntax.ConstFloat:
			return "float", true
		case syntax.ConstImag:
			return "complex", true
		case syntax.ConstBytes:
			return "bytes", true
		}
		return "str", true
	case *syntax.UnaryOp:
		t, ok := constType(e.X)
		if !ok {
			return "", false
		}
		switch {
		case e.Op == syntax.NOT:
			return "bool", true
		case t == "bool" || t == "int":
			return "int", true
		case (t == "float" || t == "complex") && e.Op != syntax.TILDE:
			return t, true
		}
	case *syntax.BinOp:
		l, ok1 := constType(e.Left)
		r, ok2 := constType(e.Right)
		if !ok1 || !ok2 || (e.Op != syntax.PLUS && e.Op != syntax.MINUS && e.Op != syntax.STAR) {
			return "", false
		}
		num := func(t string) bool { return t == "int" || t == "bool" || t == "float" || t == "complex" }
		switch {
		case num(l) && num(r):
			if l == "complex" || r == "complex" {
				return "complex", true
			}
			if l == "float" || r == "float" {
				return "float", true
			}
			return "int", true
		case e.Op == syntax.PLUS && l == r && (l == "str" || l == "bytes"):
			return l, true
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			if _, ok := constType(x); !ok {
				return "", false
			}
		}
		return "tuple", true
	}
	return "", false
}

// displayType is the type of a display, comprehension, lambda or f-string
// (CPython's infer_type), or of a constant; "" when unknown.
func displayType(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	}
	t, _ := constType(e)
	return t
}

// checkCompare warns about `is` / `is not` with a literal operand (other
// than None, True, False and ...).
func (c *compiler) checkCompare(e *syntax.Compare) {
	isArg := func(x syntax.Expr) bool {
		t, ok := constType(x)
		return !ok || t == "NoneType" || t == "ellipsis" || t == "bool"
	}
	left := isArg(e.Left)
	for i, op := range e.Ops {
		right := isArg(e.Comparators[i])
		if (op == syntax.IS || op == syntax.IS_NOT) && (!left || !right) {
			if op == syntax.IS {
				c.warn(e, `"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(e, `"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// checkCaller warns about calling a literal or a display: `[(1, 2) (3, 4)]`.
func (c *compiler) checkCaller(e *syntax.Call) {
	switch e.Func.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict,
		*syntax.DictComp, *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp,
		*syntax.JoinedStr, *syntax.FormattedValue:
		if t := displayType(e.Func); t != "" {
			c.warn(e, "'"+t+"' object is not callable; perhaps you missed a comma?")
		}
	}
}

// checkSubscript warns about subscripting what cannot be subscripted, and
// about indexing a str, bytes, tuple or list display with a constant that
// is not an int: `[[1, 2] [0, 1]]`.
func (c *compiler) checkSubscript(e *syntax.Subscript) {
	t := displayType(e.Value)
	switch e.Value.(type) {
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		c.warn(e, "'"+t+"' object is not subscriptable; perhaps you missed a comma?")
		return
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		if _, ok := constType(e.Value); !ok {
			return
		}
		switch t {
		case "NoneType", "ellipsis", "int", "bool", "float":
			c.warn(e, "'"+t+"' object is not subscriptable; perhaps you missed a comma?")
			return
		case "str", "bytes", "tuple":
		default:
			return
		}
	}
	if _, isSlice := e.Slice.(*syntax.Slice); isSlice {
		return
	}
	it := displayType(e.Slice)
	if it == "" || it == "int" || it == "bool" {
		return
	}
	c.warn(e, t+" indices must be integers or slices, not "+it+"; perhaps you missed a comma?")
}
