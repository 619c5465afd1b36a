package syntax

import (
	"strconv"
	"strings"
)

// Parse parses a Python module. The error, if any, is a *Error.
func Parse(filename string, src []byte) (mod *Module, err error) {
	src = normalizeNewlines(src)
	toks, scanErr := scanAll(filename, src)
	p := newParser(filename, src, toks, scanErr)
	defer func() {
		// The parser's errors count bytes in a file; the tokenizer's
		// (unterminated strings, unmatched brackets, bad characters)
		// count characters in CPython 3.11 too.
		if e, ok := err.(*Error); ok && e != scanErr {
			FileOffsets(e, src)
		}
	}()
	defer p.recoverTo(&err)
	mod = p.parseModule()
	return mod, nil
}

// stringSource is the filename of source given as a string (exec), which
// CPython's tokenizer holds whole; any other source is read as a file.
const stringSource = "<string>"

// atEndOfFile adjusts an error found at the end of input as CPython does
// for a file: its tokenizer has no line left in its buffer there, so the
// error's offset is 0 (and no caret is shown).
func (p *parser) atEndOfFile(e *Error) {
	if p.filename == stringSource || p.i >= len(p.toks) {
		return
	}
	t := p.toks[p.i]
	if t.kind != EOF && t.kind != DEDENT {
		return
	}
	for _, r := range p.toks[p.i:] {
		if r.kind != DEDENT && r.kind != EOF {
			return // a DEDENT before more code
		}
	}
	if e.Line == int(t.pos.Line) && e.Col == charCol(e.Text, int(t.pos.Col)) {
		if e.EndLine == e.Line && e.EndCol == e.Col {
			e.EndCol = 0
		}
		e.Col = 0
	}
}

// ParseExpr parses a single expression (used by tests and tools).
func ParseExpr(src string) (x Expr, err error) {
	b := normalizeNewlines([]byte(src))
	toks, scanErr := scanAll("<string>", b)
	p := newParser("<string>", b, toks, scanErr)
	defer p.recoverTo(&err)
	x = p.parseStarExpressionsOrYield()
	for p.kind() == NEWLINE {
		p.advance()
	}
	if p.kind() != EOF {
		p.syntaxError()
	}
	return x, nil
}

// tokScanErr marks the point where the scanner stopped with an error: the
// parser reports the scanner's error when it reaches it.
const tokScanErr = numTokens

type parser struct {
	filename string
	src      []byte
	toks     []token
	i        int
	scanErr  *Error
	depth    int

	intern map[string]string // identifier strings, shared by all their uses

	// fstring is set while parsing an f-string field's expression: errors
	// then get CPython's "f-string: " prefix.
	fstring bool
}

// bailout carries a syntax error up the recursive descent to Parse.
type bailout struct{ err *Error }

func newParser(filename string, src []byte, toks []token, scanErr *Error) *parser {
	if scanErr != nil {
		sentinel := token{kind: tokScanErr, pos: Pos{Line: int32(scanErr.Line)}}
		if n := len(toks); n > 0 {
			last := toks[n-1]
			sentinel.off, sentinel.eoff, sentinel.pos, sentinel.end = last.eoff, last.eoff, last.end, last.end
		}
		toks = append(toks, sentinel)
	}
	return &parser{filename: filename, src: src, toks: toks, scanErr: scanErr, intern: map[string]string{}}
}

// recoverTo turns a bailout (or, defensively, any panic from a parser bug)
// into the returned error so that no panic escapes Parse.
func (p *parser) recoverTo(err *error) {
	r := recover()
	if r == nil {
		return
	}
	if b, ok := r.(bailout); ok {
		*err = b.err
		return
	}
	// A parser bug: report it as a SyntaxError rather than crash the caller
	// (the fuzz tests fail on this message).
	line, col := 1, 1
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		line, col = int(t.pos.Line), int(t.pos.Col)+1
	}
	*err = &Error{Kind: "SyntaxError", Filename: p.filename, Line: line, Col: col, Msg: "internal parser error"}
}

func (p *parser) tok() *token {
	if p.i >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	return &p.toks[p.i]
}

func (p *parser) kind() Token {
	k := p.toks[p.i].kind
	if k == tokScanErr {
		p.fail(p.scanErr)
	}
	return k
}

