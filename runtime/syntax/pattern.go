package syntax

import "strconv"

// The match statement (PEP 634). `match` and `case` are soft keywords: a
// statement starting with the name `match` is tried as a match statement
// first and re-parsed as an ordinary statement if its header does not fit.

// tryMatch parses a match statement at a NAME "match", or returns nil (with
// the position restored) when the line is not one.
func (p *parser) tryMatch() Stmt {
	save := p.i
	t := p.advance()
	switch p.peekKind(0) {
	case NEWLINE, ASSIGN, DOT, COLON, EOF, SEMI, RPAREN, COMMA:
		p.i = save
		return nil
	}
	if isAugAssign(p.peekKind(0)) {
		p.i = save
		return nil
	}
	// Could the line still be an expression statement (match(x), match[i])?
	var exprCont bool
	switch p.peekKind(0) {
	case NAME, INT, FLOAT, STRING, LBRACE, NONE, TRUE, FALSE, LAMBDA, AWAIT, ELLIPSIS:
	default:
		exprCont = true
	}
	subject, ok := p.trySubject()
	if ok && p.kind() == NEWLINE && !exprCont {
		nt := p.tok()
		p.errAt(nt.pos, nt.pos, "expected ':'")
	}
	if !ok || p.kind() != COLON || p.peekKind(1) != NEWLINE {
		p.i = save
		return nil
	}
	p.advance() // :
	p.advance() // NEWLINE
	if p.kind() != INDENT {
		p.errAtTok(p.tok(), "IndentationError", "expected an indented block after 'match' statement on line "+strconv.Itoa(int(t.pos.Line)))
	}
	p.advance()
	m := &Match{Subject: subject}
	m.Pos = t.pos
	for p.kind() != DEDENT && p.kind() != EOF {
		if !p.isName("case") {
			p.syntaxError()
		}
		m.Cases = append(m.Cases, p.parseCase())
	}
	p.got(DEDENT)
	if len(m.Cases) == 0 {
		p.syntaxError()
	}
	m.End = m.Cases[len(m.Cases)-1].End
	return m
}

func (p *parser) trySubject() (x Expr, ok bool) {
	x = p.speculate(p.parseSubject)
	return x, x != nil
}

func (p *parser) parseSubject() Expr {
	start := p.tok().pos
	// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
	first := p.parseStarNamedExpression()
	if p.kind() != COMMA {
		if _, star := first.(*Starred); star {
			p.syntaxError()
		}
		return first
	}
	elts := []Expr{first}
	end := p.prevEnd()
	for p.kind() == COMMA {
		end = p.advance().end
		if p.kind() == COLON {
			break
		}
		x := p.parseStarNamedExpression()
		elts = append(elts, x)
		end = p.prevEnd()
	}
	t := &Tuple{Elts: elts}
	t.Pos, t.End = start, end
	return t
}

func (p *parser) parseCase() *MatchCase {
	t := p.advance() // case
	c := &MatchCase{}
	c.Pos = t.pos
	c.Pattern = p.parsePatterns()
	if p.got(IF) {
		c.Guard = p.parseNamedExpression()
	}
	p.expectColon(false)
	c.Body = p.parseBlock("'case' statement", t.pos.Line)
	c.End = p.lastRealEnd()
	return c
}

// parsePatterns parses the top-level pattern of a case: an open sequence
// `a, *b` or a single pattern.
func (p *parser) parsePatterns() Pattern {
	start := p.tok().pos
	first := p.parseMaybeStarPattern()
	if p.kind() != COMMA {
		if s, ok := first.(*MatchStar); ok {
			// A lone star pattern is still a sequence pattern.
			q := &MatchSequence{Patterns: []Pattern{s}}
			q.Loc = s.Loc
			return q
		}
		return first
	}
	pats := []Pattern{first}
	end := p.prevEnd()
	for p.kind() == COMMA {
		end = p.advance().end
		if p.kind() == COLON || p.kind() == IF {
			break
		}
		x := p.parseMaybeStarPattern()
		pats = append(pats, x)
		end = p.prevEnd()
	}
	s := &MatchSequence{Patterns: pats}
	s.Pos, s.End = start, end
	return s
}

func (p *parser) parseMaybeStarPattern() Pattern {
	if p.kind() == STAR {
		t := p.advance()
		nt := p.tok()
		if nt.kind != NAME {
			p.syntaxError()
		}
		p.advance()
		s := &MatchStar{}
		if p.lit(nt.off, nt.eoff) != "_" {
			s.Name = p.lit(nt.off, nt.eoff)
		}
		s.Pos, s.End = t.pos, nt.end
		return s
	}
	return p.parsePattern()
}

