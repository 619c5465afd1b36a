package compile

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// Compile turns a parsed module into the module's code object. src is the
// program text (for the source line of SyntaxErrors).
func Compile(mod *syntax.Module, filename string, src []byte) (code *Code, err *syntax.Error) {
	defer func() { syntax.FileOffsets(err, src) }()
	lines := strings.Split(string(src), "\n")
	st, serr := buildSymtable(mod, filename, lines)
	if serr != nil {
		return nil, serr
	}
	future, ferr := futureFeatures(mod, filename, lines)
	if ferr != nil {
		return nil, ferr
	}
	c := &compiler{filename: filename, lines: lines, st: st, futureAnnotations: future}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			code, err = nil, b.err
		}
	}()
	c.enter(st.top, "<module>", "<module>", FlagModule, mod)
	c.u.code.FirstLine = 1
	c.moduleBody(mod.Body)
	code = c.leave()
	code.Warnings = c.warnings
	return code, nil
}

type bailout struct{ err *syntax.Error }

func newError(filename string, lines []string, p, e syntax.Pos, msg string) *syntax.Error {
	err := &syntax.Error{Kind: "SyntaxError", Filename: filename, Line: int(p.Line), Msg: msg}
	if p.Line >= 1 && int(p.Line) <= len(lines) {
		text := lines[p.Line-1]
		err.Text = strings.TrimRight(text, "\r")
		err.Col = byteToCharCol(text, int(p.Col)) + 1
		if e.Line == p.Line {
			err.EndLine = int(e.Line)
			err.EndCol = byteToCharCol(text, int(e.Col)) + 1
		} else if e.Line > p.Line && int(e.Line) <= len(lines) {
			err.EndLine = int(e.Line)
			err.EndCol = byteToCharCol(lines[e.Line-1], int(e.Col)) + 1
		}
	}
	return err
}

func byteToCharCol(s string, col int) int {
	if col > len(s) {
		col = len(s)
	}
	if col < 0 {
		return 0
	}
	return utf8.RuneCountInString(s[:col])
}

type compiler struct {
	filename string
	lines    []string
	st       *symtable
	u        *unit
	warnings []Warning
	// futureAnnotations: `from __future__ import annotations` (PEP 563).
	futureAnnotations bool
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbAsyncFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
)

type fblock struct {
	kind    fblockKind
	start   label // continue target for loops
	exit    label // break target for loops
	finally []syntax.Stmt
	named   bool // handler cleanup with `as name`
	name    string
	node    syntax.Node
}

type label int

type constKey struct {
	kind ConstKind
	i    int64
	s    string
}

type unit struct {
	code     *Code
	scope    *scope
	parent   *unit
	consts   map[constKey]int
	names    map[string]int
	varnames map[string]int
	cellIdx  map[string]int
	labels   []int
	fblocks  []fblock
	loc      Span
	qualname string
}

func (c *compiler) enter(s *scope, name, qualname string, flags int, node syntax.Node) {
	code := &Code{Name: name, QualName: qualname, Filename: c.filename, Flags: flags, Doc: -1}
	if node != nil {
		p, _ := node.Span()
		code.FirstLine = int(p.Line)
	}
	u := &unit{code: code, scope: s, parent: c.u, consts: map[constKey]int{}, names: map[string]int{},
		varnames: map[string]int{}, cellIdx: map[string]int{}, qualname: qualname}
	if s.kind == functionScope {
		code.Flags |= FlagNewLocals
		for _, p := range s.params {
			u.varnames[p] = len(code.VarNames)
			code.VarNames = append(code.VarNames, p)
		}
		for _, n := range s.order {
			if _, ok := u.varnames[n]; ok {
				continue
			}
			if s.res[n] == resLocal {
				u.varnames[n] = len(code.VarNames)
				code.VarNames = append(code.VarNames, n)
			}
		}
	}
	cells := s.cells
	if s.kind == classScope && s.needsClassCell {
		cells = append([]string{"__class__"}, cells...)
	}
	for _, n := range cells {
		u.cellIdx[n] = len(code.CellVars)
		code.CellVars = append(code.CellVars, n)
		arg := -1
		for i, p := range s.params {
			if p == n {
				arg = i
			}
		}
		code.Cell2Arg = append(code.Cell2Arg, arg)
	}
	for _, n := range s.frees {
		u.cellIdx[n] = len(code.CellVars) + len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, n)
	}
	if s.generator {
		code.Flags |= FlagGenerator
	}
	c.u = u
}

func (c *compiler) leave() *Code {
	u := c.u
	code := u.code
	for i, in := range code.Instrs {
		if in.Op.HasJump() {
			code.Instrs[i].Arg = uint32(u.labels[in.Arg])
		}
	}
	code.StackSize, code.BlockDepth = stackDepth(code)
	fuse(code)
	c.u = u.parent
	return code
}

func (c *compiler) errorAt(n syntax.Node, msg string) {
	p, e := n.Span()
	panic(bailout{newError(c.filename, c.lines, p, e, msg)})
}

// ---------------------------------------------------------------- emission

func (c *compiler) setLoc(n syntax.Node) Span {
	old := c.u.loc
	p, e := n.Span()
	c.u.loc = Span{p.Line, p.Col, e.Line, e.Col}
	return old
}

// matchAttrStart moves the location's start to the attribute name when
// the name is on a later line than the start (a method chain over several
// lines), as CPython 3.11 does: tracebacks then show the name's line.
func (c *compiler) matchAttrStart(a *syntax.Attribute) {
	_, end := a.Span()
	if c.u.loc.Line == end.Line {
		return
	}
	c.u.loc.Line = end.Line
	if n := int32(len(a.Attr)); n <= end.Col {
		c.u.loc.Col = end.Col - n
	} else {
		c.u.loc.Col, c.u.loc.EndCol = -1, -1
	}
	c.u.loc.EndLine = max(c.u.loc.Line, c.u.loc.EndLine)
	if c.u.loc.Line == c.u.loc.EndLine {
		c.u.loc.EndCol = max(c.u.loc.Col, c.u.loc.EndCol)
	}
}

func (c *compiler) emit(op Opcode, arg int) int {
	code := c.u.code
	code.Instrs = append(code.Instrs, Instr{op, uint32(arg)})
	code.Spans = append(code.Spans, c.u.loc)
	return len(code.Instrs) - 1
}

func (c *compiler) op(op Opcode) { c.emit(op, 0) }

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

func (c *compiler) bind(l label) { c.u.labels[l] = len(c.u.code.Instrs) }

func (c *compiler) jump(op Opcode, l label) { c.emit(op, int(l)) }

func (c *compiler) constIndex(k Const) int {
	key := constKey{kind: k.Kind}
	switch k.Kind {
	case ConstInt:
		key.i = k.Int
	case ConstFloat, ConstImag:
		key.i = int64(math.Float64bits(k.Float))
	case ConstStr, ConstBytes, ConstBigInt:
		key.s = k.Str
	case ConstTuple, ConstCode, ConstFrozenSet:
		// not shared
		c.u.code.Consts = append(c.u.code.Consts, k)
		return len(c.u.code.Consts) - 1
	}
	if i, ok := c.u.consts[key]; ok {
		return i
	}
	c.u.code.Consts = append(c.u.code.Consts, k)
	i := len(c.u.code.Consts) - 1
	c.u.consts[key] = i
	return i
}

