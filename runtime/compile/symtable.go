package compile

import (
	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// scopeKind is the kind of a block that has its own namespace.
type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
)

// symbol flags collected while walking a scope.
type symFlags uint16

const (
	defLocal    symFlags = 1 << iota // bound here (assignment, def, import, for, with, except as, ...)
	defParam                         // a parameter
	defGlobal                        // declared global
	defNonlocal                      // declared nonlocal
	symUsed                          // read here
	defCompIter                      // bound as a comprehension target (informational)
)

// resolution is where a name lives, as decided by analyze.
type resolution uint8

const (
	resGlobalImplicit resolution = iota // function: LOAD_GLOBAL; class/module: LOAD_NAME
	resGlobalExplicit                   // declared global
	resLocal                            // slot (function) or namespace dict (class/module)
	resCell                             // local captured by an inner scope
	resFree                             // captured from an enclosing function
)

// scope is one namespace: the module, a function, lambda or comprehension, or a class body.
type scope struct {
	kind     scopeKind
	name     string
	parent   *scope
	children []*scope
	flags    map[string]symFlags
	order    []string // names in first-seen order (parameters first)
	params   []string

	private string // class name used for private-name mangling ("" outside classes)

	generator, coroutine, comprehension bool
	hasAwaitInComp                      bool // comprehension with await/async for (made a coroutine)
	needsClassCell                      bool // class scope: some method uses super() or __class__
	usesClassCell                       bool // function scope: reads __class__ (super())

	res   map[string]resolution
	cells []string // resolved cell variables, in order
	frees []string // resolved free variables, in order
}

func (s *scope) add(name string, f symFlags) {
	old, ok := s.flags[name]
	if !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] = old | f
}

// symtable holds the scopes of a module, keyed by the node that opens them.
type symtable struct {
	filename string
	lines    []string
	top      *scope
	scopes   map[syntax.Node]*scope
	cur      *scope
	err      *syntax.Error
}

func newScope(kind scopeKind, name string, parent *scope) *scope {
	s := &scope{kind: kind, name: name, parent: parent, flags: map[string]symFlags{}}
	if parent != nil {
		parent.children = append(parent.children, s)
		s.private = parent.private
	}
	return s
}

func (st *symtable) errorAt(n syntax.Node, msg string) {
	if st.err != nil {
		return
	}
	p, e := n.Span()
	st.err = newError(st.filename, st.lines, p, e, msg)
}

// mangle applies private-name mangling (`__x` in class C becomes `_C__x`).
func mangle(private, name string) string {
	if private == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	p := private
	for len(p) > 0 && p[0] == '_' {
		p = p[1:]
	}
	if p == "" {
		return name
	}
	return "_" + p + name
}

func buildSymtable(mod *syntax.Module, filename string, lines []string) (*symtable, *syntax.Error) {
	st := &symtable{filename: filename, lines: lines, scopes: map[syntax.Node]*scope{}}
	st.top = newScope(moduleScope, "top", nil)
	st.scopes[mod] = st.top
	st.cur = st.top
	st.stmts(mod.Body)
	if st.err != nil {
		return nil, st.err
	}
	st.analyze(st.top, map[string]bool{}, map[string]bool{})
	if st.err != nil {
		return nil, st.err
	}
	return st, nil
}

func (st *symtable) bind(name string, n syntax.Node) {
	name = mangle(st.cur.private, name)
	f := st.cur.flags[name]
	if f&defGlobal != 0 && st.cur.kind != moduleScope {
		// fine: assignment to a declared global
	}
	st.cur.add(name, defLocal)
}

func (st *symtable) use(name string) {
	name = mangle(st.cur.private, name)
	st.cur.add(name, symUsed)
	if name == "super" && st.cur.kind == functionScope {
		st.cur.usesClassCell = true
		st.cur.add("__class__", symUsed)
	}
}

func (st *symtable) stmts(list []syntax.Stmt) {
	for _, s := range list {
		st.stmt(s)
	}
}