// parsePattern: or_pattern ['as' NAME].
func (p *parser) parsePattern() Pattern {
	p.enter()
	x := p.parsePatternInner()
	p.depth--
	return x
}

func (p *parser) parsePatternInner() Pattern {
	start := p.tok().pos
	x := p.parseOrPattern()
	if p.got(AS) {
		nt := p.tok()
		if nt.kind != NAME {
			p.syntaxError()
		}
		p.advance()
		if p.lit(nt.off, nt.eoff) == "_" {
			p.errAt(nt.pos, nt.end, "cannot use '_' as a target")
		}
		a := &MatchAs{Pattern: x, Name: p.lit(nt.off, nt.eoff)}
		a.Pos, a.End = start, nt.end
		return a
	}
	return x
}

func (p *parser) parseOrPattern() Pattern {
	start := p.tok().pos
	first := p.parseClosedPattern()
	if p.kind() != PIPE {
		return first
	}
	pats := []Pattern{first}
	for p.got(PIPE) {
		pats = append(pats, p.parseClosedPattern())
	}
	o := &MatchOr{Patterns: pats}
	o.Pos, o.End = start, p.prevEnd()
	return o
}

func (p *parser) parseClosedPattern() Pattern {
	start := p.tok().pos
	t := p.tok()
	switch t.kind {
	case NONE, TRUE, FALSE:
		p.advance()
		s := &MatchSingleton{Value: ConstNone}
		if t.kind == TRUE {
			s.Value = ConstTrue
		} else if t.kind == FALSE {
			s.Value = ConstFalse
		}
		s.Pos, s.End = t.pos, t.end
		return s
	case INT, FLOAT, MINUS:
		x := p.parseSignedNumber()
		if k := p.kind(); k == PLUS || k == MINUS {
			x = p.parseComplexPattern(x)
		}
		v := &MatchValue{Value: x}
		v.Pos, v.End = start, p.prevEnd()
		return v
	case STRING:
		x := p.parseStrings()
		if _, ok := x.(*JoinedStr); ok {
			p.errNode(x, "patterns may only match literals and attribute lookups")
		}
		v := &MatchValue{Value: x}
		v.Pos, v.End = start, p.prevEnd()
		return v
	case NAME:
		return p.parseNamePattern()
	case LPAREN:
		lp := p.advance()
		if p.kind() == RPAREN {
			rp := p.advance()
			s := &MatchSequence{}
			s.Pos, s.End = lp.pos, rp.end
			return s
		}
		first := p.parseMaybeStarPattern()
		if p.kind() == RPAREN {
			p.advance()
			if _, star := first.(*MatchStar); !star {
				return first // group pattern
			}
			s := &MatchSequence{Patterns: []Pattern{first}}
			s.Pos, s.End = lp.pos, p.toks[p.i-1].end
			return s
		}
		pats := []Pattern{first}
		for p.got(COMMA) {
			if p.kind() == RPAREN {
				break
			}
			pats = append(pats, p.parseMaybeStarPattern())
		}
		rp := p.expect(RPAREN)
		s := &MatchSequence{Patterns: pats}
		s.Pos, s.End = lp.pos, rp.end
		return s
	case LBRACK:
		lb := p.advance()
		var pats []Pattern
		for p.kind() != RBRACK {
			pats = append(pats, p.parseMaybeStarPattern())
			if !p.got(COMMA) {
				break
			}
		}
		rb := p.expect(RBRACK)
		s := &MatchSequence{Patterns: pats}
		s.Pos, s.End = lb.pos, rb.end
		return s
	case LBRACE:
		return p.parseMappingPattern()
	}
	p.syntaxError()
	return nil
}

func (p *parser) parseSignedNumber() Expr {
	t := p.tok()
	if t.kind == MINUS {
		p.advance()
		nt := p.tok()
		if nt.kind != INT && nt.kind != FLOAT {
			p.syntaxError()
		}
		x := p.parseAtom()
		u := &UnaryOp{Op: MINUS, X: x}
		u.Pos, u.End = t.pos, p.prevEnd()
		return u
	}
	return p.parseAtom()
}

// parseComplexPattern parses the `+ 2j` or `- 2j` after the real part x
// of a complex literal pattern (1 + 2j); only these may use + or -.
func (p *parser) parseComplexPattern(x Expr) Expr {
	if isImag(x) {
		p.errNode(x, "real number required in complex literal")
	}
	opTok := p.advance()
	nt := p.tok()
	if nt.kind != INT && nt.kind != FLOAT {
		p.syntaxError()
	}
	y := p.parseAtom()
	if !isImag(y) {
		p.errAt(nt.pos, nt.end, "imaginary number required in complex literal")
	}
	b := &BinOp{Left: x, Op: opTok.kind, Right: y}
	b.Pos, _ = x.Span()
	b.End = p.prevEnd()
	return b
}