func (c *compiler) loadConst(k Const) { c.emit(LOAD_CONST, c.constIndex(k)) }

func (c *compiler) loadNone() { c.loadConst(Const{Kind: ConstNone}) }

func (c *compiler) loadStr(s string) { c.loadConst(Const{Kind: ConstStr, Str: s}) }

func (c *compiler) nameIndex(name string) int {
	if i, ok := c.u.names[name]; ok {
		return i
	}
	c.u.code.Names = append(c.u.code.Names, name)
	i := len(c.u.code.Names) - 1
	c.u.names[name] = i
	return i
}

func (c *compiler) mangle(name string) string { return mangle(c.u.scope.private, name) }

// ---------------------------------------------------------------- names

func (c *compiler) nameOp(name string, ctx syntax.Ctx) {
	name = c.mangle(name)
	s := c.u.scope
	r, known := s.res[name]
	if !known {
		r = resGlobalImplicit
	}
	switch r {
	case resCell, resFree:
		idx, ok := c.u.cellIdx[name]
		if ok {
			switch ctx {
			case syntax.Load:
				if s.kind == classScope {
					c.emit(LOAD_CLASSDEREF, idx)
				} else {
					c.emit(LOAD_DEREF, idx)
				}
			case syntax.Store:
				c.emit(STORE_DEREF, idx)
			default:
				c.emit(DELETE_DEREF, idx)
			}
			return
		}
	case resLocal:
		if s.kind == functionScope {
			idx := c.u.varnames[name]
			switch ctx {
			case syntax.Load:
				c.emit(LOAD_FAST, idx)
			case syntax.Store:
				c.emit(STORE_FAST, idx)
			default:
				c.emit(DELETE_FAST, idx)
			}
			return
		}
		if s.kind == classScope {
			c.nameDictOp(name, ctx)
			return
		}
	case resGlobalImplicit:
		if s.kind == classScope {
			c.nameDictOp(name, ctx)
			return
		}
	}
	idx := c.nameIndex(name)
	switch ctx {
	case syntax.Load:
		c.emit(LOAD_GLOBAL, idx)
	case syntax.Store:
		c.emit(STORE_GLOBAL, idx)
	default:
		c.emit(DELETE_GLOBAL, idx)
	}
}

func (c *compiler) nameDictOp(name string, ctx syntax.Ctx) {
	idx := c.nameIndex(name)
	switch ctx {
	case syntax.Load:
		c.emit(LOAD_NAME, idx)
	case syntax.Store:
		c.emit(STORE_NAME, idx)
	default:
		c.emit(DELETE_NAME, idx)
	}
}

// storeName stores TOS in a plain identifier (def, class, import targets).
func (c *compiler) storeName(name string) { c.nameOp(name, syntax.Store) }

// ---------------------------------------------------------------- bodies

func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.X.(*syntax.Constant); ok && k.Kind == syntax.ConstStr {
			return k.Str, true
		}
	}
	return "", false
}

func (c *compiler) moduleBody(body []syntax.Stmt) {
	if findAnnotations(body) {
		c.op(SETUP_ANNOTATIONS)
	}
	if doc, ok := docstring(body); ok {
		c.setLoc(body[0])
		c.loadStr(doc)
		c.storeName("__doc__")
		body = body[1:]
	}
	c.stmts(body)
	c.u.loc = Span{}
	c.loadNone()
	c.op(RETURN_VALUE)
}

// findAnnotations reports whether a block has annotated simple names that
// need __annotations__ (not looking into functions and classes).
func findAnnotations(body []syntax.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.If:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.For:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	old := c.setLoc(s)
	defer func() { c.u.loc = old }()
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if _, ok := s.X.(*syntax.Constant); ok {
			return // docstrings and other constant statements do nothing
		}
		c.expr(s.X)
		c.op(POP_TOP)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.Pass:
	case *syntax.Break:
		c.breakStmt(s)
	case *syntax.Continue:
		c.continueStmt(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				c.expr(s.Cause)
				n = 2
			}
		}
		c.setLoc(s)
		c.emit(RAISE_VARARGS, n)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Assert:
		if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			c.warn(s, "assertion is always true, perhaps remove parentheses?")
		}
		end := c.newLabel()
		c.jumpIf(s.Test, true, end)
		c.setLoc(s.Test)
		c.op(LOAD_ASSERTION_ERROR)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.setLoc(s.Test)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.If:
		end := c.newLabel()
		if len(s.Orelse) > 0 {
			next := c.newLabel()
			c.jumpIf(s.Test, false, next)
			c.stmts(s.Body)
			c.jump(JUMP, end)
			c.bind(next)
			c.stmts(s.Orelse)
		} else {
			c.jumpIf(s.Test, false, end)
			c.stmts(s.Body)
		}
		c.bind(end)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		if s.Async {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *syntax.Try:
		if s.Star {
			c.tryStar(s)
		} else {
			c.tryStmt(s)
		}
	case *syntax.With:
		c.with(s, 0)
	case *syntax.FunctionDef:
		c.functionDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Match:
		c.match(s)
	default:
		c.errorAt(s, "unsupported statement")
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	n, ok := s.Target.(*syntax.Name)
	if !ok || !s.Simple {
		// Non-simple targets: their subexpressions are evaluated only for
		// checks CPython does (we skip them), annotations are not stored.
		return
	}
	if c.u.scope.kind == functionScope {
		return
	}
	c.annotation(s.Annotation)
	c.nameDictOp("__annotations__", syntax.Load)
	c.loadStr(c.mangle(n.Id))
	c.op(STORE_SUBSCR)
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	tok := s.Op
	if b := tok.AugBase(); b != syntax.ILLEGAL {
		tok = b
	}
	op := binOpOf(tok)
	switch t := s.Target.(type) {
	case *syntax.Name:
		// The load is the name's, as CPython's: an unbound name's
		// traceback points at it.
		old := c.setLoc(t)
		c.nameOp(t.Id, syntax.Load)
		c.u.loc = old
		c.expr(s.Value)
		c.setLoc(s)
		c.emit(INPLACE_OP, int(op))
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(COPY, 1)
		old := c.setLoc(t)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(t.Attr)))
		c.u.loc = old
		c.expr(s.Value)
		c.setLoc(s)
		c.emit(INPLACE_OP, int(op))
		c.emit(SWAP, 2)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		old := c.setLoc(t)
		c.op(BINARY_SUBSCR)
		c.u.loc = old
		c.expr(s.Value)
		c.setLoc(s)
		c.emit(INPLACE_OP, int(op))
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.op(STORE_SUBSCR)
	default:
		c.errorAt(s.Target, "'"+exprName(s.Target)+"' is an illegal expression for augmented assignment")
	}
}

// store assigns TOS to a target expression, popping it.
func (c *compiler) store(t syntax.Expr) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.setLoc(t)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.setLoc(t)
		c.op(STORE_SUBSCR)
	case *syntax.Tuple:
		c.unpackTargets(t.Elts, t)
	case *syntax.List:
		c.unpackTargets(t.Elts, t)
	case *syntax.Starred:
		c.errorAt(t, "starred assignment target must be in a list or tuple")
	default:
		c.errorAt(t, "cannot assign to "+exprName(t))
	}
}

