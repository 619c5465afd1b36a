package core

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements the format-spec mini-language
// [[fill]align][sign][z][#][0][width][grouping][.precision][type] for int,
// float and str, following CPython 3.11's Python/formatter_unicode.c:
// the same parse, the same validation order (so the same error for the
// same bad spec) and the same layout of sign, prefix, padding and digit
// grouping.

// fmtError is a formatting failure; it becomes a ValueError (or an
// OverflowError when overflow is set) at the Python boundary.
type fmtError struct {
	overflow bool
	memory   bool // MemoryError: a width no allocation can satisfy
	msg      string
}

func fmtErr(msg string) *fmtError { return &fmtError{msg: msg} }

// formatSpec is a parsed format spec.
type formatSpec struct {
	fill     rune
	align    byte // '<', '>', '^', '='
	sign     byte // 0, '+', '-', ' '
	noNeg0   bool // 'z'
	alt      bool // '#'
	width    int  // -1 when absent
	sep      byte // 0, ',' or '_' (thousands separator)
	sepEvery int  // digits per group: 3, or 4 for '_' with b/o/x/X
	prec     int  // -1 when absent
	typ      rune // 0 when absent
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// parseFormatSpec parses spec for an object whose type is called typeName
// (used in error messages); defType is the presentation type when the spec
// has none ('s' for str, 'd' for int, 0 for float); defAlign is '<' for
// strings, '>' for numbers.
func parseFormatSpec(spec, typeName string, defType rune, defAlign byte) (formatSpec, *fmtError) {
	fs := formatSpec{fill: ' ', align: defAlign, width: -1, prec: -1, typ: defType}
	pos := 0
	fillSet, alignSet := false, false
	// The fill may be any character, so look at the second code point.
	if r, n := utf8.DecodeRuneInString(spec); n > 0 && n < len(spec) && isAlign(spec[n]) {
		fs.fill, fs.align = r, spec[n]
		fillSet, alignSet = true, true
		pos = n + 1
	} else if len(spec) > 0 && isAlign(spec[0]) {
		fs.align = spec[0]
		alignSet = true
		pos = 1
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		fs.sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		fs.noNeg0 = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		fs.alt = true
		pos++
	}
	if !fillSet && pos < len(spec) && spec[pos] == '0' {
		fs.fill = '0'
		if !alignSet && defAlign == '>' {
			fs.align = '='
		}
		pos++
	}
	w, n, err := specInteger(spec, pos)
	if err != nil {
		return fs, err
	}
	if n > 0 {
		if w > maxAlloc {
			return fs, &fmtError{memory: true}
		}
		fs.width = w
		pos += n
	}
	if pos < len(spec) && spec[pos] == ',' {
		fs.sep = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if fs.sep != 0 {
			return fs, fmtErr("Cannot specify both ',' and '_'.")
		}
		fs.sep = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && fs.sep == '_' {
		return fs, fmtErr("Cannot specify both ',' and '_'.")
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		p, n, err := specInteger(spec, pos)
		if err != nil {
			return fs, err
		}
		if n == 0 {
			return fs, fmtErr("Format specifier missing precision")
		}
		fs.prec = p
		pos += n
	}
	if rest := spec[pos:]; rest != "" {
		r, n := utf8.DecodeRuneInString(rest)
		if n != len(rest) {
			return fs, fmtErr("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
		}
		fs.typ = r
	}
	if fs.sep != 0 {
		fs.sepEvery = 3
		switch fs.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if fs.sep == '_' {
				fs.sepEvery = 4
				break
			}
			fallthrough
		default:
			return fs, fmtErr("Cannot specify '" + string(rune(fs.sep)) + "' with " + quoteTypeCode(fs.typ) + ".")
		}
	}
	return fs, nil
}

// quoteTypeCode renders a presentation type the way CPython's messages do.
func quoteTypeCode(t rune) string {
	if t > 32 && t < 128 {
		return "'" + string(t) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(t), 16) + "'"
}

func unknownFormatCode(t rune, typeName string) *fmtError {
	return fmtErr("Unknown format code " + quoteTypeCode(t) + " for object of type '" + typeName + "'")
}

// specInteger reads a run of decimal digits at pos: its value and length.
func specInteger(spec string, pos int) (int, int, *fmtError) {
	v, n := 0, 0
	for pos+n < len(spec) && spec[pos+n] >= '0' && spec[pos+n] <= '9' {
		d := int(spec[pos+n] - '0')
		if v > (math.MaxInt64-d)/10 {
			return 0, 0, fmtErr("Too many decimal digits in format string")
		}
		v = v*10 + d
		n++
	}
	return v, n, nil
}

// formatStrSpec formats a str value with a spec (str.__format__).
func formatStrSpec(s, spec, typeName string) (string, *fmtError) {
	if spec == "" {
		return s, nil
	}
	fs, err := parseFormatSpec(spec, typeName, 's', '<')
	if err != nil {
		return "", err
	}
	if fs.typ != 's' {
		return "", unknownFormatCode(fs.typ, typeName)
	}
	switch {
	case fs.sign == ' ':
		return "", fmtErr("Space not allowed in string format specifier")
	case fs.sign != 0:
		return "", fmtErr("Sign not allowed in string format specifier")
	case fs.noNeg0:
		return "", fmtErr("Negative zero coercion (z) not allowed in string format specifier")
	case fs.alt:
		return "", fmtErr("Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return "", fmtErr("'=' alignment not allowed in string format specifier")
	}
	n := utf8.RuneCountInString(s)
	if fs.prec >= 0 && n > fs.prec {
		i := 0
		for k := 0; k < fs.prec; k++ {
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
		}
		s, n = s[:i], fs.prec
	}
	if fs.width <= n {
		return s, nil
	}
	pad := fs.width - n
	var l int
	switch fs.align {
	case '>':
		l = pad
	case '^':
		l = pad / 2
	}
	var sb strings.Builder
	sb.Grow(len(s) + pad*utf8.RuneLen(fs.fill))
	writeFill(&sb, fs.fill, l)
	sb.WriteString(s)
	writeFill(&sb, fs.fill, pad-l)
	return sb.String(), nil
}

func writeFill(sb *strings.Builder, fill rune, n int) {
	for ; n > 0; n-- {
		sb.WriteRune(fill)
	}
}

// formatIntSpec formats an int (x, or b when b != nil) with a spec
// (int.__format__); typeName is "int", "bool" or a subclass's name.
// An empty spec is handled by the caller (it is str(x)).
func formatIntSpec(x int64, b *big.Int, spec, typeName string, limit int) (string, *fmtError) {
	fs, err := parseFormatSpec(spec, typeName, 'd', '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f := float64(x)
		if b != nil {
			var ok bool
			if f, ok = bigToFloat(b); !ok {
				return "", &fmtError{overflow: true, msg: "int too large to convert to float"}
			}
		}
		return formatFloatWithSpec(f, fs), nil
	default:
		return "", unknownFormatCode(fs.typ, typeName)
	}
	if fs.prec != -1 {
		return "", fmtErr("Precision not allowed in integer format specifier")
	}
	if fs.noNeg0 {
		return "", fmtErr("Negative zero coercion (z) not allowed in integer format specifier")
	}
	neg := x < 0
	if b != nil {
		neg = b.Sign() < 0
	}
	if fs.typ == 'c' {
		if fs.sign != 0 {
			return "", fmtErr("Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			return "", fmtErr("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if b != nil || x < 0 || x > 0x10ffff {
			return "", &fmtError{overflow: true, msg: "%c arg not in range(0x110000)"}
		}
		return layoutNumber(fs, false, "", "", string(rune(x))), nil
	}
	base, prefix := 10, ""
	switch fs.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !fs.alt {
		prefix = ""
	}
	var digits string
	if b != nil {
		if base == 10 && bigTooLong(b, limit) {
			return "", fmtErr(intDigitsMsg(limit))
		}
		digits = new(big.Int).Abs(b).Text(base)
	} else if x < 0 {
		digits = strconv.FormatUint(uint64(-x), base)
	} else {
		digits = strconv.FormatUint(uint64(x), base)
	}
	if fs.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	if base == 10 && limit > 0 && len(digits) > limit {
		return "", fmtErr(intDigitsMsg(limit))
	}
	return layoutNumber(fs, neg, prefix, digits, ""), nil
}

// formatFloatSpec formats a float with a spec (float.__format__). An
// empty spec is handled by the caller (it is str(f)).
func formatFloatSpec(f float64, spec, typeName string) (string, *fmtError) {
	fs, err := parseFormatSpec(spec, typeName, 0, '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownFormatCode(fs.typ, typeName)
	}
	if fs.prec > math.MaxInt32 {
		return "", fmtErr("precision too big")
	}
	if fs.prec > maxAlloc {
		return "", &fmtError{memory: true}
	}
	return formatFloatWithSpec(f, fs), nil
}

// formatFloatWithSpec is CPython's format_float_internal.
func formatFloatWithSpec(f float64, fs formatSpec) string {
	typ := byte(fs.typ)
	prec := fs.prec
	defPrec := 6
	addDot0 := false
	if typ == 0 {
		addDot0 = true
		typ = 'r'
		defPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		f *= 100
		pct = true
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	s := formatFloatCode(f, typ, prec, addDot0, fs.alt, false)
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
		if fs.noNeg0 && strings.Trim(s, "0.") == "" || fs.noNeg0 && isZeroExp(s) {
			neg = false
		}
	}
	if pct {
		s += "%"
	}
	// Split into the leading digits (grouped and zero padded) and the
	// rest: decimal point, fraction, exponent, "%", or all of "inf".
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return layoutNumber(fs, neg, "", s[:i], s[i:])
}

// isZeroExp reports whether s is a zero mantissa with an exponent, as
// "0.00e+00".
func isZeroExp(s string) bool {
	i := strings.IndexAny(s, "eE")
	return i > 0 && strings.Trim(s[:i], "0.") == ""
}

// layoutNumber is CPython's calc_number_widths + fill_number: it places
// the sign, the prefix ("0x"), the integer digits (grouped, and zero
// padded when the fill is '0' with '=' alignment), the remainder, and
// the padding.
func layoutNumber(fs formatSpec, neg bool, prefix, digits, rest string) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case fs.sign == '+':
		sign = "+"
	case fs.sign == ' ':
		sign = " "
	}
	other := len(sign) + len(prefix) + utf8.RuneCountInString(rest)
	minWidth := 0
	if fs.fill == '0' && fs.align == '=' {
		minWidth = fs.width - other
	}
	if digits != "" {
		digits = groupDigits(digits, minWidth, fs.sep, fs.sepEvery)
	}
	pad := fs.width - other - len(digits)
	var l, spad, r int
	if pad > 0 {
		switch fs.align {
		case '<':
			r = pad
		case '^':
			l = pad / 2
			r = pad - l
		case '=':
			spad = pad
		default:
			l = pad
		}
	}
	if pad <= 0 {
		return sign + prefix + digits + rest
	}
	var sb strings.Builder
	sb.Grow(other + len(digits) + pad*utf8.RuneLen(fs.fill) + len(rest))
	writeFill(&sb, fs.fill, l)
	sb.WriteString(sign)
	sb.WriteString(prefix)
	writeFill(&sb, fs.fill, spad)
	sb.WriteString(digits)
	sb.WriteString(rest)
	writeFill(&sb, fs.fill, r)
	return sb.String()
}

// groupDigits inserts sep every `every` digits from the right (no
// separators when sep is 0) and pads with zeros (and separators) on the
// left until the result is at least minWidth long. It follows
// _PyUnicode_InsertThousandsGrouping so that e.g. format(1, '08,') is
// '0,000,001' (a separator is never the first character).
func groupDigits(digits string, minWidth int, sep byte, every int) string {
	if sep == 0 {
		if len(digits) >= minWidth {
			return digits
		}
		return strings.Repeat("0", minWidth-len(digits)) + digits
	}
	// Build the groups right to left.
	var groups []string
	remaining := len(digits)
	end := len(digits)
	for {
		l := min(every, max(remaining, minWidth, 1))
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		groups = append(groups, strings.Repeat("0", zeros)+digits[end-chars:end])
		end -= chars
		remaining -= chars
		minWidth -= every
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	var sb strings.Builder
	for i := len(groups) - 1; i >= 0; i-- {
		sb.WriteString(groups[i])
		if i > 0 {
			sb.WriteByte(sep)
		}
	}
	return sb.String()
}

// bigToFloat converts b to the nearest float64 (ties to even), reporting
// false when it is too large (CPython: OverflowError "int too large to
// convert to float").
func bigToFloat(b *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}
