package core

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"
)

// bytes and bytearray (the basics): both hold a Bytes; bytearray is the
// mutable one. Encoding and decoding know utf-8, ascii and latin-1.

// byteArrayMethods are bytearray's own methods, beside bytesMethods.
var byteArrayMethods = []MethodDef[*Bytes]{
	{"append", 1, 1, byteArrayAppend},
	{"extend", 1, 1, byteArrayExtend},
	{"pop", 0, 1, byteArrayPop},
	{"__setitem__", 2, 2, byteArraySetitem},
	{"__delitem__", 1, 1, byteArrayDelitem},
	{"reverse", 0, 0, byteArrayReverse},
	{"clear", 0, 0, byteArrayClear},
	{"copy", 0, 0, byteArrayCopy},
	{"insert", 2, 2, byteArrayInsert},
	{"remove", 1, 1, byteArrayRemove},
	{"__iadd__", 1, 1, byteArrayIadd},
}

// bytesMethods are the methods bytes and bytearray share (method.go says
// how to add one).
var bytesMethods = []MethodDef[*Bytes]{
	{"__len__", 0, 0, bytesLen},
	{"__repr__", 0, 0, bytesReprMethod},
	{"__getitem__", 1, 1, bytesGetitem},
	{"__iter__", 0, 0, bytesIter},
	{"__contains__", 1, 1, bytesContains},
	{"__add__", 1, 1, bytesAdd},
	{"__mul__", 1, 1, bytesMul},
	{"__rmul__", 1, 1, bytesMul},
	{"__mod__", 1, 1, bytesMod},
	{"hex", 0, 2, bytesHex},
	{"join", 1, 1, bytesJoin},
	{"replace", 2, 3, bytesReplace},
	{"upper", 0, 0, bytesUpper},
	{"lower", 0, 0, bytesLower},
	{"__rmod__", 1, 1, bytesRmod},
	{"strip", 0, 1, bytesStrip},
	{"lstrip", 0, 1, bytesLstrip},
	{"rstrip", 0, 1, bytesRstrip},
}

// bytesFuncs are the methods bytes and bytearray share that read their
// own arguments.
var bytesFuncs = []FuncDef{
	{"decode", bytesDecode},
	{"split", bytesSplit},
	{"count", bytesCount},
	{"find", bytesFind},
	{"rfind", bytesRfind},
	{"index", bytesIndex},
	{"rindex", bytesRindex},
	{"startswith", bytesStartswith},
	{"endswith", bytesEndswith},
}

var bytesHashMethod = []MethodDef[*Bytes]{{"__hash__", 0, 0, bytesHash}}

// Bytes is the payload of bytes and bytearray values.
type Bytes struct {
	B []byte
}

// NewBytes returns a bytes value holding b (not copied).
func NewBytes(b []byte) Value { return Value{t: BytesType, o: &Bytes{B: b}} }

// NewByteArray returns a bytearray value holding b (not copied).
func NewByteArray(b []byte) Value { return Value{t: ByteArrayType, o: &Bytes{B: b}} }

// bytesOf returns the payload of a bytes or bytearray (or subclass).
func bytesOf(v Value) (*Bytes, bool) {
	u := Unwrap(v)
	if u.t == BytesType || u.t == ByteArrayType {
		return u.o.(*Bytes), true
	}
	return nil, false
}

