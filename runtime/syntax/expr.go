package syntax

import (
	"errors"
	"strconv"
)

// Expression parsing, one function per precedence level of CPython 3.11's
// grammar, lowest first: star_expressions, named_expression, expression
// (lambda, if-else), or, and, not, comparison, |, ^, &, shifts, + -,
// * / // % @, unary, **, await, primary, atom.

func (p *parser) parseStarExpressionsOrYield() Expr {
	if p.kind() == YIELD {
		return p.parseYield()
	}
	return p.parseStarExpressions()
}

// parseStarExpressions parses `a, *b, c` (a Tuple if there is a comma).
func (p *parser) parseStarExpressions() Expr {
	start := p.tok().pos
	first := p.parseStarExpression()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	end := p.prevEnd()
	for p.kind() == COMMA {
		end = p.advance().end
		if !p.canStartStarExpr() {
			break
		}
		x := p.parseStarExpression()
		elts = append(elts, x)
		end = p.prevEnd()
	}
	t := &Tuple{Elts: elts}
	t.Pos, t.End = start, end
	return t
}

func (p *parser) canStartStarExpr() bool {
	return p.peekKind(0) == STAR || p.canStartExpr()
}

func (p *parser) parseStarExpression() Expr {
	if p.kind() == STAR {
		t := p.advance()
		x := p.parseBitOr()
		s := &Starred{Value: x}
		s.Pos, s.End = t.pos, p.prevEnd()
		return s
	}
	return p.parseExpression()
}

// parseStarNamedExpression is an element of a display: `*x`, `x := 1` or x.
func (p *parser) parseStarNamedExpression() Expr {
	if p.kind() == STAR {
		return p.parseStarExpression()
	}
	return p.parseNamedExpression()
}

// parseNamedExpression parses `name := value` or an expression.
func (p *parser) parseNamedExpression() Expr {
	t := p.tok()
	if t.kind == NAME && p.peekKind(1) == WALRUS {
		p.advance()
		p.advance()
		v := p.parseExpression()
		target := &Name{Id: p.lit(t.off, t.eoff), Ctx: Store}
		target.Pos, target.End = t.pos, t.end
		n := &NamedExpr{Target: target, Value: v}
		n.Pos, n.End = t.pos, p.prevEnd()
		return n
	}
	x := p.parseExpression()
	if p.kind() == WALRUS {
		p.errNode(x, "cannot use assignment expressions with "+exprName(x))
	}
	return x
}

func (p *parser) parseExpression() Expr {
	p.enter()
	x := p.parseExpressionInner()
	p.depth--
	return x
}

func (p *parser) parseExpressionInner() Expr {
	start := p.tok().pos
	if p.kind() == LAMBDA {
		return p.parseLambda()
	}
	x := p.parseOr()
	if p.kind() == IF {
		p.advance()
		test := p.parseOr()
		if p.kind() != ELSE {
			if p.atStmtEnd() || p.kind() == RPAREN || p.kind() == COMMA || p.kind() == RBRACK || p.kind() == RBRACE || p.kind() == COLON {
				p.errAt(start, p.prevEnd(), "expected 'else' after 'if' expression")
			}
			p.syntaxError()
		}
		p.advance()
		orelse := p.parseExpression()
		e := &IfExp{Test: test, Body: x, Orelse: orelse}
		e.Pos, e.End = start, p.prevEnd()
		return e
	}
	return x
}

func (p *parser) parseLambda() Expr {
	t := p.advance()
	params := p.parseParams(COLON, false)
	if params.Pos == (Pos{}) {
		params.Pos, params.End = t.end, t.end
	}
	p.expect(COLON)
	body := p.parseExpression()
	l := &Lambda{Params: params, Body: body}
	l.Pos, l.End = t.pos, p.prevEnd()
	return l
}

func (p *parser) parseOr() Expr {
	start := p.tok().pos
	x := p.parseAnd()
	if p.kind() != OR {
		return x
	}
	vals := []Expr{x}
	for p.got(OR) {
		vals = append(vals, p.parseAnd())
	}
	b := &BoolOp{Op: OR, Values: vals}
	b.Pos, b.End = start, p.prevEnd()
	return b
}

