package core

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// str: UTF-8 text indexed by code point. A Str caches its hash and its
// length in code points; non-ASCII strings build a table of code point
// offsets on first indexing. Concatenation of long strings appends into a
// shared buffer with spare capacity, so `s += x` in a loop is amortized
// linear (bytes are only ever appended past the end of every Str that
// shares the buffer, so no visible string changes).

// strMethods are str's methods with fixed arguments (method.go says how
// to add one); strFuncs read their own.
var strMethods = []MethodDef[*Str]{
	{"__str__", 0, -1, strStr},
	{"__getitem__", 1, 1, strGetitem},
	{"__contains__", 1, 1, strContains},
	{"__iter__", 0, -1, strIter},
	{"__add__", 1, 1, strAdd},
	{"__mul__", 1, 1, strMul},
	{"__rmul__", 1, 1, strMul},
	{"__mod__", 1, 1, strMod},
	{"islower", 0, 0, strIslower},
	{"isupper", 0, 0, strIsupper},
	{"istitle", 0, 0, strIstitle},
}

// strFuncs are Str's methods that read their own arguments.
var strFuncs = []FuncDef{
	{"__len__", strLen},
	{"__hash__", strHash},
	{"__repr__", strRepr},
	{"__format__", strFormat},
	{"__rmod__", strRmod},
	{"__getnewargs__", strGetnewargs},
	{"isidentifier", strIsidentifier},
	{"find", strFindMethod("find", false, false)},
	{"rfind", strFindMethod("rfind", true, false)},
	{"index", strFindMethod("index", false, true)},
	{"rindex", strFindMethod("rindex", true, true)},
	{"count", strCount},
	{"startswith", strAffix("startswith", false)},
	{"endswith", strAffix("endswith", true)},
	{"split", strSplit},
	{"rsplit", strRSplit},
	{"splitlines", strSplitlines},
	{"strip", strStrip("strip", true, true)},
	{"lstrip", strStrip("lstrip", true, false)},
	{"rstrip", strStrip("rstrip", false, true)},
	{"join", strJoin},
	{"replace", strReplace},
	{"upper", strCase("upper", pyUpper)},
	{"lower", strCase("lower", pyLower)},
	{"casefold", strCase("casefold", pyCasefold)},
	{"title", strCase("title", pyTitle)},
	{"capitalize", strCase("capitalize", pyCapitalize)},
	{"swapcase", strCase("swapcase", pySwapcase)},
	{"isdigit", strPredicate("isdigit", false, isDigitRune)},
	{"isdecimal", strPredicate("isdecimal", false, isDecimalRune)},
	{"isnumeric", strPredicate("isnumeric", false, isNumericRune)},
	{"isalpha", strPredicate("isalpha", false, isAlphaRune)},
	{"isalnum", strPredicate("isalnum", false, isAlnumRune)},
	{"isspace", strPredicate("isspace", false, isPySpace)},
	{"isprintable", strPredicate("isprintable", true, isPrintable)},
	{"isascii", strPredicate("isascii", true, isASCIIRune)},
	{"center", strPad("center")},
	{"ljust", strPad("ljust")},
	{"rjust", strPad("rjust")},
	{"zfill", strZfill},
	{"partition", strPartition("partition", false)},
	{"rpartition", strPartition("rpartition", true)},
	{"removeprefix", strAffixRemove("removeprefix", false)},
	{"removesuffix", strAffixRemove("removesuffix", true)},
	{"expandtabs", strExpandtabs},
	{"encode", strEncode},
	{"format", strFormatMethod},
	{"format_map", strFormatMapMethod},
	{"translate", strTranslate},
}

// Str is a Python str. S holds UTF-8 text. It is three words, so that a
// short str and its text fit one 48-byte object (newStrBytes).
type Str struct {
	S    string
	hash int64   // hash(S) once computed; 0 until then (and for "", whose hash is 0)
	ext  *strExt // what is known beyond the bytes; nil: not yet looked at
}

// strExt is what a Str knows of its text: whether it is ASCII, its length
// in code points and their offsets (built on demand), and the buffer that
// concatenation appends into. ASCII strs share asciiExt; a buffer's strs
// share its ext, where only ascii and buf mean anything; a non-ASCII str
// that was counted has its own.
type strExt struct {
	ascii bool
	n     int32   // code point count + 1; 0: not counted
	offs  []int32 // byte offset of each code point (non-ASCII only), built on demand
	buf   *strBuf
}

// asciiExt is the ext of every ASCII str that is not in a buffer.
var asciiExt = &strExt{ascii: true}

// strBuf is the spare-capacity buffer of long concatenations; shared is
// the ext of the strs it holds (ascii: all of b is).
type strBuf struct {
	b      []byte
	shared strExt
}

// Short strs are allocated with their text in one object (a Str followed
// by a byte array its S points into): one allocation instead of two for
// the strs programs make most (f-string pieces, concatenations, the
// results of upper() or replace()), which the collector also sees as one.
type (
	str16 struct {
		Str
		b [16]byte
	}
	str32 struct {
		Str
		b [32]byte
	}
	str64 struct {
		Str
		b [64]byte
	}
)

// newStrBytes returns a new Str of n > 0 bytes and those bytes, for the
// caller to fill before the Str is used by anyone else.
func newStrBytes(n int) (*Str, []byte) {
	var s *Str
	var b []byte
	switch {
	case n <= 16:
		x := new(str16)
		s, b = &x.Str, x.b[:n]
	case n <= 32:
		x := new(str32)
		s, b = &x.Str, x.b[:n]
	case n <= 64:
		x := new(str64)
		s, b = &x.Str, x.b[:n]
	default:
		s, b = new(Str), make([]byte, n)
	}
	s.S = unsafe.String(unsafe.SliceData(b), n)
	return s, b
}

// buildString is BUILD_STRING: the concatenation of parts, which are strs
// and small ints (FORMAT_VALUE leaves those for it to write).
func buildString(parts []Value) Value {
	size := 0
	for _, v := range parts {
		if v.t == IntType {
			size += intLen(int64(v.n))
		} else {
			size += len(v.o.(*Str).S)
		}
	}
	if size == 0 {
		return NewStr("")
	}
	s, b := newStrBytes(size)
	at := 0
	for _, v := range parts {
		if v.t == IntType {
			at += len(strconv.AppendInt(b[at:at], int64(v.n), 10))
		} else {
			at += copy(b[at:], v.o.(*Str).S)
		}
	}
	return Value{t: StrType, o: s}
}

// intLen is len(str(i)).
func intLen(i int64) int {
	n := 1
	u := uint64(i)
	if i < 0 {
		n, u = 2, -u
	}
	for ; u >= 10; u /= 10 {
		n++
	}
	return n
}