func (st *symtable) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		st.expr(s.X)
	case *syntax.Assign:
		st.expr(s.Value)
		for _, t := range s.Targets {
			st.expr(t)
		}
	case *syntax.AugAssign:
		st.expr(s.Value)
		st.expr(s.Target)
		if n, ok := s.Target.(*syntax.Name); ok {
			st.use(n.Id)
		}
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok && s.Simple {
			st.checkGlobalAnnot(n)
		}
		if st.cur.kind != functionScope {
			st.expr(s.Annotation)
		}
		if s.Value != nil {
			st.expr(s.Value)
		}
		if s.Value != nil || !s.Simple {
			st.expr(s.Target)
		} else if n, ok := s.Target.(*syntax.Name); ok {
			st.bind(n.Id, n)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			st.expr(t)
		}
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	case *syntax.Return:
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
		}
		if s.Cause != nil {
			st.expr(s.Cause)
		}
	case *syntax.Global:
		for _, raw := range s.Names {
			name := mangle(st.cur.private, raw)
			f := st.cur.flags[name]
			if f&defParam != 0 {
				st.errorAt(s, "name '"+raw+"' is parameter and global")
				return
			}
			if f&defNonlocal != 0 {
				st.errorAt(s, "name '"+raw+"' is nonlocal and global")
				return
			}
			if f&defLocal != 0 {
				st.errorAt(s, "name '"+raw+"' is assigned to before global declaration")
				return
			}
			if f&symUsed != 0 {
				st.errorAt(s, "name '"+raw+"' is used prior to global declaration")
				return
			}
			st.cur.add(name, defGlobal)
		}
	case *syntax.Nonlocal:
		if st.cur.kind == moduleScope {
			st.errorAt(s, "nonlocal declaration not allowed at module level")
			return
		}
		for _, raw := range s.Names {
			name := mangle(st.cur.private, raw)
			f := st.cur.flags[name]
			if f&defParam != 0 {
				st.errorAt(s, "name '"+raw+"' is parameter and nonlocal")
				return
			}
			if f&defGlobal != 0 {
				st.errorAt(s, "name '"+raw+"' is nonlocal and global")
				return
			}
			if f&defLocal != 0 {
				st.errorAt(s, "name '"+raw+"' is assigned to before nonlocal declaration")
				return
			}
			if f&symUsed != 0 {
				st.errorAt(s, "name '"+raw+"' is used prior to nonlocal declaration")
				return
			}
			st.cur.add(name, defNonlocal)
		}
	case *syntax.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			st.bind(name, a)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if st.cur.kind != moduleScope {
					st.errorAt(a, "import * only allowed at module level") // at the '*', as CPython
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			st.bind(name, a)
		}
	case *syntax.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.For:
		st.expr(s.Iter)
		st.expr(s.Target)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.Try:
		st.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.bind(h.Name, h)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Orelse)
		st.stmts(s.Finalbody)
	case *syntax.With:
		for _, it := range s.Items {
			st.expr(it.Context)
			if it.Vars != nil {
				st.expr(it.Vars)
			}
		}
		st.stmts(s.Body)
	case *syntax.FunctionDef:
		for _, d := range s.Decorators {
			st.expr(d)
		}
		st.argDefaults(s.Params)
		st.annotations(s.Params, s.Returns)
		st.bind(s.Name, s)
		fs := newScope(functionScope, s.Name, st.cur)
		fs.coroutine = s.Async
		st.scopes[s] = fs
		prev := st.cur
		st.cur = fs
		st.params(s.Params)
		st.stmts(s.Body)
		st.cur = prev
	case *syntax.ClassDef:
		for _, d := range s.Decorators {
			st.expr(d)
		}
		for _, b := range s.Bases {
			st.expr(b)
		}
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.bind(s.Name, s)
		cs := newScope(classScope, s.Name, st.cur)
		cs.private = s.Name
		st.scopes[s] = cs
		prev := st.cur
		st.cur = cs
		st.stmts(s.Body)
		st.cur = prev
	case *syntax.Match:
		st.expr(s.Subject)
		for _, c := range s.Cases {
			st.pattern(c.Pattern)
			if c.Guard != nil {
				st.expr(c.Guard)
			}
			st.stmts(c.Body)
		}
	default:
		st.errorAt(s, "unsupported statement")
	}
}

