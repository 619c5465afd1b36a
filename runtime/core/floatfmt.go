package core

import (
	"math"
	"strconv"
	"strings"
)

// This file lays out float digits the way CPython's PyOS_double_to_string
// (Python/pystrtod.c, format_float_short) does. Go's strconv gives the
// digits (shortest round-trip, or correctly rounded to a precision, both
// as CPython's dtoa does); the placement of the decimal point, exponent
// switching and zero padding follow CPython exactly.

// floatRepr is repr(f) and str(f).
func floatRepr(f float64) string {
	return formatFloatCode(f, 'r', 0, true, false, false)
}

// floatDigits returns the decimal digits of |f| (finite) with trailing zeros
// removed and the position of the decimal point relative to them (CPython's
// decpt): value = 0.DIGITS * 10**decpt. prec < 0 asks for the shortest
// round-trip digits, otherwise for prec significant digits correctly rounded.
func floatDigits(f float64, prec int) (string, int) {
	var buf [40]byte
	b := strconv.AppendFloat(buf[:0], math.Abs(f), 'e', prec, 64)
	// b is D[.DDD]e±XX
	e := 0
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == 'e' {
			x, _ := strconv.Atoi(string(b[i+1:]))
			e = x
			b = b[:i]
			break
		}
	}
	digits := make([]byte, 0, len(b))
	for _, c := range b {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return string(digits), e + 1
}

// formatFloatCode formats f like PyOS_double_to_string(f, code, prec,
// flags): code is one of 'r' (shortest), 'e', 'f', 'g' (or their upper
// case forms); addDot0 is Py_DTSF_ADD_DOT_0, alt is Py_DTSF_ALT ('#'),
// plus is Py_DTSF_SIGN. The sign of negative numbers is always included.
func formatFloatCode(f float64, code byte, prec int, addDot0, alt, plus bool) string {
	upper := code == 'E' || code == 'F' || code == 'G'
	if upper {
		code += 'a' - 'A'
	}
	sign := ""
	if math.Signbit(f) && !math.IsNaN(f) {
		sign = "-"
	} else if plus {
		sign = "+"
	}
	switch {
	case math.IsInf(f, 0):
		if upper {
			return sign + "INF"
		}
		return sign + "inf"
	case math.IsNaN(f):
		if upper {
			return sign + "NAN"
		}
		return sign + "nan"
	}
	if code == 'f' {
		// mode 3 of dtoa: Go's 'f' formatting is the same correctly
		// rounded fixed-point string.
		s := strconv.FormatFloat(math.Abs(f), 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return sign + s
	}
	var digits string
	var decpt int
	switch code {
	case 'r':
		digits, decpt = floatDigits(f, -1)
	case 'e':
		prec++
		digits, decpt = floatDigits(f, prec-1)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = floatDigits(f, prec-1)
	}
	if digits == "0" {
		// dtoa reports zero as "0" with the decimal point after it.
		decpt = 1
	}
	ndigits := len(digits)
	vEnd := ndigits
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vEnd = prec
	case 'g':
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	var sb strings.Builder
	sb.Grow(len(sign) + vEnd - vStart + 8)
	sb.WriteString(sign)
	if decpt <= 0 {
		writeZeros(&sb, decpt-vStart)
		sb.WriteByte('.')
		writeZeros(&sb, -decpt)
	} else {
		writeZeros(&sb, -vStart)
	}
	if 0 < decpt && decpt <= ndigits {
		sb.WriteString(digits[:decpt])
		sb.WriteByte('.')
		sb.WriteString(digits[decpt:])
	} else {
		sb.WriteString(digits)
	}
	if ndigits < decpt {
		writeZeros(&sb, decpt-ndigits)
		sb.WriteByte('.')
		writeZeros(&sb, vEnd-decpt)
	} else {
		writeZeros(&sb, vEnd-ndigits)
	}
	s := sb.String()
	if s[len(s)-1] == '.' && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		e := 'e'
		if upper {
			e = 'E'
		}
		es := strconv.Itoa(absInt(exp))
		if len(es) < 2 {
			es = "0" + es
		}
		if exp < 0 {
			s += string(e) + "-" + es
		} else {
			s += string(e) + "+" + es
		}
	}
	return s
}

func writeZeros(sb *strings.Builder, n int) {
	for ; n > 0; n-- {
		sb.WriteByte('0')
	}
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