// strSlab hands out the Strs of an operation with many results (split's
// pieces) from chunks of up to strSlabMax: one allocation per chunk instead
// of one per piece. A piece kept alive keeps its chunk alive, which is
// why chunks stay small.
type strSlab struct {
	free []Str
	next int // the next chunk's size
}

const strSlabMax = 32

// newStrSlab returns a slab for about hint strs.
func newStrSlab(hint int) strSlab { return strSlab{next: min(max(hint, 4), strSlabMax)} }

// str returns a str of text s, a substring the caller already holds.
func (sl *strSlab) str(s string) Value {
	if len(s) <= 1 {
		return NewStr(s)
	}
	if len(sl.free) == 0 {
		sl.free = make([]Str, sl.next)
		sl.next = min(2*sl.next, strSlabMax)
	}
	x := &sl.free[0]
	sl.free = sl.free[1:]
	x.S = s
	return Value{t: StrType, o: x}
}

// strFromInt returns str(i) of a small int.
func strFromInt(i int64) Value {
	if 0 <= i && i < 10 {
		return asciiStrs['0'+i]
	}
	var d [20]byte
	t := strconv.AppendInt(d[:0], i, 10)
	s, b := newStrBytes(len(t))
	copy(b, t)
	return Value{t: StrType, o: s}
}

var emptyStr = &Str{S: "", ext: asciiExt}

// asciiStrs holds the one-character strs for ASCII, shared by indexing and
// iteration.
var asciiStrs [128]Value

func init() {
	for i := range asciiStrs {
		c := &Str{S: string(rune(i)), ext: asciiExt}
		c.Hash() // computed now: these strs are shared by concurrent runs
		asciiStrs[i] = Value{t: StrType, o: c}
	}
}

// NewStr returns a str value.
func NewStr(s string) Value {
	switch len(s) {
	case 0:
		return Value{t: StrType, o: emptyStr}
	case 1:
		if s[0] < 0x80 {
			return asciiStrs[s[0]]
		}
	}
	return Value{t: StrType, o: &Str{S: s}}
}

// AsStr returns the text of a str or str subclass instance.
func AsStr(v Value) (string, bool) {
	if v.t == StrType {
		return v.o.(*Str).S, true
	}
	if s, ok := strOf(v); ok {
		return s.S, true
	}
	return "", false
}

// strOf returns the *Str of a str or str subclass instance.
func strOf(v Value) (*Str, bool) {
	if v.t == StrType {
		return v.o.(*Str), true
	}
	x, ok := baseOf(v, StrType).o.(*Str)
	return x, ok
}

// counted returns s's ext with ascii or n known, making it on first use.
func (s *Str) counted() *strExt {
	e := s.ext
	if e != nil && (e.ascii || e.n != 0) {
		return e
	}
	ascii := true
	for i := 0; i < len(s.S); i++ {
		if s.S[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	var buf *strBuf
	if e != nil {
		buf = e.buf
	}
	switch {
	case ascii && buf == nil:
		e = asciiExt
	case ascii:
		e = &strExt{ascii: true, buf: buf}
	default:
		e = &strExt{n: int32(utf8.RuneCountInString(s.S)) + 1, buf: buf}
	}
	s.ext = e
	return e
}

// Len returns the length in code points.
func (s *Str) Len() int {
	if e := s.counted(); !e.ascii {
		return int(e.n - 1)
	}
	return len(s.S)
}

func (s *Str) isASCII() bool { return s.counted().ascii }

// Hash returns hash(s), cached.
func (s *Str) Hash() int64 {
	if s.hash == 0 {
		s.hash = hashString(s.S)
	}
	return s.hash
}

// StrLen returns the length of s in code points.
func StrLen(s *Str) int { return s.Len() }

// offset returns the byte offset of code point i (0 <= i <= Len).
func (s *Str) offset(i int) int {
	if s.isASCII() {
		return i
	}
	n := s.Len()
	if i >= n {
		return len(s.S)
	}
	e := s.ext // counted and not ASCII: s's own
	if e.offs == nil {
		offs := make([]int32, 0, n)
		for j := range s.S {
			offs = append(offs, int32(j))
		}
		e.offs = offs
	}
	return int(e.offs[i])
}

// cpIndex returns the code point index of byte offset b.
func (s *Str) cpIndex(b int) int {
	if s.isASCII() {
		return b
	}
	return utf8.RuneCountInString(s.S[:b])
}

// at returns the i-th code point as a str (0 <= i < Len).
func (s *Str) at(i int) Value {
	if s.isASCII() {
		return asciiStrs[s.S[i]]
	}
	o := s.offset(i)
	_, n := decodeRune(s.S[o:])
	return NewStr(s.S[o : o+n])
}

func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// concatStr is a + b with amortized appends for long strings.
func concatStr(av Value, a, b *Str) Value {
	if b.S == "" && av.t == StrType {
		return av
	}
	if a.S == "" {
		return Value{t: StrType, o: b}
	}
	total := len(a.S) + len(b.S)
	if a.ext != nil {
		if bf := a.ext.buf; bf != nil && len(bf.b) == len(a.S) && cap(bf.b) >= total && unsafe.StringData(a.S) == unsafe.SliceData(bf.b) {
			bf.b = append(bf.b, b.S...)
			bf.shared.ascii = bf.shared.ascii && b.isASCII()
			return Value{t: StrType, o: &Str{S: unsafe.String(unsafe.SliceData(bf.b), total), ext: &bf.shared}}
		}
	}
	if total < 128 {
		r, rb := newStrBytes(total)
		copy(rb[copy(rb, a.S):], b.S)
		return Value{t: StrType, o: r}
	}
	nb := make([]byte, total, total*2)
	copy(nb, a.S)
	copy(nb[len(a.S):], b.S)
	bf := &strBuf{b: nb}
	bf.shared = strExt{ascii: a.isASCII() && b.isASCII(), buf: bf}
	return Value{t: StrType, o: &Str{S: unsafe.String(unsafe.SliceData(nb), total), ext: &bf.shared}}
}

// ConcatStrs is str + str for the VM's fast path (both exact strs).
func ConcatStrs(a, b Value) Value { return concatStr(a, a.o.(*Str), b.o.(*Str)) }

// StrRepr returns Python's repr of a str: single quotes unless the text
// contains ' and no ", escapes for control and non-printable characters.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != quote && c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r == utf8.RuneError && n == 1:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case r < 0x20 || r == 0x7f:
			b = append(b, '\\', 'x', hex[r>>4], hex[r&15])
		case isPrintable(r):
			b = utf8.AppendRune(b, r)
		case r <= 0xff:
			b = append(b, '\\', 'x', hex[r>>4], hex[r&15])
		case r <= 0xffff:
			b = append(b, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
		default:
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hex[r>>uint(sh)&15])
			}
		}
	}
	return string(append(b, quote))
}

