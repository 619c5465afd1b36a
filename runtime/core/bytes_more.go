package core

import (
	"bytes"
	"strings"
)

// More bytes/bytearray methods. Those that never look at what a byte
// means (padding, partitioning, affixes, tabs) reuse the str methods on
// the Latin-1 text of the bytes, which maps each byte to one code point;
// the ASCII-only predicates and case changes are done here.

// bytesMoreMethods are more methods bytes and bytearray share.
var bytesMoreMethods = []MethodDef[*Bytes]{
	{"isalnum", 0, 0, bytesIsalnum},
	{"isalpha", 0, 0, bytesIsalpha},
	{"isdigit", 0, 0, bytesIsdigit},
	{"isspace", 0, 0, bytesIsspace},
	{"isascii", 0, 0, bytesIsascii},
	{"islower", 0, 0, bytesIslower},
	{"isupper", 0, 0, bytesIsupper},
	{"istitle", 0, 0, bytesIstitle},
	{"title", 0, 0, bytesTitleMethod},
	{"capitalize", 0, 0, bytesCapitalize},
	{"swapcase", 0, 0, bytesSwapcase},
}

var bytesMoreFuncs = []FuncDef{
	{"splitlines", bytesSplitlines},
}

// bytesViaStrNames are the methods bytesViaStr makes.
var bytesViaStrNames = []string{"center", "ljust", "rjust", "zfill", "partition", "rpartition",
	"removeprefix", "removesuffix", "expandtabs", "rsplit"}

// latin1 converts bytes to the str with the same code points.
func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// unlatin1 converts a str of code points < 256 back to bytes.
func unlatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// bytesViaStr implements a bytes method with the str method of the same
// name: bytes arguments become str, str results become bytes (of the
// receiver's kind), inside lists and tuples too.
func bytesViaStr(name string) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		b, err := bytesSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		conv := make([]Value, len(args))
		conv[0] = NewStr(latin1(b.B))
		for i, a := range args[1:] {
			if ab, ok := bytesOf(a); ok {
				conv[i+1] = NewStr(latin1(ab.B))
			} else if _, isStr := AsStr(a); isStr {
				return Value{}, Errorf(TypeError, "a bytes-like object is required, not 'str'")
			} else {
				conv[i+1] = a
			}
		}
		m, _ := StrType.Lookup(name)
		r, err := th.callDescr(m, conv[0], conv[1:], kw)
		if err != nil {
			return Value{}, err
		}
		back := func(v Value) Value {
			if s, ok := AsStr(v); ok {
				return sameKind(args[0], unlatin1(s))
			}
			return v
		}
		switch r.t {
		case StrType:
			return back(r), nil
		case ListType:
			items := r.o.(*List).Items
			for i := range items {
				items[i] = back(items[i])
			}
			return r, nil
		case TupleType:
			items := append([]Value(nil), r.o.(*Tuple).Items...)
			for i := range items {
				items[i] = back(items[i])
			}
			return NewTuple(items), nil
		}
		return r, nil
	}
}

// asciiCase upper- or lower-cases the ASCII letters of b (bytes methods
// leave every other byte alone).
func asciiCase(b []byte, upper bool) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		switch {
		case upper && isASCIILower(c):
			c -= 'a' - 'A'
		case !upper && isASCIIUpper(c):
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIISpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// allBytes reports whether b is not empty and f holds for each byte.
func allBytes(b []byte, f func(c byte) bool) bool {
	for _, c := range b {
		if !f(c) {
			return false
		}
	}
	return len(b) > 0
}

// hasASCII reports whether b holds a byte f accepts.
func hasASCII(b []byte, f func(c byte) bool) bool {
	return bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && f(byte(r)) }) >= 0
}

func isASCIIAlnum(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }

func bytesIsalnum(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Bool(allBytes(b.B, isASCIIAlnum)), nil
}

func bytesIsalpha(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Bool(allBytes(b.B, isASCIIAlpha)), nil
}

func bytesIsdigit(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Bool(allBytes(b.B, isASCIIDigit)), nil
}

func bytesIsspace(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Bool(allBytes(b.B, isASCIISpace)), nil
}

func bytesIsascii(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	for _, c := range b.B {
		if c >= 0x80 {
			return False, nil
		}
	}
	return True, nil
}

func bytesIslower(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Bool(hasASCII(b.B, isASCIILower) && !hasASCII(b.B, isASCIIUpper)), nil
}

func bytesIsupper(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Bool(hasASCII(b.B, isASCIIUpper) && !hasASCII(b.B, isASCIILower)), nil
}

func bytesIstitle(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return Bool(hasASCII(b.B, isASCIIAlpha) && bytes.Equal(bytesTitle(b.B), b.B)), nil
}

func bytesTitleMethod(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	return sameKind(self, bytesTitle(b.B)), nil
}

func bytesCapitalize(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	out := asciiCase(b.B, false)
	if len(out) > 0 && isASCIILower(out[0]) {
		out[0] -= 'a' - 'A'
	}
	return sameKind(self, out), nil
}

func bytesSwapcase(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
	out := make([]byte, len(b.B))
	for i, c := range b.B {
		switch {
		case isASCIILower(c):
			out[i] = c - ('a' - 'A')
		case isASCIIUpper(c):
			out[i] = c + ('a' - 'A')
		default:
			out[i] = c
		}
	}
	return sameKind(self, out), nil
}

// bytesTitle is bytes.title: ASCII letters after a non-letter are upper
// case, the others lower case.
func bytesTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prev := false
	for i, c := range b {
		switch {
		case isASCIILower(c) && !prev:
			out[i] = c - ('a' - 'A')
		case isASCIIUpper(c) && prev:
			out[i] = c + ('a' - 'A')
		default:
			out[i] = c
		}
		prev = isASCIIAlpha(c)
	}
	return out
}

func init() {
	for _, t := range []*Type{BytesType, ByteArrayType} {
		for _, n := range bytesViaStrNames {
			t.AddMethod(n, bytesViaStr(n))
		}
		AddMethods(t, bytesOf, bytesMoreMethods)
		AddFuncs(t, bytesMoreFuncs)
	}
}

func bytesSplitlines(th *Thread, args []Value, kw []string) (Value, *Exception) {
	b, err := bytesSelf("splitlines", args)
	if err != nil {
		return Value{}, err
	}
	keep, err := th.keependsArg(args[1:], kw)
	if err != nil {
		return Value{}, err
	}
	var out []Value
	s, start := b.B, 0
	for i := 0; i < len(s); {
		if s[i] != '\n' && s[i] != '\r' {
			i++
			continue
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		stop := i
		if keep {
			stop = end
		}
		out = append(out, sameKind(args[0], append([]byte(nil), s[start:stop]...)))
		start, i = end, end
	}
	if start < len(s) {
		out = append(out, sameKind(args[0], append([]byte(nil), s[start:]...)))
	}
	return NewList(out), nil
}