func (c *compiler) unpackTargets(elts []syntax.Expr, n syntax.Node) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorAt(n, "multiple starred expressions in assignment") // the whole target, as CPython
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Del)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.setLoc(t)
		c.emit(DELETE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.setLoc(t)
		c.op(DELETE_SUBSCR)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.errorAt(t, "cannot delete "+exprName(t))
	}
}

func exprName(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Constant:
		return "literal"
	case *syntax.Call:
		return "function call"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.BoolOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.NamedExpr:
		return "named expression"
	case *syntax.Await:
		return "await expression"
	case *syntax.Yield, *syntax.YieldFrom:
		return "yield expression"
	case *syntax.ListComp:
		return "list comprehension"
	case *syntax.SetComp:
		return "set comprehension"
	case *syntax.DictComp:
		return "dict comprehension"
	case *syntax.GeneratorExp:
		return "generator expression"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.Set:
		return "set display"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "f-string expression"
	case *syntax.Attribute:
		return "attribute"
	case *syntax.Subscript:
		return "subscript"
	case *syntax.Starred:
		return "starred"
	case *syntax.Name:
		return "name"
	case *syntax.List:
		return "list"
	case *syntax.Tuple:
		return "tuple"
	default:
		_ = e
	}
	return "expression"
}

// ---------------------------------------------------------------- control flow

// jumpIf evaluates test and jumps to target when its truth equals cond.
func (c *compiler) jumpIf(test syntax.Expr, cond bool, target label) {
	switch t := test.(type) {
	case *syntax.UnaryOp:
		if t.Op == syntax.NOT {
			c.jumpIf(t.X, !cond, target)
			return
		}
	case *syntax.BoolOp:
		isOr := t.Op == syntax.OR
		if isOr == cond {
			// or with cond true / and with cond false: any operand decides.
			for _, v := range t.Values {
				c.jumpIf(v, cond, target)
			}
			return
		}
		next := c.newLabel()
		for i, v := range t.Values {
			if i < len(t.Values)-1 {
				c.jumpIf(v, !cond, next)
			} else {
				c.jumpIf(v, cond, target)
			}
		}
		c.bind(next)
		return
	case *syntax.Constant:
		truth := constTruth(t)
		if truth == cond {
			c.jump(JUMP, target)
		}
		return
	}
	c.expr(test)
	// A comparison's result whose __bool__ raises is marked under the
	// comparison, as CPython 3.11 marks it (only on the statement's line;
	// a plain name's is not marked).
	old := c.u.loc
	if _, isCmp := test.(*syntax.Compare); !isCmp {
		// keep the statement's location
	} else if p, e := test.Span(); p.Line == old.Line && e.Line == old.Line {
		c.u.loc.Col, c.u.loc.EndLine, c.u.loc.EndCol = p.Col, e.Line, e.Col
	}
	if cond {
		c.jump(POP_JUMP_IF_TRUE, target)
	} else {
		c.jump(POP_JUMP_IF_FALSE, target)
	}
	c.u.loc = old
}

func constTruth(k *syntax.Constant) bool {
	switch k.Kind {
	case syntax.ConstNone, syntax.ConstFalse:
		return false
	case syntax.ConstTrue, syntax.ConstEllipsis:
		return true
	case syntax.ConstInt:
		return k.Int != 0 || k.IntText != ""
	case syntax.ConstFloat, syntax.ConstImag:
		return k.Float != 0
	case syntax.ConstStr, syntax.ConstBytes:
		return k.Str != ""
	}
	return true
}

func (c *compiler) pushFblock(f fblock) { c.u.fblocks = append(c.u.fblocks, f) }
func (c *compiler) popFblock()          { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) whileStmt(s *syntax.While) {
	start, body, end, orelse := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(start)
	c.jumpIf(s.Test, false, orelse)
	c.bind(body)
	c.pushFblock(fblock{kind: fbWhile, start: start, exit: end})
	c.stmts(s.Body)
	c.popFblock()
	c.setLoc(s)
	c.jump(JUMP, start)
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.setLoc(s) // CPython gives GET_ITER and FOR_ITER the statement's span
	c.op(GET_ITER)
	c.bind(start)
	c.setLoc(s)
	c.jump(FOR_ITER, cleanup)
	c.store(s.Target)
	c.pushFblock(fblock{kind: fbFor, start: start, exit: end})
	c.stmts(s.Body)
	c.popFblock()
	c.setLoc(s)
	c.jump(JUMP, start)
	c.bind(cleanup)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) asyncFor(s *syntax.For) {
	if !c.inAsyncFunction() {
		c.errorAt(s, "'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.setLoc(s)
	c.op(GET_AITER)
	c.bind(start)
	c.jump(SETUP_FINALLY, except)
	c.op(GET_ANEXT)
	c.loadNone()
	c.op(YIELD_FROM)
	c.op(POP_BLOCK)
	c.store(s.Target)
	c.pushFblock(fblock{kind: fbAsyncFor, start: start, exit: end})
	c.stmts(s.Body)
	c.popFblock()
	c.jump(JUMP, start)
	c.bind(except)
	c.setLoc(s)
	c.op(END_ASYNC_FOR)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) inAsyncFunction() bool {
	for u := c.u; u != nil; u = u.parent {
		if u.scope.kind != functionScope {
			return false
		}
		if u.scope.coroutine {
			return true
		}
		if !u.scope.comprehension {
			return false
		}
	}
	return false
}

func (c *compiler) breakStmt(s *syntax.Break) {
	loop := c.unwindToLoop(s, "'break' outside loop")
	c.setLoc(s)
	if loop.kind == fbFor || loop.kind == fbAsyncFor {
		c.op(POP_TOP)
	}
	c.jump(JUMP, loop.exit)
}

func (c *compiler) continueStmt(s *syntax.Continue) {
	loop := c.unwindToLoop(s, "'continue' not properly in loop")
	c.setLoc(s)
	c.jump(JUMP, loop.start)
}

// unwindToLoop emits the cleanup of every block between here and the
// innermost loop and returns that loop.
func (c *compiler) unwindToLoop(n syntax.Node, msg string) fblock {
	saved := c.u.fblocks
	defer func() { c.u.fblocks = saved }()
	for i := len(saved) - 1; i >= 0; i-- {
		f := saved[i]
		if f.kind == fbWhile || f.kind == fbFor || f.kind == fbAsyncFor {
			return f
		}
		c.u.fblocks = saved[:i]
		c.unwind(f, false)
	}
	c.errorAt(n, msg)
	return fblock{}
}

// unwind emits the code that leaves block f on a break/continue/return.
// With preserveTOS the value on top (the return value) is kept on top.
func (c *compiler) unwind(f fblock, preserveTOS bool) {
	switch f.kind {
	case fbWhile, fbExceptionHandler, fbExceptionGroupHandler:
	case fbFor, fbAsyncFor, fbPopValue:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.op(POP_TOP)
		if f.kind != fbPopValue {
			// a break's own POP_TOP is emitted by breakStmt for the loop it leaves
		}
	case fbTryExcept:
		c.op(POP_BLOCK)
	case fbFinallyTry:
		c.op(POP_BLOCK)
		c.stmts(f.finally)
	case fbFinallyEnd:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.op(POP_TOP) // the exception
		c.op(POP_BLOCK)
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.op(POP_EXCEPT)
	case fbWith, fbAsyncWith:
		c.op(POP_BLOCK)
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.loadNone()
		c.loadNone()
		c.loadNone()
		c.emit(CALL, 3)
		if f.kind == fbAsyncWith {
			c.emit(GET_AWAITABLE, 2)
			c.loadNone()
			c.op(YIELD_FROM)
		}
		c.op(POP_TOP)
	case fbHandlerCleanup:
		if f.named {
			c.op(POP_BLOCK)
		}
		c.op(POP_BLOCK)
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.op(POP_EXCEPT)
		if f.named {
			c.loadNone()
			c.nameOp(f.name, syntax.Store)
			c.nameOp(f.name, syntax.Del)
		}
	}
}

func (c *compiler) returnStmt(s *syntax.Return) {
	sc := c.u.scope
	if sc.kind != functionScope || sc.comprehension {
		c.errorAt(s, "'return' outside function")
	}
	if s.Value != nil && sc.coroutine && sc.generator {
		c.errorAt(s, "'return' with value in async generator")
	}
	if s.Value != nil {
		c.expr(s.Value)
	} else {
		c.loadNone()
	}
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= 0; i-- {
		c.u.fblocks = saved[:i]
		c.unwind(saved[i], true)
	}
	c.u.fblocks = saved
	c.setLoc(s)
	c.op(RETURN_VALUE)
}

func (c *compiler) tryStmt(s *syntax.Try) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(s)
	} else {
		c.tryExcept(s)
	}
}