// peekKind returns the kind of the token k positions ahead, without
// triggering the scanner error.
func (p *parser) peekKind(k int) Token {
	j := p.i + k
	if j >= len(p.toks) {
		return EOF
	}
	return p.toks[j].kind
}

func (p *parser) advance() token {
	t := p.toks[p.i]
	if t.kind == tokScanErr {
		p.fail(p.scanErr)
	}
	if p.i < len(p.toks)-1 {
		p.i++
	}
	return t
}

func (p *parser) got(k Token) bool {
	if p.kind() == k {
		p.advance()
		return true
	}
	return false
}

func (p *parser) isName(s string) bool {
	t := p.tok()
	return t.kind == NAME && p.lit(t.off, t.eoff) == s
}

func (p *parser) fail(e *Error) {
	p.atEndOfFile(e)
	panic(bailout{e})
}

// errorRange builds an error spanning from start to end (0-based columns;
// end may be invalid).
func (p *parser) errorRange(kind, msg string, start, end Pos) *Error {
	text := p.lineAt(int(start.Line))
	if p.fstring {
		msg = "f-string: " + msg
	}
	e := &Error{Kind: kind, Filename: p.filename, Line: int(start.Line), Msg: msg, Text: text,
		Col: charCol(text, int(start.Col))}
	if end.IsValid() {
		e.EndLine = int(end.Line)
		et := text
		if end.Line != start.Line {
			et = p.lineAt(int(end.Line))
		}
		e.EndCol = charCol(et, int(end.Col))
	}
	return e
}

// lineAt returns the text of 1-based line n.
func (p *parser) lineAt(n int) string {
	off := 0
	for l := 1; l < n && off < len(p.src); off++ {
		if p.src[off] == '\n' {
			l++
		}
	}
	return lineText(p.src, off)
}

func (p *parser) errAt(start, end Pos, msg string) {
	p.fail(p.errorRange("SyntaxError", msg, start, end))
}

func (p *parser) errNode(n Node, msg string) {
	a, b := n.Span()
	p.errAt(a, b, msg)
}

// syntaxError reports CPython's generic "invalid syntax" at the current
// token, unless the scanner found an error further on (CPython re-tokenizes
// the rest of the file and prefers that error).
func (p *parser) syntaxError() {
	t := p.tok()
	if p.scanErr != nil && (!isEOFError(p.scanErr) || t.kind == tokScanErr) {
		p.fail(p.scanErr)
	}
	switch t.kind {
	case INDENT:
		e := p.errorRange("IndentationError", "unexpected indent", t.end, Pos{})
		e.Col = int(t.end.Col)
		e.EndLine, e.EndCol = int(t.end.Line), -1
		p.fail(e)
	case DEDENT:
		e := p.errorRange("IndentationError", "unexpected unindent", t.pos, Pos{})
		e.EndLine, e.EndCol = int(t.pos.Line), -1
		p.fail(e)
	}
	end := t.end
	if t.kind == NEWLINE || t.kind == EOF {
		end = t.pos
	}
	p.errAt(t.pos, end, "invalid syntax")
}

// expect consumes a token of kind k or reports "invalid syntax".
func (p *parser) expect(k Token) token {
	if p.kind() != k {
		p.syntaxError()
	}
	return p.advance()
}

// expectColon consumes the ':' of a compound statement header. CPython
// says "expected ':'" when the line ends there, and for try, def, else and
// finally (forced tokens in its grammar) whatever follows.
func (p *parser) expectColon(forced bool) {
	t := p.tok()
	switch {
	case p.kind() == COLON:
		p.advance()
		return
	case t.kind == NEWLINE:
		p.errAt(t.pos, t.pos, "expected ':'")
	case forced:
		p.errAt(t.pos, t.end, "expected ':'")
	}
	p.syntaxError()
}

// maxNesting bounds the parser's recursion (nested brackets, unary
// operators, lambdas, conditional expressions) so that hostile input cannot
// exhaust the stack; real programs stay far below it.
const maxNesting = 1000

func (p *parser) enter() {
	p.depth++
	if p.depth > maxNesting {
		t := p.tok()
		e := p.errorRange("SyntaxError", "too many nested parentheses", t.pos, Pos{})
		p.fail(e)
	}
}

func endOf(n Node) Pos {
	_, e := n.Span()
	return e
}

func startOf(n Node) Pos {
	s, _ := n.Span()
	return s
}