// isPrintable is str.isprintable for one code point: everything but
// control, format, surrogate, private use, unassigned and separators
// other than the ASCII space.
func isPrintable(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	if r == 0xad { // soft hyphen is Cf
		return false
	}
	return unicode.IsPrint(r)
}

// strSelf returns the receiver of a str method.
func strSelf(name string, args []Value) (*Str, *Exception) {
	if len(args) > 0 && args[0].t == StrType {
		return args[0].o.(*Str), nil
	}
	return selfOf(name, StrType, args, strOf)
}

// strArg requires a str argument ("must be str, not int").
func strArg(v Value, format string) (string, *Exception) {
	if s, ok := AsStr(v); ok {
		return s, nil
	}
	return "", Errorf(TypeError, format, v.t.Name)
}

// isPySpace reports whether r is whitespace for str.split/strip/isspace.
func isPySpace(r rune) bool { return pyIsSpace(r) }

// subRange resolves optional start/end code point arguments (slice
// semantics) to byte offsets in s.
func (th *Thread) subRange(s *Str, args []Value) (int, int, *Exception) {
	start, end, err := th.adjustIndices(s.Len(), args)
	if err != nil || start < 0 {
		return -1, -1, err
	}
	return s.offset(start), s.offset(end), nil
}

// adjustIndices resolves the optional (start[, end]) of a search in a
// sequence of n items as CPython's ADJUST_INDICES does: negative indices
// count from the end, end is clamped to n; start > end gives -1, -1 (an
// empty range, in which even an empty needle is not found).
func (th *Thread) adjustIndices(n int, args []Value) (int, int, *Exception) {
	start, end := 0, n
	var err *Exception
	if len(args) > 0 && !args[0].IsNone() {
		if start, err = th.sliceIndex(args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 && !args[1].IsNone() {
		if end, err = th.sliceIndex(args[1]); err != nil {
			return 0, 0, err
		}
	}
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	if start > end {
		return -1, -1, nil
	}
	return start, end, nil
}

// strFind implements find/rfind/index/rindex/count's search: the code
// point index of sub in s[start:end], or -1.
func (th *Thread) strFind(name string, args []Value, kw []string, reverse bool) (*Str, int, *Exception) {
	if err := subRangeArgs(name, args, kw); err != nil {
		return nil, 0, err
	}
	s, err := strSelf(name, args)
	if err != nil {
		return nil, 0, err
	}
	sub, err := strArg(args[1], "must be str, not %s")
	if err != nil {
		return nil, 0, err
	}
	lo, hi, err := th.subRange(s, args[2:])
	if err != nil {
		return nil, 0, err
	}
	if lo < 0 {
		return s, -1, nil
	}
	var i int
	if reverse {
		i = strings.LastIndex(s.S[lo:hi], sub)
	} else {
		i = strings.Index(s.S[lo:hi], sub)
	}
	if i < 0 {
		return s, -1, nil
	}
	return s, s.cpIndex(lo + i), nil
}

// Not inlined: method tables call it, and Go's package initialiser fills
// them (exceptionTree says why that function must stay small).
//
//go:noinline
func strFindMethod(name string, reverse, raise bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		_, i, err := th.strFind(name, args, kw, reverse)
		if err != nil {
			return Value{}, err
		}
		if i < 0 && raise {
			return Value{}, Errorf(ValueError, "substring not found")
		}
		return Int(int64(i)), nil
	}
}

func strCount(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := subRangeArgs("count", args, kw); err != nil {
		return Value{}, err
	}
	s, err := strSelf("count", args)
	if err != nil {
		return Value{}, err
	}
	sub, err := strArg(args[1], "must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	lo, hi, err := th.subRange(s, args[2:])
	if err != nil {
		return Value{}, err
	}
	if lo < 0 {
		return Int(0), nil
	}
	part := s.S[lo:hi]
	if sub == "" {
		return Int(int64(utf8.RuneCountInString(part) + 1)), nil
	}
	return Int(int64(strings.Count(part, sub))), nil
}

// strAffix implements startswith/endswith.
func strAffix(name string, end bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if len(args) == 2 && len(kw) == 0 && args[0].t == StrType && args[1].t == StrType {
			// s.startswith(p): no range, one str.
			s, p := args[0].o.(*Str).S, args[1].o.(*Str).S
			if end {
				return Bool(strings.HasSuffix(s, p)), nil
			}
			return Bool(strings.HasPrefix(s, p)), nil
		}
		if err := subRangeArgs(name, args, kw); err != nil {
			return Value{}, err
		}
		s, err := strSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		lo, hi, err := th.subRange(s, args[2:])
		if err != nil {
			return Value{}, err
		}
		test := func(v Value) (bool, *Exception) {
			p, ok := AsStr(v)
			if !ok {
				return false, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, v.t.Name)
			}
			if lo < 0 {
				return false, nil
			}
			if end {
				return strings.HasSuffix(s.S[lo:hi], p), nil
			}
			return strings.HasPrefix(s.S[lo:hi], p), nil
		}
		if args[1].t == TupleType {
			for _, v := range args[1].o.(*Tuple).Items {
				if _, ok := AsStr(v); !ok {
					return Value{}, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, v.t.Name)
				}
				ok, _ := test(v)
				if ok {
					return True, nil
				}
			}
			return False, nil
		}
		ok, err := test(args[1])
		return Bool(ok), err
	}
}

