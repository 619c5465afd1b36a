package syntax

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// token is one scanned token. It holds no pointers (the parser takes
// literal text from the source by offset), so a token slice costs the
// garbage collector nothing to scan.
type token struct {
	kind      Token
	pos, end  Pos
	off, eoff int32 // byte offsets of the token in the source
}

// scanner turns Python source into tokens, following CPython 3.11's
// tokenizer: indentation (tabs to multiples of 8, with a tab-size-1 shadow
// count to detect TabError), implicit joining inside brackets, backslash
// continuation and comments. It stops at the first error, which it keeps in
// err; it never panics.
type scanner struct {
	filename  string
	src       []byte
	off       int // next byte to read
	limit     int // scanning stops here (a sub-range for f-string fields)
	line      int // current 1-based line
	lineStart int // byte offset of the current line's start

	indents    []int // indentation columns (tab size 8)
	altIndents []int // same with tab size 1, for TabError
	parens     []token
	atBOL      bool // at the beginning of a logical line
	lineHasTok bool // the current logical line produced a token

	toks []token
	err  *Error
}

const maxIndentDepth = 100 // CPython's MAXINDENT
const maxParenDepth = 200  // CPython's MAXLEVEL

// scanAll scans a whole source file.
func scanAll(filename string, src []byte) ([]token, *Error) {
	s := &scanner{filename: filename, src: src, limit: len(src), line: 1, atBOL: true,
		indents: []int{0}, altIndents: []int{0}}
	// Skip a UTF-8 BOM, as CPython does.
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.off = 3
		s.lineStart = 0
	}
	s.toks = make([]token, 0, len(src)/4+8)
	s.run()
	return s.toks, s.err
}

func (s *scanner) posAt(off int) Pos {
	return Pos{Line: int32(s.line), Col: int32(off - s.lineStart)}
}

// lineText returns the source line containing byte offset off.
func lineText(src []byte, off int) string {
	if off > len(src) {
		off = len(src)
	}
	a := off
	for a > 0 && src[a-1] != '\n' {
		a--
	}
	b := off
	for b < len(src) && src[b] != '\n' {
		b++
	}
	t := src[a:b]
	if len(t) > 0 && t[len(t)-1] == '\r' {
		t = t[:len(t)-1]
	}
	return string(t)
}

// charCol converts a 0-based byte column in text to CPython's 1-based
// character offset.
func charCol(text string, byteCol int) int {
	if byteCol > len(text) {
		return utf8.RuneCountInString(text) + (byteCol - len(text)) + 1
	}
	if byteCol < 0 {
		byteCol = 0
	}
	return utf8.RuneCountInString(text[:byteCol]) + 1
}

// errorAt records an error whose 1-based CPython offset corresponds to byte
// offset off on line line (lineStart is that line's start). endOff < 0 means
// no end.
func (s *scanner) errorAt(kind, msg string, line, lineStart, off, endOff int) {
	if s.err != nil {
		return
	}
	text := lineText(s.src, lineStart)
	e := &Error{Kind: kind, Filename: s.filename, Line: line, Msg: msg, Text: text,
		Col: charCol(text, off-lineStart)}
	if endOff >= 0 {
		e.EndLine = line
		e.EndCol = charCol(text, endOff-lineStart)
	}
	s.err = e
}

func (s *scanner) emit(kind Token, start, end int) {
	s.toks = append(s.toks, token{kind: kind, pos: s.posAt(start), end: s.posAt(end),
		off: int32(start), eoff: int32(end)})
	s.lineHasTok = true
}

// emitSpan emits a token that may span lines (strings): pos from a saved position.
func (s *scanner) emitSpan(kind Token, start int, startPos Pos, end int) {
	s.toks = append(s.toks, token{kind: kind, pos: startPos, end: s.posAt(end),
		off: int32(start), eoff: int32(end)})
	s.lineHasTok = true
}

func (s *scanner) newline(off int) {
	s.line++
	s.lineStart = off
}

