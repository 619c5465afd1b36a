package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// String literals: prefixes, escapes, implicit concatenation and f-strings
// (CPython 3.11 semantics: an f-string is one token whose fields are parsed
// from the token's text, with their real source positions).

// strToken describes one scanned string literal.
type strToken struct {
	raw, bytes, fstr bool
	bodyOff, bodyEnd int // absolute offsets of the text between the quotes
}

func splitString(src []byte, t *token) strToken {
	var st strToken
	lit := src[t.off:t.eoff]
	i := 0
	for ; i < len(lit) && lit[i] != '"' && lit[i] != '\''; i++ {
		switch lit[i] | 0x20 {
		case 'r':
			st.raw = true
		case 'b':
			st.bytes = true
		case 'f':
			st.fstr = true
		}
	}
	q := 1
	if len(lit)-i >= 6 && lit[i+1] == lit[i] && lit[i+2] == lit[i] {
		q = 3
	}
	st.bodyOff = int(t.off) + i + q
	st.bodyEnd = int(t.eoff) - q
	return st
}

func (p *parser) parseStrings() Expr {
	first := *p.tok()
	last := first
	var parts []Expr // non-nil once an f-string was seen
	var buf []byte
	isF := false
	isBytes := false
	// The token after the group, where f-string errors point.
	ai := p.i
	for ai < len(p.toks)-1 && p.toks[ai].kind == STRING {
		ai++
	}
	after := p.toks[ai]
	if after.kind == tokScanErr {
		// CPython's lookahead for more strings meets the tokenizer error first.
		p.fail(p.scanErr)
	}
	errPos, errEnd := after.pos, after.end
	switch after.kind {
	case NEWLINE, EOF, DEDENT:
		errEnd = errPos
	}
	for n := 0; p.peekKind(0) == STRING; n++ {
		t := p.advance()
		last = t
		st := splitString(p.src, &t)
		if n == 0 {
			isBytes = st.bytes
		} else if st.bytes != isBytes {
			p.errAt(t.end, t.end, "cannot mix bytes and nonbytes literals")
		}
		body := p.src[st.bodyOff:st.bodyEnd]
		if st.bytes {
			for _, c := range body {
				if c >= 0x80 {
					p.errAt(t.pos, t.end, "bytes can only contain ASCII literal characters")
				}
			}
		}
		if st.fstr {
			isF = true
			fs := &fstringParser{p: p, tok: t, raw: st.raw, i: st.bodyOff, end: st.bodyEnd,
				line: int(t.pos.Line), lineStart: int(t.off) - int(t.pos.Col),
				specLoc: Loc{t.pos, t.end}, errPos: errPos, errEnd: errEnd}
			fs.parse(&parts, &buf, 0)
			if fs.i < fs.end {
				// A '}' closed nothing at the top level.
				fs.errTok("f-string: single '}' is not allowed")
			}
			continue
		}
		if st.raw {
			buf = append(buf, body...)
			continue
		}
		var msg string
		buf, msg = decodeEscapes(buf, body, st.bytes)
		if msg != "" {
			// CPython decodes once the group is parsed: the error points
			// at the token after it.
			p.errAt(errPos, errEnd, msg)
		}
	}
	if !isF {
		c := &Constant{Kind: ConstStr, Str: string(buf)}
		if isBytes {
			c.Kind = ConstBytes
		}
		c.Pos, c.End = first.pos, last.end
		return c
	}
	j := &JoinedStr{}
	j.Pos, j.End = first.pos, last.end
	flushConst(&parts, &buf, j.Loc)
	for _, x := range parts {
		setLoc(x, j.Loc)
	}
	j.Values = parts
	if j.Values == nil {
		j.Values = []Expr{}
	}
	return j
}

// setLoc gives f-string parts (constants, fields, specs) the span of the
// whole literal, as CPython 3.11 does; field expressions keep their own.
func setLoc(x Expr, l Loc) {
	switch v := x.(type) {
	case *Constant:
		v.Loc = l
	case *FormattedValue:
		v.Loc = l
		if v.FormatSpec != nil && !v.FormatSpec.Pos.IsValid() {
			v.FormatSpec.Loc = l
			for _, y := range v.FormatSpec.Values {
				setLoc(y, l)
			}
		}
	}
}