// ---------------------------------------------------------------- statements

func (p *parser) parseModule() *Module {
	m := &Module{Filename: p.filename}
	m.Pos = Pos{1, 0}
	for p.kind() != EOF {
		if p.kind() == NEWLINE {
			p.advance()
			continue
		}
		m.Body = p.parseStatement(m.Body)
	}
	m.End = p.tok().pos
	return m
}

// parseStatement appends one statement (or several, for `a; b`) to list.
func (p *parser) parseStatement(list []Stmt) []Stmt {
	switch p.kind() {
	case DEF, CLASS, IF, WHILE, FOR, TRY, WITH, AT, ASYNC:
		return append(list, p.parseCompound())
	case NAME:
		if p.isName("match") {
			if s := p.tryMatch(); s != nil {
				return append(list, s)
			}
		}
	case INDENT:
		p.syntaxError()
	}
	return p.parseSimpleStmts(list)
}

func (p *parser) parseSimpleStmts(list []Stmt) []Stmt {
	for {
		list = append(list, p.parseSimpleStmt())
		if p.kind() == SEMI {
			p.advance()
			if p.kind() == NEWLINE {
				break
			}
			continue
		}
		break
	}
	if p.kind() != NEWLINE {
		p.syntaxError()
	}
	p.advance()
	return list
}

// block parses the body of a compound statement after its ':'. what names
// the statement for "expected an indented block after ..." messages.
func (p *parser) parseBlock(what string, line int32) []Stmt {
	if p.kind() != NEWLINE {
		// Simple statements on the same line: `if x: pass`.
		return p.parseSimpleStmts(nil)
	}
	p.advance()
	if p.kind() != INDENT {
		p.errAtTok(p.tok(), "IndentationError", "expected an indented block after "+what+" on line "+strconv.Itoa(int(line)))
	}
	p.advance()
	var body []Stmt
	for p.kind() != DEDENT && p.kind() != EOF {
		if p.kind() == NEWLINE {
			p.advance()
			continue
		}
		body = p.parseStatement(body)
	}
	p.got(DEDENT)
	return body
}

// lastRealEnd is the end of the last consumed token other than NEWLINE,
// INDENT and DEDENT: where CPython ends a compound statement (a trailing
// ';' included).
func (p *parser) lastRealEnd() Pos {
	for j := p.i - 1; j >= 0; j-- {
		switch p.toks[j].kind {
		case NEWLINE, INDENT, DEDENT:
			continue
		}
		return p.toks[j].end
	}
	return Pos{}
}

func (p *parser) parseCompound() Stmt {
	switch p.kind() {
	case IF:
		return p.parseIf()
	case WHILE:
		return p.parseWhile()
	case FOR:
		return p.parseFor(Pos{}, false)
	case TRY:
		return p.parseTry()
	case WITH:
		return p.parseWith(Pos{}, false)
	case DEF:
		return p.parseDef(nil, Pos{}, false)
	case CLASS:
		return p.parseClass(nil)
	case AT:
		return p.parseDecorated()
	case ASYNC:
		t := p.advance()
		switch p.kind() {
		case DEF:
			return p.parseDef(nil, t.pos, true)
		case FOR:
			return p.parseFor(t.pos, true)
		case WITH:
			return p.parseWith(t.pos, true)
		}
		p.syntaxError()
	}
	p.syntaxError()
	return nil
}

func (p *parser) parseIf() Stmt {
	t := p.advance() // if or elif
	what := "'if' statement"
	if t.kind == ELIF {
		what = "'elif' statement"
	}
	s := &If{}
	s.Pos = t.pos
	testPos := p.tok().pos
	s.Test = p.parseNamedExpression()
	p.checkStrayAssign(s.Test, testPos)
	p.expectColon(false)
	s.Body = p.parseBlock(what, t.pos.Line)
	s.End = p.lastRealEnd()
	switch p.kind() {
	case ELIF:
		e := p.parseIf()
		s.Orelse = []Stmt{e}
		s.End = endOf(e)
	case ELSE:
		s.Orelse = p.parseElse()
		s.End = p.lastRealEnd()
	}
	return s
}

func (p *parser) parseElse() []Stmt {
	t := p.advance()
	p.expectColon(true)
	return p.parseBlock("'else' statement", t.pos.Line)
}