func (s *scanner) run() {
	for s.err == nil {
		if s.atBOL && len(s.parens) == 0 {
			if !s.indentation() {
				continue
			}
			if s.err != nil {
				break // an indentation error: none of the line's tokens reach the parser
			}
		}
		if !s.next() {
			break
		}
	}
	if s.err != nil {
		return
	}
	// End of input: close the last logical line, then pop indentation.
	end := s.off
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		ls := int(p.off) - int(p.pos.Col)
		s.errorAt("SyntaxError", "'"+p.kind.String()+"' was never closed", int(p.pos.Line), ls, int(p.off), -1)
		s.err.EndLine, s.err.EndCol = int(p.pos.Line), 0
		return
	}
	if s.lineHasTok {
		s.emit(NEWLINE, end, end)
		s.lineHasTok = false
	}
	// CPython places the final DEDENTs and ENDMARKER on the source's last
	// newline character when there is one (where "expected an indented
	// block" at end of file points).
	eofPos := s.posAt(end)
	if end > 0 && s.src[end-1] == '\n' && s.line > 1 {
		prev := end - 1
		for prev > 0 && s.src[prev-1] != '\n' {
			prev--
		}
		eofPos = Pos{Line: int32(s.line - 1), Col: int32(end - 1 - prev)}
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		s.emitAt(DEDENT, end, eofPos)
	}
	s.lineHasTok = false
	s.emitAt(EOF, end, eofPos)
}

// emitAt emits a zero-width token at an explicit position.
func (s *scanner) emitAt(kind Token, off int, pos Pos) {
	s.toks = append(s.toks, token{kind: kind, pos: pos, end: pos, off: int32(off), eoff: int32(off)})
}

// indentation measures the indentation of the line starting at s.off and
// emits INDENT/DEDENT. Blank and comment-only lines are consumed entirely
// and it returns false so that run loops again.
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	i := s.off
	for i < s.limit {
		switch s.src[i] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto measured
		}
		i++
	}
measured:
	if i >= s.limit {
		s.off = i
		s.atBOL = false
		return true // EOF handled by next()
	}
	switch c := s.src[i]; c {
	case '#', '\n', '\r':
		// Blank or comment-only line: no indentation processing.
		j := i
		for j < s.limit && s.src[j] != '\n' {
			j++
		}
		if j >= s.limit {
			s.off = j
			s.atBOL = false
			return true
		}
		s.off = j + 1
		s.newline(s.off)
		return false
	case '\\':
		// A continuation at the start of a line: CPython treats the
		// indentation as measured here; fall through to normal handling.
	}
	s.off = i
	s.atBOL = false
	top := s.indents[len(s.indents)-1]
	altTop := s.altIndents[len(s.altIndents)-1]
	switch {
	case col == top:
		if alt != altTop {
			s.tabError(i)
			return true
		}
	case col > top:
		if alt <= altTop {
			s.tabError(i)
			return true
		}
		if len(s.indents) >= maxIndentDepth {
			s.errorAt("IndentationError", "too many levels of indentation", s.line, s.lineStart, i, -1)
			return true
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.emit(INDENT, s.lineStart, i)
		s.lineHasTok = false
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.emit(DEDENT, i, i)
		}
		s.lineHasTok = false
		if col != s.indents[len(s.indents)-1] {
			s.errorAt("IndentationError", "unindent does not match any outer indentation level", s.line, s.lineStart, i, -1)
			// CPython reports the end of the line as the offset.
			text := lineText(s.src, s.lineStart)
			s.err.Col = utf8.RuneCountInString(text) + 1
			s.err.EndLine, s.err.EndCol = s.line, -1
			return true
		}
		if alt != s.altIndents[len(s.altIndents)-1] {
			s.tabError(i)
			return true
		}
	}
	return true
}