// strSplitArgs parses (sep=None, maxsplit=-1).
func (th *Thread) strSplitArgs(name string, args []Value, kw []string) (*Str, string, bool, int, *Exception) {
	s, err := strSelf(name, args)
	if err != nil {
		return nil, "", false, 0, err
	}
	if len(args)-len(kw) > 3 {
		return nil, "", false, 0, Errorf(TypeError, "%s() takes at most 2 arguments (%d given)", name, len(args)-1)
	}
	var sepV, maxV Value
	for _, k := range kw {
		if k != "sep" && k != "maxsplit" {
			return nil, "", false, 0, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	if err := th.UnpackArgs(name, args[1:], kw, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
		return nil, "", false, 0, err
	}
	haveSep := sepV.IsValid() && !sepV.IsNone()
	sep := ""
	if haveSep {
		if sep, err = strArg(sepV, "must be str or None, not %s"); err != nil {
			return nil, "", false, 0, err
		}
		if sep == "" {
			return nil, "", false, 0, Errorf(ValueError, "empty separator")
		}
	}
	maxsplit := -1
	if maxV.IsValid() {
		if maxsplit, err = th.IndexInt(maxV); err != nil {
			return nil, "", false, 0, err
		}
	}
	return s, sep, haveSep, maxsplit, nil
}

// splitWhitespace is str.split() without a separator.
func splitWhitespace(s string, maxsplit int) []Value {
	var out []Value
	sl := newStrSlab(4)
	i := 0
	for {
		for i < len(s) {
			r, n := decodeRune(s[i:])
			if !isPySpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			// The rest keeps its trailing whitespace, as in CPython.
			return append(out, sl.str(s[i:]))
		}
		j := i
		for j < len(s) {
			r, n := decodeRune(s[j:])
			if isPySpace(r) {
				break
			}
			j += n
		}
		out = append(out, sl.str(s[i:j]))
		i = j
	}
}

// rsplitWhitespace is str.rsplit() without a separator.
func rsplitWhitespace(s string, maxsplit int) []Value {
	var rev []Value
	j := len(s)
	for {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(rev) == maxsplit {
			// The rest keeps its leading whitespace, as in CPython.
			rev = append(rev, NewStr(s[:j]))
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= n
		}
		rev = append(rev, NewStr(s[i:j]))
		j = i
	}
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

func strSplit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, sep, haveSep, maxsplit, err := th.strSplitArgs("split", args, kw)
	if err != nil {
		return Value{}, err
	}
	if !haveSep {
		return NewList(splitWhitespace(s.S, maxsplit)), nil
	}
	n := -1
	if maxsplit >= 0 {
		n = maxsplit + 1
	}
	return NewList(splitSep(s.S, sep, n)), nil
}

// splitSep is strings.SplitN(s, sep, n) as strs (sep is not empty).
func splitSep(s, sep string, n int) []Value {
	m := strings.Count(s, sep) + 1
	if n >= 0 && m > n {
		m = n
	}
	out := make([]Value, m)
	sl := newStrSlab(m)
	for i := 0; i < m-1; i++ {
		j := strings.Index(s, sep)
		out[i] = sl.str(s[:j])
		s = s[j+len(sep):]
	}
	out[m-1] = sl.str(s)
	return out
}

func strRSplit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, sep, haveSep, maxsplit, err := th.strSplitArgs("rsplit", args, kw)
	if err != nil {
		return Value{}, err
	}
	if !haveSep {
		return NewList(rsplitWhitespace(s.S, maxsplit)), nil
	}
	if maxsplit < 0 {
		return strSplit(th, args, kw)
	}
	var rev []Value
	rest := s.S
	for len(rev) < maxsplit {
		i := strings.LastIndex(rest, sep)
		if i < 0 {
			break
		}
		rev = append(rev, NewStr(rest[i+len(sep):]))
		rest = rest[:i]
	}
	rev = append(rev, NewStr(rest))
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return NewList(rev), nil
}

// isLineBreak reports whether r ends a line for str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func strSplitlines(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("splitlines", args)
	if err != nil {
		return Value{}, err
	}
	if len(args)-len(kw) > 2 {
		return Value{}, Errorf(TypeError, "splitlines() takes at most 1 argument (%d given)", len(args)-1)
	}
	keep, err := th.keependsArg(args[1:], kw)
	if err != nil {
		return Value{}, err
	}
	var out []Value
	str := s.S
	start := 0
	for i := 0; i < len(str); {
		r, n := decodeRune(str[i:])
		if !isLineBreak(r) {
			i += n
			continue
		}
		end := i + n
		if r == '\r' && end < len(str) && str[end] == '\n' {
			end++
		}
		if keep {
			out = append(out, NewStr(str[start:end]))
		} else {
			out = append(out, NewStr(str[start:i]))
		}
		start, i = end, end
	}
	if start < len(str) {
		out = append(out, NewStr(str[start:]))
	}
	return NewList(out), nil
}

// strStrip implements strip/lstrip/rstrip.
//
// Not inlined: method tables call it, and Go's package initialiser fills
// them (exceptionTree says why that function must stay small).
//
//go:noinline
func strStrip(name string, left, right bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(name, args, kw, 0, 1); err != nil {
			if len(args) > 2 {
				return Value{}, Errorf(TypeError, "%s expected at most 1 argument, got %d", name, len(args)-1)
			}
			return Value{}, err
		}
		s, err := strSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		cut := isPySpace
		if len(args) == 2 && !args[1].IsNone() {
			chars, ok := AsStr(args[1])
			if !ok {
				return Value{}, Errorf(TypeError, "%s arg must be None or str", name)
			}
			cut = func(r rune) bool { return strings.ContainsRune(chars, r) }
		}
		r := s.S
		if left {
			r = strings.TrimLeftFunc(r, cut)
		}
		if right {
			r = strings.TrimRightFunc(r, cut)
		}
		if len(r) == len(s.S) && args[0].t == StrType {
			return args[0], nil
		}
		return NewStr(r), nil
	}
}

func strJoin(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("str.join", args[min(1, len(args)):], kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := strSelf("join", args)
	if err != nil {
		return Value{}, err
	}
	var items []Value
	switch it := args[1]; it.t {
	case ListType:
		items = it.o.(*List).Items
	case TupleType:
		items = it.o.(*Tuple).Items
	default:
		if _, ok := it.t.Lookup("__iter__"); !ok {
			if _, ok := it.t.Lookup("__getitem__"); !ok {
				return Value{}, Errorf(TypeError, "can only join an iterable")
			}
		}
		if items, err = th.collect(it); err != nil {
			return Value{}, err
		}
	}
	switch len(items) {
	case 0:
		return NewStr(""), nil
	case 1:
		if items[0].t == StrType {
			return items[0], nil
		}
	}
	size := len(s.S) * (len(items) - 1)
	for i, v := range items {
		p, ok := AsStr(v)
		if !ok {
			return Value{}, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, v.t.Name)
		}
		size += len(p)
	}
	if size == 0 {
		return NewStr(""), nil
	}
	r, b := newStrBytes(size)
	at := 0
	for i, v := range items {
		if i > 0 {
			at += copy(b[at:], s.S)
		}
		p, _ := AsStr(v)
		at += copy(b[at:], p)
	}
	return Value{t: StrType, o: r}, nil
}