func (c *compiler) tryFinally(s *syntax.Try) {
	handler, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.jump(SETUP_FINALLY, handler)
	c.pushFblock(fblock{kind: fbFinallyTry, finally: s.Finalbody})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.op(POP_BLOCK)
	c.stmts(s.Finalbody)
	c.jump(JUMP, end)
	// Exceptional path: run the finally body, then re-raise.
	c.bind(handler)
	c.u.loc = Span{}
	c.op(PUSH_EXC_INFO)
	c.jump(SETUP_CLEANUP, cleanup)
	c.pushFblock(fblock{kind: fbFinallyEnd})
	c.stmts(s.Finalbody)
	c.popFblock()
	c.u.loc = Span{}
	c.op(RERAISE)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

func (c *compiler) popExceptAndReraise() {
	c.emit(COPY, 2)
	c.op(POP_EXCEPT)
	c.op(RERAISE)
}

func (c *compiler) tryExcept(s *syntax.Try) {
	except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.jump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.op(POP_BLOCK)
	c.stmts(s.Orelse)
	c.jump(JUMP, end)

	c.bind(except)
	c.u.loc = Span{}
	c.op(PUSH_EXC_INFO)
	c.jump(SETUP_CLEANUP, cleanup)
	c.pushFblock(fblock{kind: fbExceptionHandler})
	for i, h := range s.Handlers {
		c.setLoc(h)
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.errorAt(h, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.op(CHECK_EXC_MATCH)
			c.jump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.storeName(h.Name)
			nameCleanup := c.newLabel()
			c.jump(SETUP_FINALLY, nameCleanup)
			c.pushFblock(fblock{kind: fbHandlerCleanup, named: true, name: h.Name})
			c.stmts(h.Body)
			c.popFblock()
			c.u.loc = Span{}
			c.op(POP_BLOCK)
			c.op(POP_BLOCK)
			c.op(POP_EXCEPT)
			c.loadNone()
			c.storeName(h.Name)
			c.nameOp(h.Name, syntax.Del)
			c.jump(JUMP, end)
			// exception inside the handler body: clear the name, re-raise
			c.bind(nameCleanup)
			c.loadNone()
			c.storeName(h.Name)
			c.nameOp(h.Name, syntax.Del)
			c.op(RERAISE)
		} else {
			c.op(POP_TOP)
			c.pushFblock(fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock()
			c.u.loc = Span{}
			c.op(POP_BLOCK)
			c.op(POP_EXCEPT)
			c.jump(JUMP, end)
		}
		c.bind(next)
	}
	c.popFblock()
	c.u.loc = Span{}
	c.op(RERAISE)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

// tryStar compiles try/except* (PEP 654). Each handler takes the part of the
// group it matches; what handlers raise and what no handler matched are
// combined by PREP_RERAISE_STAR into the exception re-raised at the end.
func (c *compiler) tryStar(s *syntax.Try) {
	if len(s.Finalbody) > 0 {
		inner := *s
		inner.Finalbody = nil
		outer := &syntax.Try{Loc: s.Loc, Body: []syntax.Stmt{&inner}, Finalbody: s.Finalbody}
		c.tryFinally(outer)
		return
	}
	except, end, cleanup, reraise := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.jump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.op(POP_BLOCK)
	c.stmts(s.Orelse)
	c.jump(JUMP, end)

	c.bind(except)
	c.u.loc = Span{}
	c.op(PUSH_EXC_INFO) // [prev, exc]
	c.jump(SETUP_CLEANUP, cleanup)
	// [prev, orig, list of raised, rest]
	c.emit(COPY, 1)
	c.emit(BUILD_LIST, 0)
	c.emit(SWAP, 2)
	for _, h := range s.Handlers {
		c.setLoc(h)
		if h.Type == nil {
			c.errorAt(h, "expected except* type")
		}
		next := c.newLabel()
		// [.., rest]
		c.expr(h.Type)
		c.op(CHECK_EG_MATCH) // [.., rest', match or None]
		c.emit(COPY, 1)
		c.loadNone()
		c.emit(IS_OP, 0)
		noMatch := c.newLabel()
		c.jump(POP_JUMP_IF_TRUE, noMatch)
		// [orig, raised, rest, match]
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.op(POP_TOP)
		}
		handlerExc := c.newLabel()
		c.jump(SETUP_FINALLY, handlerExc)
		c.pushFblock(fblock{kind: fbExceptionGroupHandler})
		c.stmts(h.Body)
		c.popFblock()
		c.u.loc = Span{}
		c.op(POP_BLOCK)
		if h.Name != "" {
			c.loadNone()
			c.storeName(h.Name)
			c.nameOp(h.Name, syntax.Del)
		}
		c.jump(JUMP, next)
		// the handler raised: [orig, raised, rest, exc] -> add to raised
		c.bind(handlerExc)
		if h.Name != "" {
			c.loadNone()
			c.storeName(h.Name)
			c.nameOp(h.Name, syntax.Del)
		}
		c.emit(LIST_APPEND, 2)
		c.jump(JUMP, next)
		c.bind(noMatch)
		c.op(POP_TOP) // None
		c.bind(next)
	}
	// [prev, orig, raised, rest]
	c.u.loc = Span{}
	c.emit(LIST_APPEND, 1)  // unmatched rest goes in the list too (may be None)
	c.op(PREP_RERAISE_STAR) // [prev, exc or None]
	c.emit(COPY, 1)
	c.loadNone()
	c.emit(IS_OP, 0)
	c.jump(POP_JUMP_IF_FALSE, reraise)
	c.op(POP_TOP)
	c.op(POP_BLOCK)
	c.op(POP_EXCEPT)
	c.jump(JUMP, end)
	c.bind(reraise)
	c.op(RERAISE)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

func (c *compiler) with(s *syntax.With, i int) {
	if i == len(s.Items) {
		c.stmts(s.Body)
		return
	}
	if s.Async && !c.inAsyncFunction() {
		c.errorAt(s, "'async with' outside async function")
	}
	item := s.Items[i]
	handler, cleanup, end, suppress := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.Context)
	c.setLoc(s)
	if s.Async {
		c.op(BEFORE_ASYNC_WITH)
		c.emit(GET_AWAITABLE, 1)
		c.loadNone()
		c.op(YIELD_FROM)
	} else {
		c.op(BEFORE_WITH)
	}
	c.jump(SETUP_CLEANUP, handler)
	kind := fbWith
	if s.Async {
		kind = fbAsyncWith
	}
	c.pushFblock(fblock{kind: kind})
	if item.Vars != nil {
		c.store(item.Vars)
	} else {
		c.op(POP_TOP)
	}
	c.with(s, i+1)
	c.popFblock()
	c.setLoc(s)
	c.op(POP_BLOCK)
	c.loadNone()
	c.loadNone()
	c.loadNone()
	c.emit(CALL, 3)
	if s.Async {
		c.emit(GET_AWAITABLE, 2)
		c.loadNone()
		c.op(YIELD_FROM)
	}
	c.op(POP_TOP)
	c.jump(JUMP, end)

	c.bind(handler) // [exit, exc]
	c.op(PUSH_EXC_INFO)
	c.jump(SETUP_CLEANUP, cleanup)
	c.op(WITH_EXCEPT_START)
	if s.Async {
		c.emit(GET_AWAITABLE, 2)
		c.loadNone()
		c.op(YIELD_FROM)
	}
	c.jump(POP_JUMP_IF_TRUE, suppress)
	c.op(RERAISE)
	c.bind(suppress)
	c.op(POP_TOP)
	c.op(POP_BLOCK)
	c.op(POP_EXCEPT)
	c.op(POP_TOP)
	c.jump(JUMP, end)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

// ---------------------------------------------------------------- imports

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		c.setLoc(s)
		c.loadConst(Const{Kind: ConstInt, Int: 0})
		c.loadNone()
		c.emit(IMPORT_NAME, c.nameIndex(a.Name))
		parts := strings.Split(a.Name, ".")
		if a.AsName != "" {
			for _, p := range parts[1:] {
				c.emit(IMPORT_FROM, c.nameIndex(p))
				c.emit(SWAP, 2)
				c.op(POP_TOP)
			}
			c.storeName(a.AsName)
		} else {
			c.storeName(parts[0])
		}
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	names := make([]Const, len(s.Names))
	for i, a := range s.Names {
		names[i] = Const{Kind: ConstStr, Str: a.Name}
	}
	c.loadConst(Const{Kind: ConstInt, Int: int64(s.Level)})
	c.loadConst(Const{Kind: ConstTuple, Tuple: names})
	c.emit(IMPORT_NAME, c.nameIndex(s.Module))
	for _, a := range s.Names {
		if a.Name == "*" {
			c.op(IMPORT_STAR)
			return
		}
		c.emit(IMPORT_FROM, c.nameIndex(a.Name))
		if a.AsName != "" {
			c.storeName(a.AsName)
		} else {
			c.storeName(a.Name)
		}
	}
	c.op(POP_TOP)
}

// ---------------------------------------------------------------- functions and classes

func (c *compiler) qualName(name string) string {
	u := c.u
	if u.scope.kind == moduleScope {
		return name
	}
	// A name declared global in the enclosing scope is qualified as a global.
	if r, ok := u.scope.res[c.mangle(name)]; ok && r == resGlobalExplicit {
		return name
	}
	if u.scope.kind == functionScope {
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

// makeClosure pushes the function made from code (with flags already
// describing what is on the stack below it).
func (c *compiler) makeClosure(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			idx, ok := c.u.cellIdx[name]
			if !ok {
				panic(bailout{&syntax.Error{Kind: "SystemError", Filename: c.filename,
					Msg: "compiler: no cell for free variable " + name}})
			}
			c.emit(LOAD_CLOSURE, idx)
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= 8
	}
	c.loadConst(Const{Kind: ConstCode, Code: code})
	c.emit(MAKE_FUNCTION, flags)
}

// defaults pushes the defaults tuple and kw-defaults dict; returns the flags.
func (c *compiler) defaults(a *syntax.Arguments) int {
	flags := 0
	if a == nil {
		return 0
	}
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(a.Defaults))
		flags |= 1
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d != nil {
			c.loadStr(c.mangle(a.KwOnly[i].Name))
			c.expr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
		flags |= 2
	}
	return flags
}

func (c *compiler) annotationsDict(a *syntax.Arguments, returns syntax.Expr) int {
	n := 0
	add := func(x *syntax.Arg) {
		if x != nil && x.Annotation != nil {
			c.loadStr(c.mangle(x.Name))
			c.annotation(x.Annotation)
			n++
		}
	}
	if a != nil {
		for _, x := range a.PosOnly {
			add(x)
		}
		for _, x := range a.Args {
			add(x)
		}
		add(a.Vararg)
		for _, x := range a.KwOnly {
			add(x)
		}
		add(a.Kwarg)
	}
	if returns != nil {
		c.loadStr("return")
		c.annotation(returns)
		n++
	}
	if n == 0 {
		return 0
	}
	c.emit(BUILD_MAP, n)
	return 4
}

func (c *compiler) setArgCounts(code *Code, a *syntax.Arguments) {
	if a == nil {
		return
	}
	code.PosOnlyCount = len(a.PosOnly)
	code.ArgCount = len(a.PosOnly) + len(a.Args)
	code.KwOnlyCount = len(a.KwOnly)
	if a.Vararg != nil {
		code.Flags |= FlagVarArgs
	}
	if a.Kwarg != nil {
		code.Flags |= FlagVarKeywords
	}
}

// decoratedFirstLine makes co_firstlineno the first decorator's line, as
// CPython's, for a decorated def or class.
func (c *compiler) decoratedFirstLine(decorators []syntax.Expr) {
	if len(decorators) > 0 {
		p, _ := decorators[0].Span()
		c.u.code.FirstLine = int(p.Line)
	}
}

func (c *compiler) functionDef(s *syntax.FunctionDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	c.setLoc(s)
	flags := c.defaults(s.Params)
	flags |= c.annotationsDict(s.Params, s.Returns)
	sc := c.st.scopes[s]
	codeFlags := 0
	if s.Async {
		if sc.generator {
			codeFlags = FlagAsyncGenerator
		} else {
			codeFlags = FlagCoroutine
		}
	}
	qual := c.qualName(s.Name)
	c.enter(sc, s.Name, qual, codeFlags, s)
	c.decoratedFirstLine(s.Decorators)
	if sc.generator && s.Async {
		c.u.code.Flags &^= FlagGenerator
	}
	c.setArgCounts(c.u.code, s.Params)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.u.code.Doc = c.constIndex(Const{Kind: ConstStr, Str: doc})
		body = body[1:]
	}
	c.stmts(body)
	c.u.loc = lastLoc(c.u.code)
	c.loadNone()
	c.op(RETURN_VALUE)
	code := c.leave()
	c.setLoc(s)
	c.makeClosure(code, flags)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.storeName(s.Name)
}

func lastLoc(code *Code) Span {
	if n := len(code.Spans); n > 0 {
		return code.Spans[n-1]
	}
	return Span{}
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	c.setLoc(s)
	sc := c.st.scopes[s]
	qual := c.qualName(s.Name)
	c.op(LOAD_BUILD_CLASS)
	c.enter(sc, s.Name, qual, FlagClassBody, s)
	c.decoratedFirstLine(s.Decorators)
	c.nameDictOp("__name__", syntax.Load)
	c.nameDictOp("__module__", syntax.Store)
	c.loadStr(qual)
	c.nameDictOp("__qualname__", syntax.Store)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.loadStr(doc)
		c.nameDictOp("__doc__", syntax.Store)
		body = body[1:]
	}
	if findAnnotations(body) {
		c.op(SETUP_ANNOTATIONS)
	}
	c.stmts(body)
	c.u.loc = Span{}
	if sc.needsClassCell {
		// The body returns its __class__ cell; __build_class__ fills it
		// with the new class (CPython passes it as __classcell__).
		c.emit(LOAD_CLOSURE, c.u.cellIdx["__class__"])
	} else {
		c.loadNone()
	}
	c.op(RETURN_VALUE)
	code := c.leave()
	c.setLoc(s)
	c.makeClosure(code, 0)
	c.loadStr(s.Name)
	c.callHelper(2, s.Bases, s.Keywords, s)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.storeName(s.Name)
}

