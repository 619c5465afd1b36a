package syntax

// Assignment-target validation with CPython 3.11's messages
// (_PyPegen_get_expr_name and RAISE_SYNTAX_ERROR_INVALID_TARGET).

// exprName describes an expression the way CPython's messages do.
func exprName(x Expr) string {
	switch c := x.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch c.Kind {
		case ConstNone:
			return "None"
		case ConstTrue:
			return "True"
		case ConstFalse:
			return "False"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Slice:
		return "slice"
	}
	return "expression"
}

// invalidTarget returns the first sub-expression of a target that cannot
// be assigned to, or nil.
func invalidTarget(x Expr) Expr {
	switch t := x.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		return invalidTarget(t.Value)
	case *Tuple:
		for _, e := range t.Elts {
			if bad := invalidTarget(e); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, e := range t.Elts {
			if bad := invalidTarget(e); bad != nil {
				return bad
			}
		}
		return nil
	}
	return x
}

// setCtx marks a valid target Store or Del, or reports CPython's
// "cannot assign to X" / "cannot delete X".
func (p *parser) setCtx(x Expr, ctx Ctx, verb string) {
	if bad := invalidTarget(x); bad != nil {
		p.errNode(bad, "cannot "+verb+" "+exprName(bad))
	}
	setCtx(x, ctx)
}

func setCtx(x Expr, ctx Ctx) {
	switch t := x.(type) {
	case *Name:
		t.Ctx = ctx
	case *Attribute:
		t.Ctx = ctx
	case *Subscript:
		t.Ctx = ctx
	case *Starred:
		t.Ctx = ctx
		setCtx(t.Value, ctx)
	case *Tuple:
		t.Ctx = ctx
		for _, e := range t.Elts {
			setCtx(e, ctx)
		}
	case *List:
		t.Ctx = ctx
		for _, e := range t.Elts {
			setCtx(e, ctx)
		}
	}
}

// checkAssignTarget validates one target of `t1 = t2 = value`. single is
// true for a statement with exactly one '=': CPython then words the error
// as "cannot assign to X here. Maybe you meant '==' instead of '='?" when
// X is a bitwise-or level expression at the top (or in a bare tuple).
func (p *parser) checkAssignTarget(x Expr, single bool) {
	if s, ok := x.(*Starred); ok {
		if invalidTarget(s.Value) == nil {
			p.errNode(s, "starred assignment target must be in a list or tuple")
		}
	}
	bad := invalidTarget(x)
	if bad == nil {
		setCtx(x, Store)
		return
	}
	msg := "cannot assign to " + exprName(bad)
	if single && maybeComparison(x, bad) {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	p.errNode(bad, msg)
}

// maybeComparison reports whether bad sits where CPython's
// invalid_named_expression rule sees `bitwise_or '=' bitwise_or`.
func maybeComparison(top, bad Expr) bool {
	if top != bad {
		t, ok := top.(*Tuple)
		// Only an unparenthesised tuple: it starts where its first element does.
		if !ok || len(t.Elts) == 0 || t.Pos != startOf(t.Elts[0]) {
			return false
		}
		found := false
		for _, e := range t.Elts {
			if e == bad {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	switch b := bad.(type) {
	case *BoolOp, *Compare, *IfExp, *Lambda, *List, *Tuple, *GeneratorExp, *Yield, *YieldFrom, *Starred:
		return false
	case *UnaryOp:
		return b.Op != NOT
	case *Constant:
		return b.Kind != ConstTrue && b.Kind != ConstFalse && b.Kind != ConstNone
	}
	return true
}