func flushConst(parts *[]Expr, buf *[]byte, l Loc) {
	if len(*buf) == 0 {
		return
	}
	c := &Constant{Kind: ConstStr, Str: string(*buf)}
	c.Loc = l
	*parts = append(*parts, c)
	*buf = (*buf)[:0]
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeEscapes appends the value of a non-raw literal body to out. For
// bytes, \x.. and octal escapes produce raw bytes; for str, code points
// encoded as UTF-8. The message is non-empty for a malformed escape.
func decodeEscapes(out, body []byte, isBytes bool) ([]byte, string) {
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(body) {
			out = append(out, '\\')
			break
		}
		e := body[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'x', 'u', 'U':
			n := 2
			if isBytes && e != 'x' {
				out = append(out, '\\', e)
				continue
			}
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			v := 0
			for k := 0; k < n; k++ {
				if i+k >= len(body) || hexVal(body[i+k]) < 0 {
					pos := strconv.Itoa(i-2) + "-" + strconv.Itoa(i+k-1)
					if isBytes {
						return out, "(value error) invalid \\x escape at position " + strconv.Itoa(i-2)
					}
					what := map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[e]
					return out, "(unicode error) 'unicodeescape' codec can't decode bytes in position " + pos + ": " + what
				}
				v = v*16 + hexVal(body[i+k])
			}
			i += n
			if isBytes {
				out = append(out, byte(v))
			} else {
				if v > 0x10FFFF {
					return out, "(unicode error) 'unicodeescape' codec can't decode bytes in position " + strconv.Itoa(i-n-2) + "-" + strconv.Itoa(i-1) + ": illegal Unicode character"
				}
				out = utf8.AppendRune(out, rune(v))
			}
		case 'N':
			if isBytes {
				out = append(out, '\\', 'N')
				continue
			}
			end := -1
			stop := i // where CPython's decoder gave up (reported up to stop-1)
			if i < len(body) && body[i] == '{' {
				stop = len(body)
				for k := i + 1; k < len(body); k++ {
					if body[k] == '}' {
						if k > i+1 {
							end = k
						}
						stop = k
						break
					}
				}
			}
			if end < 0 {
				return out, "(unicode error) 'unicodeescape' codec can't decode bytes in position " + strconv.Itoa(i-2) + "-" + strconv.Itoa(stop-1) + ": malformed \\N character escape"
			}
			r, ok := lookupUnicodeName(body[i+1 : end])
			if !ok {
				return out, "(unicode error) 'unicodeescape' codec can't decode bytes in position " + strconv.Itoa(i-2) + "-" + strconv.Itoa(end) + ": unknown Unicode character name"
			}
			out = utf8.AppendRune(out, r)
			i = end + 1
		default:
			// Unknown escapes keep the backslash (CPython warns).
			out = append(out, '\\', e)
		}
	}
	return out, ""
}

// fstringParser parses the body of one f-string token.
type fstringParser struct {
	p         *parser
	tok       token
	raw       bool
	i, end    int // absolute offsets into p.src
	line      int // line of offset i
	lineStart int // start offset of that line
	// specLoc is where CPython 3.11 places format specs: the span of the
	// string token that holds the spec.
	specLoc Loc
	// errPos, errEnd locate f-string syntax errors (see errTok).
	errPos, errEnd Pos
}

// errTok reports an error in the f-string's own syntax. CPython 3.11
// places these at the token after the literal group (its parser has looked
// ahead for more strings to concatenate): errPos..errEnd.
func (f *fstringParser) errTok(msg string) {
	f.p.errAt(f.errPos, f.errEnd, msg)
}

func (f *fstringParser) adv() {
	if f.p.src[f.i] == '\n' {
		f.line++
		f.lineStart = f.i + 1
	}
	f.i++
}