// ---------------------------------------------------------------- expressions

func binOpOf(t syntax.Token) BinOp {
	switch t {
	case syntax.PLUS:
		return Add
	case syntax.MINUS:
		return Sub
	case syntax.STAR:
		return Mul
	case syntax.SLASH:
		return TrueDiv
	case syntax.SLASHSLASH:
		return FloorDiv
	case syntax.PERCENT:
		return Mod
	case syntax.STARSTAR:
		return Pow
	case syntax.AT:
		return MatMul
	case syntax.LTLT:
		return LShift
	case syntax.GTGT:
		return RShift
	case syntax.AMP:
		return And
	case syntax.PIPE:
		return Or
	case syntax.CIRCUMFLEX:
		return Xor
	}
	return Add
}

func (c *compiler) exprs(list []syntax.Expr) {
	for _, e := range list {
		c.expr(e)
	}
}

func (c *compiler) expr(e syntax.Expr) {
	old := c.setLoc(e)
	defer func() { c.u.loc = old }()
	switch e := e.(type) {
	case *syntax.Constant:
		c.loadConst(constOf(e))
	case *syntax.Name:
		c.nameOp(e.Id, syntax.Load)
	case *syntax.BinOp:
		if k, ok := foldBinOp(e); ok {
			c.loadConst(k)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, int(binOpOf(e.Op)))
	case *syntax.UnaryOp:
		if k, ok := foldUnary(e); ok {
			c.loadConst(k)
			return
		}
		c.expr(e.X)
		switch e.Op {
		case syntax.NOT:
			c.op(UNARY_NOT)
		case syntax.MINUS:
			c.op(UNARY_NEGATIVE)
		case syntax.PLUS:
			c.op(UNARY_POSITIVE)
		case syntax.TILDE:
			c.op(UNARY_INVERT)
		}
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.OR {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.jump(op, end)
			}
		}
		c.bind(end)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.setLoc(e)
		c.matchAttrStart(e)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(e.Attr)))
	case *syntax.Subscript:
		c.checkSubscript(e)
		c.expr(e.Value)
		c.expr(e.Slice)
		c.setLoc(e)
		c.op(BINARY_SUBSCR)
	case *syntax.Slice:
		n := 2
		if e.Lower != nil {
			c.expr(e.Lower)
		} else {
			c.loadNone()
		}
		if e.Upper != nil {
			c.expr(e.Upper)
		} else {
			c.loadNone()
		}
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		c.emit(BUILD_SLICE, n)
	case *syntax.Tuple:
		if k, ok := constTuple(e.Elts); ok {
			c.loadConst(k)
			return
		}
		c.sequence(e.Elts, BUILD_TUPLE)
	case *syntax.List:
		c.sequence(e.Elts, BUILD_LIST)
	case *syntax.Set:
		// Like CPython, more than two constants become a frozenset
		// constant merged into an empty set; the set's table (and so its
		// iteration order) differs from adding the items one by one.
		if len(e.Elts) > 2 {
			if k, ok := constTuple(e.Elts); ok {
				c.emit(BUILD_SET, 0)
				c.loadConst(Const{Kind: ConstFrozenSet, Tuple: k.Tuple})
				c.emit(SET_UPDATE, 1)
				return
			}
		}
		c.sequence(e.Elts, BUILD_SET)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.IfExp:
		next, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, next)
		c.expr(e.Body)
		c.jump(JUMP, end)
		c.bind(next)
		c.expr(e.Orelse)
		c.bind(end)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emit(COPY, 1)
		c.store(e.Target)
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.Yield:
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadNone()
		}
		c.setLoc(e)
		if c.u.code.Flags&FlagAsyncGenerator != 0 {
			c.op(ASYNC_GEN_WRAP)
		}
		c.op(YIELD_VALUE)
	case *syntax.YieldFrom:
		c.expr(e.Value)
		c.setLoc(e)
		c.op(GET_YIELD_FROM_ITER)
		c.loadNone()
		c.op(YIELD_FROM)
	case *syntax.Await:
		if !c.inAsyncFunction() && !(c.u.scope.comprehension && c.u.scope.generator) {
			if c.u.scope.comprehension {
				c.errorAt(e, "asynchronous comprehension outside of an asynchronous function")
			}
			c.errorAt(e, "'await' outside async function")
		}
		c.expr(e.Value)
		c.setLoc(e)
		c.emit(GET_AWAITABLE, 0)
		c.loadNone()
		c.op(YIELD_FROM)
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.FormattedValue:
		c.formattedValue(e, 0)
	case *syntax.Starred:
		c.errorAt(e, "can't use starred expression here")
	default:
		c.errorAt(e, "unsupported expression")
	}
}