// bytesRepr is repr(b) for bytes ("b'...'") without the prefix handling of
// bytearray.
func bytesRepr(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	const hx = "0123456789abcdef"
	out := make([]byte, 0, len(b)+3)
	out = append(out, 'b', quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c == '\t':
			out = append(out, '\\', 't')
		case c < 0x20 || c >= 0x7f:
			out = append(out, '\\', 'x', hx[c>>4], hx[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}

// bytesFrom returns the bytes of a bytes-like argument.
func (th *Thread) bytesFrom(v Value) ([]byte, *Exception) {
	if b, ok := bytesOf(v); ok {
		return b.B, nil
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", v.t.Name)
}

// bytesFromIterable builds bytes from bytes(x)'s argument: an int (that
// many zero bytes), a bytes-like object, or an iterable of ints.
func (th *Thread) bytesFromObject(x Value) ([]byte, *Exception) {
	if b, ok := bytesOf(x); ok {
		return append([]byte(nil), b.B...), nil
	}
	if _, ok := AsStr(x); ok {
		return nil, Errorf(TypeError, "string argument without an encoding")
	}
	if IsInt(x) {
		n, err := th.IndexInt(x)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if err := checkAlloc(n, 1); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if _, ok := x.t.Lookup("__iter__"); !ok {
		if _, ok := x.t.Lookup("__index__"); ok {
			n, err := th.IndexInt(x)
			if err != nil {
				return nil, err
			}
			return make([]byte, max(n, 0)), nil
		}
		return nil, Errorf(TypeError, "cannot convert '%s' object to bytes", x.t.Name)
	}
	items, err := th.collect(x)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, v := range items {
		if !IsInt(v) {
			if _, ok := v.t.Lookup("__index__"); !ok {
				return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.t.Name)
			}
		}
		n, err := th.IndexInt(v)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ValueError, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return out, nil
}

// normEncoding maps an encoding name to "utf-8", "ascii" or "latin-1".
func normEncoding(name string) (string, bool) {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch n {
	case "utf-8", "utf8", "u8", "utf":
		return "utf-8", true
	case "ascii", "us-ascii", "646":
		return "ascii", true
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1", true
	}
	return "", false
}

func (th *Thread) codecArgs(enc, errs Value) (string, string, *Exception) {
	e, x := "utf-8", "strict"
	if enc.IsValid() {
		s, ok := AsStr(enc)
		if !ok {
			return "", "", Errorf(TypeError, "encode() argument 'encoding' must be str, not %s", enc.t.Name)
		}
		n, ok := normEncoding(s)
		if !ok {
			return "", "", Errorf(LookupError, "unknown encoding: %s", s)
		}
		e = n
	}
	if errs.IsValid() {
		s, ok := AsStr(errs)
		if !ok {
			return "", "", Errorf(TypeError, "encode() argument 'errors' must be str, not %s", errs.t.Name)
		}
		x = s
	}
	return e, x, nil
}

// encodeStr encodes text.
func encodeStr(s, enc, errors string) ([]byte, *Exception) {
	if enc == "utf-8" {
		return []byte(s), nil
	}
	limit := rune(0x80)
	if enc == "latin-1" {
		limit = 0x100
	}
	out := make([]byte, 0, len(s))
	pos := 0
	rs := []rune(s)
	for _, r := range rs {
		if r < limit {
			out = append(out, byte(r))
		} else {
			switch errors {
			case "ignore":
			case "replace":
				out = append(out, '?')
			default:
				what := "ordinal not in range(128)"
				if enc == "latin-1" {
					what = "ordinal not in range(256)"
				}
				// CPython reports the whole run of unencodable characters.
				end := pos + 1
				for end < len(rs) && rs[end] >= limit {
					end++
				}
				var msg string
				if end-pos == 1 {
					msg = fmt.Sprintf("'%s' codec can't encode character %s in position %d: %s", enc, charEscape(r), pos, what)
				} else {
					msg = fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, pos, end-1, what)
				}
				return nil, unicodeError(UnicodeEncodeError, msg, enc, NewStr(s), pos, end, what)
			}
		}
		pos++
	}
	return out, nil
}

// unicodeError is a UnicodeEncodeError/UnicodeDecodeError with CPython's
// attributes (encoding, object, start, end, reason) besides its message.
func unicodeError(t *Type, msg, enc string, obj Value, start, end int, reason string) *Exception {
	e := Errorf(t, "%s", msg)
	d := e.GetDict()
	d.SetStr("encoding", NewStr(enc))
	d.SetStr("object", obj)
	d.SetStr("start", Int(int64(start)))
	d.SetStr("end", Int(int64(end)))
	d.SetStr("reason", NewStr(reason))
	return e
}

// charEscape is how codec errors show a character: '\xe9', '\u20ac'.
func charEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("'\\x%02x'", r)
	case r < 0x10000:
		return fmt.Sprintf("'\\u%04x'", r)
	}
	return fmt.Sprintf("'\\U%08x'", r)
}

// decodeBytes decodes b with the given encoding and errors values.
func (th *Thread) decodeBytes(b []byte, enc, errs Value) (Value, *Exception) {
	e, x, err := th.codecArgs(enc, errs)
	if err != nil {
		return Value{}, err
	}
	s, err := decodeWith(b, e, x)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

func decodeWith(b []byte, enc, errors string) (string, *Exception) {
	switch enc {
	case "latin-1":
		var sb strings.Builder
		for _, c := range b {
			sb.WriteRune(rune(c))
		}
		return sb.String(), nil
	case "ascii":
		var sb strings.Builder
		for i, c := range b {
			if c < 0x80 {
				sb.WriteByte(c)
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				sb.WriteRune(utf8.RuneError)
			default:
				return "", unicodeError(UnicodeDecodeError, fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i),
					"ascii", NewBytes(append([]byte(nil), b...)), i, i+1, "ordinal not in range(128)")
			}
		}
		return sb.String(), nil
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			sb.WriteRune(r)
			i += n
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			sb.WriteRune(utf8.RuneError)
		default:
			reason := "invalid start byte"
			if c := b[i]; c >= 0xc2 && c <= 0xf4 {
				reason = "invalid continuation byte"
				if i+1 >= len(b) {
					reason = "unexpected end of data"
				}
			}
			return "", unicodeError(UnicodeDecodeError, fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[i], i, reason),
				"utf-8", NewBytes(append([]byte(nil), b...)), i, i+1, reason)
		}
		i++
	}
	return sb.String(), nil
}