// parse reads literal text and fields until the end of the body or, inside
// a format spec (depth > 0), until the '}' that closes the field.
func (f *fstringParser) parse(parts *[]Expr, buf *[]byte, depth int) {
	src := f.p.src
	litStart := f.i
	flushLit := func(upto int) {
		chunk := src[litStart:upto]
		if f.raw {
			*buf = append(*buf, chunk...)
		} else {
			var msg string
			*buf, msg = decodeEscapes(*buf, chunk, false)
			if msg != "" {
				f.p.errAt(f.errPos, f.errEnd, msg) // the token after the strings, as for plain literals
			}
		}
	}
	for f.i < f.end {
		c := src[f.i]
		switch {
		case c == '\\' && !f.raw && f.i+1 < f.end:
			if src[f.i+1] == 'N' && f.i+2 < f.end && src[f.i+2] == '{' {
				// \N{NAME}: the braces belong to the escape.
				for f.i < f.end && src[f.i] != '}' {
					f.adv()
				}
				if f.i < f.end {
					f.adv()
				}
				continue
			}
			f.adv()
			f.adv()
		case c == '{':
			if depth == 0 && f.i+1 < f.end && src[f.i+1] == '{' {
				flushLit(f.i + 1)
				f.i += 2
				litStart = f.i
				continue
			}
			flushLit(f.i)
			f.field(parts, buf, depth)
			litStart = f.i
		case c == '}':
			if depth > 0 {
				flushLit(f.i)
				return
			}
			if f.i+1 < f.end && src[f.i+1] == '}' {
				flushLit(f.i + 1)
				f.i += 2
				litStart = f.i
				continue
			}
			f.errTok("f-string: single '}' is not allowed")
		default:
			f.adv()
		}
	}
	flushLit(f.i)
}