func (p *parser) parseWhile() Stmt {
	t := p.advance()
	s := &While{}
	s.Pos = t.pos
	testPos := p.tok().pos
	s.Test = p.parseNamedExpression()
	p.checkStrayAssign(s.Test, testPos)
	p.expectColon(false)
	s.Body = p.parseBlock("'while' statement", t.pos.Line)
	s.End = p.lastRealEnd()
	if p.kind() == ELSE {
		s.Orelse = p.parseElse()
		s.End = p.lastRealEnd()
	}
	return s
}

func (p *parser) parseFor(asyncPos Pos, async bool) Stmt {
	t := p.advance()
	s := &For{Async: async}
	s.Pos = t.pos
	if async {
		s.Pos = asyncPos
	}
	s.Target = p.parseTargetList(IN)
	p.setCtx(s.Target, Store, "assign to")
	p.expect(IN)
	s.Iter = p.parseStarExpressions()
	p.expectColon(false)
	s.Body = p.parseBlock("'for' statement", t.pos.Line)
	s.End = p.lastRealEnd()
	if p.kind() == ELSE {
		s.Orelse = p.parseElse()
		s.End = p.lastRealEnd()
	}
	return s
}

// parseTargetList parses `a, (b, c), *d` up to the stop token (in, =),
// as star_targets; the result is validated by setCtx.
func (p *parser) parseTargetList(stop Token) Expr {
	start := p.tok().pos
	first := p.parseStarTarget()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.kind() == stop || p.kind() == COLON || p.kind() == NEWLINE {
			break
		}
		elts = append(elts, p.parseStarTarget())
	}
	tu := &Tuple{Elts: elts}
	tu.Pos, tu.End = start, p.prevEnd()
	return tu
}

func (p *parser) parseStarTarget() Expr {
	if p.kind() == STAR {
		t := p.advance()
		x := p.parseBitOr()
		s := &Starred{Value: x}
		s.Pos, s.End = t.pos, p.prevEnd()
		return s
	}
	// Parse at the bitwise-or level so that `in` is not consumed as a comparison.
	return p.parseBitOr()
}

func (p *parser) parseTry() Stmt {
	t := p.advance()
	s := &Try{}
	s.Pos = t.pos
	p.expectColon(true)
	s.Body = p.parseBlock("'try' statement", t.pos.Line)
	s.End = p.lastRealEnd()
	sawStar, sawPlain := false, false
	for p.kind() == EXCEPT {
		et := p.advance()
		h := &ExceptHandler{}
		h.Pos = et.pos
		what := "'except' statement"
		if p.kind() == STAR {
			p.advance()
			sawStar = true
			what = "'except*' statement"
			if p.kind() == COLON {
				t := p.tok()
				p.errAt(t.pos, t.end, "expected one or more exception types")
			}
		} else {
			sawPlain = true
		}
		if sawStar && sawPlain {
			p.errAt(et.pos, et.end, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if p.kind() != COLON {
			typeStart := p.tok().pos
			h.Type = p.parseExpression()
			if p.kind() == COMMA {
				// except A, B:  -> CPython's dedicated message.
				p.advance()
				p.parseExpression()
				for p.got(COMMA) {
					p.parseExpression()
				}
				p.errAt(typeStart, p.prevEnd(), "multiple exception types must be parenthesized")
			}
			if p.got(AS) {
				nt := p.tok()
				if nt.kind != NAME {
					p.syntaxError()
				}
				p.advance()
				h.Name = p.lit(nt.off, nt.eoff)
			}
		}
		p.expectColon(false)
		h.Body = p.parseBlock(what, et.pos.Line)
		h.End = p.lastRealEnd()
		s.Handlers = append(s.Handlers, h)
		s.End = h.End
	}
	s.Star = sawStar
	if p.kind() == ELSE {
		if len(s.Handlers) == 0 {
			p.syntaxError()
		}
		s.Orelse = p.parseElse()
		s.End = p.lastRealEnd()
	}
	if p.kind() == FINALLY {
		ft := p.advance()
		p.expectColon(true)
		s.Finalbody = p.parseBlock("'finally' statement", ft.pos.Line)
		s.End = p.lastRealEnd()
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.errAtTok(p.tok(), "SyntaxError", "expected 'except' or 'finally' block")
	}
	return s
}

func (p *parser) parseWith(asyncPos Pos, async bool) Stmt {
	t := p.advance()
	s := &With{Async: async}
	s.Pos = t.pos
	if async {
		s.Pos = asyncPos
	}
	// Parenthesised items: with (a as b, c as d): — try that form first
	// and fall back to an ordinary expression starting with '('.
	if p.kind() == LPAREN {
		save := p.i
		if items, ok := p.tryParenWithItems(); ok {
			s.Items = items
		} else {
			p.i = save
		}
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.parseWithItem())
			if !p.got(COMMA) {
				break
			}
		}
	}
	p.expectColon(false)
	s.Body = p.parseBlock("'with' statement", t.pos.Line)
	s.End = p.lastRealEnd()
	return s
}