func strEncode(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("encode", args)
	if err != nil {
		return Value{}, err
	}
	var enc, errs Value
	if err := th.UnpackArgs("encode", args[1:], kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return Value{}, err
	}
	e, x, err := th.codecArgs(enc, errs)
	if err != nil {
		return Value{}, err
	}
	b, err := encodeStr(s.S, e, x)
	if err != nil {
		return Value{}, err
	}
	return NewBytes(b), nil
}

func bytesSelf(name string, args []Value) (*Bytes, *Exception) {
	return selfOf(name, BytesType, args, bytesOf)
}

// sameKind returns a bytes or bytearray like self's type.
func sameKind(self Value, b []byte) Value {
	if Unwrap(self).t == ByteArrayType {
		return NewByteArray(b)
	}
	return NewBytes(b)
}

func bytesNew(isArray bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		name := "bytes"
		if isArray {
			name = "bytearray"
		}
		cls, err := typeArg(name, args)
		if err != nil {
			return Value{}, err
		}
		var src, enc, errs Value
		if err := th.UnpackArgs(name, args[1:], kw, "source?", &src, "encoding", &enc, "errors", &errs); err != nil {
			return Value{}, err
		}
		var b []byte
		switch {
		case !src.IsValid():
			b = []byte{}
		case enc.IsValid() || errs.IsValid():
			s, ok := AsStr(src)
			if !ok {
				return Value{}, Errorf(TypeError, "encoding without a string argument")
			}
			e, x, err := th.codecArgs(enc, errs)
			if err != nil {
				return Value{}, err
			}
			if b, err = encodeStr(s, e, x); err != nil {
				return Value{}, err
			}
		default:
			if _, ok := AsStr(src); ok {
				return Value{}, Errorf(TypeError, "string argument without an encoding")
			}
			if !isArray {
				if r, found, err := th.callMethod(src, "__bytes__"); found || err != nil {
					if err != nil {
						return Value{}, err
					}
					if _, ok := bytesOf(r); !ok {
						return Value{}, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", r.t.Name)
					}
					return WrapSubclass(cls, r), nil
				}
			}
			if b, err = th.bytesFromObject(src); err != nil {
				return Value{}, err
			}
		}
		if isArray {
			return WrapSubclass(cls, NewByteArray(b)), nil
		}
		return WrapSubclass(cls, NewBytes(b)), nil
	}
}