func (p *parser) parseAnd() Expr {
	start := p.tok().pos
	x := p.parseNot()
	if p.kind() != AND {
		return x
	}
	vals := []Expr{x}
	for p.got(AND) {
		vals = append(vals, p.parseNot())
	}
	b := &BoolOp{Op: AND, Values: vals}
	b.Pos, b.End = start, p.prevEnd()
	return b
}

func (p *parser) parseNot() Expr {
	if p.kind() == NOT {
		p.enter()
		t := p.advance()
		x := p.parseNot()
		p.depth--
		u := &UnaryOp{Op: NOT, X: x}
		u.Pos, u.End = t.pos, p.prevEnd()
		return u
	}
	return p.parseComparison()
}

func isCompareOp(k Token) bool { return k >= LT && k <= NE }

// compareOp returns the comparison operator at the current token (consuming
// it) or ILLEGAL.
func (p *parser) compareOp() Token {
	k := p.kind()
	switch {
	case isCompareOp(k), k == IN:
		p.advance()
		return k
	case k == NOT && p.peekKind(1) == IN:
		p.advance()
		p.advance()
		return NOT_IN
	case k == IS:
		p.advance()
		if p.got(NOT) {
			return IS_NOT
		}
		return IS
	}
	return ILLEGAL
}

func (p *parser) parseComparison() Expr {
	start := p.tok().pos
	x := p.parseBitOr()
	var c *Compare
	for {
		op := p.compareOp()
		if op == ILLEGAL {
			break
		}
		y := p.parseBitOr()
		if c == nil {
			c = &Compare{Left: x}
			c.Pos = start
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, y)
		c.End = p.prevEnd()
	}
	if c == nil {
		return x
	}
	return c
}

func (p *parser) binop(start Pos, x Expr, op Token, y Expr) Expr {
	b := &BinOp{Left: x, Op: op, Right: y}
	b.Pos, b.End = start, p.prevEnd()
	return b
}

func (p *parser) parseBitOr() Expr {
	start := p.tok().pos
	x := p.parseBitXor()
	for p.kind() == PIPE {
		p.advance()
		x = p.binop(start, x, PIPE, p.parseBitXor())
	}
	return x
}

func (p *parser) parseBitXor() Expr {
	start := p.tok().pos
	x := p.parseBitAnd()
	for p.kind() == CIRCUMFLEX {
		p.advance()
		x = p.binop(start, x, CIRCUMFLEX, p.parseBitAnd())
	}
	return x
}

func (p *parser) parseBitAnd() Expr {
	start := p.tok().pos
	x := p.parseShift()
	for p.kind() == AMP {
		p.advance()
		x = p.binop(start, x, AMP, p.parseShift())
	}
	return x
}

func (p *parser) parseShift() Expr {
	start := p.tok().pos
	x := p.parseSum()
	for k := p.kind(); k == LTLT || k == GTGT; k = p.kind() {
		p.advance()
		x = p.binop(start, x, k, p.parseSum())
	}
	return x
}

func (p *parser) parseSum() Expr {
	start := p.tok().pos
	x := p.parseTerm()
	for k := p.kind(); k == PLUS || k == MINUS; k = p.kind() {
		p.advance()
		x = p.binop(start, x, k, p.parseTerm())
	}
	return x
}

func (p *parser) parseTerm() Expr {
	start := p.tok().pos
	x := p.parseFactor()
	for k := p.kind(); k == STAR || k == SLASH || k == SLASHSLASH || k == PERCENT || k == AT; k = p.kind() {
		p.advance()
		x = p.binop(start, x, k, p.parseFactor())
	}
	return x
}

func (p *parser) parseFactor() Expr {
	switch k := p.kind(); k {
	case PLUS, MINUS, TILDE:
		p.enter()
		t := p.advance()
		x := p.parseFactor()
		p.depth--
		u := &UnaryOp{Op: k, X: x}
		u.Pos, u.End = t.pos, p.prevEnd()
		return u
	}
	return p.parsePower()
}

func (p *parser) parsePower() Expr {
	start := p.tok().pos
	x := p.parseAwait()
	if p.kind() == STARSTAR {
		p.advance()
		// Right-associative, and the exponent may carry a unary sign: 2**-1.
		p.enter()
		y := p.parseFactor()
		p.depth--
		x = p.binop(start, x, STARSTAR, y)
	}
	return x
}

