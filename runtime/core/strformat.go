package core

import (
	"strings"
)

// str.format and str.format_map, as CPython's Objects/stringlib/
// unicode_format.h: literal text with {{ }} escapes, replacement fields
// {name.attr[key]!conv:spec} with automatic or manual numbering, and
// nested fields inside the spec (one level deep).

type formatter struct {
	th      *Thread
	args    []Value
	kwarg   func(name string) (Value, bool, *Exception)
	autoIdx int // next automatic index; -1 once manual numbering is used
	manual  bool
	auto    bool
}

func (f *formatter) vformat(s string, depth int) (string, *Exception) {
	if depth < 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := strings.IndexAny(s[i:], "{}")
			if j < 0 {
				b.WriteString(s[i:])
				break
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		if i+1 == len(s) {
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		// Find the end of the field, counting nested braces outside [].
		start := i + 1
		nested, bracket := 1, 0
		j := start
		for ; j < len(s); j++ {
			switch s[j] {
			case '[':
				bracket++
			case ']':
				if bracket > 0 {
					bracket--
				}
			case '{':
				if bracket == 0 {
					nested++
				}
			case '}':
				if bracket == 0 {
					nested--
				}
			}
			if nested == 0 {
				break
			}
		}
		if nested != 0 {
			if bracket > 0 {
				return "", Errorf(ValueError, "expected '}' before end of string")
			}
			return "", Errorf(ValueError, "expected '}' before end of string")
		}
		out, err := f.field(s[start:j], depth)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
		i = j + 1
	}
	return b.String(), nil
}

// field renders one replacement field (the text between the braces).
func (f *formatter) field(field string, depth int) (string, *Exception) {
	// Split name, conversion and spec. The name ends at '!' or ':' outside
	// brackets.
	name, conv, spec := field, byte(0), ""
	bracket := 0
	for k := 0; k < len(field); k++ {
		ch := field[k]
		if ch == '[' {
			bracket++
		} else if ch == ']' && bracket > 0 {
			bracket--
		}
		if bracket > 0 || (ch != '!' && ch != ':') {
			continue
		}
		name = field[:k]
		rest := field[k:]
		if ch == '!' {
			if len(rest) < 2 {
				return "", Errorf(ValueError, "end of string while looking for conversion specifier")
			}
			conv = rest[1]
			rest = rest[2:]
			if rest != "" {
				if rest[0] != ':' {
					return "", Errorf(ValueError, "expected ':' after conversion specifier")
				}
				spec = rest[1:]
			}
		} else {
			spec = rest[1:]
		}
		break
	}
	v, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	th := f.th
	switch conv {
	case 0:
	case 'r':
		s, err := th.Repr(v)
		if err != nil {
			return "", err
		}
		v = NewStr(s)
	case 's':
		s, err := th.StrOf(v)
		if err != nil {
			return "", err
		}
		v = NewStr(s)
	case 'a':
		s, err := th.ASCII(v)
		if err != nil {
			return "", err
		}
		v = NewStr(s)
	default:
		return "", Errorf(ValueError, "Unknown conversion specifier %c", conv)
	}
	if strings.ContainsAny(spec, "{}") {
		if spec, err = f.vformat(spec, depth-1); err != nil {
			return "", err
		}
	}
	return th.Format(v, spec)
}

// lookup resolves a field name: an index or keyword, then .attr and [key]
// parts.
func (f *formatter) lookup(name string) (Value, *Exception) {
	th := f.th
	end := strings.IndexAny(name, ".[")
	first, rest := name, ""
	if end >= 0 {
		first, rest = name[:end], name[end:]
	}
	var v Value
	if first == "" {
		if f.manual {
			return Value{}, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		f.auto = true
		idx := f.autoIdx
		f.autoIdx++
		if idx >= len(f.args) {
			return Value{}, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = f.args[idx]
	} else if n, ok := decimalIndex(first); ok {
		if f.auto {
			return Value{}, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.manual = true
		if n >= len(f.args) {
			return Value{}, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", n)
		}
		v = f.args[n]
	} else {
		if f.kwarg == nil {
			return Value{}, NewException(KeyError, NewStr(first))
		}
		x, ok, err := f.kwarg(first)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(KeyError, NewStr(first))
		}
		v = x
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			rest = rest[1:]
			k := strings.IndexAny(rest, ".[")
			attr := rest
			if k >= 0 {
				attr, rest = rest[:k], rest[k:]
			} else {
				rest = ""
			}
			if attr == "" {
				return Value{}, Errorf(ValueError, "Empty attribute in format string")
			}
			x, err := th.GetAttr(v, attr)
			if err != nil {
				return Value{}, err
			}
			v = x
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return Value{}, Errorf(ValueError, "Missing ']' in format string")
			}
			key := rest[1:k]
			rest = rest[k+1:]
			if key == "" {
				return Value{}, Errorf(ValueError, "Empty attribute in format string")
			}
			var kv Value
			if n, ok := decimalIndex(key); ok {
				kv = Int(int64(n))
			} else {
				kv = NewStr(key)
			}
			x, err := th.GetItem(v, kv)
			if err != nil {
				return Value{}, err
			}
			v = x
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return Value{}, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return Value{}, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}

// decimalIndex parses an all-digit field name.
func decimalIndex(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n > 1<<30 {
			return 0, false
		}
	}
	return n, true
}

func strFormatMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := strSelf("format", args)
	if err != nil {
		return Value{}, err
	}
	npos := len(args) - len(kw)
	pos := args[1:npos]
	kwvals := args[npos:]
	f := &formatter{th: th, args: pos}
	if len(kw) > 0 {
		f.kwarg = func(name string) (Value, bool, *Exception) {
			for i, k := range kw {
				if k == name {
					return kwvals[i], true, nil
				}
			}
			return Value{}, false, nil
		}
	}
	r, err := f.vformat(s.S, 2)
	if err != nil {
		return Value{}, err
	}
	return NewStr(r), nil
}

func strFormatMapMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("str.format_map", args[min(1, len(args)):], kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := strSelf("format_map", args)
	if err != nil {
		return Value{}, err
	}
	m := args[1]
	f := &formatter{th: th}
	f.kwarg = func(name string) (Value, bool, *Exception) {
		v, err := th.GetItem(m, NewStr(name))
		if err != nil {
			return Value{}, false, err
		}
		return v, true, nil
	}
	r, err := f.vformat(s.S, 2)
	if err != nil {
		return Value{}, err
	}
	return NewStr(r), nil
}

// FormatString is format_string.format(*args, **kwargs) from Go.
func (th *Thread) FormatString(format string, args []Value) (string, *Exception) {
	f := &formatter{th: th, args: args}
	return f.vformat(format, 2)
}
