// Package regex is the engine of the re module: Python's pattern syntax
// parsed as CPython's re/_parser.py parses it (same accepted patterns, same
// error messages and positions), compiled to a small program (compile.go)
// and run by a backtracking matcher with an explicit stack (exec.go) whose
// rules are those of CPython's _sre: leftmost match, alternatives and
// repeats tried in order, the same empty-iteration and case-folding rules.
// Subjects are sequences of code points (str) or of bytes; the package
// knows nothing of Python values.
package regex

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// Flags are the SRE flag bits, as re exposes them.
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256

	typeFlags   = FlagASCII | FlagLocale | FlagUnicode
	globalFlags = FlagDebug | FlagTemplate
)

// MaxRepeat is _sre's MAXREPEAT: a repeat bound at or above it is an
// OverflowError, and as a maximum it means "unbounded".
const MaxRepeat = 1<<32 - 1

const maxGroups = 1<<30 - 1 // _sre's MAXGROUPS on 64-bit builds

// maxWidth caps widths as _parser.MAXWIDTH does (any value above
// MaxRepeat and the subject lengths works).
const maxWidth = 1 << 62

// Error is a pattern error: CPython's re.error(msg, pattern, pos). Pos is
// -1 when CPython gives no position (errors found by the compiler).
type Error struct {
	Msg string
	Pos int
	// Kind is "" for re.error, or "OverflowError" / "ValueError" for the
	// few pattern problems CPython reports with those types.
	Kind string
	// Trace is CPython's frames inside re for this error (nil: unknown).
	Trace []Frame
}

func (e *Error) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	return e.Msg + " at position " + strconv.Itoa(e.Pos)
}

type op uint8

const (
	opLiteral op = iota
	opNotLiteral
	opAny
	opIn
	opAt
	opBranch
	opSubpattern // group (or -1) with scoped flags
	opRepeat
	opAssert
	opAtomic
	opGroupRef
	opGroupRefExists
)

type repeatKind uint8

const (
	greedy repeatKind = iota
	lazy
	possessive
)

type atCode uint8

const (
	atBeginning atCode = iota // ^
	atBeginningString
	atEnd // $
	atEndString
	atBoundary
	atNonBoundary
)

type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

type setKind uint8

const (
	setLiteral setKind = iota
	setRange
	setCategory
	setNegate
)

type setItem struct {
	kind   setKind
	lo, hi rune
	cat    category
}

// node is one item of a parsed sequence, the counterpart of an (op, av)
// pair of _parser.SubPattern.
type node struct {
	op       op
	c        rune // literal
	set      []setItem
	at       atCode
	group    int // capture group (-1: none), groupref, condition group
	add, del int // scoped flags
	min, max int
	kind     repeatKind
	dir      int // assertion direction: 1 ahead, -1 behind
	neg      bool
	sub      []*node   // subpattern, repeat body, assertion, atomic, yes branch
	no       []*node   // no branch of a conditional (nil: none)
	alts     [][]*node // branch alternatives
	hasNo    bool
}

// tree is a parsed pattern.
type tree struct {
	seq         []*node
	flags       int
	groups      int // including group 0
	groupNames  map[string]int
	nameOrder   []string
	groupWidths [][2]int
}

// parser holds _parser's Tokenizer and State.
type parser struct {
	src    []rune
	isText bool
	index  int
	next   string // current token: a character or a backslash and a character; "" at the end
	atEnd  bool

	flags            int
	groupNames       map[string]int
	nameOrder        []string
	groupWidths      [][2]int
	groupOpen        []bool
	lookbehindGroups int // -1: not inside a lookbehind
	grouprefpos      map[int]int
	grouprefOrder    []int
	warnings         []Warning
	stack            []Frame // CPython's parser frames at this point
}

// Warning is a warning _parser issues while parsing (a FutureWarning for
// what may become set operations, a DeprecationWarning for odd group
// names); the pattern still compiles.
type Warning struct {
	Category string
	Msg      string
}

func (p *parser) warn(category, msg string) {
	p.warnings = append(p.warnings, Warning{category, msg})
}

// fail raises a pattern error; site is the CPython function and line
// that raise it ("_parse:691"), or "" when the traceback is not modelled.
func (p *parser) fail(site, msg string, offset int) {
	panic(&Error{Msg: msg, Pos: p.tell() - offset, Trace: p.trace(site)})
}

// Frame is a frame of CPython's re._compiler or re._parser: the function
// and the line of its call or raise statement. An error's Trace lists the
// frames CPython's traceback shows for it, outermost first.
type Frame struct {
	Fn   string
	Line int
}

// at pushes the frame of a call (CPython's function and line) until the
// returned function pops it.
func (p *parser) at(fn string, line int) func() {
	p.stack = append(p.stack, Frame{fn, line})
	n := len(p.stack)
	return func() { p.stack = p.stack[:n-1] }
}

