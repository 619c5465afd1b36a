package core

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parsing numbers from text as int(s, base) and float(s) do: surrounding
// whitespace, a sign, base prefixes, single underscores between digits,
// and Unicode decimal digits (int('١٢') == 12).

// maxStrDigits is CPython's default limit (Thread.IntMaxStrDigits) on decimal int <-> str
// conversions (sys.get_int_max_str_digits()).
const maxStrDigits = 4300

// pyIsSpace is str.isspace for one code point.
func pyIsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// trimNumSpace strips what int() and float() ignore around a number:
// ASCII whitespace other than \x1c-\x1f, and Unicode spaces.
func trimNumSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		if r < utf8.RuneSelf {
			return r == ' ' || (r >= '\t' && r <= '\r')
		}
		return unicode.IsSpace(r)
	})
}

// digitValue is the value of r as a digit in bases up to 36 (ASCII
// letters count from 10; other Unicode decimal digits count as their
// decimal value), or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	case r < utf8.RuneSelf:
		return -1
	}
	return unicodeDecimal(r)
}

// unicodeDecimal is the value of a Unicode decimal digit (category Nd),
// or -1. Nd characters come in runs of ten starting at zero, and the
// ranges of the table are concatenations of whole runs.
func unicodeDecimal(r rune) int {
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// parseIntText parses s as int(s, base) does (base 0 or 2..36). It returns
// the value as an int64 when it fits, else as a *big.Int; ok is false for
// a malformed literal; tooLong reports a decimal literal beyond the
// limit of digits (0: none).
func parseIntText(s string, base, limit int) (small int64, b *big.Int, ok, tooLong bool) {
	s = trimNumSpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		switch {
		case p == 'x' && (base == 0 || base == 16):
			base, prefixed = 16, true
		case p == 'o' && (base == 0 || base == 8):
			base, prefixed = 8, true
		case p == 'b' && (base == 0 || base == 2):
			base, prefixed = 2, true
		}
		if prefixed {
			s = s[2:]
			// One underscore may follow the prefix.
			if s != "" && s[0] == '_' {
				s = s[1:]
			}
		}
	}
	base0 := base == 0
	if base == 0 {
		base = 10
	}
	if s == "" {
		return 0, nil, false, false
	}
	// Collect digit values, validating underscores.
	var acc uint64
	overflow := false
	var digits []byte // ASCII digits for big conversion
	ndigits := 0
	prevUnderscore := true // a leading underscore is an error
	allZero := true
	for _, r := range s {
		if r == '_' {
			if prevUnderscore {
				return 0, nil, false, false
			}
			prevUnderscore = true
			continue
		}
		d := digitValue(r)
		if d < 0 || d >= base {
			return 0, nil, false, false
		}
		prevUnderscore = false
		ndigits++
		if d != 0 {
			allZero = false
		}
		if !overflow {
			hi, lo := mulAdd64(acc, uint64(base), uint64(d))
			if hi != 0 || lo > math.MaxInt64 {
				overflow = true
			} else {
				acc = lo
			}
		}
		digits = append(digits, "0123456789abcdefghijklmnopqrstuvwxyz"[d])
	}
	if prevUnderscore {
		return 0, nil, false, false
	}
	// Base 0 forbids leading zeros on non-zero decimal literals ("010").
	if base0 && !prefixed && !allZero && s[0] == '0' {
		return 0, nil, false, false
	}
	if base&(base-1) != 0 && limit > 0 && ndigits > limit {
		return 0, nil, true, true
	}
	if !overflow {
		if neg {
			return -int64(acc), nil, true, false
		}
		return int64(acc), nil, true, false
	}
	b, _ = new(big.Int).SetString(string(digits), base)
	if neg {
		b.Neg(b)
	}
	if b.IsInt64() {
		return b.Int64(), nil, true, false
	}
	return 0, b, true, false
}

// mulAdd64 returns a*m + d as a 128-bit (hi, lo) pair.
func mulAdd64(a, m, d uint64) (uint64, uint64) {
	hi, lo := bits.Mul64(a, m)
	lo, carry := bits.Add64(lo, d, 0)
	return hi + carry, lo
}

// parseFloatText parses s as float(s) does; ok is false for malformed text.
func parseFloatText(s string) (float64, bool) {
	s = trimNumSpace(s)
	if s == "" {
		return 0, false
	}
	body := s
	neg := false
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	// Validate digitpart ['.' [digitpart]] [exp] | '.' digitpart [exp],
	// copying the text without underscores and with ASCII digits.
	clean := make([]byte, 0, len(s))
	if neg {
		clean = append(clean, '-')
	}
	i := 0
	rs := []rune(body)
	digitRun := func() bool { // one or more digits with single underscores between
		start := len(clean)
		for i < len(rs) {
			d := unicodeOrASCIIDecimal(rs[i])
			if d >= 0 {
				clean = append(clean, byte('0'+d))
				i++
				continue
			}
			if rs[i] == '_' && len(clean) > start && i+1 < len(rs) && unicodeOrASCIIDecimal(rs[i+1]) >= 0 {
				i++
				continue
			}
			break
		}
		return len(clean) > start
	}
	intPart := digitRun()
	fracPart := false
	if i < len(rs) && rs[i] == '.' {
		clean = append(clean, '.')
		i++
		fracPart = digitRun()
	}
	if !intPart && !fracPart {
		return 0, false
	}
	if i < len(rs) && (rs[i] == 'e' || rs[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(rs) && (rs[i] == '+' || rs[i] == '-') {
			clean = append(clean, byte(rs[i]))
			i++
		}
		if !digitRun() {
			return 0, false
		}
	}
	if i != len(rs) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

func unicodeOrASCIIDecimal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < utf8.RuneSelf {
		return -1
	}
	return unicodeDecimal(r)
}