func strReplace(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("replace", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	s, err := strSelf("replace", args)
	if err != nil {
		return Value{}, err
	}
	old, err := strArg(args[1], "replace() argument 1 must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	nw, err := strArg(args[2], "replace() argument 2 must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	n := -1
	if len(args) == 4 {
		if n, err = th.IndexInt(args[3]); err != nil {
			return Value{}, err
		}
	}
	return replaceStr(s.S, old, nw, n), nil
}

// replaceStr is s.replace(old, nw, n) (n < 0: all), writing the result
// straight into a new str's bytes.
func replaceStr(s, old, nw string, n int) Value {
	if old == "" || n == 0 {
		return NewStr(strings.Replace(s, old, nw, n))
	}
	m := strings.Count(s, old)
	if n < 0 || m < n {
		n = m
	}
	size := len(s) + n*(len(nw)-len(old))
	if n == 0 || size == 0 {
		return NewStr(strings.Replace(s, old, nw, n))
	}
	r, b := newStrBytes(size)
	at := 0
	for ; n > 0; n-- {
		i := strings.Index(s, old)
		at += copy(b[at:], s[:i])
		at += copy(b[at:], nw)
		s = s[i+len(old):]
	}
	copy(b[at:], s)
	return Value{t: StrType, o: r}
}

// strCase applies a per-string transformation.
//
// Not inlined: method tables call it, and Go's package initialiser fills
// them (exceptionTree says why that function must stay small).
//
//go:noinline
func strCase(name string, f func(string) string) BuiltinFunc {
	full := "str." + name // once, not per call
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(full, args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		s, err := strSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		return NewStr(f(s.S)), nil
	}
}

// strPredicate implements the is*() methods: true when s is non-empty and
// every code point passes (empty strings give empty's answer).
//
// Not inlined: method tables call it, and Go's package initialiser fills
// them (exceptionTree says why that function must stay small).
//
//go:noinline
func strPredicate(name string, empty bool, f func(r rune) bool) BuiltinFunc {
	full := "str." + name // once, not per call
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(full, args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		s, err := strSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		if s.S == "" {
			return Bool(empty), nil
		}
		for _, r := range s.S {
			if !f(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

// upperSpecial and lowerSpecial are the Unicode special casings whose
// result is longer than one code point (SpecialCasing.txt, unconditional;
// the Unicode 14 data CPython 3.11 uses). Escaped: the results must stay
// decomposed.
var upperSpecial = map[rune]string{
	0x00df: "SS", 0x0149: "\u02bcN", 0x01f0: "J\u030c", 0x0390: "\u0399\u0308\u0301",
	0x03b0: "\u03a5\u0308\u0301", 0x0587: "\u0535\u0552", 0x1e96: "H\u0331", 0x1e97: "T\u0308",
	0x1e98: "W\u030a", 0x1e99: "Y\u030a", 0x1e9a: "A\u02be", 0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301", 0x1f56: "\u03a5\u0313\u0342", 0x1f80: "\u1f08\u0399",
	0x1f81: "\u1f09\u0399", 0x1f82: "\u1f0a\u0399", 0x1f83: "\u1f0b\u0399", 0x1f84: "\u1f0c\u0399",
	0x1f85: "\u1f0d\u0399", 0x1f86: "\u1f0e\u0399", 0x1f87: "\u1f0f\u0399", 0x1f88: "\u1f08\u0399",
	0x1f89: "\u1f09\u0399", 0x1f8a: "\u1f0a\u0399", 0x1f8b: "\u1f0b\u0399", 0x1f8c: "\u1f0c\u0399",
	0x1f8d: "\u1f0d\u0399", 0x1f8e: "\u1f0e\u0399", 0x1f8f: "\u1f0f\u0399", 0x1f90: "\u1f28\u0399",
	0x1f91: "\u1f29\u0399", 0x1f92: "\u1f2a\u0399", 0x1f93: "\u1f2b\u0399", 0x1f94: "\u1f2c\u0399",
	0x1f95: "\u1f2d\u0399", 0x1f96: "\u1f2e\u0399", 0x1f97: "\u1f2f\u0399", 0x1f98: "\u1f28\u0399",
	0x1f99: "\u1f29\u0399", 0x1f9a: "\u1f2a\u0399", 0x1f9b: "\u1f2b\u0399", 0x1f9c: "\u1f2c\u0399",
	0x1f9d: "\u1f2d\u0399", 0x1f9e: "\u1f2e\u0399", 0x1f9f: "\u1f2f\u0399", 0x1fa0: "\u1f68\u0399",
	0x1fa1: "\u1f69\u0399", 0x1fa2: "\u1f6a\u0399", 0x1fa3: "\u1f6b\u0399", 0x1fa4: "\u1f6c\u0399",
	0x1fa5: "\u1f6d\u0399", 0x1fa6: "\u1f6e\u0399", 0x1fa7: "\u1f6f\u0399", 0x1fa8: "\u1f68\u0399",
	0x1fa9: "\u1f69\u0399", 0x1faa: "\u1f6a\u0399", 0x1fab: "\u1f6b\u0399", 0x1fac: "\u1f6c\u0399",
	0x1fad: "\u1f6d\u0399", 0x1fae: "\u1f6e\u0399", 0x1faf: "\u1f6f\u0399", 0x1fb2: "\u1fba\u0399",
	0x1fb3: "\u0391\u0399", 0x1fb4: "\u0386\u0399", 0x1fb6: "\u0391\u0342", 0x1fb7: "\u0391\u0342\u0399",
	0x1fbc: "\u0391\u0399", 0x1fc2: "\u1fca\u0399", 0x1fc3: "\u0397\u0399", 0x1fc4: "\u0389\u0399",
	0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0399", 0x1fcc: "\u0397\u0399", 0x1fd2: "\u0399\u0308\u0300",
	0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342", 0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300",
	0x1fe3: "\u03a5\u0308\u0301", 0x1fe4: "\u03a1\u0313", 0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0399", 0x1ff3: "\u03a9\u0399", 0x1ff4: "\u038f\u0399", 0x1ff6: "\u03a9\u0342",
	0x1ff7: "\u03a9\u0342\u0399", 0x1ffc: "\u03a9\u0399", 0xfb00: "FF", 0xfb01: "FI",
	0xfb02: "FL", 0xfb03: "FFI", 0xfb04: "FFL", 0xfb05: "ST",
	0xfb06: "ST", 0xfb13: "\u0544\u0546", 0xfb14: "\u0544\u0535", 0xfb15: "\u0544\u053b",
	0xfb16: "\u054e\u0546", 0xfb17: "\u0544\u053d",
}

var lowerSpecial = map[rune]string{'İ': "i\u0307"}

// pyUpper is str.upper with the special casings that change length.
func pyUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			var b strings.Builder
			b.Grow(len(s))
			for _, r := range s {
				if sp, ok := upperSpecial[r]; ok {
					b.WriteString(sp)
				} else {
					b.WriteRune(unicode.ToUpper(r))
				}
			}
			return b.String()
		}
	}
	return asciiUpper(s)
}

func asciiUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			return strings.ToUpper(s)
		}
	}
	return s
}