func (p *parser) trace(site string) []Frame {
	if site == "" {
		return nil
	}
	i := strings.IndexByte(site, ':')
	line, _ := strconv.Atoi(site[i+1:])
	t := append([]Frame{{"compile", 745}}, p.stack...)
	return append(t, Frame{site[:i], line})
}

func numSite(fn string, line int) string { return fn + ":" + strconv.Itoa(line) }

func (p *parser) advance() {
	i := p.index
	if i >= len(p.src) {
		p.next, p.atEnd = "", true
		return
	}
	c := p.src[i]
	if c == '\\' {
		i++
		if i >= len(p.src) {
			// CPython's traceback is modelled for the main loop's get().
			var trace []Frame
			if n := len(p.stack); n > 0 && (p.stack[n-1] == Frame{"get", 263} || p.stack[n-1] == Frame{"match", 258} || p.stack[n-1] == Frame{"__init__", 239}) {
				trace = p.trace("__next:252")
			}
			panic(&Error{Msg: "bad escape (end of pattern)", Pos: len(p.src) - 1, Trace: trace})
		}
		p.next = string([]rune{'\\', p.src[i]})
	} else {
		p.next = string(c)
	}
	p.atEnd = false
	p.index = i + 1
}

func (p *parser) tokenLen() int {
	if p.atEnd {
		return 0
	}
	return len([]rune(p.next))
}

func (p *parser) tell() int { return p.index - p.tokenLen() }

func (p *parser) seek(i int) {
	p.index = i
	p.advance()
}

func (p *parser) match(s string) bool {
	if !p.atEnd && p.next == s {
		p.advance()
		return true
	}
	return false
}

// matchAt is match called from _parse's line (for tracebacks).
func (p *parser) matchAt(line int, s string) bool {
	done := p.at("_parse", line)
	done2 := p.at("match", 258)
	defer done()
	defer done2()
	return p.match(s)
}

// getAt is get called from _parse's line (for tracebacks).
func (p *parser) getAt(line int) (string, bool) {
	done := p.at("_parse", line)
	done2 := p.at("get", 263)
	defer done()
	defer done2()
	return p.get()
}

// get returns the current token and advances; ok is false at the end.
func (p *parser) get() (string, bool) {
	if p.atEnd {
		return "", false
	}
	t := p.next
	p.advance()
	return t, true
}

func (p *parser) nextIn(chars string) bool {
	return !p.atEnd && len(p.next) == 1 && strings.Contains(chars, p.next)
}

func (p *parser) getWhile(n int, chars string) string {
	var b strings.Builder
	for i := 0; i < n && p.nextIn(chars); i++ {
		t, _ := p.get()
		b.WriteString(t)
	}
	return b.String()
}

func (p *parser) getUntil(term, name string) string {
	var b []rune
	for {
		c, ok := p.get()
		if !ok {
			if len(b) == 0 {
				p.fail("getuntil:281", "missing "+name, 0)
			}
			p.fail("getuntil:282", "missing "+term+", unterminated name", len(b))
		}
		if c == term {
			if len(b) == 0 {
				p.fail("getuntil:286", "missing "+name, 1)
			}
			break
		}
		b = append(b, []rune(c)...)
	}
	return string(b)
}