func (p *parser) parseAwait() Expr {
	if p.kind() == AWAIT {
		t := p.advance()
		x := p.parsePrimary()
		a := &Await{Value: x}
		a.Pos, a.End = t.pos, p.prevEnd()
		return a
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() Expr {
	p.enter()
	x := p.parsePrimaryInner()
	p.depth--
	return x
}

func (p *parser) parsePrimaryInner() Expr {
	start := p.tok().pos
	x := p.parseAtom()
	for {
		switch p.kind() {
		case DOT:
			p.advance()
			t := p.tok()
			if t.kind != NAME {
				p.syntaxError()
			}
			p.advance()
			a := &Attribute{Value: x, Attr: p.lit(t.off, t.eoff)}
			a.Pos, a.End = start, t.end
			x = a
		case LPAREN:
			lp := p.advance()
			args, kws, end := p.parseCallArgs(lp.pos)
			c := &Call{Func: x, Args: args, Keywords: kws}
			c.Pos, c.End = start, end
			x = c
		case LBRACK:
			p.advance()
			sl := p.parseSlices()
			rb := p.expect(RBRACK)
			s := &Subscript{Value: x, Slice: sl}
			s.Pos, s.End = start, rb.end
			x = s
		default:
			return x
		}
	}
}

func (p *parser) parseSlices() Expr {
	start := p.tok().pos
	first := p.parseSlice()
	if p.kind() != COMMA {
		if st, ok := first.(*Starred); ok {
			// a[*b] indexes with a one-element tuple, as in CPython.
			t := &Tuple{Elts: []Expr{st}}
			t.Loc = st.Loc
			return t
		}
		return first
	}
	elts := []Expr{first}
	end := p.prevEnd()
	for p.kind() == COMMA {
		end = p.advance().end
		if p.kind() == RBRACK {
			break
		}
		x := p.parseSlice()
		elts = append(elts, x)
		end = p.prevEnd()
	}
	t := &Tuple{Elts: elts}
	t.Pos, t.End = start, end
	return t
}

func (p *parser) parseSlice() Expr {
	start := p.tok().pos
	var lower Expr
	if p.kind() == STAR {
		return p.parseStarExpression()
	}
	if p.kind() != COLON {
		lower = p.parseNamedExpression()
		if p.kind() != COLON {
			return lower
		}
	}
	end := p.advance().end // first ':'
	s := &Slice{Lower: lower}
	if k := p.kind(); k != COLON && k != COMMA && k != RBRACK {
		s.Upper = p.parseExpression()
		end = p.prevEnd()
	}
	if p.kind() == COLON {
		end = p.advance().end
		if k := p.kind(); k != COMMA && k != RBRACK {
			s.Step = p.parseExpression()
			end = p.prevEnd()
		}
	}
	s.Pos, s.End = start, end
	return s
}

// parseCallArgs parses arguments after '(' (at lp) up to and including ')'.
func (p *parser) parseCallArgs(lp Pos) (args []Expr, kws []*Keyword, end Pos) {
	sawKeyword, sawKwUnpack := false, false
	var genexp Expr
	// CPython reports a positional argument after keywords once the whole
	// argument list is read, at the closing parenthesis.
	lateMsg := ""
	n := 0
	for p.kind() != RPAREN {
		n++
		t := p.tok()
		switch {
		case t.kind == STAR:
			// In calls the operand of * is a full expression: f(*a or b).
			p.advance()
			v := p.parseExpression()
			st := &Starred{Value: v}
			st.Pos, st.End = t.pos, p.prevEnd()
			var x Expr = st
			if sawKwUnpack {
				p.errAt(t.pos, t.end, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, x)
		case t.kind == STARSTAR:
			p.advance()
			v := p.parseExpression()
			k := &Keyword{Value: v}
			k.Pos, k.End = t.pos, p.prevEnd()
			kws = append(kws, k)
			sawKwUnpack = true
		case t.kind == NAME && p.peekKind(1) == ASSIGN:
			p.advance()
			p.advance()
			v := p.parseExpression()
			k := &Keyword{Arg: p.lit(t.off, t.eoff), Value: v}
			k.Pos, k.End = t.pos, p.prevEnd()
			kws = append(kws, k)
			sawKeyword = true
		default:
			x := p.parseNamedExpression()
			if p.kind() == FOR || (p.kind() == ASYNC && p.peekKind(1) == FOR) {
				gens := p.parseComprehensions()
				g := &GeneratorExp{Elt: x, Generators: gens}
				g.End = p.prevEnd()
				if genexp == nil {
					genexp = g
				}
				x = g
			}
			if p.kind() == ASSIGN {
				at := p.tok()
				switch c := x.(type) {
				case *Constant:
					if c.Kind == ConstTrue || c.Kind == ConstFalse || c.Kind == ConstNone {
						p.errAt(t.pos, at.end, "cannot assign to "+exprName(x))
					}
				}
				p.errAt(t.pos, at.end, `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			if lateMsg == "" && sawKwUnpack {
				lateMsg = "positional argument follows keyword argument unpacking"
			} else if lateMsg == "" && sawKeyword {
				lateMsg = "positional argument follows keyword argument"
			}
			args = append(args, x)
		}
		if p.kind() != COMMA {
			if p.kind() != RPAREN {
				p.missingComma(args, kws)
			}
			break
		}
		p.advance()
	}
	if genexp != nil && n > 1 {
		g := genexp.(*GeneratorExp)
		p.errAt(startOf(g.Elt), g.End, "Generator expression must be parenthesized")
	}
	if lateMsg != "" && p.kind() == RPAREN {
		t := p.tok()
		p.errAt(t.pos, t.end, lateMsg)
	}
	end = p.expect(RPAREN).end
	if genexp != nil {
		// A lone generator argument takes the call's parentheses as its span.
		g := genexp.(*GeneratorExp)
		g.Pos, g.End = lp, end
	}
	return args, kws, end
}

// missingComma reports CPython's "Perhaps you forgot a comma?" when the
// next token starts another expression inside brackets.
func (p *parser) missingComma(args []Expr, kws []*Keyword) {
	var prev Expr
	if len(args) > 0 {
		prev = args[len(args)-1]
	}
	if len(kws) > 0 && (prev == nil || startOf(prev).Before(startOf(kws[len(kws)-1]))) {
		prev = kws[len(kws)-1].Value
	}
	if prev != nil {
		p.checkMissingComma(prev)
	}
	p.syntaxError()
}

func (p *parser) checkMissingComma(prev Expr) {
	if !p.canStartExpr() {
		return
	}
	if n, ok := prev.(*Name); ok {
		if p.peekKind(0) == STRING || n.Id == "match" || n.Id == "case" || n.Id == "_" {
			return
		}
	}
	switch prev.(type) {
	case *Lambda, *IfExp, *Starred, *NamedExpr, *GeneratorExp:
		return
	}
	if p.peekKind(0) == NOT || p.peekKind(0) == LAMBDA {
		return
	}
	save := p.i
	next := p.speculate(p.parseExpression)
	end := p.prevEnd()
	p.i = save
	if next != nil {
		p.errAt(startOf(prev), end, "invalid syntax. Perhaps you forgot a comma?")
	}
}

func (p *parser) parseComprehensions() []*Comprehension {
	var gens []*Comprehension
	for p.kind() == FOR || (p.kind() == ASYNC && p.peekKind(1) == FOR) {
		c := &Comprehension{}
		c.Pos = p.tok().pos
		if p.got(ASYNC) {
			c.Async = true
		}
		p.advance() // for
		c.Target = p.parseTargetList(IN)
		p.setCtx(c.Target, Store, "assign to")
		p.expect(IN)
		c.Iter = p.parseOr()
		c.End = p.prevEnd()
		for p.kind() == IF {
			p.advance()
			cond := p.parseOr()
			c.Ifs = append(c.Ifs, cond)
			c.End = p.prevEnd()
		}
		gens = append(gens, c)
	}
	return gens
}

func (p *parser) parseYield() Expr {
	t := p.advance()
	if p.got(FROM) {
		x := p.parseExpression()
		y := &YieldFrom{Value: x}
		y.Pos, y.End = t.pos, p.prevEnd()
		return y
	}
	y := &Yield{}
	y.Pos, y.End = t.pos, t.end
	if p.canStartStarExpr() {
		y.Value = p.parseStarExpressions()
		y.End = p.prevEnd()
	}
	return y
}

func (p *parser) parseAtom() Expr {
	t := p.tok()
	switch t.kind {
	case NAME:
		p.advance()
		n := &Name{Id: p.lit(t.off, t.eoff)}
		n.Pos, n.End = t.pos, t.end
		return n
	case INT:
		p.advance()
		return p.intConst(*t)
	case FLOAT:
		p.advance()
		c := &Constant{Kind: ConstFloat}
		c.Pos, c.End = t.pos, t.end
		text := stripUnderscores(p.lit(t.off, t.eoff))
		if l := len(text) - 1; text[l]|0x20 == 'j' {
			c.Kind, text = ConstImag, text[:l]
		}
		// Overflow gives ±Inf and underflow 0 (with ErrRange), as in CPython.
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			p.errAt(t.pos, t.end, "invalid decimal literal")
		}
		c.Float = f
		return c
	case STRING:
		return p.parseStrings()
	case NONE, TRUE, FALSE, ELLIPSIS:
		p.advance()
		c := &Constant{Kind: ConstEllipsis}
		switch t.kind {
		case NONE:
			c.Kind = ConstNone
		case TRUE:
			c.Kind = ConstTrue
		case FALSE:
			c.Kind = ConstFalse
		}
		c.Pos, c.End = t.pos, t.end
		return c
	case LPAREN:
		return p.parseParen()
	case LBRACK:
		return p.parseList()
	case LBRACE:
		return p.parseBrace()
	}
	p.syntaxError()
	return nil
}

func stripUnderscores(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			b := make([]byte, 0, len(s))
			for j := 0; j < len(s); j++ {
				if s[j] != '_' {
					b = append(b, s[j])
				}
			}
			return string(b)
		}
	}
	return s
}

func (p *parser) intConst(t token) Expr {
	c := &Constant{Kind: ConstInt}
	c.Pos, c.End = t.pos, t.end
	text := stripUnderscores(p.lit(t.off, t.eoff))
	base, digits := 10, text
	if len(text) > 1 && text[0] == '0' {
		switch text[1] | 0x20 {
		case 'x':
			base, digits = 16, text[2:]
		case 'o':
			base, digits = 8, text[2:]
		case 'b':
			base, digits = 2, text[2:]
		}
	}
	v, err := strconv.ParseUint(digits, base, 64)
	if err != nil || v > 1<<63-1 {
		c.IntText = text
		return c
	}
	c.Int = int64(v)
	return c
}

func (p *parser) parseParen() Expr {
	lp := p.advance()
	if p.kind() == RPAREN {
		rp := p.advance()
		t := &Tuple{}
		t.Pos, t.End = lp.pos, rp.end
		return t
	}
	if p.kind() == YIELD {
		y := p.parseYield()
		p.expect(RPAREN)
		return y
	}
	first := p.parseStarNamedExpression()
	switch p.kind() {
	case FOR, ASYNC:
		if p.kind() == ASYNC && p.peekKind(1) != FOR {
			break
		}
		gens := p.parseComprehensions()
		rp := p.expect(RPAREN)
		g := &GeneratorExp{Elt: first, Generators: gens}
		g.Pos, g.End = lp.pos, rp.end
		return g
	case RPAREN:
		p.advance()
		if s, ok := first.(*Starred); ok {
			p.errNode(s, "cannot use starred expression here")
		}
		return first
	case COMMA:
		elts := []Expr{first}
		for p.got(COMMA) {
			if p.kind() == RPAREN {
				break
			}
			elts = append(elts, p.parseStarNamedExpression())
			p.checkUnparenthesizedTarget(elts)
			if p.kind() != COMMA && p.kind() != RPAREN {
				p.checkMissingComma(elts[len(elts)-1])
			}
		}
		rp := p.expect(RPAREN)
		t := &Tuple{Elts: elts}
		t.Pos, t.End = lp.pos, rp.end
		return t
	}
	p.checkMissingComma(first)
	p.syntaxError()
	return nil
}

func (p *parser) parseList() Expr {
	lb := p.advance()
	l := &List{}
	if p.kind() == RBRACK {
		rb := p.advance()
		l.Pos, l.End = lb.pos, rb.end
		return l
	}
	firstPos := p.tok().pos
	first := p.parseStarNamedExpression()
	p.checkStrayAssign(first, firstPos)
	if p.kind() == FOR || (p.kind() == ASYNC && p.peekKind(1) == FOR) {
		gens := p.parseComprehensions()
		rb := p.expect(RBRACK)
		c := &ListComp{Elt: first, Generators: gens}
		c.Pos, c.End = lb.pos, rb.end
		return c
	}
	l.Elts = p.parseDisplayRest(first, RBRACK)
	rb := p.expect(RBRACK)
	l.Pos, l.End = lb.pos, rb.end
	return l
}

// parseDisplayRest parses `, x, *y` after the first element of a list or
// set display, up to (not including) the closer.
func (p *parser) parseDisplayRest(first Expr, closer Token) []Expr {
	elts := []Expr{first}
	for {
		if p.kind() != COMMA {
			if p.kind() != closer {
				p.checkMissingComma(elts[len(elts)-1])
				p.syntaxError()
			}
			return elts
		}
		p.advance()
		if p.kind() == closer {
			return elts
		}
		elts = append(elts, p.parseStarNamedExpression())
		p.checkUnparenthesizedTarget(elts)
	}
}

// checkUnparenthesizedTarget reports `[x, y for x, y in z]`.
func (p *parser) checkUnparenthesizedTarget(elts []Expr) {
	if len(elts) > 1 && (p.kind() == FOR || (p.kind() == ASYNC && p.peekKind(1) == FOR)) {
		p.errAt(startOf(elts[0]), endOf(elts[len(elts)-1]), "did you forget parentheses around the comprehension target?")
	}
}

func (p *parser) parseBrace() Expr {
	lb := p.advance()
	if p.kind() == RBRACE {
		rb := p.advance()
		d := &Dict{}
		d.Pos, d.End = lb.pos, rb.end
		return d
	}
	var key, value Expr
	if p.kind() == STARSTAR {
		p.advance()
		value = p.parseBitOr()
	} else {
		key = p.parseStarNamedExpression()
		if p.kind() == COLON {
			if _, ok := key.(*Starred); ok {
				p.errNode(key, "cannot use a starred expression in a dictionary key")
			}
			p.advance()
			value = p.parseExpression()
		} else {
			// A set display or set comprehension.
			if p.kind() == FOR || (p.kind() == ASYNC && p.peekKind(1) == FOR) {
				gens := p.parseComprehensions()
				rb := p.expect(RBRACE)
				c := &SetComp{Elt: key, Generators: gens}
				c.Pos, c.End = lb.pos, rb.end
				return c
			}
			s := &Set{Elts: p.parseDisplayRest(key, RBRACE)}
			rb := p.expect(RBRACE)
			s.Pos, s.End = lb.pos, rb.end
			return s
		}
	}
	if key != nil && (p.kind() == FOR || (p.kind() == ASYNC && p.peekKind(1) == FOR)) {
		gens := p.parseComprehensions()
		rb := p.expect(RBRACE)
		c := &DictComp{Key: key, Value: value, Generators: gens}
		c.Pos, c.End = lb.pos, rb.end
		return c
	}
	d := &Dict{Keys: []Expr{key}, Values: []Expr{value}}
	for p.got(COMMA) {
		if p.kind() == RBRACE {
			break
		}
		if p.kind() == STARSTAR {
			p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.parseBitOr())
			continue
		}
		k := p.parseExpression()
		if p.kind() != COLON {
			if p.kind() == COMMA || p.kind() == RBRACE {
				e := p.errorRange("SyntaxError", "':' expected after dictionary key", startOf(k), Pos{})
				e.EndLine = e.Line
				p.fail(e)
			}
			p.syntaxError()
		}
		p.advance()
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.parseExpression())
	}
	if p.kind() != RBRACE {
		p.checkMissingComma(d.Values[len(d.Values)-1])
	}
	rb := p.expect(RBRACE)
	d.Pos, d.End = lb.pos, rb.end
	return d
}

// checkStrayAssign reports CPython's hints for `if x = 1:` and `[x = 1]`,
// where a named expression is followed by '='.
func (p *parser) checkStrayAssign(x Expr, start Pos) {
	if p.kind() != ASSIGN {
		return
	}
	save := p.i
	p.advance()
	rhs := p.speculate(p.parseBitOr)
	rhsEnd := p.prevEnd()
	if rhs == nil || p.kind() == ASSIGN || p.kind() == WALRUS {
		p.i = save
		return
	}
	if _, ok := x.(*Name); ok {
		p.errAt(start, rhsEnd, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if maybeComparison(x, x) {
		p.errNode(x, "cannot assign to "+exprName(x)+" here. Maybe you meant '==' instead of '='?")
	}
	p.i = save
}