func (p *parser) tryParenWithItems() (items []*WithItem, ok bool) {
	p.speculate(func() Expr {
		p.advance() // (
		for {
			items = append(items, p.parseWithItem())
			if !p.got(COMMA) || p.kind() == RPAREN {
				break
			}
		}
		p.expect(RPAREN)
		ok = p.kind() == COLON
		return nil
	})
	if !ok {
		return nil, false
	}
	return items, true
}

func (p *parser) parseWithItem() *WithItem {
	start := p.tok().pos
	x := p.parseExpression()
	w := &WithItem{Context: x}
	w.Pos, w.End = start, p.prevEnd()
	if p.got(AS) {
		// One target: `with a as b, c:` has two items, as in CPython.
		w.Vars = p.parseStarTarget()
		p.setCtx(w.Vars, Store, "assign to")
		w.End = p.prevEnd()
	}
	return w
}

func (p *parser) parseDecorated() Stmt {
	var decos []Expr
	for p.kind() == AT {
		p.advance()
		decos = append(decos, p.parseNamedExpression())
		if p.kind() != NEWLINE {
			p.syntaxError()
		}
		p.advance()
	}
	switch p.kind() {
	case DEF:
		return p.parseDef(decos, Pos{}, false)
	case CLASS:
		return p.parseClass(decos)
	case ASYNC:
		t := p.advance()
		if p.kind() == DEF {
			return p.parseDef(decos, t.pos, true)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) parseDef(decos []Expr, asyncPos Pos, async bool) Stmt {
	t := p.advance()
	f := &FunctionDef{Async: async, Decorators: decos}
	f.Pos = t.pos
	if async {
		f.Pos = asyncPos
	}
	nt := p.tok()
	if nt.kind != NAME {
		p.syntaxError()
	}
	p.advance()
	f.Name, f.NamePos = p.lit(nt.off, nt.eoff), nt.pos
	if p.kind() != LPAREN {
		t := p.tok()
		p.errAt(t.pos, t.end, "expected '('")
	}
	lp := p.advance()
	f.Params = p.parseParams(RPAREN, true)
	if f.Params.Pos == (Pos{}) {
		f.Params.Pos, f.Params.End = lp.end, lp.end
	}
	p.expect(RPAREN)
	if p.got(ARROW) {
		f.Returns = p.parseExpression()
	}
	p.expectColon(true)
	f.Body = p.parseBlock("function definition", t.pos.Line)
	f.End = p.lastRealEnd()
	return f
}

func (p *parser) parseClass(decos []Expr) Stmt {
	t := p.advance()
	c := &ClassDef{Decorators: decos}
	c.Pos = t.pos
	nt := p.tok()
	if nt.kind != NAME {
		p.syntaxError()
	}
	p.advance()
	c.Name, c.NamePos = p.lit(nt.off, nt.eoff), nt.pos
	if p.kind() == LPAREN {
		lp := p.advance()
		c.Bases, c.Keywords, _ = p.parseCallArgs(lp.pos)
	}
	p.expectColon(false)
	c.Body = p.parseBlock("class definition", t.pos.Line)
	c.End = p.lastRealEnd()
	return c
}

// parseParams parses a parameter list up to (not including) the closing
// token: RPAREN for def, COLON for lambda (annotations not allowed there).
func (p *parser) parseParams(closing Token, annotations bool) *Arguments {
	a := &Arguments{}
	seenDefault := false
	seenSlash := false
	star := false // after * or *args
	first := true
	for p.kind() != closing {
		t := p.tok()
		if first {
			a.Pos = t.pos
			first = false
		}
		if a.Kwarg != nil {
			p.errAt(t.pos, t.end, "arguments cannot follow var-keyword argument")
		}
		switch t.kind {
		case SLASH:
			if seenSlash {
				p.errAt(t.pos, t.end, "/ may appear only once")
			}
			if star {
				p.errAt(t.pos, t.end, "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.errAt(t.pos, t.end, "at least one argument must precede /")
			}
			p.advance()
			seenSlash = true
			a.PosOnly, a.Args = a.Args, nil
		case STAR:
			if star {
				p.errAt(t.pos, t.end, "* argument may appear only once")
			}
			p.advance()
			star = true
			if p.kind() == COMMA || p.kind() == closing {
				// Bare *: keyword-only parameters must follow.
				if p.kind() == closing || p.peekKind(1) == closing || p.peekKind(1) == STARSTAR {
					p.errAt(t.pos, t.end, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = p.parseParam(annotations, true)
			}
		case STARSTAR:
			p.advance()
			a.Kwarg = p.parseParam(annotations, false)
			if p.kind() == ASSIGN {
				t := p.tok()
				p.errAt(t.pos, t.end, "var-keyword argument cannot have default value")
			}
		default:
			arg := p.parseParam(annotations, false)
			var dflt Expr
			if p.got(ASSIGN) {
				dflt = p.parseExpression()
			}
			if star {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, dflt)
			} else {
				if dflt != nil {
					seenDefault = true
					a.Defaults = append(a.Defaults, dflt)
				} else if seenDefault {
					p.errNode(arg, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
			}
		}
		a.End = p.toks[p.i-1].end
		if !p.got(COMMA) {
			break
		}
	}
	return a
}

func (p *parser) parseParam(annotations, starred bool) *Arg {
	t := p.tok()
	if t.kind != NAME {
		p.syntaxError()
	}
	p.advance()
	arg := &Arg{Name: p.lit(t.off, t.eoff)}
	arg.Pos, arg.End = t.pos, t.end
	if annotations && p.got(COLON) {
		if starred && p.kind() == STAR {
			// *args: *Ts (3.11 star annotation)
			st := p.advance()
			x := p.parseExpression()
			s := &Starred{Value: x}
			s.Pos, s.End = st.pos, p.prevEnd()
			arg.Annotation = s
		} else {
			arg.Annotation = p.parseExpression()
		}
		arg.End = p.prevEnd()
	}
	return arg
}

// ------------------------------------------------------- simple statements

func (p *parser) parseSimpleStmt() Stmt {
	t := p.tok()
	switch t.kind {
	case PASS:
		p.advance()
		s := &Pass{}
		s.Pos, s.End = t.pos, t.end
		return s
	case BREAK:
		p.advance()
		s := &Break{}
		s.Pos, s.End = t.pos, t.end
		return s
	case CONTINUE:
		p.advance()
		s := &Continue{}
		s.Pos, s.End = t.pos, t.end
		return s
	case RETURN:
		p.advance()
		s := &Return{}
		s.Pos, s.End = t.pos, t.end
		if !p.atStmtEnd() {
			s.Value = p.parseStarExpressions()
			s.End = p.prevEnd()
		}
		return s
	case RAISE:
		p.advance()
		s := &Raise{}
		s.Pos, s.End = t.pos, t.end
		if !p.atStmtEnd() {
			s.Exc = p.parseExpression()
			s.End = p.prevEnd()
			if p.got(FROM) {
				s.Cause = p.parseExpression()
				s.End = p.prevEnd()
			}
		}
		return s
	case GLOBAL, NONLOCAL:
		p.advance()
		var names []string
		end := t.end
		for {
			nt := p.tok()
			if nt.kind != NAME {
				p.syntaxError()
			}
			p.advance()
			names = append(names, p.lit(nt.off, nt.eoff))
			end = nt.end
			if !p.got(COMMA) {
				break
			}
		}
		if t.kind == GLOBAL {
			s := &Global{Names: names}
			s.Pos, s.End = t.pos, end
			return s
		}
		s := &Nonlocal{Names: names}
		s.Pos, s.End = t.pos, end
		return s
	case DEL:
		p.advance()
		s := &Delete{}
		s.Pos = t.pos
		for {
			x := p.parseBitOr()
			if p.kind() == NOT || p.kind() == IN || p.kind() == IS || isCompareOp(p.kind()) {
				// `del a < b`: parse the full expression for the message.
				p.syntaxError()
			}
			p.setCtx(x, Del, "delete")
			s.Targets = append(s.Targets, x)
			s.End = p.prevEnd()
			if !p.got(COMMA) || p.atStmtEnd() {
				break
			}
		}
		return s
	case ASSERT:
		p.advance()
		s := &Assert{}
		s.Pos = t.pos
		s.Test = p.parseExpression()
		s.End = p.prevEnd()
		if p.got(COMMA) {
			s.Msg = p.parseExpression()
			s.End = p.prevEnd()
		}
		return s
	case IMPORT:
		return p.parseImport()
	case FROM:
		return p.parseFromImport()
	}
	return p.parseExprStmt()
}

func (p *parser) atStmtEnd() bool {
	k := p.kind()
	return k == NEWLINE || k == SEMI || k == EOF
}

func (p *parser) parseDottedName() (string, Pos, Pos) {
	t := p.tok()
	if t.kind != NAME {
		p.syntaxError()
	}
	p.advance()
	name, end := p.lit(t.off, t.eoff), t.end
	for p.kind() == DOT {
		p.advance()
		nt := p.tok()
		if nt.kind != NAME {
			p.syntaxError()
		}
		p.advance()
		name += "." + p.lit(nt.off, nt.eoff)
		end = nt.end
	}
	return name, t.pos, end
}

func (p *parser) parseImport() Stmt {
	t := p.advance()
	s := &Import{}
	s.Pos = t.pos
	for {
		name, a, b := p.parseDottedName()
		al := &Alias{Name: name}
		al.Pos, al.End = a, b
		if p.got(AS) {
			nt := p.tok()
			if nt.kind != NAME {
				p.syntaxError()
			}
			p.advance()
			al.AsName, al.End = p.lit(nt.off, nt.eoff), nt.end
		}
		s.Names = append(s.Names, al)
		s.End = al.End
		if !p.got(COMMA) {
			break
		}
	}
	return s
}

func (p *parser) parseFromImport() Stmt {
	t := p.advance()
	s := &ImportFrom{}
	s.Pos = t.pos
	for p.kind() == DOT || p.kind() == ELLIPSIS {
		if p.advance().kind == ELLIPSIS {
			s.Level += 3
		} else {
			s.Level++
		}
	}
	if p.kind() != IMPORT {
		s.Module, _, _ = p.parseDottedName()
	}
	p.expect(IMPORT)
	if p.kind() == STAR {
		st := p.advance()
		al := &Alias{Name: "*"}
		al.Pos, al.End = st.pos, st.end
		s.Names, s.End = []*Alias{al}, st.end
		return s
	}
	paren := p.got(LPAREN)
	for {
		nt := p.tok()
		if nt.kind != NAME {
			p.syntaxError()
		}
		p.advance()
		al := &Alias{Name: p.lit(nt.off, nt.eoff)}
		al.Pos, al.End = nt.pos, nt.end
		if p.got(AS) {
			at := p.tok()
			if at.kind != NAME {
				p.syntaxError()
			}
			p.advance()
			al.AsName, al.End = p.lit(at.off, at.eoff), at.end
		}
		s.Names = append(s.Names, al)
		s.End = al.End
		if !p.got(COMMA) {
			break
		}
		if paren && p.kind() == RPAREN {
			break
		}
		if !paren && p.atStmtEnd() {
			ct := p.tok()
			p.errAt(ct.pos, ct.pos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		s.End = p.expect(RPAREN).end
	}
	return s
}

func isAugAssign(k Token) bool { return k >= PLUS_EQ && k <= GTGT_EQ }

func (p *parser) parseExprStmt() Stmt {
	start := p.tok().pos
	startTok := p.i
	first := p.parseStarExpressionsOrYield()
	k := p.kind()
	switch {
	case k == ASSIGN:
		targets := []Expr{first}
		var value Expr
		for p.got(ASSIGN) {
			value = p.parseStarExpressionsOrYield()
			if p.kind() == ASSIGN {
				targets = append(targets, value)
			}
		}
		for i, tg := range targets {
			if y, ok := tg.(*Yield); ok {
				p.errNode(y, "assignment to yield expression not possible")
			}
			if y, ok := tg.(*YieldFrom); ok {
				p.errNode(y, "assignment to yield expression not possible")
			}
			p.checkAssignTarget(tg, i == 0 && len(targets) == 1)
		}
		s := &Assign{Targets: targets, Value: value}
		s.Pos, s.End = start, p.prevEnd()
		return s
	case isAugAssign(k):
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errNode(first, "'"+exprName(first)+"' is an illegal expression for augmented assignment")
		}
		p.setCtx(first, Store, "assign to")
		p.advance()
		value := p.parseStarExpressionsOrYield()
		s := &AugAssign{Target: first, Op: k.AugBase(), Value: value}
		s.Pos, s.End = start, p.prevEnd()
		return s
	case k == COLON:
		simple := false
		switch x := first.(type) {
		case *Name:
			// Simple unless parenthesised: `(x): int`.
			simple = p.toks[startTok].pos == x.Pos
		case *Attribute, *Subscript:
		case *Tuple:
			p.errNode(first, "only single target (not tuple) can be annotated")
		case *List:
			p.errNode(first, "only single target (not list) can be annotated")
		default:
			p.errNode(first, "illegal target for annotation")
		}
		p.setCtx(first, Store, "assign to")
		p.advance()
		s := &AnnAssign{Target: first, Simple: simple}
		s.Annotation = p.parseExpression()
		s.Pos, s.End = start, p.prevEnd()
		if p.got(ASSIGN) {
			s.Value = p.parseStarExpressionsOrYield()
			s.End = p.prevEnd()
		}
		return s
	}
	if !p.atStmtEnd() {
		p.legacyPrint(first)
		p.syntaxError()
	}
	s := &ExprStmt{X: first}
	s.Pos, s.End = start, p.prevEnd()
	return s
}

// legacyPrint reports CPython's message for `print x` / `exec x`.
func (p *parser) legacyPrint(first Expr) {
	n, ok := first.(*Name)
	if !ok || (n.Id != "print" && n.Id != "exec") || !p.canStartExpr() {
		return
	}
	save := p.i
	x := p.speculate(func() Expr { return p.parseStarExpressions() })
	if x == nil {
		p.i = save
		return
	}
	p.errAt(n.Pos, p.prevEnd(), "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?")
}

// speculate runs parse and returns its result, or nil if it failed with a
// syntax error. Scanner errors still propagate: CPython reports a
// tokenizer error as soon as its lookahead reaches it.
func (p *parser) speculate(parse func() Expr) (x Expr) {
	depth := p.depth
	defer func() {
		p.depth = depth
		if r := recover(); r != nil {
			b, isBail := r.(bailout)
			if !isBail || (p.scanErr != nil && b.err == p.scanErr) {
				panic(r)
			}
			x = nil
		}
	}()
	return parse()
}

// canStartExpr reports whether the current token can begin an expression.
func (p *parser) canStartExpr() bool {
	switch p.peekKind(0) {
	case NAME, INT, FLOAT, STRING, LPAREN, LBRACK, LBRACE, MINUS, PLUS, TILDE,
		NOT, LAMBDA, AWAIT, NONE, TRUE, FALSE, ELLIPSIS:
		return true
	}
	return false
}

// prevEnd is the end of the last consumed token: the end of a node just
// parsed, including any closing parentheses around it, as CPython records.
func (p *parser) prevEnd() Pos {
	if p.i == 0 {
		return p.toks[0].pos
	}
	return p.toks[p.i-1].end
}

// isEOFError reports whether a scanner error is about the end of input (an
// unclosed bracket): CPython reports those only when the parser gets there.
func isEOFError(e *Error) bool {
	return strings.HasSuffix(e.Msg, "was never closed") || strings.HasPrefix(e.Msg, "unexpected EOF")
}

// lit returns the source text of a token. Short texts (names, mostly) are
// interned so that each identifier is allocated once per parse.
func (p *parser) lit(off, eoff int32) string {
	b := p.src[off:eoff]
	if len(b) > 32 {
		return string(b)
	}
	if s, ok := p.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	p.intern[s] = s
	return s
}

// errAtTok reports an error spanning token t; at the end of input (EOF or
// DEDENT) CPython gives no end column (-1).
func (p *parser) errAtTok(t *token, kind, msg string) {
	e := p.errorRange(kind, msg, t.pos, t.end)
	if t.kind == EOF || t.kind == DEDENT {
		e.EndLine, e.EndCol = int(t.pos.Line), -1
	}
	p.fail(e)
}