func (st *symtable) checkGlobalAnnot(n *syntax.Name) {
	name := mangle(st.cur.private, n.Id)
	f := st.cur.flags[name]
	if f&(defGlobal|defNonlocal) != 0 {
		kind := "global"
		if f&defNonlocal != 0 {
			kind = "nonlocal"
		}
		st.errorAt(n, "annotated name '"+n.Id+"' can't be "+kind)
	}
}

func (st *symtable) argDefaults(a *syntax.Arguments) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		st.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(d)
		}
	}
}

func (st *symtable) annotations(a *syntax.Arguments, returns syntax.Expr) {
	if a != nil {
		each := func(x *syntax.Arg) {
			if x != nil && x.Annotation != nil {
				st.expr(x.Annotation)
			}
		}
		for _, x := range a.PosOnly {
			each(x)
		}
		for _, x := range a.Args {
			each(x)
		}
		each(a.Vararg)
		for _, x := range a.KwOnly {
			each(x)
		}
		each(a.Kwarg)
	}
	if returns != nil {
		st.expr(returns)
	}
}

func (st *symtable) param(a *syntax.Arg) {
	name := mangle(st.cur.private, a.Name)
	if f, ok := st.cur.flags[name]; ok && f&defParam != 0 {
		st.errorAt(a, "duplicate argument '"+a.Name+"' in function definition")
		return
	}
	st.cur.add(name, defParam|defLocal)
	st.cur.params = append(st.cur.params, name)
}

func (st *symtable) params(a *syntax.Arguments) {
	if a == nil {
		return
	}
	for _, x := range a.PosOnly {
		st.param(x)
	}
	for _, x := range a.Args {
		st.param(x)
	}
	for _, x := range a.KwOnly {
		st.param(x)
	}
	if a.Vararg != nil {
		st.param(a.Vararg)
	}
	if a.Kwarg != nil {
		st.param(a.Kwarg)
	}
}

func (st *symtable) exprs(list []syntax.Expr) {
	for _, e := range list {
		st.expr(e)
	}
}

func (st *symtable) expr(e syntax.Expr) {
	switch e := e.(type) {
	case nil:
	case *syntax.BoolOp:
		st.exprs(e.Values)
	case *syntax.NamedExpr:
		st.expr(e.Value)
		st.walrusTarget(e)
	case *syntax.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *syntax.UnaryOp:
		st.expr(e.X)
	case *syntax.Lambda:
		st.argDefaults(e.Params)
		ls := newScope(functionScope, "<lambda>", st.cur)
		st.scopes[e] = ls
		prev := st.cur
		st.cur = ls
		st.params(e.Params)
		st.expr(e.Body)
		st.cur = prev
	case *syntax.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *syntax.Dict:
		for i, k := range e.Keys {
			if k != nil {
				st.expr(k)
			}
			st.expr(e.Values[i])
		}
	case *syntax.Set:
		st.exprs(e.Elts)
	case *syntax.ListComp:
		st.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		st.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		st.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		st.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.Await:
		st.markAwait(e)
		st.expr(e.Value)
	case *syntax.Yield:
		st.markYield(e)
		if e.Value != nil {
			st.expr(e.Value)
		}
	case *syntax.YieldFrom:
		st.markYield(e)
		st.expr(e.Value)
	case *syntax.Compare:
		st.expr(e.Left)
		st.exprs(e.Comparators)
	case *syntax.Call:
		st.expr(e.Func)
		st.exprs(e.Args)
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *syntax.FormattedValue:
		st.expr(e.Value)
		if e.FormatSpec != nil {
			st.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		st.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		st.expr(e.Value)
	case *syntax.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	case *syntax.Starred:
		st.expr(e.Value)
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			st.use(e.Id)
		} else {
			st.bind(e.Id, e)
		}
		if e.Id == "__class__" && st.cur.kind == functionScope {
			st.cur.usesClassCell = true
		}
	case *syntax.List:
		st.exprs(e.Elts)
	case *syntax.Tuple:
		st.exprs(e.Elts)
	case *syntax.Slice:
		st.expr(e.Lower)
		st.expr(e.Upper)
		st.expr(e.Step)
	default:
		st.errorAt(e, "unsupported expression")
	}
}

