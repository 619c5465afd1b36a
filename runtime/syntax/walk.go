package syntax

// Visitor's Visit is called for each node by Walk. If it returns a non-nil
// visitor w, Walk visits the node's children with w, then calls
// w.Visit(nil), as go/ast.Walk does.
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n depth-first, in source order.
func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	children(n, func(c Node) { Walk(v, c) })
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if n != nil && f(n) {
		return f
	}
	return nil
}

// Inspect calls f for every node of the tree in depth-first source order;
// when f returns false the node's children are skipped.
func Inspect(n Node, f func(Node) bool) {
	Walk(inspector(f), n)
}

// children calls fn for each non-nil direct child of n, in source order
// (decorators before the def, defaults before the body, and so on).
func children(n Node, fn func(Node)) {
	expr := func(x Expr) {
		if x != nil {
			fn(x)
		}
	}
	exprs := func(xs []Expr) {
		for _, x := range xs {
			if x != nil {
				fn(x)
			}
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			fn(s)
		}
	}
	pats := func(ps []Pattern) {
		for _, q := range ps {
			fn(q)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *ExprStmt:
		expr(n.X)
	case *Assign:
		exprs(n.Targets)
		expr(n.Value)
	case *AugAssign:
		expr(n.Target)
		expr(n.Value)
	case *AnnAssign:
		expr(n.Target)
		expr(n.Annotation)
		expr(n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Pass, *Break, *Continue, *Global, *Nonlocal:
	case *Return:
		expr(n.Value)
	case *Raise:
		expr(n.Exc)
		expr(n.Cause)
	case *Assert:
		expr(n.Test)
		expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			fn(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			fn(a)
		}
	case *Alias:
	case *If:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *For:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			fn(h)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *ExceptHandler:
		expr(n.Type)
		stmts(n.Body)
	case *With:
		for _, it := range n.Items {
			fn(it)
		}
		stmts(n.Body)
	case *WithItem:
		expr(n.Context)
		expr(n.Vars)
	case *FunctionDef:
		exprs(n.Decorators)
		fn(n.Params)
		expr(n.Returns)
		stmts(n.Body)
	case *ClassDef:
		exprs(n.Decorators)
		exprs(n.Bases)
		for _, k := range n.Keywords {
			fn(k)
		}
		stmts(n.Body)
	case *Arguments:
		// Source order: parameters with their annotations, defaults after
		// (CPython evaluates defaults before annotations; the compiler
		// orders evaluation itself).
		for _, a := range n.PosOnly {
			fn(a)
		}
		for _, a := range n.Args {
			fn(a)
		}
		if n.Vararg != nil {
			fn(n.Vararg)
		}
		for _, a := range n.KwOnly {
			fn(a)
		}
		if n.Kwarg != nil {
			fn(n.Kwarg)
		}
		exprs(n.Defaults)
		exprs(n.KwDefaults)
	case *Arg:
		expr(n.Annotation)
	case *Match:
		expr(n.Subject)
		for _, c := range n.Cases {
			fn(c)
		}
	case *MatchCase:
		fn(n.Pattern)
		expr(n.Guard)
		stmts(n.Body)
	case *BoolOp:
		exprs(n.Values)
	case *NamedExpr:
		fn(n.Target)
		expr(n.Value)
	case *BinOp:
		expr(n.Left)
		expr(n.Right)
	case *UnaryOp:
		expr(n.X)
	case *Lambda:
		fn(n.Params)
		expr(n.Body)
	case *IfExp:
		expr(n.Body)
		expr(n.Test)
		expr(n.Orelse)
	case *Dict:
		for i := range n.Values {
			if i < len(n.Keys) {
				expr(n.Keys[i])
			}
			expr(n.Values[i])
		}
	case *Set:
		exprs(n.Elts)
	case *ListComp:
		expr(n.Elt)
		for _, g := range n.Generators {
			fn(g)
		}
	case *SetComp:
		expr(n.Elt)
		for _, g := range n.Generators {
			fn(g)
		}
	case *DictComp:
		expr(n.Key)
		expr(n.Value)
		for _, g := range n.Generators {
			fn(g)
		}
	case *GeneratorExp:
		expr(n.Elt)
		for _, g := range n.Generators {
			fn(g)
		}
	case *Comprehension:
		expr(n.Target)
		expr(n.Iter)
		exprs(n.Ifs)
	case *Await:
		expr(n.Value)
	case *Yield:
		expr(n.Value)
	case *YieldFrom:
		expr(n.Value)
	case *Compare:
		expr(n.Left)
		exprs(n.Comparators)
	case *Call:
		expr(n.Func)
		exprs(n.Args)
		for _, k := range n.Keywords {
			fn(k)
		}
	case *Keyword:
		expr(n.Value)
	case *FormattedValue:
		expr(n.Value)
		if n.FormatSpec != nil {
			fn(n.FormatSpec)
		}
	case *JoinedStr:
		exprs(n.Values)
	case *Constant, *Name:
	case *Attribute:
		expr(n.Value)
	case *Subscript:
		expr(n.Value)
		expr(n.Slice)
	case *Starred:
		expr(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Slice:
		expr(n.Lower)
		expr(n.Upper)
		expr(n.Step)
	case *MatchValue:
		expr(n.Value)
	case *MatchSingleton, *MatchStar:
	case *MatchSequence:
		pats(n.Patterns)
	case *MatchMapping:
		exprs(n.Keys)
		pats(n.Patterns)
	case *MatchClass:
		expr(n.Cls)
		pats(n.Patterns)
		pats(n.KwdPatterns)
	case *MatchAs:
		if n.Pattern != nil {
			fn(n.Pattern)
		}
	case *MatchOr:
		pats(n.Patterns)
	}
}