// bytesHexSep is bytes.hex(sep, bytes_per_sep=1): sep between groups of
// |bytes_per_sep| bytes, counted from the right (from the left when
// negative).
func bytesHexSep(th *Thread, b []byte, args []Value) (Value, *Exception) {
	var sep string
	if s, ok := AsStr(args[0]); ok {
		sep = s
	} else if sb, ok := bytesOf(args[0]); ok {
		sep = string(sb.B)
	} else {
		return Value{}, Errorf(TypeError, "object of type '%s' has no len()", args[0].t.Name)
	}
	if utf8.RuneCountInString(sep) != 1 {
		return Value{}, Errorf(ValueError, "sep must be length 1.")
	}
	if sep[0] >= 0x80 {
		return Value{}, Errorf(ValueError, "sep must be ASCII.")
	}
	per := 1
	if len(args) > 1 {
		n, err := th.IndexInt(args[1])
		if err != nil {
			return Value{}, err
		}
		per = n
	}
	h := hex.EncodeToString(b)
	if per == 0 || len(b) == 0 {
		return NewStr(h), nil
	}
	fromLeft := per < 0
	if fromLeft {
		per = -per
	}
	var sb strings.Builder
	n := len(b)
	for i := 0; i < n; i++ {
		// A separator goes before byte i when a group ends there.
		if i > 0 && ((fromLeft && i%per == 0) || (!fromLeft && (n-i)%per == 0)) {
			sb.WriteString(sep)
		}
		sb.WriteString(h[2*i : 2*i+2])
	}
	return NewStr(sb.String()), nil
}