func (st *symtable) markYield(e syntax.Expr) {
	s := st.cur
	if s.kind != functionScope {
		st.errorAt(e, "'yield' outside function")
		return
	}
	if s.comprehension {
		kind := "list comprehension"
		switch s.name {
		case "<setcomp>":
			kind = "set comprehension"
		case "<dictcomp>":
			kind = "dict comprehension"
		case "<genexpr>":
			kind = "generator expression"
		}
		st.errorAt(e, "'yield' inside "+kind)
		return
	}
	if _, ok := e.(*syntax.YieldFrom); ok && s.coroutine {
		st.errorAt(e, "'yield from' inside async function")
		return
	}
	s.generator = true
}

func (st *symtable) markAwait(e syntax.Expr) {
	s := st.cur
	if s.kind == functionScope && s.comprehension {
		// An await inside a comprehension makes it asynchronous; it must
		// itself sit in an async function (checked by the code generator).
		s.hasAwaitInComp = true
		return
	}
	if s.kind != functionScope {
		st.errorAt(e, "'await' outside function")
		return
	}
	if !s.coroutine {
		st.errorAt(e, "'await' outside async function")
	}
}

func (st *symtable) walrusTarget(e *syntax.NamedExpr) {
	name := mangle(st.cur.private, e.Target.Id)
	if !st.cur.comprehension {
		st.cur.add(name, defLocal)
		return
	}
	// In a comprehension the target binds in the nearest enclosing
	// non-comprehension scope (PEP 572).
	if st.cur.flags[name]&defCompIter != 0 {
		st.errorAt(e, "assignment expression cannot rebind comprehension iteration variable '"+e.Target.Id+"'")
		return
	}
	target := st.cur
	for target.comprehension {
		target = target.parent
	}
	switch target.kind {
	case classScope:
		st.errorAt(e, "assignment expression within a comprehension cannot be used in a class body")
		return
	case moduleScope:
		for s := st.cur; s != target; s = s.parent {
			s.add(name, defGlobal)
		}
		target.add(name, defLocal)
	default:
		for s := st.cur; s != target; s = s.parent {
			s.add(name, defNonlocal)
		}
		target.add(name, defLocal)
	}
}

func (st *symtable) comprehension(node syntax.Expr, name string, gens []*syntax.Comprehension, elt, val syntax.Expr) {
	// The first iterable is evaluated in the enclosing scope.
	st.expr(gens[0].Iter)
	cs := newScope(functionScope, name, st.cur)
	cs.comprehension = true
	cs.generator = name == "<genexpr>"
	st.scopes[node] = cs
	prev := st.cur
	st.cur = cs
	cs.add(".0", defParam|defLocal)
	cs.params = append(cs.params, ".0")
	for i, g := range gens {
		if g.Async {
			cs.hasAwaitInComp = true
		}
		if i > 0 {
			st.expr(g.Iter)
		}
		st.compTarget(g.Target)
		for _, c := range g.Ifs {
			st.expr(c)
		}
	}
	st.expr(elt)
	if val != nil {
		st.expr(val)
	}
	st.cur = prev
}

func (st *symtable) compTarget(t syntax.Expr) {
	st.expr(t)
	var mark func(syntax.Expr)
	mark = func(t syntax.Expr) {
		switch t := t.(type) {
		case *syntax.Name:
			st.cur.add(mangle(st.cur.private, t.Id), defCompIter)
		case *syntax.Tuple:
			for _, x := range t.Elts {
				mark(x)
			}
		case *syntax.List:
			for _, x := range t.Elts {
				mark(x)
			}
		case *syntax.Starred:
			mark(t.Value)
		}
	}
	mark(t)
}

func (st *symtable) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		st.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	case *syntax.MatchMapping:
		st.exprs(p.Keys)
		for _, q := range p.Patterns {
			st.pattern(q)
		}
		if p.Rest != "" {
			st.bind(p.Rest, p)
		}
	case *syntax.MatchClass:
		st.expr(p.Cls)
		for _, q := range p.Patterns {
			st.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			st.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			st.bind(p.Name, p)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			st.pattern(p.Pattern)
		}
		if p.Name != "" {
			st.bind(p.Name, p)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	}
}

