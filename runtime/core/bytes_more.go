package core

import (
	"bytes"
	"strings"
)

// More bytes/bytearray methods. Those that never look at what a byte
// means (padding, partitioning, affixes, tabs) reuse the str methods on
// the Latin-1 text of the bytes, which maps each byte to one code point;
// the ASCII-only predicates and case changes are done here.

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

func bytesPredicate(name string, f func(b []byte) bool) BuiltinFunc {
	return bytesMethod(name, 0, 0, func(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
		return Bool(f(b.B)), nil
	})
}

func allBytes(f func(c byte) bool) func(b []byte) bool {
	return func(b []byte) bool {
		if len(b) == 0 {
			return false
		}
		for _, c := range b {
			if !f(c) {
				return false
			}
		}
		return true
	}
}

func bytesTransform(name string, f func(b []byte) []byte) BuiltinFunc {
	return bytesMethod(name, 0, 0, func(th *Thread, self Value, b *Bytes, args []Value) (Value, *Exception) {
		return sameKind(self, f(b.B)), nil
	})
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
		for _, n := range []string{"center", "ljust", "rjust", "zfill", "partition", "rpartition",
			"removeprefix", "removesuffix", "expandtabs", "rsplit"} {
			t.AddMethod(n, bytesViaStr(n))
		}
		t.AddMethod("isalnum", bytesPredicate("isalnum", allBytes(func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })))
		t.AddMethod("isalpha", bytesPredicate("isalpha", allBytes(isASCIIAlpha)))
		t.AddMethod("isdigit", bytesPredicate("isdigit", allBytes(isASCIIDigit)))
		t.AddMethod("isspace", bytesPredicate("isspace", allBytes(isASCIISpace)))
		t.AddMethod("isascii", bytesPredicate("isascii", func(b []byte) bool {
			for _, c := range b {
				if c >= 0x80 {
					return false
				}
			}
			return true
		}))
		t.AddMethod("islower", bytesPredicate("islower", func(b []byte) bool {
			return bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIILower(byte(r)) }) >= 0 &&
				bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIIUpper(byte(r)) }) < 0
		}))
		t.AddMethod("isupper", bytesPredicate("isupper", func(b []byte) bool {
			return bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIIUpper(byte(r)) }) >= 0 &&
				bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIILower(byte(r)) }) < 0
		}))
		t.AddMethod("istitle", bytesPredicate("istitle", func(b []byte) bool {
			return bytes.ContainsFunc(b, func(r rune) bool { return r < 0x80 && isASCIIAlpha(byte(r)) }) && bytes.Equal(bytesTitle(b), b)
		}))
		t.AddMethod("title", bytesTransform("title", bytesTitle))
		t.AddMethod("capitalize", bytesTransform("capitalize", func(b []byte) []byte {
			out := asciiCase(b, false)
			if len(out) > 0 && isASCIILower(out[0]) {
				out[0] -= 'a' - 'A'
			}
			return out
		}))
		t.AddMethod("swapcase", bytesTransform("swapcase", func(b []byte) []byte {
			out := make([]byte, len(b))
			for i, c := range b {
				switch {
				case isASCIILower(c):
					out[i] = c - ('a' - 'A')
				case isASCIIUpper(c):
					out[i] = c + ('a' - 'A')
				default:
					out[i] = c
				}
			}
			return out
		}))
		t.AddMethod("splitlines", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
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
		})
	}
}