// pyLower is str.lower: special casings and the final sigma rule (a Σ
// that ends a word becomes ς).
func pyLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			rs := []rune(s)
			var b strings.Builder
			b.Grow(len(s))
			for j, r := range rs {
				switch {
				case r == 'Σ':
					if finalSigma(rs, j) {
						b.WriteRune('ς')
					} else {
						b.WriteRune('σ')
					}
				case lowerSpecial[r] != "":
					b.WriteString(lowerSpecial[r])
				default:
					b.WriteRune(unicode.ToLower(r))
				}
			}
			return b.String()
		}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// pyCasefold is str.casefold: full case folding, approximated as the lower
// case of the full upper case (ß -> ss, ﬁ -> fi, ς -> σ, ſ -> s), with no
// final-sigma rule.
func pyCasefold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r == 'ẞ':
			b.WriteString("ss")
		case r == 'ı': // its upper case I would fold to i
			b.WriteRune(r)
		case r >= 0x13a0 && r <= 0x13fd || r >= 0xab70 && r <= 0xabbf:
			b.WriteRune(unicode.ToUpper(r)) // Cherokee folds to upper case
		case lowerSpecial[r] != "":
			b.WriteString(lowerSpecial[r])
		case upperSpecial[r] != "":
			for _, u := range upperSpecial[r] {
				b.WriteRune(unicode.ToLower(u))
			}
		default:
			b.WriteRune(unicode.ToLower(unicode.ToUpper(r)))
		}
	}
	return b.String()
}

// finalSigma reports whether the Σ at rs[j] is preceded by a cased letter
// and not followed by one (case-ignorable characters skipped).
func finalSigma(rs []rune, j int) bool {
	k := j - 1
	for k >= 0 && isCaseIgnorable(rs[k]) {
		k--
	}
	if k < 0 || !isCased(rs[k]) {
		return false
	}
	k = j + 1
	for k < len(rs) && isCaseIgnorable(rs[k]) {
		k++
	}
	return k >= len(rs) || !isCased(rs[k])
}

func isCaseIgnorable(r rune) bool {
	return r == '\'' || r == '.' || r == ':' || r == '^' || r == '`' || r == 0xad ||
		unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
}