func constOf(k *syntax.Constant) Const {
	switch k.Kind {
	case syntax.ConstNone:
		return Const{Kind: ConstNone}
	case syntax.ConstTrue:
		return Const{Kind: ConstTrue}
	case syntax.ConstFalse:
		return Const{Kind: ConstFalse}
	case syntax.ConstEllipsis:
		return Const{Kind: ConstEllipsis}
	case syntax.ConstInt:
		if k.IntText != "" {
			return Const{Kind: ConstBigInt, Str: k.IntText}
		}
		return Const{Kind: ConstInt, Int: k.Int}
	case syntax.ConstFloat:
		return Const{Kind: ConstFloat, Float: k.Float}
	case syntax.ConstImag:
		return Const{Kind: ConstImag, Float: k.Float}
	case syntax.ConstBytes:
		return Const{Kind: ConstBytes, Str: k.Str}
	}
	return Const{Kind: ConstStr, Str: k.Str}
}

func constTuple(elts []syntax.Expr) (Const, bool) {
	if len(elts) == 0 {
		return Const{Kind: ConstTuple}, true
	}
	items := make([]Const, len(elts))
	for i, e := range elts {
		switch e := e.(type) {
		case *syntax.Constant:
			items[i] = constOf(e)
		case *syntax.UnaryOp:
			k, ok := foldUnary(e)
			if !ok {
				return Const{}, false
			}
			items[i] = k
		case *syntax.BinOp:
			k, ok := foldBinOp(e)
			if !ok {
				return Const{}, false
			}
			items[i] = k
		default:
			return Const{}, false
		}
	}
	return Const{Kind: ConstTuple, Tuple: items}, true
}