// bytesArg accepts a bytes-like argument or, where allowed, an int.
func (th *Thread) bytesArg(v Value, allowInt bool) ([]byte, *Exception) {
	if b, ok := bytesOf(v); ok {
		return b.B, nil
	}
	if allowInt && IsInt(v) {
		c, err := th.byteValue(v)
		if err != nil {
			return nil, err
		}
		return []byte{c}, nil
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", v.t.Name)
}

// bytesSearch reads the arguments of count, find, index & co. (sub[,
// start[, end]], with CPython's count messages) and returns self's bytes,
// sub and the range to search (lo < 0: empty).
func (th *Thread) bytesSearch(name string, args []Value, kw []string) (b, sub []byte, lo, hi int, err *Exception) {
	if err := subRangeArgs(name, args, kw); err != nil {
		return nil, nil, 0, 0, err
	}
	self, err := bytesSelf(name, args)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	sub, lo, hi, err = th.bytesSearchArgs(self.B, args[1:])
	return self.B, sub, lo, hi, err
}

// bytesSearchArgs reads count/find/index's (sub[, start[, end]]): sub is
// bytes-like or a byte value; start and end are resolved as slice bounds
// (lo < 0: the range is empty).
func (th *Thread) bytesSearchArgs(b []byte, args []Value) ([]byte, int, int, *Exception) {
	sub, ok := bytesOf(args[0])
	var s []byte
	if ok {
		s = sub.B
	} else if IsInt(args[0]) {
		c, err := th.byteValue(args[0])
		if err != nil {
			return nil, 0, 0, err
		}
		s = []byte{c}
	} else {
		return nil, 0, 0, Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", args[0].t.Name)
	}
	lo, hi, err := th.adjustIndices(len(b), args[1:])
	return s, lo, hi, err
}

func init() {
	for _, t := range []*Type{BytesType, ByteArrayType} {
		t.AddStaticMethod("__new__", bytesNew(t == ByteArrayType))
		t.AddClassMethod("fromhex", bytesFromhex)
		AddMethods(t, bytesOf, bytesMethods)
		AddMethods(t, bytesOf, CompareMethods(bytesCompare))
		AddFuncs(t, bytesFuncs)
	}
	AddMethods(BytesType, bytesOf, bytesHashMethod)
	ByteArrayType.AddAttr("__hash__", None)
	AddMethods(ByteArrayType, bytesOf, byteArrayMethods)
}

func bytesRmod(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return NotImplemented, nil
}

func bytesDecode(th *Thread, args []Value, kw []string) (Value, *Exception) {
	b, err := bytesSelf("decode", args)
	if err != nil {
		return Value{}, err
	}
	var enc, errs Value
	if err := th.UnpackArgs("decode", args[1:], kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return Value{}, err
	}
	return th.decodeBytes(b.B, enc, errs)
}

// bytesFromhex is the class method bytes.fromhex (and bytearray.fromhex).
func bytesFromhex(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("fromhex", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, ok := AsStr(args[1])
	if !ok {
		return Value{}, Errorf(TypeError, "fromhex() argument must be str, not %s", args[1].t.Name)
	}
	digits := strings.Map(func(r rune) rune {
		if isPySpace(r) {
			return -1
		}
		return r
	}, s)
	if len(digits)%2 != 0 {
		return Value{}, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", len(s))
	}
	out, e := hex.DecodeString(digits)
	if e != nil {
		return Value{}, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg")
	}
	if cls := args[0].AsType(); cls != nil && cls.IsSubtype(ByteArrayType) {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func bytesCount(th *Thread, args []Value, kw []string) (Value, *Exception) {
	b, sub, lo, hi, err := th.bytesSearch("count", args, kw)
	if err != nil || lo < 0 {
		return Int(0), err
	}
	if len(sub) == 0 {
		return Int(int64(hi - lo + 1)), nil
	}
	return Int(int64(bytes.Count(b[lo:hi], sub))), nil
}

func bytesFind(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.bytesFindMethod("find", args, kw, false, false)
}

func bytesRfind(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.bytesFindMethod("rfind", args, kw, true, false)
}

func bytesIndex(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.bytesFindMethod("index", args, kw, false, true)
}

func bytesRindex(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.bytesFindMethod("rindex", args, kw, true, true)
}

// bytesFindMethod is find, rfind (reverse), index and rindex (raise: a
// ValueError instead of -1).
func (th *Thread) bytesFindMethod(name string, args []Value, kw []string, reverse, raise bool) (Value, *Exception) {
	b, sub, lo, hi, err := th.bytesSearch(name, args, kw)
	if err != nil {
		return Value{}, err
	}
	i := -1
	if lo >= 0 {
		if reverse {
			i = bytes.LastIndex(b[lo:hi], sub)
		} else {
			i = bytes.Index(b[lo:hi], sub)
		}
		if i >= 0 {
			i += lo
		}
	}
	if i < 0 && raise {
		return Value{}, Errorf(ValueError, "subsection not found")
	}
	return Int(int64(i)), nil
}

func bytesStartswith(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.bytesAffix("startswith", args, kw, bytes.HasPrefix)
}

func bytesEndswith(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.bytesAffix("endswith", args, kw, bytes.HasSuffix)
}

// bytesAffix is startswith and endswith (affix[, start[, end]]): has for
// b[start:end] and affix, or any item of a tuple of them.
func (th *Thread) bytesAffix(name string, args []Value, kw []string, has func(b, affix []byte) bool) (Value, *Exception) {
	if err := subRangeArgs(name, args, kw); err != nil {
		return Value{}, err
	}
	self, err := bytesSelf(name, args)
	if err != nil {
		return Value{}, err
	}
	b, affix := self.B, args[1]
	lo, hi, err := th.adjustIndices(len(b), args[2:])
	if err != nil {
		return Value{}, err
	}
	if affix.t == TupleType {
		for _, v := range affix.o.(*Tuple).Items {
			p, ok := bytesOf(v)
			if !ok {
				return Value{}, Errorf(TypeError, "a bytes-like object is required, not '%s'", v.t.Name)
			}
			if lo >= 0 && has(b[lo:hi], p.B) {
				return True, nil
			}
		}
		return False, nil
	}
	p, ok := bytesOf(affix)
	if !ok {
		return Value{}, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, affix.t.Name)
	}
	return Bool(lo >= 0 && has(b[lo:hi], p.B)), nil
}

func bytesSplit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	b, err := bytesSelf("split", args)
	if err != nil {
		return Value{}, err
	}
	var sepV, maxV Value
	if err := th.UnpackArgs("split", args[1:], kw, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
		return Value{}, err
	}
	maxsplit := -1
	if maxV.IsValid() {
		if maxsplit, err = th.IndexInt(maxV); err != nil {
			return Value{}, err
		}
	}
	var parts [][]byte
	if !sepV.IsValid() || sepV.IsNone() {
		parts = bytes.FieldsFunc(b.B, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
		if maxsplit >= 0 && len(parts) > maxsplit {
			// Re-split keeping the remainder intact (its trailing
			// whitespace included).
			rest := b.B
			parts = parts[:0]
			for len(parts) < maxsplit {
				rest = bytes.TrimLeft(rest, " \t\n\r\v\f")
				i := bytes.IndexAny(rest, " \t\n\r\v\f")
				if i < 0 {
					break
				}
				parts = append(parts, rest[:i])
				rest = rest[i:]
			}
			if rest = bytes.TrimLeft(rest, " \t\n\r\v\f"); len(rest) > 0 {
				parts = append(parts, rest)
			}
		}
	} else {
		sep, err := th.bytesArg(sepV, false)
		if err != nil {
			return Value{}, err
		}
		if len(sep) == 0 {
			return Value{}, Errorf(ValueError, "empty separator")
		}
		n := -1
		if maxsplit >= 0 {
			n = maxsplit + 1
		}
		parts = bytes.SplitN(b.B, sep, n)
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = sameKind(args[0], append([]byte(nil), p...))
	}
	return NewList(out), nil
}

func bytesStrip(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return th.bytesStripMethod(self, b, args, true, true)
}

func bytesLstrip(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return th.bytesStripMethod(self, b, args, true, false)
}

func bytesRstrip(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return th.bytesStripMethod(self, b, args, false, true)
}

// bytesStripMethod is strip (l and r), lstrip and rstrip.
func (th *Thread) bytesStripMethod(self Value, b *Bytes, args []Value, l, r bool) (Value, *Exception) {
	cut := " \t\n\r\v\f"
	if len(args) == 1 && !args[0].IsNone() {
		c, err := th.bytesArg(args[0], false)
		if err != nil {
			return Value{}, err
		}
		cut = string(c)
	}
	var set [256]bool
	for i := 0; i < len(cut); i++ {
		set[cut[i]] = true
	}
	out := b.B
	for l && len(out) > 0 && set[out[0]] {
		out = out[1:]
	}
	for r && len(out) > 0 && set[out[len(out)-1]] {
		out = out[:len(out)-1]
	}
	return sameKind(self, append([]byte(nil), out...)), nil
}

// byteValues returns b's bytes as int values.
func byteValues(b []byte) []Value {
	vs := make([]Value, len(b))
	for i, c := range b {
		vs[i] = Int(int64(c))
	}
	return vs
}

// viaList applies a list operation (slice assignment or deletion) to a
// bytearray's bytes through a list of their values.
func (b *Bytes) viaList(op func(l *List) *Exception) *Exception {
	l := &List{Items: byteValues(b.B)}
	if err := op(l); err != nil {
		return err
	}
	out := make([]byte, len(l.Items))
	for i, v := range l.Items {
		out[i] = byte(v.Int64())
	}
	b.B = out
	return nil
}

// bytearrayIndex resolves an item index of a bytearray of n bytes
// (negative from the end), with CPython's errors.
func (th *Thread) bytearrayIndex(arg Value, n int) (int, *Exception) {
	i, err := th.indexArg("bytearray", arg)
	if err != nil {
		return 0, err
	}
	j, ok := seqIndex(i, n)
	if !ok {
		return 0, Errorf(IndexError, "bytearray index out of range")
	}
	return j, nil
}

// byteValue converts an int-like value to a byte, with CPython's error
// outside range(0, 256).
func (th *Thread) byteValue(v Value) (byte, *Exception) {
	n, err := th.IndexInt(v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

func bytesLen(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Int(int64(len(b.B))), nil
}

func bytesReprMethod(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	if Unwrap(self).t == ByteArrayType {
		return NewStr(self.t.Name + "(" + bytesRepr(b.B) + ")"), nil
	}
	return NewStr(bytesRepr(b.B)), nil
}

func bytesGetitem(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	isArray := Unwrap(self).t == ByteArrayType
	k := args[0]
	if k.t == SliceType {
		start, _, step, n, err := th.SliceIndices(k.o.(*Slice), len(b.B))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = b.B[j]
		}
		return sameKind(self, out), nil
	}
	kind := "byte"
	if isArray {
		kind = "bytearray"
	}
	i, err := th.indexArg(kind, k)
	if err != nil {
		return Value{}, err
	}
	j, ok := seqIndex(i, len(b.B))
	if !ok {
		if isArray {
			return Value{}, Errorf(IndexError, "bytearray index out of range")
		}
		return Value{}, Errorf(IndexError, "index out of range")
	}
	return Int(int64(b.B[j])), nil
}

func bytesIter(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	items := make([]Value, len(b.B))
	for i, c := range b.B {
		items[i] = Int(int64(c))
	}
	return Value{t: BytesIterType, o: &TupleIter{items: items}}, nil
}

func bytesContains(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	sub, err := th.bytesArg(args[0], true)
	if err != nil {
		return Value{}, err
	}
	return Bool(bytes.Contains(b.B, sub)), nil
}

func bytesAdd(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	o, ok := bytesOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	out := make([]byte, 0, len(b.B)+len(o.B))
	return sameKind(self, append(append(out, b.B...), o.B...)), nil
}

func bytesMod(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	r, err := th.BytesPercentFormat(b.B, args[0])
	if err != nil {
		return Value{}, err
	}
	return sameKind(self, r), nil
}

func bytesHash(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Int(hashBytes(b.B)), nil
}

func bytesHex(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	if len(args) == 0 {
		return NewStr(hex.EncodeToString(b.B)), nil
	}
	return bytesHexSep(th, b.B, args)
}

func bytesJoin(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	items, err := th.collect(args[0])
	if err != nil {
		return Value{}, err
	}
	parts := make([][]byte, len(items))
	for i, v := range items {
		p, ok := bytesOf(v)
		if !ok {
			return Value{}, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, v.t.Name)
		}
		parts[i] = p.B
	}
	return sameKind(self, bytes.Join(parts, b.B)), nil
}

func bytesReplace(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	o, err := th.bytesArg(args[0], false)
	if err != nil {
		return Value{}, err
	}
	n, err := th.bytesArg(args[1], false)
	if err != nil {
		return Value{}, err
	}
	cnt := -1
	if len(args) == 3 {
		if cnt, err = th.IndexInt(args[2]); err != nil {
			return Value{}, err
		}
	}
	return sameKind(self, bytes.Replace(b.B, o, n, cnt)), nil
}

func bytesUpper(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return sameKind(self, asciiCase(b.B, true)), nil
}

func bytesLower(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return sameKind(self, asciiCase(b.B, false)), nil
}

func byteArrayAppend(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	c, err := th.bytesArg(args[0], true)
	if err != nil || !IsInt(args[0]) {
		if err == nil {
			err = Errorf(TypeError, "'%s' object cannot be interpreted as an integer", args[0].t.Name)
		}
		return Value{}, err
	}
	b.B = append(b.B, c...)
	return None, nil
}

func byteArrayExtend(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	more, err := th.bytesFromObject(args[0])
	if err != nil {
		return Value{}, err
	}
	b.B = append(b.B, more...)
	return None, nil
}

func byteArrayPop(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	if len(b.B) == 0 {
		return Value{}, Errorf(IndexError, "pop from empty bytearray")
	}
	i := len(b.B) - 1
	if len(args) == 1 {
		j, err := th.IndexInt(args[0])
		if err != nil {
			return Value{}, err
		}
		var ok bool
		if i, ok = seqIndex(j, len(b.B)); !ok {
			return Value{}, Errorf(IndexError, "pop index out of range")
		}
	}
	c := b.B[i]
	b.B = append(b.B[:i], b.B[i+1:]...)
	return Int(int64(c)), nil
}

func byteArraySetitem(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	if args[0].t == SliceType {
		more, err := th.bytesFromObject(args[1])
		if err != nil {
			return Value{}, err
		}
		err = b.viaList(func(l *List) *Exception {
			return th.listSetSlice(l, args[0].o.(*Slice), NewList(byteValues(more)))
		})
		if err != nil && err.Matches(ValueError) {
			// The list's message, in bytearray's words.
			if msg, ok := AsStr(err.Args[0]); ok {
				err = Errorf(ValueError, "%s", strings.Replace(msg, "sequence of size", "bytes of size", 1))
			}
		}
		return None, err
	}
	j, err := th.bytearrayIndex(args[0], len(b.B))
	if err != nil {
		return Value{}, err
	}
	c, err := th.byteValue(args[1])
	if err != nil {
		return Value{}, err
	}
	b.B[j] = c
	return None, nil
}

func byteArrayDelitem(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	if args[0].t != SliceType {
		j, err := th.bytearrayIndex(args[0], len(b.B))
		if err != nil {
			return Value{}, err
		}
		b.B = append(b.B[:j], b.B[j+1:]...)
		return None, nil
	}
	return None, b.viaList(func(l *List) *Exception { return th.listDelItem(l, args[0]) })
}

func byteArrayReverse(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	for i, j := 0, len(b.B)-1; i < j; i, j = i+1, j-1 {
		b.B[i], b.B[j] = b.B[j], b.B[i]
	}
	return None, nil
}

func byteArrayClear(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	b.B = b.B[:0]
	return None, nil
}

func byteArrayCopy(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return NewByteArray(append([]byte(nil), b.B...)), nil
}

func byteArrayInsert(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	i, err := th.IndexInt(args[0])
	if err != nil {
		return Value{}, err
	}
	c, err := th.byteValue(args[1])
	if err != nil {
		return Value{}, err
	}
	n := len(b.B)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	b.B = append(b.B[:i], append([]byte{c}, b.B[i:]...)...)
	return None, nil
}

func byteArrayRemove(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	c, err := th.byteValue(args[0])
	if err != nil {
		return Value{}, err
	}
	i := bytes.IndexByte(b.B, c)
	if i < 0 {
		return Value{}, Errorf(ValueError, "value not found in bytearray")
	}
	b.B = append(b.B[:i], b.B[i+1:]...)
	return None, nil
}

func byteArrayIadd(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	o, ok := bytesOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	b.B = append(b.B, o.B...)
	return self, nil
}

func bytesMul(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	if !IsInt(args[0]) {
		return NotImplemented, nil
	}
	n, err := th.IndexInt(args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		n = 0
	}
	if err := checkAlloc(n, len(b.B)); err != nil {
		return Value{}, err
	}
	return sameKind(self, bytes.Repeat(b.B, n)), nil
}

// bytesCompare is b < other & co.
func bytesCompare(th *Thread, op CmpOp, b *Bytes, other Value) (Value, *Exception) {
	o, ok := bytesOf(other)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpResult(op, bytes.Compare(b.B, o.B))), nil
}