// isImag reports whether x is an imaginary literal (possibly negated).
func isImag(x Expr) bool {
	if u, ok := x.(*UnaryOp); ok {
		x = u.X
	}
	c, ok := x.(*Constant)
	return ok && c.Kind == ConstImag
}

// parseNamePattern handles capture (x), wildcard (_), value (a.b) and class
// (C(...), a.B(...)) patterns.
func (p *parser) parseNamePattern() Pattern {
	start := p.tok().pos
	t := p.advance()
	var x Expr
	n := &Name{Id: p.lit(t.off, t.eoff)}
	n.Pos, n.End = t.pos, t.end
	x = n
	dotted := false
	for p.kind() == DOT {
		p.advance()
		at := p.tok()
		if at.kind != NAME {
			p.syntaxError()
		}
		p.advance()
		a := &Attribute{Value: x, Attr: p.lit(at.off, at.eoff)}
		a.Pos, a.End = t.pos, at.end
		x = a
		dotted = true
	}
	if p.kind() == LPAREN {
		return p.parseClassPattern(x)
	}
	if dotted {
		v := &MatchValue{Value: x}
		v.Pos, v.End = start, p.prevEnd()
		return v
	}
	as := &MatchAs{}
	if p.lit(t.off, t.eoff) != "_" {
		as.Name = p.lit(t.off, t.eoff)
	}
	as.Pos, as.End = t.pos, t.end
	return as
}

func (p *parser) parseClassPattern(cls Expr) Pattern {
	start := startOf(cls)
	p.advance() // (
	c := &MatchClass{Cls: cls}
	for p.kind() != RPAREN {
		t := p.tok()
		if t.kind == NAME && p.peekKind(1) == ASSIGN {
			p.advance()
			p.advance()
			c.KwdAttrs = append(c.KwdAttrs, p.lit(t.off, t.eoff))
			c.KwdPatterns = append(c.KwdPatterns, p.parsePattern())
		} else {
			x := p.parsePattern()
			if len(c.KwdAttrs) > 0 {
				p.errNode(x, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, x)
		}
		if !p.got(COMMA) {
			break
		}
	}
	rp := p.expect(RPAREN)
	c.Pos, c.End = start, rp.end
	return c
}

func (p *parser) parseMappingPattern() Pattern {
	lb := p.advance()
	m := &MatchMapping{}
	for p.kind() != RBRACE {
		if p.kind() == STARSTAR {
			p.advance()
			nt := p.tok()
			if nt.kind != NAME {
				p.syntaxError()
			}
			p.advance()
			m.Rest = p.lit(nt.off, nt.eoff)
			p.got(COMMA)
			break
		}
		var key Expr
		t := p.tok()
		switch t.kind {
		case NONE, TRUE, FALSE, INT, FLOAT, MINUS:
			key = p.parseSignedNumberOrConst()
		case STRING:
			key = p.parseStrings()
			if _, ok := key.(*JoinedStr); ok {
				p.errNode(key, "patterns may only match literals and attribute lookups")
			}
		case NAME:
			key = p.parsePrimaryName()
		default:
			p.syntaxError()
		}
		p.expect(COLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.parsePattern())
		if !p.got(COMMA) {
			break
		}
	}
	rb := p.expect(RBRACE)
	m.Pos, m.End = lb.pos, rb.end
	return m
}

func (p *parser) parseSignedNumberOrConst() Expr {
	switch p.kind() {
	case NONE, TRUE, FALSE:
		return p.parseAtom()
	}
	return p.parseSignedNumber()
}

// parsePrimaryName parses a dotted name a.b.c used as a mapping key; a
// bare name is not a valid key.
func (p *parser) parsePrimaryName() Expr {
	t := p.advance()
	n := &Name{Id: p.lit(t.off, t.eoff)}
	n.Pos, n.End = t.pos, t.end
	var x Expr = n
	if p.kind() != DOT {
		p.syntaxError()
	}
	for p.got(DOT) {
		at := p.tok()
		if at.kind != NAME {
			p.syntaxError()
		}
		p.advance()
		a := &Attribute{Value: x, Attr: p.lit(at.off, at.eoff)}
		a.Pos, a.End = t.pos, at.end
		x = a
	}
	return x
}