// foldUnary folds -N and +N of numeric literals.
func foldUnary(e *syntax.UnaryOp) (Const, bool) {
	k, ok := e.X.(*syntax.Constant)
	if !ok || (e.Op != syntax.MINUS && e.Op != syntax.PLUS) {
		return Const{}, false
	}
	switch {
	case k.Kind == syntax.ConstInt && k.IntText == "":
		if e.Op == syntax.PLUS {
			return Const{Kind: ConstInt, Int: k.Int}, true
		}
		if k.Int == math.MinInt64 {
			return Const{}, false
		}
		return Const{Kind: ConstInt, Int: -k.Int}, true
	case k.Kind == syntax.ConstFloat:
		if e.Op == syntax.PLUS {
			return Const{Kind: ConstFloat, Float: k.Float}, true
		}
		return Const{Kind: ConstFloat, Float: -k.Float}, true
	}
	return Const{}, false
}

// smallIntConst returns the value of an int literal or of a foldable
// expression of them.
func smallIntConst(e syntax.Expr) (int64, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		if e.Kind == syntax.ConstInt && e.IntText == "" {
			return e.Int, true
		}
	case *syntax.BinOp:
		if k, ok := foldBinOp(e); ok {
			return k.Int, true
		}
	case *syntax.UnaryOp:
		if k, ok := foldUnary(e); ok && k.Kind == ConstInt {
			return k.Int, true
		}
	}
	return 0, false
}

// foldBinOp folds + - * of small int literals when the result cannot overflow.
func foldBinOp(e *syntax.BinOp) (Const, bool) {
	a, ok1 := smallIntConst(e.Left)
	b, ok2 := smallIntConst(e.Right)
	if !ok1 || !ok2 {
		return Const{}, false
	}
	const lim = 1 << 30
	if a > lim || a < -lim || b > lim || b < -lim {
		return Const{}, false
	}
	switch e.Op {
	case syntax.PLUS:
		return Const{Kind: ConstInt, Int: a + b}, true
	case syntax.MINUS:
		return Const{Kind: ConstInt, Int: a - b}, true
	case syntax.STAR:
		return Const{Kind: ConstInt, Int: a * b}, true
	}
	return Const{}, false
}

func (c *compiler) compare(e *syntax.Compare) {
	c.checkCompare(e)
	c.expr(e.Left)
	n := len(e.Ops)
	if n == 1 {
		c.expr(e.Comparators[0])
		c.setLoc(e)
		c.cmpOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.setLoc(e)
		c.cmpOp(e.Ops[i])
		c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.expr(e.Comparators[n-1])
	c.setLoc(e)
	c.cmpOp(e.Ops[n-1])
	c.jump(JUMP, end)
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.op(POP_TOP)
	c.bind(end)
}

func (c *compiler) cmpOp(t syntax.Token) {
	switch t {
	case syntax.LT:
		c.emit(COMPARE_OP, int(Lt))
	case syntax.LE:
		c.emit(COMPARE_OP, int(Le))
	case syntax.EQ:
		c.emit(COMPARE_OP, int(Eq))
	case syntax.NE:
		c.emit(COMPARE_OP, int(Ne))
	case syntax.GT:
		c.emit(COMPARE_OP, int(Gt))
	case syntax.GE:
		c.emit(COMPARE_OP, int(Ge))
	case syntax.IS:
		c.emit(IS_OP, 0)
	case syntax.IS_NOT:
		c.emit(IS_OP, 1)
	case syntax.IN:
		c.emit(CONTAINS_OP, 0)
	case syntax.NOT_IN:
		c.emit(CONTAINS_OP, 1)
	}
}

func hasStarred(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// sequence builds a tuple, list or set display, with *unpacking.
func (c *compiler) sequence(elts []syntax.Expr, build Opcode) {
	if !hasStarred(elts) {
		c.exprs(elts)
		c.emit(build, len(elts))
		return
	}
	collect, update := BUILD_LIST, LIST_EXTEND
	if build == BUILD_SET {
		collect, update = BUILD_SET, SET_UPDATE
	}
	pending := 0
	started := false
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !started {
				c.emit(collect, pending)
				started = true
			} else if pending > 0 {
				c.emit(collect, pending)
				c.emit(update, 1)
			}
			pending = 0
			c.expr(s.Value)
			c.emit(update, 1)
			continue
		}
		c.expr(e)
		pending++
	}
	if pending > 0 {
		c.emit(collect, pending)
		c.emit(update, 1)
	}
	if build == BUILD_TUPLE {
		c.op(LIST_TO_TUPLE)
	}
}