// analyze resolves every name of s and its children. bound holds the names
// local to enclosing function scopes (visible as free variables); globals
// the names declared global in enclosing scopes.
func (st *symtable) analyze(s *scope, bound, globals map[string]bool) {
	s.res = make(map[string]resolution, len(s.flags))
	local := map[string]bool{}
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&defGlobal != 0:
			s.res[name] = resGlobalExplicit
		case f&defNonlocal != 0:
			if !bound[name] {
				st.errorAtScope(s, "no binding for nonlocal '"+name+"' found")
				return
			}
			s.res[name] = resFree
		case f&(defLocal|defParam) != 0:
			s.res[name] = resLocal
			local[name] = true
		case bound[name]:
			s.res[name] = resFree
		default:
			s.res[name] = resGlobalImplicit
		}
	}
	// What children may capture.
	var childBound map[string]bool
	switch s.kind {
	case functionScope:
		childBound = make(map[string]bool, len(bound)+len(local))
		for k := range bound {
			childBound[k] = true
		}
		for k := range local {
			childBound[k] = true
		}
		for name, r := range s.res {
			if r == resGlobalExplicit {
				delete(childBound, name)
			}
		}
	case classScope:
		childBound = make(map[string]bool, len(bound)+1)
		for k := range bound {
			childBound[k] = true
		}
		childBound["__class__"] = true
	default:
		childBound = map[string]bool{}
	}
	childFree := map[string]bool{}
	var childFreeOrder []string
	for _, c := range s.children {
		st.analyze(c, childBound, globals)
		if st.err != nil {
			return
		}
		for _, f := range c.frees {
			if !childFree[f] {
				childFree[f] = true
				childFreeOrder = append(childFreeOrder, f)
			}
		}
	}
	for _, name := range childFreeOrder {
		if s.kind == classScope && name == "__class__" {
			s.needsClassCell = true
			continue
		}
		if s.kind == functionScope && local[name] {
			s.res[name] = resCell
			continue
		}
		if s.kind == classScope {
			// Passed through the class to its methods; the class body itself
			// may also use the name (LOAD_CLASSDEREF).
			if _, ok := s.res[name]; !ok || s.res[name] == resGlobalImplicit {
				s.res[name] = resFree
			}
			s.addFree(name)
			continue
		}
		if r, ok := s.res[name]; !ok || r == resGlobalImplicit {
			s.res[name] = resFree
		}
		s.addFree(name)
	}
	for _, name := range s.order {
		switch s.res[name] {
		case resCell:
			s.cells = append(s.cells, name)
		case resFree:
			s.addFree(name)
		}
	}
}

func (s *scope) addFree(name string) {
	for _, f := range s.frees {
		if f == name {
			return
		}
	}
	s.frees = append(s.frees, name)
}

func (st *symtable) errorAtScope(s *scope, msg string) {
	// CPython reports nonlocal errors at the declaration; we find it by
	// searching the scope's node.
	for n, sc := range st.scopes {
		if sc == s {
			if pos := findNonlocal(n); pos != nil {
				st.errorAt(pos, msg)
				return
			}
			st.errorAt(n, msg)
			return
		}
	}
	st.err = &syntax.Error{Kind: "SyntaxError", Filename: st.filename, Msg: msg}
}

func findNonlocal(n syntax.Node) syntax.Node {
	var body []syntax.Stmt
	if fd, ok := n.(*syntax.FunctionDef); ok {
		body = fd.Body
	}
	var found syntax.Node
	var walk func([]syntax.Stmt)
	walk = func(list []syntax.Stmt) {
		for _, s := range list {
			if found != nil {
				return
			}
			switch s := s.(type) {
			case *syntax.Nonlocal:
				found = s
			case *syntax.If:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.While:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.For:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.With:
				walk(s.Body)
			case *syntax.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Orelse)
				walk(s.Finalbody)
			}
		}
	}
	walk(body)
	return found
}
