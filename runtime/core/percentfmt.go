package core

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// printf-style formatting: str % args, as CPython's PyUnicode_Format.

// PercentFormat is format % args.
func (th *Thread) PercentFormat(format string, args Value) (string, *Exception) {
	return th.percentFormat(format, args, false)
}

// BytesPercentFormat is bytes % args (and bytearray's): the str machinery
// on the bytes read as Latin-1, with %s/%b taking bytes-like arguments.
func (th *Thread) BytesPercentFormat(format []byte, args Value) ([]byte, *Exception) {
	rs := make([]rune, len(format))
	for i, c := range format {
		rs[i] = rune(c)
	}
	s, err := th.percentFormat(string(rs), args, true)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r)) // every rune is below 256 (Latin-1 in, ASCII conversions)
	}
	return out, nil
}

func (th *Thread) percentFormat(format string, args Value, isBytes bool) (string, *Exception) {
	var tuple []Value
	argLen, argIdx := -1, -2
	if t, ok := tupleOf(args); ok {
		tuple = t.Items
		argLen, argIdx = len(tuple), 0
	}
	// A mapping (anything subscriptable but a tuple or str) allows %(key)s.
	var mapping Value
	if _, isTuple := tupleOf(args); !isTuple {
		_, isStrArg := strOf(args)
		if _, isBytesArg := bytesOf(args); !isStrArg && !(isBytes && isBytesArg) {
			if _, ok := args.t.Lookup("__getitem__"); ok {
				mapping = args
			}
		}
	}
	nextArg := func() (Value, *Exception) {
		if argIdx < argLen {
			i := argIdx
			argIdx++
			if argLen < 0 {
				return args, nil
			}
			return tuple[i], nil
		}
		return Value{}, Errorf(TypeError, "not enough arguments for format string")
	}
	var b strings.Builder
	b.Grow(len(format) + 16)
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		if i >= len(format) {
			return "", Errorf(ValueError, "incomplete format")
		}
		if format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		// A mapping key replaces the argument source for this spec.
		saved := struct {
			args       Value
			tuple      []Value
			len, index int
		}{args, tuple, argLen, argIdx}
		useKey := false
		if format[i] == '(' {
			if !mapping.IsValid() {
				return "", Errorf(TypeError, "format requires a mapping")
			}
			depth, k := 1, i+1
			for k < len(format) && depth > 0 {
				switch format[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
				k++
			}
			if depth > 0 {
				return "", Errorf(ValueError, "incomplete format key")
			}
			key := format[i+1 : k-1]
			kv := NewStr(key)
			if isBytes {
				kb := make([]byte, 0, len(key))
				for _, r := range key {
					kb = append(kb, byte(r))
				}
				kv = NewBytes(kb)
			}
			v, err := th.GetItem(mapping, kv)
			if err != nil {
				return "", err
			}
			args, tuple, argLen, argIdx = v, nil, -1, -2
			useKey = true
			i = k
		}
		var left, plus, space, alt, zero bool
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				left = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		width, prec := -1, -1
		if i < len(format) && format[i] == '*' {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			n, ok := AsInt64(v)
			if !ok {
				return "", Errorf(TypeError, "* wants int")
			}
			width = int(n)
			if width < 0 {
				left, width = true, -width
			}
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				d := int(format[i] - '0')
				if width > (math.MaxInt64-d)/10 {
					return "", Errorf(ValueError, "width too big")
				}
				width = max(width, 0)*10 + d
				i++
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				v, err := nextArg()
				if err != nil {
					return "", err
				}
				n, ok := AsInt64(v)
				if !ok {
					return "", Errorf(TypeError, "* wants int")
				}
				prec = max(int(n), 0)
				i++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					d := int(format[i] - '0')
					if prec > (math.MaxInt32-d)/10 {
						return "", Errorf(ValueError, "precision too big")
					}
					prec = prec*10 + d
					i++
				}
			}
		}
		if width > maxAlloc || prec > maxAlloc {
			return "", Errorf(MemoryError, "")
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", Errorf(ValueError, "incomplete format")
		}
		c, csize := utf8.DecodeRuneInString(format[i:])
		convIndex := utf8.RuneCountInString(format[:i])
		i += csize
		v, err := nextArg()
		if err != nil {
			return "", err
		}
		var body, sign, prefix string
		numeric := false
		switch c {
		case '%':
			body = "%"
		case 's', 'r', 'a', 'b':
			if c == 'b' && !isBytes {
				return "", Errorf(ValueError, "unsupported format character 'b' (0x62) at index %d", convIndex)
			}
			var s string
			switch {
			case isBytes && (c == 's' || c == 'b'):
				s, err = th.percentBytesArg(v)
			case isBytes:
				// %r and %a of bytes are ascii(repr(v)).
				if s, err = th.Repr(v); err == nil {
					s = asciiRepr2(s)
				}
			case c == 's':
				s, err = th.StrOf(v)
			case c == 'r':
				s, err = th.Repr(v)
			default:
				if s, err = th.Repr(v); err == nil {
					s = asciiRepr2(s)
				}
			}
			if err != nil {
				return "", err
			}
			if prec >= 0 && utf8.RuneCountInString(s) > prec {
				s = string([]rune(s)[:prec])
			}
			body = s
		case 'c':
			if isBytes {
				if b, ok := bytesOf(v); ok && len(b.B) == 1 {
					body = string(rune(b.B[0]))
				} else if x, ok := AsInt64(v); ok && IsInt(v) && x >= 0 && x < 256 {
					body = string(rune(x))
				} else if IsInt(v) {
					return "", Errorf(OverflowError, "%%c arg not in range(256)")
				} else {
					return "", Errorf(TypeError, "%%c requires an integer in range(256) or a single byte")
				}
			} else if s, ok := AsStr(v); ok {
				if utf8.RuneCountInString(s) != 1 {
					return "", Errorf(TypeError, "%%c requires int or char")
				}
				body = s
			} else if IsInt(v) {
				x, ok := AsInt64(v)
				if !ok || x < 0 || x > 0x10ffff {
					return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
				}
				body = string(rune(x))
			} else {
				return "", Errorf(TypeError, "%%c requires int or char")
			}
		case 'd', 'i', 'u', 'x', 'X', 'o':
			numeric = true
			iv, err := th.percentInt(c, v)
			if err != nil {
				return "", err
			}
			x, xb, _ := intOf(iv)
			neg := x < 0
			if xb != nil {
				neg = xb.Sign() < 0
			}
			base := 10
			switch c {
			case 'x', 'X':
				base = 16
				if alt {
					prefix = "0" + string(c)
				}
			case 'o':
				base = 8
				if alt {
					prefix = "0o"
				}
			}
			if xb != nil {
				if base == 10 && bigTooLong(xb, th.IntMaxStrDigits) {
					return "", Errorf(ValueError, "%s", intDigitsMsg(th.IntMaxStrDigits))
				}
				body = new(big.Int).Abs(xb).Text(base)
				if limit := th.IntMaxStrDigits; base == 10 && limit > 0 && len(body) > limit {
					return "", Errorf(ValueError, "%s", intDigitsMsg(limit))
				}
			} else if neg {
				body = strconv.FormatUint(uint64(-x), base)
			} else {
				body = strconv.FormatUint(uint64(x), base)
			}
			if c == 'X' {
				body = strings.ToUpper(body)
			}
			if prec > len(body) {
				body = strings.Repeat("0", prec-len(body)) + body
			}
			switch {
			case neg:
				sign = "-"
			case plus:
				sign = "+"
			case space:
				sign = " "
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			f, ok, err := numberAsFloat(v)
			if err != nil {
				return "", err
			}
			if !ok {
				if _, has := v.t.Lookup("__float__"); !has {
					return "", Errorf(TypeError, "must be real number, not %s", v.t.Name)
				}
				if f, err = th.FloatValue(v); err != nil {
					return "", err
				}
			}
			if prec < 0 {
				prec = 6
			}
			s := formatFloatCode(f, byte(c), prec, false, alt, false)
			if s[0] == '-' {
				sign, s = "-", s[1:]
			} else if plus {
				sign = "+"
			} else if space {
				sign = " "
			}
			body = s
		default:
			if c < 128 && c > 31 {
				return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", c, c, convIndex)
			}
			return "", Errorf(ValueError, "unsupported format character '\\x%x' (0x%x) at index %d", c, c, convIndex)
		}
		n := utf8.RuneCountInString(body) + len(sign) + len(prefix)
		switch {
		case width <= n:
			b.WriteString(sign)
			b.WriteString(prefix)
			b.WriteString(body)
		case left:
			b.WriteString(sign)
			b.WriteString(prefix)
			b.WriteString(body)
			b.WriteString(strings.Repeat(" ", width-n))
		case zero && numeric:
			b.WriteString(sign)
			b.WriteString(prefix)
			b.WriteString(strings.Repeat("0", width-n))
			b.WriteString(body)
		default:
			b.WriteString(strings.Repeat(" ", width-n))
			b.WriteString(sign)
			b.WriteString(prefix)
			b.WriteString(body)
		}
		if useKey {
			args, tuple, argLen, argIdx = saved.args, saved.tuple, saved.len, saved.index
		}
	}
	if argIdx < argLen && !mapping.IsValid() {
		if isBytes {
			return "", Errorf(TypeError, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// percentBytesArg is the argument of bytes' %s/%b as Latin-1 text: a
// bytes-like object or one with __bytes__.
func (th *Thread) percentBytesArg(v Value) (string, *Exception) {
	b, ok := bytesOf(v)
	if !ok {
		if _, has := v.t.Lookup("__bytes__"); !has {
			return "", Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.t.Name)
		}
		r, err := th.CallMethod(v, "__bytes__")
		if err != nil {
			return "", err
		}
		if b, ok = bytesOf(r); !ok {
			return "", Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", r.t.Name)
		}
	}
	rs := make([]rune, len(b.B))
	for i, c := range b.B {
		rs[i] = rune(c)
	}
	return string(rs), nil
}

// percentInt converts the argument of %d/%x/%o.
func (th *Thread) percentInt(c rune, v Value) (Value, *Exception) {
	if x, b, ok := intOf(v); ok {
		return intValue(x, b), nil
	}
	isNumber := false
	for _, m := range []string{"__index__", "__int__", "__float__"} {
		if _, ok := v.t.Lookup(m); ok {
			isNumber = true
			break
		}
	}
	if c == 'x' || c == 'X' || c == 'o' {
		if _, ok := v.t.Lookup("__index__"); !ok {
			return Value{}, Errorf(TypeError, "%%%c format: an integer is required, not %s", c, v.t.Name)
		}
		return th.IndexValue(v)
	}
	if !isNumber {
		return Value{}, Errorf(TypeError, "%%%c format: a real number is required, not %s", c, v.t.Name)
	}
	return th.newIntFrom(v, Value{})
}

// asciiRepr2 escapes the non-ASCII characters of an already computed repr.
func asciiRepr2(r string) string {
	for i := 0; i < len(r); i++ {
		if r[i] >= utf8.RuneSelf {
			var b strings.Builder
			const hex = "0123456789abcdef"
			for _, c := range r {
				switch {
				case c < 0x80:
					b.WriteRune(c)
				case c <= 0xff:
					b.WriteString("\\x")
					b.WriteByte(hex[c>>4])
					b.WriteByte(hex[c&15])
				case c <= 0xffff:
					b.WriteString("\\u")
					for sh := 12; sh >= 0; sh -= 4 {
						b.WriteByte(hex[c>>uint(sh)&15])
					}
				default:
					b.WriteString("\\U")
					for sh := 28; sh >= 0; sh -= 4 {
						b.WriteByte(hex[c>>uint(sh)&15])
					}
				}
			}
			return b.String()
		}
	}
	return r
}

// ASCII is ascii(v).
func (th *Thread) ASCII(v Value) (string, *Exception) {
	r, err := th.Repr(v)
	if err != nil {
		return "", err
	}
	return asciiRepr2(r), nil
}