func (s *scanner) tabError(i int) {
	s.errorAt("TabError", "inconsistent use of tabs and spaces in indentation", s.line, s.lineStart, i, -1)
	s.err.Col = 1
	s.err.EndLine, s.err.EndCol = s.line, 0
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsIdentifier reports whether s is a Python identifier
// (str.isidentifier): a letter or underscore, then letters, digits,
// underscores and combining marks.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}

// peek returns the byte at off+k, or 0 past the limit.
func (s *scanner) peek(k int) byte {
	if s.off+k < s.limit {
		return s.src[s.off+k]
	}
	return 0
}

// next scans one token (or a newline/comment). It returns false at EOF.
func (s *scanner) next() bool {
	// Skip whitespace and comments.
	for s.off < s.limit {
		c := s.src[s.off]
		if c == ' ' || c == '\t' || c == '\f' || c == '\r' {
			s.off++
			continue
		}
		if c == '#' {
			for s.off < s.limit && s.src[s.off] != '\n' {
				s.off++
			}
			continue
		}
		if c == '\\' {
			// Line continuation.
			j := s.off + 1
			if j < s.limit && s.src[j] == '\r' {
				j++
			}
			if j >= s.limit {
				s.errorAt("SyntaxError", "unexpected EOF while parsing", s.line, s.lineStart, s.off+1, -1)
				s.err.EndLine, s.err.EndCol = s.line, -1
				return false
			}
			if s.src[j] != '\n' {
				s.errorAt("SyntaxError", "unexpected character after line continuation character", s.line, s.lineStart, s.off+1, -1)
				s.err.EndLine, s.err.EndCol = s.line, 0
				return false
			}
			if j+1 >= s.limit && len(s.parens) == 0 {
				// CPython points just past the backslash.
				s.errorAt("SyntaxError", "unexpected EOF while parsing", s.line, s.lineStart, j, -1)
				s.err.EndLine, s.err.EndCol = s.line, -1
				return false
			}
			s.off = j + 1
			s.newline(s.off)
			continue
		}
		break
	}
	if s.off >= s.limit {
		return false
	}
	start := s.off
	c := s.src[start]
	if c == '\n' {
		s.off++
		if len(s.parens) == 0 {
			if s.lineHasTok {
				s.emit(NEWLINE, start, start+1)
				s.lineHasTok = false
			}
			s.atBOL = true
		}
		s.newline(s.off)
		return true
	}
	if isIdentStart(c) {
		// String prefixes.
		if q := s.stringPrefix(); q > 0 {
			s.scanString(start, s.off+q)
			return true
		}
		s.scanName(start)
		return true
	}
	if isDigit(c) || (c == '.' && isDigit(s.peek(1))) {
		s.scanNumber(start)
		return true
	}
	if c == '"' || c == '\'' {
		s.scanString(start, start)
		return true
	}
	s.scanOperator(start)
	return true
}

// stringPrefix returns the length of a string prefix (r, b, f, u, rb, br,
// fr, rf in any case) at s.off followed by a quote, or 0.
func (s *scanner) stringPrefix() int {
	n := 0
	var seen [4]bool // r b f u
	for n < 3 {
		c := s.peek(n)
		k := -1
		switch c {
		case 'r', 'R':
			k = 0
		case 'b', 'B':
			k = 1
		case 'f', 'F':
			k = 2
		case 'u', 'U':
			k = 3
		}
		if k < 0 {
			break
		}
		if seen[k] {
			return 0
		}
		seen[k] = true
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	if q := s.peek(n); q != '"' && q != '\'' {
		return 0
	}
	if seen[3] && n > 1 || seen[1] && seen[2] {
		return 0
	}
	return n
}

func (s *scanner) scanName(start int) {
	i := start
	nonASCII := false
	for i < s.limit && isIdentChar(s.src[i]) {
		if s.src[i] >= 0x80 {
			nonASCII = true
		}
		i++
	}
	s.off = i
	b := s.src[start:i]
	if nonASCII {
		if !s.checkUnicodeIdent(start, i) {
			return
		}
	}
	s.emit(lookupKeyword(b), start, i)
}

// checkUnicodeIdent verifies a non-ASCII identifier, reporting CPython's
// "invalid character" error for the first rune that cannot appear in one.
func (s *scanner) checkUnicodeIdent(start, end int) bool {
	for i := start; i < end; {
		r, size := utf8.DecodeRune(s.src[i:end])
		ok := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
		if i > start && !ok {
			ok = unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
				unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Other_ID_Continue, r)
		}
		if !ok {
			if r == utf8.RuneError && size <= 1 {
				s.errorAt("SyntaxError", "(unicode error) 'utf-8' codec can't decode byte", s.line, s.lineStart, i, -1)
				return false
			}
			s.errorAt("SyntaxError", "invalid character '"+string(r)+"' (U+"+hex4(r)+")", s.line, s.lineStart, i, -1)
			s.err.EndLine, s.err.EndCol = s.line, s.err.Col
			return false
		}
		i += size
	}
	return true
}

func hex4(r rune) string {
	h := strconv.FormatInt(int64(r), 16)
	for len(h) < 4 {
		h = "0" + h
	}
	b := []byte(h)
	for i, c := range b {
		if c >= 'a' && c <= 'f' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// numErr reports a number error the way CPython's tokenizer does: its
// offset is the 0-based index of cur (which makes the caret land one
// character before cur).
func (s *scanner) numErr(msg string, cur int) {
	s.errorAt("SyntaxError", msg, s.line, s.lineStart, cur-1, -1)
	s.err.EndLine, s.err.EndCol = s.line, s.err.Col
}

// digits consumes digits accepted by ok with single underscores between
// them. It returns the index after them, or -1 after reporting an error.
func (s *scanner) digits(i int, ok func(byte) bool) int {
	for i < s.limit {
		c := s.src[i]
		if ok(c) {
			i++
			continue
		}
		if c == '_' {
			if i+1 < s.limit && ok(s.src[i+1]) {
				i += 2
				continue
			}
			s.numErr("invalid decimal literal", i+1)
			return -1
		}
		break
	}
	return i
}

func isHex(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (s *scanner) scanNumber(start int) {
	i := start
	kind := INT
	c := s.src[i]
	if c == '0' && i+1 < s.limit && (s.src[i+1]|0x20 == 'x' || s.src[i+1]|0x20 == 'o' || s.src[i+1]|0x20 == 'b') {
		base := s.src[i+1] | 0x20
		i += 2
		var ok func(byte) bool
		var name string
		switch base {
		case 'x':
			ok, name = isHex, "hexadecimal"
		case 'o':
			ok, name = func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
		default:
			ok, name = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		n := 0
		for i < s.limit {
			c := s.src[i]
			if c == '_' {
				i++
				if i >= s.limit || !ok(s.src[i]) {
					if i < s.limit && isDigit(s.src[i]) && base != 'x' {
						s.numErr("invalid digit '"+string(s.src[i])+"' in "+name+" literal", i+1)
						return
					}
					s.numErr("invalid "+name+" literal", i)
					return
				}
				continue
			}
			if ok(c) {
				i++
				n++
				continue
			}
			if isDigit(c) && base != 'x' {
				s.numErr("invalid digit '"+string(c)+"' in "+name+" literal", i+1)
				return
			}
			break
		}
		if n == 0 {
			s.numErr("invalid "+name+" literal", i)
			return
		}
		if i < s.limit && isIdentChar(s.src[i]) && !s.keywordAfterNumber(i) {
			s.numErr("invalid "+name+" literal", i)
			return
		}
		s.off = i
		s.emit(INT, start, i)
		return
	}
	if c != '.' {
		i = s.digits(i, isDigit)
		if i < 0 {
			return
		}
	}
	if i < s.limit && s.src[i] == '.' {
		kind = FLOAT
		i++
		if i < s.limit && isDigit(s.src[i]) {
			i = s.digits(i, isDigit)
			if i < 0 {
				return
			}
		}
	}
	if i < s.limit && s.src[i]|0x20 == 'e' {
		j := i + 1
		if j < s.limit && (s.src[j] == '+' || s.src[j] == '-') {
			j++
		}
		if j < s.limit && isDigit(s.src[j]) {
			kind = FLOAT
			i = s.digits(j, isDigit)
			if i < 0 {
				return
			}
		} else if !s.keywordAfterNumber(i) {
			// CPython backs up to the 'e', or stops after a sign.
			if j > i+1 {
				s.numErr("invalid decimal literal", j)
			} else {
				s.numErr("invalid decimal literal", i)
			}
			return
		}
	}
	if i < s.limit && s.src[i]|0x20 == 'j' {
		// An imaginary literal is a FLOAT token ending in j; the parser
		// makes it a complex constant.
		i++
		kind = FLOAT
		if i < s.limit && isIdentChar(s.src[i]) && !s.keywordAfterNumber(i) {
			s.numErr("invalid imaginary literal", i)
			return
		}
		s.off = i
		s.emit(kind, start, i)
		return
	}
	if i < s.limit && isIdentChar(s.src[i]) && !s.keywordAfterNumber(i) {
		s.numErr("invalid decimal literal", i)
		return
	}
	if kind == INT && c == '0' {
		// Only zeros may follow a leading zero in a decimal literal.
		for j := start; j < i; j++ {
			if d := s.src[j]; d != '0' && d != '_' {
				z := start + 1
				for z < i && (s.src[z] == '0' || s.src[z] == '_') {
					z++
				}
				if s.err == nil {
					s.errorAt("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", s.line, s.lineStart, start, z)
					// CPython gives this one error its range in bytes
					// (syntaxerror_known_range), also for compile() of a str.
					s.err.Col, s.err.EndCol = start-s.lineStart+1, z-s.lineStart+1
				}
				return
			}
		}
	}
	s.off = i
	s.emit(kind, start, i)
}

// keywordAfterNumber reports whether a keyword that may legally follow a
// number without a space (1if x else y, 1or 2) starts at i. CPython only
// warns about these.
func (s *scanner) keywordAfterNumber(i int) bool {
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if i+len(kw) <= s.limit && string(s.src[i:i+len(kw)]) == kw {
			return true
		}
	}
	return false
}

// scanString scans a string literal whose prefix starts at start and whose
// opening quote is at q.
func (s *scanner) scanString(start, q int) {
	startPos := s.posAt(start)
	startLine, startLineStart := s.line, s.lineStart
	quote := s.src[q]
	triple := q+2 < s.limit && s.src[q+1] == quote && s.src[q+2] == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	for {
		if i >= s.limit {
			if triple {
				detected := s.line
				if s.lineStart == s.limit && detected > startLine {
					detected-- // the source ends with a newline
				}
				s.errorAt("SyntaxError", "unterminated triple-quoted string literal (detected at line "+strconv.Itoa(detected)+")", startLine, startLineStart, start, start)
			} else {
				s.errorAt("SyntaxError", "unterminated string literal (detected at line "+strconv.Itoa(s.line)+")", startLine, startLineStart, start, start)
			}
			s.err.EndLine = startLine
			return
		}
		c := s.src[i]
		switch {
		case c == '\\':
			i++
			if i < s.limit && s.src[i] == '\r' && i+1 < s.limit && s.src[i+1] == '\n' {
				i++
			}
			if i < s.limit && s.src[i] == '\n' {
				s.newline(i + 1)
			}
			i++
			continue
		case c == '\n':
			if !triple {
				s.errorAt("SyntaxError", "unterminated string literal (detected at line "+strconv.Itoa(s.line)+")", startLine, startLineStart, start, start)
				s.err.EndLine = startLine
				return
			}
			i++
			s.newline(i)
			continue
		case c == quote:
			if !triple {
				i++
				s.off = i
				s.emitSpan(STRING, start, startPos, i)
				return
			}
			if i+2 < s.limit && s.src[i+1] == quote && s.src[i+2] == quote {
				i += 3
				s.off = i
				s.emitSpan(STRING, start, startPos, i)
				return
			}
		}
		i++
	}
}

func (s *scanner) scanOperator(start int) {
	c := s.src[start]
	c1, c2 := s.peek(1), s.peek(2)
	n := 1
	var k Token
	switch c {
	case '(':
		k = LPAREN
	case ')':
		k = RPAREN
	case '[':
		k = LBRACK
	case ']':
		k = RBRACK
	case '{':
		k = LBRACE
	case '}':
		k = RBRACE
	case ',':
		k = COMMA
	case ';':
		k = SEMI
	case '~':
		k = TILDE
	case ':':
		k = COLON
		if c1 == '=' {
			k, n = WALRUS, 2
		}
	case '.':
		k = DOT
		if c1 == '.' && c2 == '.' {
			k, n = ELLIPSIS, 3
		}
	case '=':
		k = ASSIGN
		if c1 == '=' {
			k, n = EQ, 2
		}
	case '!':
		if c1 == '=' {
			k, n = NE, 2
		}
	case '<':
		k = LT
		switch c1 {
		case '=':
			k, n = LE, 2
		case '<':
			k, n = LTLT, 2
			if c2 == '=' {
				k, n = LTLT_EQ, 3
			}
		case '>':
			// <> is only valid under barry_as_FLUFL; CPython says invalid syntax.
		}
	case '>':
		k = GT
		switch c1 {
		case '=':
			k, n = GE, 2
		case '>':
			k, n = GTGT, 2
			if c2 == '=' {
				k, n = GTGT_EQ, 3
			}
		}
	case '-':
		k = MINUS
		if c1 == '=' {
			k, n = MINUS_EQ, 2
		} else if c1 == '>' {
			k, n = ARROW, 2
		}
	case '*':
		k = STAR
		if c1 == '*' {
			k, n = STARSTAR, 2
			if c2 == '=' {
				k, n = STARSTAR_EQ, 3
			}
		} else if c1 == '=' {
			k, n = STAR_EQ, 2
		}
	case '/':
		k = SLASH
		if c1 == '/' {
			k, n = SLASHSLASH, 2
			if c2 == '=' {
				k, n = SLASHSLASH_EQ, 3
			}
		} else if c1 == '=' {
			k, n = SLASH_EQ, 2
		}
	case '+', '%', '@', '&', '|', '^':
		k = map1[c]
		if c1 == '=' {
			k, n = k+(PLUS_EQ-PLUS), 2
		}
	default:
		if c >= 0x80 {
			r, size := utf8.DecodeRune(s.src[start:s.limit])
			if r == utf8.RuneError && size <= 1 {
				s.errorAt("SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0x"+strconv.FormatInt(int64(c), 16)+" in position "+strconv.Itoa(start)+": invalid start byte", s.line, s.lineStart, start, -1)
				return
			}
			s.errorAt("SyntaxError", "invalid character '"+string(r)+"' (U+"+hex4(r)+")", s.line, s.lineStart, start, -1)
			s.err.EndLine, s.err.EndCol = s.line, s.err.Col
			return
		}
		if c < ' ' && c != '\t' {
			s.errorAt("SyntaxError", "invalid non-printable character U+"+hex4(rune(c)), s.line, s.lineStart, start, -1)
			s.err.EndLine, s.err.EndCol = s.line, s.err.Col
			return
		}
	}
	s.off = start + n
	if k == ILLEGAL {
		// $, ?, ` and a lone !: the parser reports "invalid syntax" here.
		s.emit(ILLEGAL, start, start+n)
		return
	}
	switch k {
	case LPAREN, LBRACK, LBRACE:
		if len(s.parens) >= maxParenDepth {
			s.errorAt("SyntaxError", "too many nested parentheses", s.line, s.lineStart, start, -1)
			return
		}
		s.emit(k, start, start+n)
		s.parens = append(s.parens, s.toks[len(s.toks)-1])
		return
	case RPAREN, RBRACK, RBRACE:
		if len(s.parens) == 0 {
			s.errorAt("SyntaxError", "unmatched '"+k.String()+"'", s.line, s.lineStart, start, start)
			return
		}
		open := s.parens[len(s.parens)-1]
		if open.kind+1 != k {
			msg := "closing parenthesis '" + k.String() + "' does not match opening parenthesis '" + open.kind.String() + "'"
			if int(open.pos.Line) != s.line {
				msg += " on line " + strconv.Itoa(int(open.pos.Line))
			}
			s.errorAt("SyntaxError", msg, s.line, s.lineStart, start, start)
			return
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	s.emit(k, start, start+n)
}

var map1 = [256]Token{'+': PLUS, '%': PERCENT, '@': AT, '&': AMP, '|': PIPE, '^': CIRCUMFLEX}

// normalizeNewlines turns \r\n and lone \r into \n, as CPython's universal
// newlines do before tokenizing. It copies only when there is a \r.
func normalizeNewlines(src []byte) []byte {
	i := 0
	for i < len(src) && src[i] != '\r' {
		i++
	}
	if i == len(src) {
		return src
	}
	out := make([]byte, i, len(src))
	copy(out, src[:i])
	for ; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return out
}