func (p *parser) checkGroupName(name string, offset int) {
	if !syntax.IsIdentifier(name) {
		p.fail("checkgroupname:307", "bad character in group name "+pyRepr(name), len([]rune(name))+offset)
	}
	if !p.isText && !isASCII(name) {
		p.warn("DeprecationWarning", "bad character in group name "+asciiBackslashReplace(pyRepr(name))+
			" at position "+strconv.Itoa(p.tell()-len([]rune(name))-offset))
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (p *parser) numGroups() int { return len(p.groupWidths) }

func (p *parser) openGroup(name string, hasName bool, offset int) int {
	gid := p.numGroups()
	p.groupWidths = append(p.groupWidths, [2]int{})
	p.groupOpen = append(p.groupOpen, true)
	if p.numGroups() > maxGroups {
		p.fail("_parse:867", "too many groups", offset)
	}
	if hasName {
		if old, ok := p.groupNames[name]; ok {
			p.fail("_parse:867", "redefinition of group name "+pyRepr(name)+" as group "+strconv.Itoa(gid)+"; was group "+strconv.Itoa(old), offset)
		}
		p.groupNames[name] = gid
		p.nameOrder = append(p.nameOrder, name)
	}
	return gid
}

func (p *parser) checkGroup(gid int) bool {
	return gid < p.numGroups() && !p.groupOpen[gid]
}

func (p *parser) checkLookbehindGroup(gid int) {
	if p.lookbehindGroups >= 0 {
		if !p.checkGroup(gid) {
			p.fail("checklookbehindgroup:106", "cannot refer to an open group", 0)
		}
		if gid >= p.lookbehindGroups {
			p.fail("checklookbehindgroup:108", "cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
}

const (
	digits       = "0123456789"
	octDigits    = "01234567"
	hexDigits    = "0123456789abcdefABCDEF"
	asciiLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	whitespace   = " \t\n\r\v\f"
	specialChars = ".\\[{()*+?^$|"
	repeatChars  = "*+?{"
)

var escapes = map[string]rune{
	`\a`: 7, `\b`: 8, `\f`: 12, `\n`: 10, `\r`: 13, `\t`: 9, `\v`: 11, `\\`: '\\',
}

var categories = map[string]*node{
	`\A`: {op: opAt, at: atBeginningString},
	`\b`: {op: opAt, at: atBoundary},
	`\B`: {op: opAt, at: atNonBoundary},
	`\d`: {op: opIn, set: []setItem{{kind: setCategory, cat: catDigit}}},
	`\D`: {op: opIn, set: []setItem{{kind: setCategory, cat: catNotDigit}}},
	`\s`: {op: opIn, set: []setItem{{kind: setCategory, cat: catSpace}}},
	`\S`: {op: opIn, set: []setItem{{kind: setCategory, cat: catNotSpace}}},
	`\w`: {op: opIn, set: []setItem{{kind: setCategory, cat: catWord}}},
	`\W`: {op: opIn, set: []setItem{{kind: setCategory, cat: catNotWord}}},
	`\Z`: {op: opAt, at: atEndString},
}

func parseHex(s string) rune {
	v, _ := strconv.ParseUint(s, 16, 32)
	return rune(v)
}

func parseOct(s string) rune {
	v, _ := strconv.ParseUint(s, 8, 32)
	return rune(v)
}

// numericEscape handles \x \u \U \N in and out of classes; ok is false
// when the escape is not one of them.
// fn is the CPython function (_escape or _class_escape) for tracebacks,
// base the line of its \x error and bad that of its final "bad escape".
func (p *parser) numericEscape(escape, fn string, base, bad int) (rune, bool) {
	c := escape[1]
	switch {
	case c == 'x':
		escape += p.getWhile(2, hexDigits)
		if len(escape) != 4 {
			p.fail(numSite(fn, base+0), "incomplete escape "+escape, len(escape))
		}
		return parseHex(escape[2:]), true
	case c == 'u' && p.isText:
		escape += p.getWhile(4, hexDigits)
		if len(escape) != 6 {
			p.fail(numSite(fn, base+6), "incomplete escape "+escape, len(escape))
		}
		return parseHex(escape[2:]), true
	case c == 'U' && p.isText:
		escape += p.getWhile(8, hexDigits)
		if len(escape) != 10 {
			p.fail(numSite(fn, base+12), "incomplete escape "+escape, len(escape))
		}
		v, _ := strconv.ParseUint(escape[2:], 16, 64)
		if v > unicode.MaxRune {
			p.fail(numSite(fn, bad), "bad escape "+escape, len(escape))
		}
		return rune(v), true
	case c == 'N' && p.isText:
		if !p.match("{") {
			p.fail(numSite(fn, base+20), "missing {", 0)
		}
		done := p.at(fn, base+21)
		name := p.getUntil("}", "character name")
		done()
		r, ok := lookupCharName(name)
		if !ok {
			p.fail(numSite(fn, base+25), "undefined character name "+pyRepr(name), len([]rune(name))+len(`\N{}`))
		}
		return r, true
	}
	return 0, false
}

// classEscape is _class_escape: an escape inside [...].
func (p *parser) classEscape(escape string) setItem {
	if c, ok := escapes[escape]; ok {
		return setItem{kind: setLiteral, lo: c}
	}
	if n, ok := categories[escape]; ok && n.op == opIn {
		return n.set[0]
	}
	if r, ok := p.numericEscape(escape, "_class_escape", 330, 374); ok {
		return setItem{kind: setLiteral, lo: r}
	}
	rs := []rune(escape)
	c := rs[1]
	if c < 128 && strings.ContainsRune(octDigits, c) {
		escape += p.getWhile(2, octDigits)
		v := parseOct(escape[1:])
		if v > 0o377 {
			p.fail("_class_escape:363", "octal escape value "+escape+" outside of range 0-0o377", len(escape))
		}
		return setItem{kind: setLiteral, lo: v}
	}
	if c < 128 && strings.ContainsRune(digits, c) {
		p.fail("_class_escape:374", "bad escape "+escape, len(rs))
	}
	if c < 128 && strings.ContainsRune(asciiLetters, c) {
		p.fail("_class_escape:370", "bad escape "+escape, len(rs))
	}
	return setItem{kind: setLiteral, lo: c}
}

// escape is _escape: an escape outside classes.
func (p *parser) escape(escape string) *node {
	if n, ok := categories[escape]; ok {
		return n
	}
	if c, ok := escapes[escape]; ok {
		return &node{op: opLiteral, c: c}
	}
	if r, ok := p.numericEscape(escape, "_escape", 390, 451); ok {
		return &node{op: opLiteral, c: r}
	}
	rs := []rune(escape)
	c := rs[1]
	if c == '0' {
		escape += p.getWhile(2, octDigits)
		return &node{op: opLiteral, c: parseOct(escape[1:])}
	}
	if c < 128 && strings.ContainsRune(digits, c) {
		if p.nextIn(digits) {
			t, _ := p.get()
			escape += t
			if strings.ContainsRune(octDigits, rune(escape[1])) && strings.ContainsRune(octDigits, rune(escape[2])) && p.nextIn(octDigits) {
				t, _ := p.get()
				escape += t
				v := parseOct(escape[1:])
				if v > 0o377 {
					p.fail("_escape:432", "octal escape value "+escape+" outside of range 0-0o377", len(escape))
				}
				return &node{op: opLiteral, c: v}
			}
		}
		group, _ := strconv.Atoi(escape[1:])
		if group < p.numGroups() {
			if !p.checkGroup(group) {
				p.fail("_escape:440", "cannot refer to an open group", len(escape))
			}
			done := p.at("_escape", 442)
			p.checkLookbehindGroup(group)
			done()
			return &node{op: opGroupRef, group: group}
		}
		p.fail("_escape:444", "invalid group reference "+strconv.Itoa(group), len(escape)-1)
	}
	if c < 128 && strings.ContainsRune(asciiLetters, c) {
		p.fail("_escape:447", "bad escape "+escape, len(rs))
	}
	return &node{op: opLiteral, c: c}
}

// parseSub is _parse_sub: an alternation.
func (p *parser) parseSub(verbose bool, nested int) []*node {
	var items [][]*node
	for {
		done := p.at("_parse_sub", 464)
		items = append(items, p.parse(verbose, nested+1, nested == 0 && len(items) == 0))
		done()
		if !p.match("|") {
			break
		}
		if nested == 0 {
			verbose = p.flags&FlagVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	return []*node{{op: opBranch, alts: items}}
}

var flagLetters = map[string]int{
	"i": FlagIgnoreCase, "L": FlagLocale, "m": FlagMultiline, "s": FlagDotAll,
	"x": FlagVerbose, "a": FlagASCII, "t": FlagTemplate, "u": FlagUnicode,
}

// parse is _parse: a sequence of items up to "|", ")" or the end.
func (p *parser) parse(verbose bool, nested int, first bool) []*node {
	var seq []*node
	for {
		if p.atEnd || p.next == "|" || p.next == ")" {
			break
		}
		done := p.at("_parse", 534)
		done2 := p.at("get", 263)
		this, _ := p.get()
		done2()
		done()
		if verbose {
			if len(this) == 1 && strings.Contains(whitespace, this) {
				continue
			}
			if this == "#" {
				for {
					t, ok := p.get()
					if !ok || t == "\n" {
						break
					}
				}
				continue
			}
		}
		switch {
		case this[0] == '\\':
			done := p.at("_parse", 548)
			seq = append(seq, p.escape(this))
			done()
		case !strings.Contains(specialChars, this):
			r := []rune(this)[0]
			seq = append(seq, &node{op: opLiteral, c: r})
		case this == "[":
			seq = append(seq, p.parseSet())
		case strings.Contains(repeatChars, this):
			here := p.tell()
			min, max := 0, MaxRepeat
			switch this {
			case "?":
				max = 1
			case "+":
				min = 1
			case "{":
				if p.next == "}" && !p.atEnd {
					seq = append(seq, &node{op: opLiteral, c: '{'})
					continue
				}
				lo := p.getWhile(1<<30, digits)
				hi := lo
				if p.match(",") {
					hi = p.getWhile(1<<30, digits)
				}
				if !p.match("}") {
					seq = append(seq, &node{op: opLiteral, c: '{'})
					p.seek(here)
					continue
				}
				if lo != "" {
					min = p.repeatBound(lo, "_parse:675")
				}
				if hi != "" {
					max = p.repeatBound(hi, "_parse:679")
					if max < min {
						p.fail("_parse:681", "min repeat greater than max repeat", p.tell()-here)
					}
				}
			}
			if len(seq) == 0 || seq[len(seq)-1].op == opAt {
				p.fail("_parse:691", "nothing to repeat", p.tell()-here+len(this))
			}
			item := seq[len(seq)-1]
			if item.op == opRepeat {
				p.fail("_parse:694", "multiple repeat", p.tell()-here+len(this))
			}
			body := []*node{item}
			if item.op == opSubpattern && item.group < 0 && item.add == 0 && item.del == 0 {
				body = item.sub
			}
			kind := greedy
			if p.matchAt(700, "?") {
				kind = lazy
			} else if p.matchAt(703, "+") {
				kind = possessive
			}
			seq[len(seq)-1] = &node{op: opRepeat, min: min, max: max, kind: kind, sub: body}
		case this == ".":
			seq = append(seq, &node{op: opAny})
		case this == "(":
			if n := p.parseGroup(&verbose, nested, first, len(seq) > 0); n != nil {
				seq = append(seq, n)
			}
		case this == "^":
			seq = append(seq, &node{op: opAt, at: atBeginning})
		case this == "$":
			seq = append(seq, &node{op: opAt, at: atEnd})
		}
	}
	// Unpack non-capturing groups without flags, as _parse does.
	var out []*node
	for _, n := range seq {
		if n.op == opSubpattern && n.group < 0 && n.add == 0 && n.del == 0 {
			out = append(out, n.sub...)
		} else {
			out = append(out, n)
		}
	}
	return out
}

func (p *parser) repeatBound(s, site string) int {
	v, err := strconv.Atoi(s)
	if len(s) > 10 || err != nil || v >= MaxRepeat {
		panic(&Error{Msg: "the repetition number is too large", Kind: "OverflowError", Pos: -1, Trace: p.trace(site)})
	}
	return v
}

func (p *parser) parseSet() *node {
	here := p.tell() - 1
	var set []setItem
	if !p.atEnd && p.next == "[" {
		p.warn("FutureWarning", "Possible nested set at position "+strconv.Itoa(p.tell()))
	}
	negate := p.matchAt(567, "^")
	for {
		this, ok := p.getAt(570)
		if !ok {
			p.fail("_parse:572", "unterminated character set", p.tell()-here)
		}
		if this == "]" && len(set) > 0 {
			break
		}
		var code1 setItem
		if this[0] == '\\' {
			done := p.at("_parse", 577)
			code1 = p.classEscape(this)
			done()
		} else {
			if len(set) > 0 && strings.Contains("-&~|", this) && !p.atEnd && p.next == this {
				op := map[string]string{"-": "difference", "&": "intersection", "~": "symmetric difference", "|": "union"}[this]
				p.warn("FutureWarning", "Possible set "+op+" at position "+strconv.Itoa(p.tell()-1))
			}
			code1 = setItem{kind: setLiteral, lo: []rune(this)[0]}
		}
		if p.matchAt(591, "-") {
			that, ok := p.getAt(593)
			if !ok {
				p.fail("_parse:595", "unterminated character set", p.tell()-here)
			}
			if that == "]" {
				set = append(set, code1, setItem{kind: setLiteral, lo: '-'})
				break
			}
			var code2 setItem
			if that[0] == '\\' {
				done := p.at("_parse", 604)
				code2 = p.classEscape(that)
				done()
			} else {
				if that == "-" {
					p.warn("FutureWarning", "Possible set difference at position "+strconv.Itoa(p.tell()-2))
				}
				code2 = setItem{kind: setLiteral, lo: []rune(that)[0]}
			}
			msgLen := len([]rune(this)) + 1 + len([]rune(that))
			if code1.kind != setLiteral || code2.kind != setLiteral {
				p.fail("_parse:616", "bad character range "+this+"-"+that, msgLen)
			}
			if code2.lo < code1.lo {
				p.fail("_parse:621", "bad character range "+this+"-"+that, msgLen)
			}
			set = append(set, setItem{kind: setRange, lo: code1.lo, hi: code2.lo})
		} else {
			set = append(set, code1)
		}
	}
	set = uniqSet(set)
	if len(set) == 1 && set[0].kind == setLiteral {
		if negate {
			return &node{op: opNotLiteral, c: set[0].lo}
		}
		return &node{op: opLiteral, c: set[0].lo}
	}
	if negate {
		set = append([]setItem{{kind: setNegate}}, set...)
	}
	return &node{op: opIn, set: set}
}

func uniqSet(set []setItem) []setItem {
	var out []setItem
	seen := map[setItem]bool{}
	for _, it := range set {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}

// parseGroup parses what follows "(" ; it returns nil for items that add
// nothing (comments, global flags).
func (p *parser) parseGroup(verbose *bool, nested int, first, nonEmpty bool) *node {
	start := p.tell() - 1
	capture, atomic := true, false
	name, hasName := "", false
	addFlags, delFlags := 0, 0
	if p.matchAt(720, "?") {
		char, ok := p.getAt(722)
		if !ok {
			p.fail("_parse:724", "unexpected end of pattern", 0)
		}
		switch {
		case char == "P":
			if p.match("<") {
				done := p.at("_parse", 729)
				name = p.getUntil(">", "group name")
				done()
				hasName = true
				done = p.at("_parse", 730)
				p.checkGroupName(name, 1)
				done()
			} else if p.match("=") {
				done := p.at("_parse", 733)
				name = p.getUntil(")", "group name")
				done()
				done = p.at("_parse", 734)
				p.checkGroupName(name, 1)
				done()
				gid, ok := p.groupNames[name]
				if !ok {
					p.fail("_parse:738", "unknown group name "+pyRepr(name), len([]rune(name))+1)
				}
				if !p.checkGroup(gid) {
					p.fail("_parse:740", "cannot refer to an open group", len([]rune(name))+1)
				}
				done = p.at("_parse", 742)
				p.checkLookbehindGroup(gid)
				done()
				return &node{op: opGroupRef, group: gid}
			} else {
				c, ok := p.get()
				if !ok {
					p.fail("", "unexpected end of pattern", 0)
				}
				p.fail("_parse:750", "unknown extension ?P"+c, len([]rune(c))+2)
			}
		case char == ":":
			capture = false
		case char == "#":
			for {
				if p.atEnd {
					p.fail("_parse:759", "missing ), unterminated comment", p.tell()-start)
				}
				if t, _ := p.get(); t == ")" {
					break
				}
			}
			return nil
		case char == "=" || char == "!" || char == "<":
			dir := 1
			saved := p.lookbehindGroups
			if char == "<" {
				c, ok := p.get()
				if !ok {
					p.fail("_parse:771", "unexpected end of pattern", 0)
				}
				if c != "=" && c != "!" {
					p.fail("_parse:773", "unknown extension ?<"+c, len([]rune(c))+2)
				}
				char = c
				dir = -1
				if saved < 0 {
					p.lookbehindGroups = p.numGroups()
				}
			}
			done := p.at("_parse", 779)
			sub := p.parseSub(*verbose, nested+1)
			done()
			if dir < 0 && saved < 0 {
				p.lookbehindGroups = -1
			}
			if !p.matchAt(783, ")") {
				p.fail("_parse:784", "missing ), unterminated subpattern", p.tell()-start)
			}
			return &node{op: opAssert, dir: dir, neg: char == "!", sub: sub}
		case char == "(":
			done := p.at("_parse", 794)
			condName := p.getUntil(")", "group name")
			done()
			nlen := len([]rune(condName))
			var cond int
			if syntax.IsIdentifier(condName) {
				gid, ok := p.groupNames[condName]
				if !ok {
					p.fail("_parse:800", "unknown group name "+pyRepr(condName), nlen+1)
				}
				cond = gid
			} else {
				v, err := strconv.Atoi(condName)
				if err != nil || v < 0 || strings.ContainsAny(condName, "+- ") {
					if err != nil && isAllDigits(condName) {
						p.fail("_parse:814", "invalid group reference "+condName, nlen+1)
					}
					p.fail("_parse:808", "bad character in group name "+pyRepr(condName), nlen+1)
				}
				if v == 0 {
					p.fail("_parse:810", "bad group number", nlen+1)
				}
				if v >= maxGroups {
					p.fail("_parse:814", "invalid group reference "+strconv.Itoa(v), nlen+1)
				}
				if _, ok := p.grouprefpos[v]; !ok {
					p.grouprefpos[v] = p.tell() - nlen - 1
					p.grouprefOrder = append(p.grouprefOrder, v)
				}
				cond = v
			}
			done = p.at("_parse", 827)
			p.checkLookbehindGroup(cond)
			done()
			done = p.at("_parse", 828)
			yes := p.parse(*verbose, nested+1, false)
			done()
			n := &node{op: opGroupRefExists, group: cond, sub: yes}
			if p.match("|") {
				done = p.at("_parse", 830)
				n.no = p.parse(*verbose, nested+1, false)
				done()
				n.hasNo = true
				if p.next == "|" && !p.atEnd {
					p.fail("_parse:832", "conditional backref with more than two branches", 0)
				}
			}
			if !p.matchAt(835, ")") {
				p.fail("_parse:836", "missing ), unterminated subpattern", p.tell()-start)
			}
			return n
		case char == ">":
			capture, atomic = false, true
		case flagLetters[char] != 0 || char == "-":
			done := p.at("_parse", 847)
			add, del, global := p.parseFlags(char)
			done()
			if global {
				if !first || nonEmpty {
					p.fail("_parse:850", "global flags not at the start of the expression", p.tell()-start)
				}
				*verbose = p.flags&FlagVerbose != 0
				return nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			p.fail("_parse:859", "unknown extension ?"+char, len([]rune(char))+1)
		}
	}
	group := -1
	if capture {
		group = p.openGroup(name, hasName, len([]rune(name))+1)
	}
	subVerbose := (*verbose || addFlags&FlagVerbose != 0) && delFlags&FlagVerbose == 0
	done := p.at("_parse", 872)
	sub := p.parseSub(subVerbose, nested+1)
	done()
	if !p.matchAt(873, ")") {
		p.fail("_parse:874", "missing ), unterminated subpattern", p.tell()-start)
	}
	if group >= 0 {
		lo, hi := p.width(sub)
		p.groupWidths[group] = [2]int{lo, hi}
		p.groupOpen[group] = false
	}
	if atomic {
		return &node{op: opAtomic, sub: sub}
	}
	return &node{op: opSubpattern, group: group, add: addFlags, del: delFlags, sub: sub}
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// parseFlags is _parse_flags; global is true for "(?flags)".
func (p *parser) parseFlags(char string) (add, del int, global bool) {
	if char != "-" {
		for {
			flag := flagLetters[char]
			if p.isText {
				if char == "L" {
					p.fail("_parse_flags:913", "bad inline flags: cannot use 'L' flag with a str pattern", 0)
				}
			} else if char == "u" {
				p.fail("_parse_flags:917", "bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				p.fail("_parse_flags:921", "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			c, ok := p.get()
			if !ok {
				p.fail("_parse_flags:924", "missing -, : or )", 0)
			}
			char = c
			if char == ")" || char == "-" || char == ":" {
				break
			}
			if flagLetters[char] == 0 {
				if isAlpha(char) {
					p.fail("_parse_flags:929", "unknown flag", len([]rune(char)))
				}
				p.fail("_parse_flags:929", "missing -, : or )", len([]rune(char)))
			}
		}
	}
	if char == ")" {
		p.flags |= add
		return 0, 0, true
	}
	if add&globalFlags != 0 {
		p.fail("_parse_flags:934", "bad inline flags: cannot turn on global flag", 1)
	}
	if char == "-" {
		c, ok := p.get()
		if !ok {
			p.fail("_parse_flags:938", "missing flag", 0)
		}
		char = c
		if flagLetters[char] == 0 {
			if isAlpha(char) {
				p.fail("_parse_flags:941", "unknown flag", len([]rune(char)))
			}
			p.fail("_parse_flags:941", "missing flag", len([]rune(char)))
		}
		for {
			flag := flagLetters[char]
			if flag&typeFlags != 0 {
				p.fail("_parse_flags:946", "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			c, ok := p.get()
			if !ok {
				p.fail("_parse_flags:950", "missing :", 0)
			}
			char = c
			if char == ":" {
				break
			}
			if flagLetters[char] == 0 {
				if isAlpha(char) {
					p.fail("_parse_flags:955", "unknown flag", len([]rune(char)))
				}
				p.fail("_parse_flags:955", "missing :", len([]rune(char)))
			}
		}
	}
	if del&globalFlags != 0 {
		p.fail("_parse_flags:958", "bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		p.fail("_parse_flags:960", "bad inline flags: flag turned on and off", 1)
	}
	return add, del, false
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// width is SubPattern.getwidth: the least and greatest number of
// characters a sequence can match.
func (p *parser) width(seq []*node) (int, int) {
	lo, hi := 0, 0
	add := func(a, b int) int {
		if a+b > maxWidth {
			return maxWidth
		}
		return a + b
	}
	for _, n := range seq {
		switch n.op {
		case opBranch:
			i, j := maxWidth, 0
			for _, alt := range n.alts {
				l, h := p.width(alt)
				i, j = min(i, l), max(j, h)
			}
			lo, hi = add(lo, i), add(hi, j)
		case opAtomic, opSubpattern:
			i, j := p.width(n.sub)
			lo, hi = add(lo, i), add(hi, j)
		case opRepeat:
			i, j := p.width(n.sub)
			lo = add(lo, mulWidth(i, n.min))
			if n.max == MaxRepeat && j != 0 {
				hi = maxWidth
			} else {
				hi = add(hi, mulWidth(j, n.max))
			}
		case opIn, opLiteral, opNotLiteral, opAny:
			lo, hi = add(lo, 1), add(hi, 1)
		case opGroupRef:
			w := p.groupWidths[n.group]
			lo, hi = add(lo, w[0]), add(hi, w[1])
		case opGroupRefExists:
			i, j := p.width(n.sub)
			if n.hasNo {
				l, h := p.width(n.no)
				i, j = min(i, l), max(j, h)
			} else {
				i = 0
			}
			lo, hi = add(lo, i), add(hi, j)
		}
	}
	return min(lo, maxWidth), min(hi, maxWidth)
}

func mulWidth(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > maxWidth/b {
		return maxWidth
	}
	return a * b
}

func fixTrace(line int) []Frame {
	return []Frame{{"compile", 745}, {"parse", 990}, {"fix_flags", line}}
}

// fixFlags is _parser.fix_flags.
func fixFlags(isText bool, flags int) int {
	if isText {
		if flags&FlagLocale != 0 {
			panic(&Error{Msg: "cannot use LOCALE flag with a str pattern", Kind: "ValueError", Pos: -1, Trace: fixTrace(967)})
		}
		if flags&FlagASCII == 0 {
			flags |= FlagUnicode
		} else if flags&FlagUnicode != 0 {
			panic(&Error{Msg: "ASCII and UNICODE flags are incompatible", Kind: "ValueError", Pos: -1, Trace: fixTrace(971)})
		}
	} else {
		if flags&FlagUnicode != 0 {
			panic(&Error{Msg: "cannot use UNICODE flag with a bytes pattern", Kind: "ValueError", Pos: -1, Trace: fixTrace(974)})
		}
		if flags&FlagLocale != 0 && flags&FlagASCII != 0 {
			panic(&Error{Msg: "ASCII and LOCALE flags are incompatible", Kind: "ValueError", Pos: -1, Trace: fixTrace(976)})
		}
	}
	return flags
}

// parse is _parser.parse. A bytes pattern is given as runes 0-255.
func parse(src []rune, isText bool, flags int) (t *tree, warnings []Warning, err *Error) {
	var p *parser
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			if !isText {
				e.Msg = asciiBackslashReplace(e.Msg)
			}
			t, warnings, err = nil, p.warnings, e
		}
	}()
	p = &parser{src: src, isText: isText, flags: flags, groupNames: map[string]int{},
		groupWidths: [][2]int{{}}, groupOpen: []bool{false}, lookbehindGroups: -1, grouprefpos: map[int]int{}}
	done := p.at("parse", 982)
	done2 := p.at("__init__", 239)
	p.advance()
	done2()
	done()
	done = p.at("parse", 989)
	seq := p.parseSub(flags&FlagVerbose != 0, 0)
	done()
	p.flags = fixFlags(isText, p.flags)
	if !p.atEnd {
		p.fail("parse:994", "unbalanced parenthesis", 0)
	}
	for _, g := range p.grouprefOrder {
		if g >= p.numGroups() {
			return nil, p.warnings, &Error{Msg: "invalid group reference " + strconv.Itoa(g), Pos: p.grouprefpos[g],
				Trace: []Frame{{"compile", 745}, {"parse", 999}}}
		}
	}
	return &tree{seq: seq, flags: p.flags, groups: p.numGroups(), groupNames: p.groupNames,
		nameOrder: p.nameOrder, groupWidths: p.groupWidths}, p.warnings, nil
}

func asciiBackslashReplace(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 128:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x10000:
			b.WriteString(`\u` + hex2(int(r>>8)) + hex2(int(r&0xff)))
		default:
			b.WriteString(`\U` + hex2(int(r>>24)) + hex2(int(r>>16&0xff)) + hex2(int(r>>8&0xff)) + hex2(int(r&0xff)))
		}
	}
	return b.String()
}

func hex2(v int) string {
	const h = "0123456789abcdef"
	return string([]byte{h[v>>4], h[v&15]})
}

// pyRepr is repr() of a str, for error messages.
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r)))
		case r >= 0x80 && !unicode.IsPrint(r):
			if r < 0x100 {
				b.WriteString(`\x` + hex2(int(r)))
			} else if r < 0x10000 {
				b.WriteString(`\u` + hex2(int(r>>8)) + hex2(int(r&0xff)))
			} else {
				b.WriteString(`\U` + hex2(int(r>>24)) + hex2(int(r>>16&0xff)) + hex2(int(r>>8&0xff)) + hex2(int(r&0xff)))
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// lookupCharName resolves \N{...}: only the names of ASCII characters
// CPython's unicodedata gives, which covers what patterns spell out in
// practice without linking the Unicode name table.
func lookupCharName(name string) (rune, bool) {
	r, ok := charNames[strings.ToUpper(name)]
	return r, ok
}

var charNames = map[string]rune{
	"SPACE": ' ', "EXCLAMATION MARK": '!', "QUOTATION MARK": '"', "NUMBER SIGN": '#',
	"DOLLAR SIGN": '$', "PERCENT SIGN": '%', "AMPERSAND": '&', "APOSTROPHE": '\'',
	"LEFT PARENTHESIS": '(', "RIGHT PARENTHESIS": ')', "ASTERISK": '*', "PLUS SIGN": '+',
	"COMMA": ',', "HYPHEN-MINUS": '-', "FULL STOP": '.', "SOLIDUS": '/', "COLON": ':',
	"SEMICOLON": ';', "LESS-THAN SIGN": '<', "EQUALS SIGN": '=', "GREATER-THAN SIGN": '>',
	"QUESTION MARK": '?', "COMMERCIAL AT": '@', "LEFT SQUARE BRACKET": '[', "REVERSE SOLIDUS": '\\',
	"RIGHT SQUARE BRACKET": ']', "CIRCUMFLEX ACCENT": '^', "LOW LINE": '_', "GRAVE ACCENT": '`',
	"LEFT CURLY BRACKET": '{', "VERTICAL LINE": '|', "RIGHT CURLY BRACKET": '}', "TILDE": '~',
	"EM DASH": 0x2014, "EN DASH": 0x2013, "NO-BREAK SPACE": 0xa0, "BULLET": 0x2022,
	"HORIZONTAL ELLIPSIS": 0x2026, "EURO SIGN": 0x20ac, "DEGREE SIGN": 0xb0,
	"LEFT DOUBLE QUOTATION MARK": 0x201c, "RIGHT DOUBLE QUOTATION MARK": 0x201d,
	"LEFT SINGLE QUOTATION MARK": 0x2018, "RIGHT SINGLE QUOTATION MARK": 0x2019,
	"GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER BETA": 0x3b2, "GREEK SMALL LETTER PI": 0x3c0,
	"SNOWMAN": 0x2603, "BLACK HEART SUIT": 0x2665, "COPYRIGHT SIGN": 0xa9,
}