func (c *compiler) dict(e *syntax.Dict) {
	pending := 0
	started := false
	for i, k := range e.Keys {
		if k == nil {
			if !started {
				c.emit(BUILD_MAP, pending)
				started = true
			} else if pending > 0 {
				c.emit(BUILD_MAP, pending)
				c.emit(DICT_UPDATE, 1)
			}
			pending = 0
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		pending++
	}
	if !started {
		c.emit(BUILD_MAP, pending)
	} else if pending > 0 {
		c.emit(BUILD_MAP, pending)
		c.emit(DICT_UPDATE, 1)
	}
}

func (c *compiler) call(e *syntax.Call) {
	c.checkCaller(e)
	if attr, ok := e.Func.(*syntax.Attribute); ok && !hasStarred(e.Args) && !hasDoubleStar(e.Keywords) {
		c.expr(attr.Value)
		old := c.setLoc(attr)
		c.matchAttrStart(attr)
		c.emit(LOAD_METHOD, c.nameIndex(c.mangle(attr.Attr)))
		c.u.loc = old
		c.exprs(e.Args)
		c.keywords(e.Keywords)
		c.setLoc(e)
		c.matchAttrStart(attr)
		c.emit(CALL_METHOD, len(e.Args)+len(e.Keywords))
		return
	}
	c.expr(e.Func)
	c.callHelper(0, e.Args, e.Keywords, e)
}

func hasDoubleStar(kws []*syntax.Keyword) bool {
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// keywords pushes keyword values and emits KW_NAMES for them.
func (c *compiler) keywords(kws []*syntax.Keyword) {
	if len(kws) == 0 {
		return
	}
	names := make([]Const, len(kws))
	for i, k := range kws {
		for j := 0; j < i; j++ {
			if kws[j].Arg == k.Arg {
				c.errorAt(k, "keyword argument repeated: "+k.Arg)
			}
		}
		c.expr(k.Value)
		names[i] = Const{Kind: ConstStr, Str: k.Arg}
	}
	c.emit(KW_NAMES, c.constIndex(Const{Kind: ConstTuple, Tuple: names}))
}

// callHelper calls the function on the stack (below `already` pushed
// positional arguments) with args and keywords.
func (c *compiler) callHelper(already int, args []syntax.Expr, kws []*syntax.Keyword, n syntax.Node) {
	if !hasStarred(args) && !hasDoubleStar(kws) {
		c.exprs(args)
		c.keywords(kws)
		c.setLoc(n)
		c.emit(CALL, already+len(args)+len(kws))
		return
	}
	// General form: build a tuple of positionals and a dict of keywords.
	c.emit(BUILD_LIST, already)
	pending := 0
	for _, a := range args {
		if s, ok := a.(*syntax.Starred); ok {
			if pending > 0 {
				c.emit(BUILD_LIST, pending)
				c.emit(LIST_EXTEND, 1)
				pending = 0
			}
			c.expr(s.Value)
			if already == 0 && len(args) == 1 {
				// f(*x) alone: CPython passes x to the call itself, whose
				// error names the function; otherwise x is unpacked into a
				// list first ("Value after * must be an iterable").
				c.emit(LIST_EXTEND, 1|0x100)
			} else {
				c.emit(LIST_EXTEND, 1)
			}
			continue
		}
		c.expr(a)
		pending++
	}
	if pending > 0 {
		c.emit(BUILD_LIST, pending)
		c.emit(LIST_EXTEND, 1)
	}
	c.op(LIST_TO_TUPLE)
	if len(kws) > 0 {
		c.emit(BUILD_MAP, 0)
		for _, k := range kws {
			if k.Arg == "" {
				c.expr(k.Value)
			} else {
				c.loadStr(k.Arg)
				c.expr(k.Value)
				c.emit(BUILD_MAP, 1)
			}
			c.emit(DICT_MERGE, 1)
		}
		c.setLoc(n)
		c.emit(CALL_EX, 1)
		return
	}
	c.setLoc(n)
	c.emit(CALL_EX, 0)
}

func (c *compiler) lambda(e *syntax.Lambda) {
	flags := c.defaults(e.Params)
	sc := c.st.scopes[e]
	c.enter(sc, "<lambda>", c.qualName("<lambda>"), 0, e)
	c.setArgCounts(c.u.code, e.Params)
	c.expr(e.Body)
	c.setLoc(e.Body)
	c.op(RETURN_VALUE)
	code := c.leave()
	if sc.generator {
		code.Flags |= FlagGenerator
	}
	c.makeClosure(code, flags)
}

func (c *compiler) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, val syntax.Expr) {
	sc := c.st.scopes[e]
	isAsync := sc.hasAwaitInComp
	outerAsync := c.inAsyncFunction()
	if isAsync && name != "<genexpr>" && !outerAsync {
		c.errorAt(e, "asynchronous comprehension outside of an asynchronous function")
	}
	flags := 0
	if name == "<genexpr>" {
		if isAsync {
			flags = FlagAsyncGenerator
		}
	} else if isAsync {
		flags = FlagCoroutine
		sc.coroutine = true
	}
	if name == "<genexpr>" && isAsync {
		sc.coroutine = true
	}
	c.enter(sc, name, c.qualName(name), flags, e)
	c.setLoc(e) // the comprehension's own instructions carry its span
	if flags&FlagAsyncGenerator != 0 {
		c.u.code.Flags &^= FlagGenerator
	}
	c.u.code.ArgCount = 1
	switch name {
	case "<listcomp>":
		c.emit(BUILD_LIST, 0)
	case "<setcomp>":
		c.emit(BUILD_SET, 0)
	case "<dictcomp>":
		c.emit(BUILD_MAP, 0)
	}
	c.compGenerator(gens, 0, name, elt, val)
	if name != "<genexpr>" {
		c.op(RETURN_VALUE)
	} else {
		c.loadNone()
		c.op(RETURN_VALUE)
	}
	code := c.leave()
	c.makeClosure(code, 0)
	c.expr(gens[0].Iter)
	c.setLoc(e)
	if gens[0].Async {
		c.op(GET_AITER)
	} else {
		c.op(GET_ITER)
	}
	c.emit(CALL, 1)
	if isAsync && name != "<genexpr>" {
		c.emit(GET_AWAITABLE, 0)
		c.loadNone()
		c.op(YIELD_FROM)
	}
}

func (c *compiler) compGenerator(gens []*syntax.Comprehension, i int, kind string, elt, val syntax.Expr) {
	g := gens[i]
	start, end := c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(LOAD_FAST, 0) // .0
	} else {
		c.expr(g.Iter)
		if g.Async {
			c.op(GET_AITER)
		} else {
			c.op(GET_ITER)
		}
	}
	c.bind(start)
	var except label
	if g.Async {
		except = c.newLabel()
		c.jump(SETUP_FINALLY, except)
		c.op(GET_ANEXT)
		c.loadNone()
		c.op(YIELD_FROM)
		c.op(POP_BLOCK)
	} else {
		c.jump(FOR_ITER, end)
	}
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, start)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, kind, elt, val)
	} else {
		depth := len(gens) + 1
		switch kind {
		case "<listcomp>":
			c.expr(elt)
			c.emit(LIST_APPEND, depth)
		case "<setcomp>":
			c.expr(elt)
			c.emit(SET_ADD, depth)
		case "<dictcomp>":
			c.expr(elt)
			c.expr(val)
			c.emit(MAP_ADD, depth)
		default:
			c.expr(elt)
			if c.u.code.Flags&FlagAsyncGenerator != 0 {
				c.op(ASYNC_GEN_WRAP)
			}
			c.op(YIELD_VALUE)
			c.op(POP_TOP)
		}
	}
	c.jump(JUMP, start)
	if g.Async {
		c.bind(except)
		c.op(END_ASYNC_FOR)
	}
	c.bind(end)
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	if len(e.Values) == 1 {
		if k, ok := e.Values[0].(*syntax.Constant); ok {
			c.loadConst(constOf(k))
			return
		}
	}
	if len(e.Values) == 0 {
		c.loadStr("")
		return
	}
	for _, v := range e.Values {
		if fv, ok := v.(*syntax.FormattedValue); ok && len(e.Values) > 1 {
			c.formattedValue(fv, FormatIntoString)
		} else {
			c.expr(v)
		}
	}
	if len(e.Values) > 1 {
		c.emit(BUILD_STRING, len(e.Values))
	}
}

// FormatIntoString is FORMAT_VALUE's flag for a value that the
// BUILD_STRING after it takes: with no conversion and no spec, the VM may
// leave an exact int for BUILD_STRING to write, sparing a str.
const FormatIntoString = 8

// formattedValue compiles {value!conversion:spec}; into is 0 or
// FormatIntoString.
func (c *compiler) formattedValue(e *syntax.FormattedValue, into int) {
	c.expr(e.Value)
	flags := into
	switch e.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if e.FormatSpec != nil {
		c.joinedStr(e.FormatSpec)
		flags |= 4
	}
	c.setLoc(e)
	c.emit(FORMAT_VALUE, flags)
}