// pyTitle is str.title: a cased character after an uncased one starts a word.
func pyTitle(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for _, r := range s {
		if prevCased {
			b.WriteRune(unicode.ToLower(r))
		} else if r == 'ß' {
			b.WriteString("Ss")
		} else {
			b.WriteRune(unicode.ToTitle(r))
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func pyCapitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := decodeRune(s)
	first := string(unicode.ToTitle(r))
	if r == 'ß' {
		first = "Ss"
	}
	return first + strings.ToLower(s[n:])
}

func pySwapcase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for j, r := range rs {
		// Full case mappings and the final sigma rule, as CPython's swapcase.
		switch {
		case r == 'Σ' && finalSigma(rs, j):
			b.WriteRune('ς')
		case unicode.IsUpper(r) && lowerSpecial[r] != "":
			b.WriteString(lowerSpecial[r])
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLower(r) && upperSpecial[r] != "":
			b.WriteString(upperSpecial[r])
		case unicode.IsLower(r):
			b.WriteRune(unicode.ToUpper(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func pyIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case unicode.IsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// hasCased reports whether s has a cased character and none of the
// opposite case (islower/isupper).
func caseCheck(s string, want func(rune) bool, other func(rune) bool) bool {
	found := false
	for _, r := range s {
		if other(r) || unicode.IsTitle(r) {
			return false
		}
		if want(r) {
			found = true
		}
	}
	return found
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }
func isDigitRune(r rune) bool {
	return unicode.Is(unicode.Nd, r) || (unicode.Is(unicode.No, r) && (r >= 0x2070 && r <= 0x2079 || r == 0xb2 || r == 0xb3 || r == 0xb9 || r >= 0x2080 && r <= 0x2089 || r >= 0x2460 && r <= 0x2468))
}
func isNumericRune(r rune) bool { return unicode.IsNumber(r) }
func isAlphaRune(r rune) bool   { return unicode.IsLetter(r) }
func isAlnumRune(r rune) bool {
	return unicode.IsLetter(r) || isDecimalRune(r) || isDigitRune(r) || isNumericRune(r)
}

// fillArg parses the fill character of center/ljust/rjust.
func fillArg(args []Value) (rune, *Exception) {
	if len(args) < 3 {
		return ' ', nil
	}
	f, ok := AsStr(args[2])
	if !ok {
		return 0, Errorf(TypeError, "The fill character must be a unicode character, not %s", args[2].t.Name)
	}
	if utf8.RuneCountInString(f) != 1 {
		return 0, Errorf(TypeError, "The fill character must be exactly one character long")
	}
	r, _ := utf8.DecodeRuneInString(f)
	return r, nil
}

// Not inlined: method tables call it, and Go's package initialiser fills
// them (exceptionTree says why that function must stay small).
//
//go:noinline
func strPad(name string) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(name, args, kw, 1, 2); err != nil {
			if len(args) < 2 {
				return Value{}, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
			}
			return Value{}, Errorf(TypeError, "%s expected at most 2 arguments, got %d", name, len(args)-1)
		}
		s, err := strSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		width, err := th.IndexInt(args[1])
		if err != nil {
			return Value{}, err
		}
		fill, err := fillArg(args)
		if err != nil {
			return Value{}, err
		}
		n := s.Len()
		if width <= n {
			if args[0].t == StrType {
				return args[0], nil
			}
			return NewStr(s.S), nil
		}
		pad := width - n
		if err := checkAlloc(pad, utf8.RuneLen(fill)); err != nil {
			return Value{}, err
		}
		var left int
		switch name {
		case "center":
			// CPython: left = pad/2 + (pad & width & 1).
			left = pad/2 + (pad & width & 1)
		case "rjust":
			left = pad
		}
		var b strings.Builder
		b.Grow(len(s.S) + pad*utf8.RuneLen(fill))
		writeFill(&b, fill, left)
		b.WriteString(s.S)
		writeFill(&b, fill, pad-left)
		return NewStr(b.String()), nil
	}
}

func strZfill(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("str.zfill", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := strSelf("zfill", args)
	if err != nil {
		return Value{}, err
	}
	width, err := th.IndexInt(args[1])
	if err != nil {
		return Value{}, err
	}
	n := s.Len()
	if width <= n {
		return NewStr(s.S), nil
	}
	if err := checkAlloc(width, 1); err != nil {
		return Value{}, err
	}
	str := s.S
	sign := ""
	if str != "" && (str[0] == '+' || str[0] == '-') {
		sign, str = str[:1], str[1:]
	}
	return NewStr(sign + strings.Repeat("0", width-n) + str), nil
}

func strPartition(name string, reverse bool) BuiltinFunc {
	full := "str." + name // once, not per call
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(full, args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		s, err := strSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		sep, err := strArg(args[1], "must be str, not %s")
		if err != nil {
			return Value{}, err
		}
		if sep == "" {
			return Value{}, Errorf(ValueError, "empty separator")
		}
		var i int
		if reverse {
			i = strings.LastIndex(s.S, sep)
		} else {
			i = strings.Index(s.S, sep)
		}
		if i < 0 {
			if reverse {
				return NewTuple([]Value{NewStr(""), NewStr(""), NewStr(s.S)}), nil
			}
			return NewTuple([]Value{NewStr(s.S), NewStr(""), NewStr("")}), nil
		}
		return NewTuple([]Value{NewStr(s.S[:i]), NewStr(sep), NewStr(s.S[i+len(sep):])}), nil
	}
}

func strAffixRemove(name string, suffix bool) BuiltinFunc {
	full := "str." + name // once, not per call
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(full, args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		s, err := strSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		a, err := strArg(args[1], name+"() argument must be str, not %s")
		if err != nil {
			return Value{}, err
		}
		if suffix {
			return NewStr(strings.TrimSuffix(s.S, a)), nil
		}
		return NewStr(strings.TrimPrefix(s.S, a)), nil
	}
}

func strExpandtabs(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("expandtabs", args)
	if err != nil {
		return Value{}, err
	}
	var tabV Value
	if err := th.UnpackArgs("expandtabs", args[1:], kw, "tabsize?", &tabV); err != nil {
		return Value{}, err
	}
	tab := 8
	if tabV.IsValid() {
		if tab, err = th.IndexInt(tabV); err != nil {
			return Value{}, err
		}
		if tab > math.MaxInt32 || tab < math.MinInt32 {
			return Value{}, Errorf(OverflowError, "Python int too large to convert to C int")
		}
	}
	var b strings.Builder
	col := 0
	for _, r := range s.S {
		switch {
		case r == '\t':
			if tab > 0 {
				n := tab - col%tab
				if err := checkAlloc(b.Len()+n, 1); err != nil {
					return Value{}, err
				}
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case r == '\n' || r == '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return NewStr(b.String()), nil
}

// strGetItem is s[k].
func (th *Thread) strGetItem(sv Value, s *Str, k Value) (Value, *Exception) {
	if k.t == IntType && k.o == nil {
		i, ok := seqIndex(int(int64(k.n)), s.Len())
		if !ok {
			return Value{}, Errorf(IndexError, "string index out of range")
		}
		return s.at(i), nil
	}
	if k.t == SliceType {
		n := s.Len()
		start, stop, step, cnt, err := th.SliceIndices(k.o.(*Slice), n)
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			if cnt == n && sv.t == StrType {
				return sv, nil
			}
			if cnt <= 0 {
				return NewStr(""), nil
			}
			return NewStr(s.S[s.offset(start):s.offset(stop)]), nil
		}
		var b strings.Builder
		for i, j := 0, start; i < cnt; i, j = i+1, j+step {
			o := s.offset(j)
			_, w := decodeRune(s.S[o:])
			b.WriteString(s.S[o : o+w])
		}
		return NewStr(b.String()), nil
	}
	if _, _, ok := intOf(k); !ok {
		if _, has := k.t.Lookup("__index__"); !has {
			return Value{}, Errorf(TypeError, "string indices must be integers, not '%s'", k.t.Name)
		}
	}
	i, err := th.IndexInt(k)
	if err != nil {
		return Value{}, err
	}
	return th.strGetItem(sv, s, Int(int64(i)))
}

// strRepeat is s * n.
func strRepeat(s string, n int64) (Value, *Exception) {
	if n <= 0 || s == "" {
		return NewStr(""), nil
	}
	if int64(len(s))*n > math.MaxInt32 {
		return Value{}, Errorf(MemoryError, "")
	}
	return NewStr(strings.Repeat(s, int(n))), nil
}

func strNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cls, err := typeArg("str", args)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 2 && len(kw) == 0 && cls == StrType {
		// str(x): the common case, without argument parsing.
		if args[1].t == StrType {
			return args[1], nil
		}
		if args[1].IsSmallInt() {
			return strFromInt(args[1].Int64()), nil
		}
		if r, ok := fastStr(args[1]); ok {
			return NewStr(r), nil
		}
		r, err := th.StrOf(args[1])
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	}
	var obj, enc, errs Value
	if err := th.UnpackArgs("str", args[1:], kw, "object?", &obj, "encoding", &enc, "errors", &errs); err != nil {
		return Value{}, err
	}
	var r Value
	switch {
	case !obj.IsValid():
		r = NewStr("")
	case enc.IsValid() || errs.IsValid():
		u := Unwrap(obj)
		if u.t != BytesType && u.t != ByteArrayType {
			return Value{}, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", obj.t.Name)
		}
		if r, err = th.decodeBytes(u.o.(*Bytes).B, enc, errs); err != nil {
			return Value{}, err
		}
	case obj.t == StrType:
		r = obj
	default:
		s, err := th.StrOf(obj)
		if err != nil {
			return Value{}, err
		}
		r = NewStr(s)
	}
	return WrapSubclass(cls, r), nil
}

// strCompare is s < other & co.
func strCompare(th *Thread, op CmpOp, s *Str, other Value) (Value, *Exception) {
	o, ok := AsStr(other)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpOrdered(op, s.S, o)), nil
}

func init() {
	t := StrType
	t.AddStaticMethod("__new__", strNew)
	AddFuncs(t, strFuncs)
	AddMethods(t, strOf, strMethods)
	AddMethods(t, strOf, CompareMethods(strCompare))
	t.AddStaticMethod("maketrans", strMaketrans)
}

// strTranslate is str.translate(table): table[ord(c)] gives a str, an int
// (code point) or None (delete); LookupError leaves c unchanged.
func strTranslate(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("str.translate", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := strSelf("translate", args)
	if err != nil {
		return Value{}, err
	}
	var b strings.Builder
	for _, r := range s.S {
		v, err := th.GetItem(args[1], Int(int64(r)))
		if err != nil {
			if err.Matches(LookupError) {
				b.WriteRune(r)
				continue
			}
			return Value{}, err
		}
		switch {
		case v.IsNone():
		case IsInt(v):
			c, _ := AsInt64(v)
			if c < 0 || c > 0x10ffff {
				return Value{}, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(c))
		default:
			t, ok := AsStr(v)
			if !ok {
				return Value{}, Errorf(TypeError, "character mapping must return integer, None or str")
			}
			b.WriteString(t)
		}
	}
	return NewStr(b.String()), nil
}

// strMaketrans is str.maketrans(x[, y[, z]]).
func strMaketrans(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("maketrans", args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].o.(*Dict)
		if !ok {
			return Value{}, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for pos := 0; ; {
			k, v, next, ok := src.Next(pos)
			if !ok {
				break
			}
			pos = next
			if ks, ok := AsStr(k); ok {
				if utf8.RuneCountInString(ks) != 1 {
					return Value{}, Errorf(ValueError, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(ks)
				k = Int(int64(r))
			} else if !IsInt(k) {
				return Value{}, Errorf(TypeError, "keys in translate table must be strings or integers")
			}
			if err := d.Set(th, k, v); err != nil {
				return Value{}, err
			}
		}
		return d.Value(), nil
	}
	x, ok1 := AsStr(args[0])
	y, ok2 := AsStr(args[1])
	if !ok1 || !ok2 {
		return Value{}, Errorf(TypeError, "maketrans() argument must be str")
	}
	xr, yr := []rune(x), []rune(y)
	if len(xr) != len(yr) {
		return Value{}, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := d.Set(th, Int(int64(xr[i])), Int(int64(yr[i]))); err != nil {
			return Value{}, err
		}
	}
	if len(args) == 3 {
		z, ok := AsStr(args[2])
		if !ok {
			return Value{}, Errorf(TypeError, "maketrans() argument 3 must be str")
		}
		for _, r := range z {
			if err := d.Set(th, Int(int64(r)), None); err != nil {
				return Value{}, err
			}
		}
	}
	return d.Value(), nil
}

// keependsArg reads splitlines' optional keepends argument (of str, bytes
// and bytearray): an int, as CPython's argument clinic wants it.
func (th *Thread) keependsArg(args []Value, kw []string) (bool, *Exception) {
	for _, k := range kw {
		if k != "keepends" {
			return false, Errorf(TypeError, "'%s' is an invalid keyword argument for splitlines()", k)
		}
	}
	var keepV Value
	if err := th.UnpackArgs("splitlines", args, kw, "keepends?", &keepV); err != nil {
		return false, err
	}
	if !keepV.IsValid() {
		return false, nil
	}
	n, err := th.IndexInt(keepV)
	return n != 0, err
}

func strLen(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("__len__", args)
	if err != nil {
		return Value{}, err
	}
	return Int(int64(s.Len())), nil
}

func strHash(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("__hash__", args)
	if err != nil {
		return Value{}, err
	}
	return Int(s.Hash()), nil
}

func strRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("__repr__", args)
	if err != nil {
		return Value{}, err
	}
	return NewStr(StrRepr(s.S)), nil
}

func strFormat(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("__format__", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := strSelf("__format__", args)
	if err != nil {
		return Value{}, err
	}
	spec, ok := AsStr(args[1])
	if !ok {
		return Value{}, Errorf(TypeError, "__format__() argument must be str, not %s", args[1].t.Name)
	}
	r, ferr := formatStrSpec(s.S, spec, args[0].t.Name)
	if ferr != nil {
		return Value{}, fmtException(ferr)
	}
	return NewStr(r), nil
}

func strRmod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NotImplemented, nil
}

func strGetnewargs(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("__getnewargs__", args)
	if err != nil {
		return Value{}, err
	}
	return NewTuple([]Value{NewStr(s.S)}), nil
}

func strIsidentifier(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("str.isidentifier", args, kw, 0, 0); err != nil {
		return Value{}, err
	}
	s, err := strSelf("isidentifier", args)
	if err != nil {
		return Value{}, err
	}
	return Bool(syntax.IsIdentifier(s.S)), nil
}

func strStr(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	if self.t == StrType {
		return self, nil
	}
	return Value{t: StrType, o: s}, nil
}

func strGetitem(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	return th.strGetItem(self, s, args[0])
}

func strContains(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	sub, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", args[0].t.Name)
	}
	return Bool(strings.Contains(s.S, sub)), nil
}

func strIter(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	if s.isASCII() { // CPython 3.11 names the two kinds differently
		return Value{t: StrASCIIIterType, o: &StrIter{s: s.S}}, nil
	}
	return Value{t: StrIterType, o: &StrIter{s: s.S}}, nil
}

func strAdd(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	o, ok := strOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	if self.t != StrType {
		self = Value{t: StrType, o: s}
	}
	return concatStr(self, s, o), nil
}

func strMul(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	other := args[0]
	if _, _, ok := intOf(other); !ok {
		if _, has := other.t.Lookup("__index__"); !has {
			return NotImplemented, nil
		}
	}
	n, err := th.IndexValue(other)
	if err != nil {
		return Value{}, err
	}
	if n.o != nil {
		if n.BigInt().Sign() < 0 {
			return NewStr(""), nil
		}
		return Value{}, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return strRepeat(s.S, n.Int64())
}

func strMod(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	if r, ok := percentOne(s.S, args[0]); ok {
		return r, nil
	}
	r, err := th.PercentFormat(s.S, args[0])
	if err != nil {
		return Value{}, err
	}
	return NewStr(r), nil
}

// percentOne is format % v for the common case of one plain %d, %i or %s
// and a small int or a str (for %s): written straight into a new str.
// ok=false leaves everything else to PercentFormat.
func percentOne(format string, v Value) (Value, bool) {
	i := strings.IndexByte(format, '%')
	if i < 0 || i+1 >= len(format) || strings.IndexByte(format[i+2:], '%') >= 0 {
		return Value{}, false
	}
	var d [20]byte
	var arg []byte
	switch c := format[i+1]; {
	case v.t == IntType && v.o == nil && (c == 'd' || c == 'i' || c == 's'):
		arg = strconv.AppendInt(d[:0], int64(v.n), 10)
	case v.t == StrType && c == 's':
		arg = unsafe.Slice(unsafe.StringData(v.o.(*Str).S), len(v.o.(*Str).S))
	default:
		return Value{}, false
	}
	size := len(format) - 2 + len(arg)
	if size == 0 {
		return NewStr(""), true
	}
	r, b := newStrBytes(size)
	at := copy(b, format[:i])
	at += copy(b[at:], arg)
	copy(b[at:], format[i+2:])
	return Value{t: StrType, o: r}, true
}

func strIslower(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	return Bool(caseCheck(s.S, unicode.IsLower, unicode.IsUpper)), nil
}

func strIsupper(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	return Bool(caseCheck(s.S, unicode.IsUpper, unicode.IsLower)), nil
}

func strIstitle(th *Thread, self Value, s *Str, args []Value) (Value, *Exception) {
	return Bool(pyIsTitle(s.S)), nil
}

func isASCIIRune(r rune) bool { return r < 0x80 }