// field parses one {expr[=][!c][:spec]} starting at '{'.
func (f *fstringParser) field(parts *[]Expr, buf *[]byte, depth int) {
	src := f.p.src
	if depth >= 2 {
		f.errTok("f-string: expressions nested too deeply")
	}
	f.adv() // {
	exprStart, exprLine, exprLineStart := f.i, f.line, f.lineStart
	var stack []byte
	var quote byte
	triple := false
	debug := false
scan:
	for f.i < f.end {
		c := src[f.i]
		if c == '\\' {
			f.errTok("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if f.i+2 < f.end && src[f.i+1] == quote && src[f.i+2] == quote {
					f.i += 2
					quote = 0
				}
			}
			f.adv()
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = f.i+2 < f.end && src[f.i+1] == c && src[f.i+2] == c
			if triple {
				f.i += 2
			}
		case '(', '[', '{':
			if len(stack) >= 200 {
				f.errTok("f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					break scan
				}
				f.errTok("f-string: unmatched '" + string(c) + "'")
			}
			open := stack[len(stack)-1]
			if !(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}') {
				f.errTok("f-string: closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(open) + "'")
			}
			stack = stack[:len(stack)-1]
		case '#':
			f.errTok("f-string expression part cannot include '#'")
		case '!', '<', '>', '=':
			if len(stack) > 0 {
				break
			}
			if f.i+1 < f.end && src[f.i+1] == '=' {
				f.i++
				break
			}
			if c == '!' {
				break scan
			}
			if c == '=' {
				debug = true
				break scan
			}
		case ':':
			if len(stack) == 0 {
				break scan
			}
		}
		f.adv()
	}
	if quote != 0 {
		f.errTok("f-string: unterminated string")
	}
	if f.i >= f.end {
		if len(stack) > 0 {
			f.errTok("f-string: unmatched '" + string(stack[len(stack)-1]) + "'")
		}
		f.errTok("f-string: expecting '}'")
	}
	exprEnd := f.i
	blank := true
	for _, c := range src[exprStart:exprEnd] {
		if c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' {
			blank = false
			break
		}
	}
	if blank {
		if src[f.i] == '!' {
			f.errTok("f-string: expression required before '!'")
		}
		f.errTok("f-string: empty expression not allowed")
	}
	x := f.p.parseFieldExpr(exprStart, exprEnd, exprLine, exprLineStart)
	fv := &FormattedValue{Value: x}
	if debug {
		f.adv() // =
		for f.i < f.end && (src[f.i] == ' ' || src[f.i] == '\t' || src[f.i] == '\n') {
			f.adv()
		}
		*buf = append(*buf, src[exprStart:f.i]...)
	}
	if f.i < f.end && src[f.i] == '!' {
		f.adv()
		if f.i >= f.end {
			f.errTok("f-string: expecting '}'")
		}
		conv := src[f.i]
		if conv != 's' && conv != 'r' && conv != 'a' {
			f.errTok("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		f.adv()
		if f.i >= f.end || (src[f.i] != ':' && src[f.i] != '}') {
			f.errTok("f-string: expecting '}'")
		}
		fv.Conversion = conv
	}
	if f.i < f.end && src[f.i] == ':' {
		f.adv()
		var specParts []Expr
		var specBuf []byte
		f.parse(&specParts, &specBuf, depth+1)
		flushConst(&specParts, &specBuf, Loc{})
		spec := &JoinedStr{Values: specParts}
		if spec.Values == nil {
			spec.Values = []Expr{}
		}
		spec.Loc = f.specLoc
		for _, y := range spec.Values {
			setLoc(y, f.specLoc)
		}
		fv.FormatSpec = spec
	}
	if f.i >= f.end || src[f.i] != '}' {
		f.errTok("f-string: expecting '}'")
	}
	f.adv() // }
	if debug && fv.Conversion == 0 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	flushConst(parts, buf, Loc{})
	*parts = append(*parts, fv)
}

// parseFieldExpr parses the expression of an f-string field found at
// src[start:end], keeping real positions.
func (p *parser) parseFieldExpr(start, end, line, lineStart int) Expr {
	s := &scanner{filename: p.filename, src: p.src, off: start, limit: end, line: line, lineStart: lineStart,
		indents: []int{0}, altIndents: []int{0}}
	// A pseudo open bracket makes newlines insignificant, as in CPython's
	// "(expr)" wrapping of field text.
	s.parens = []token{{kind: LPAREN}}
	for s.err == nil && s.next() {
	}
	if s.err != nil {
		p.fail(s.err)
	}
	at := Pos{int32(s.line), int32(end - s.lineStart)}
	s.toks = append(s.toks, token{kind: EOF, pos: at, end: at, off: int32(end), eoff: int32(end)})
	sub := &parser{filename: p.filename, src: p.src, toks: s.toks, depth: p.depth, fstring: true, intern: p.intern}
	x := sub.parseStarExpressionsOrYield()
	// CPython 3.11 parses the field text as "(text)", with the parentheses
	// at the '{' and just after the text: a bare tuple or generator takes
	// that span, and f"{x for x in y}" is a generator expression.
	open := Pos{int32(line), int32(start - lineStart - 1)}
	close := Pos{at.Line, at.Col + 1}
	if k := sub.kind(); k == FOR || (k == ASYNC && sub.peekKind(1) == FOR) {
		g := &GeneratorExp{Elt: x, Generators: sub.parseComprehensions()}
		g.Pos, g.End = open, close
		x = g
	} else if t, ok := x.(*Tuple); ok && len(t.Elts) > 0 && t.Pos == startOf(t.Elts[0]) {
		t.Pos, t.End = open, close
	}
	if sub.kind() != EOF {
		sub.checkMissingComma(x)
		sub.syntaxError()
	}
	return x
}

// lookupUnicodeName finds a character by its Unicode name, case-insensitively,
// in the table of common blocks (unicodenames.go).
func lookupUnicodeName(name []byte) (rune, bool) {
	if len(name) == 0 || len(name) > 100 {
		return 0, false
	}
	key := make([]byte, 0, len(name)+2)
	key = append(key, '\n')
	for _, c := range name {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		key = append(key, c)
	}
	key = append(key, '\t')
	i := strings.Index(unicodeNames, string(key))
	if i < 0 {
		return 0, false
	}
	rest := unicodeNames[i+len(key):]
	j := strings.IndexByte(rest, '\n')
	v, err := strconv.ParseUint(rest[:j], 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}
