package modules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// strftime and strptime in the C locale, shared by the time module and
// datetime (py/datetime.py calls them through time._strftime and
// time._strptime). strftime follows glibc's output, strptime CPython's
// _strptime: the same directive patterns, tried with a backtracking matcher
// in the order the regular expression would try them.

var (
	monthNames = []string{"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"}
	weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// tmFields is a broken-down time as C's struct tm holds it, with wday
// counted from Monday (Python's convention) and yday from 1.
type tmFields struct {
	year, mon, mday, hour, min, sec, wday, yday int
	zone                                        string // %Z
	gmtoff                                      string // %z, already formatted
}

func pad(n, w int, c byte) string {
	s := itoa(n)
	if n < 0 {
		return s
	}
	for len(s) < w {
		s = string(c) + s
	}
	return s
}

// isoWeek returns the ISO 8601 year and week of a date given by its year,
// day of the year (1-based) and weekday (Monday 0).
func isoWeek(year, yday, wday int) (int, int) {
	// The Thursday of this date's week decides its ISO year.
	thu := yday - wday + 3
	if thu < 1 {
		year--
		thu += daysInYear(year)
	} else if n := daysInYear(year); thu > n {
		thu -= n
		year++
	}
	return year, (thu-1)/7 + 1
}

func daysInYear(y int) int {
	if isLeap(y) {
		return 366
	}
	return 365
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// strftime formats t with the C locale's directives as glibc does: unknown
// directives are copied, and the flags '-' (no padding), '_' (spaces) and
// '0' are understood.
func strftime(format string, t tmFields) string {
	var sb strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			sb.WriteByte(c)
			continue
		}
		start := i
		i++
		var flag byte
		if format[i] == '-' || format[i] == '_' || format[i] == '0' {
			flag = format[i]
			if i+1 == len(format) {
				sb.WriteString(format[start:])
				break
			}
			i++
		}
		num := func(n, w int) {
			switch flag {
			case '-':
				sb.WriteString(itoa(n))
			case '_':
				sb.WriteString(pad(n, w, ' '))
			default:
				sb.WriteString(pad(n, w, '0'))
			}
		}
		numSpace := func(n, w int) { // directives padded with spaces by default
			if flag == 0 {
				flag = '_'
			}
			num(n, w)
		}
		hour12 := t.hour % 12
		if hour12 == 0 {
			hour12 = 12
		}
		switch format[i] {
		case 'Y':
			num(t.year, 1)
		case 'y':
			num(((t.year%100)+100)%100, 2)
		case 'C':
			num(t.year/100, 2)
		case 'G':
			y, _ := isoWeek(t.year, t.yday, t.wday)
			num(y, 1)
		case 'g':
			y, _ := isoWeek(t.year, t.yday, t.wday)
			num(((y%100)+100)%100, 2)
		case 'V':
			_, w := isoWeek(t.year, t.yday, t.wday)
			num(w, 2)
		case 'm':
			num(t.mon, 2)
		case 'd':
			num(t.mday, 2)
		case 'e':
			numSpace(t.mday, 2)
		case 'H':
			num(t.hour, 2)
		case 'k':
			numSpace(t.hour, 2)
		case 'I':
			num(hour12, 2)
		case 'l':
			numSpace(hour12, 2)
		case 'M':
			num(t.min, 2)
		case 'S':
			num(t.sec, 2)
		case 'j':
			num(t.yday, 3)
		case 'u':
			num(t.wday+1, 1)
		case 'w':
			num((t.wday+1)%7, 1)
		case 'U':
			num((t.yday-1+7-(t.wday+1)%7)/7, 2)
		case 'W':
			num((t.yday-1+7-t.wday)/7, 2)
		case 'p':
			if t.hour < 12 {
				sb.WriteString("AM")
			} else {
				sb.WriteString("PM")
			}
		case 'P':
			if t.hour < 12 {
				sb.WriteString("am")
			} else {
				sb.WriteString("pm")
			}
		case 'A':
			sb.WriteString(weekdayNames[t.wday])
		case 'a':
			sb.WriteString(weekdayNames[t.wday][:3])
		case 'B':
			sb.WriteString(monthNames[t.mon-1])
		case 'b', 'h':
			sb.WriteString(monthNames[t.mon-1][:3])
		case 'Z':
			sb.WriteString(t.zone)
		case 'z':
			sb.WriteString(t.gmtoff)
		case 'F':
			sb.WriteString(strftime("%Y-%m-%d", t))
		case 'T':
			sb.WriteString(strftime("%H:%M:%S", t))
		case 'R':
			sb.WriteString(strftime("%H:%M", t))
		case 'r':
			sb.WriteString(strftime("%I:%M:%S %p", t))
		case 'D', 'x':
			sb.WriteString(strftime("%m/%d/%y", t))
		case 'X':
			sb.WriteString(strftime("%H:%M:%S", t))
		case 'c':
			sb.WriteString(strftime("%a %b %e %H:%M:%S %Y", t))
		case 's':
			days := daysBeforeYear(t.year) + t.yday - 1 - daysBeforeYear(1970)
			num(((days*24+t.hour)*60+t.min)*60+t.sec, 1)
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case '%':
			sb.WriteByte('%')
		default:
			sb.WriteString(format[start : i+1])
		}
	}
	return sb.String()
}

// daysBeforeYear is the number of days from 0001-01-01 to January 1 of y.
func daysBeforeYear(y int) int {
	y--
	return y*365 + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

var daysBeforeMonthTable = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
}

// toOrdinal is date(y, m, d).toordinal() for a valid date.
func toOrdinal(y, m, d int) int {
	n := daysBeforeYear(y) + daysBeforeMonthTable[m] + d
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

// fromOrdinal is the inverse of toOrdinal.
func fromOrdinal(n int) (y, m, d int) {
	// Estimate the year, then correct it.
	y = (n-1)*400/146097 + 1
	for daysBeforeYear(y+1) < n {
		y++
	}
	for daysBeforeYear(y) >= n {
		y--
	}
	doy := n - daysBeforeYear(y)
	m = 1
	for m < 12 && doy > daysBeforeMonthTable[m+1]+boolInt(m+1 > 2 && isLeap(y)) {
		m++
	}
	d = doy - daysBeforeMonthTable[m] - boolInt(m > 2 && isLeap(y))
	return
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkDate raises datetime.date's errors for an invalid date.
func checkDate(y, m, d int) *core.Exception {
	if y < 1 || y > 9999 {
		return core.Errorf(core.ValueError, "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return core.Errorf(core.ValueError, "month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, m) {
		return core.Errorf(core.ValueError, "day is out of range for month")
	}
	return nil
}

// timeStrftime is time._strftime(format, year, mon, mday, hour, min, sec,
// wday, yday, zone, gmtoff): the fields already checked and normalised by
// time.strftime.
func timeStrftime(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_strftime", args, kw, 11, 11); err != nil {
		return core.Value{}, err
	}
	format, ok := args[0].AsStr()
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "strftime() argument 1 must be str, not %s", core.TypeName(args[0]))
	}
	var f [8]int
	for i := range f {
		n, err := th.IndexInt(args[i+1])
		if err != nil {
			return core.Value{}, err
		}
		f[i] = n
	}
	zone, _ := args[9].AsStr()
	gmtoff, _ := args[10].AsStr()
	t := tmFields{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], zone, gmtoff}
	return core.NewStr(strftime(format, t)), nil
}

// A strptime directive's pattern: alternatives tried in order, each a
// sequence of character classes ("0-9", "12", ...) or, for names, literal
// words matched without regard to case.
type ptDirective struct {
	alts  [][]string // digit patterns: each element a set of allowed bytes
	words []string   // names, longest first
}

func digitAlts(spec ...string) ptDirective {
	d := ptDirective{}
	for _, s := range spec {
		var alt []string
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case 'D':
				alt = append(alt, "0123456789")
			case '[':
				j := strings.IndexByte(s[i:], ']') + i
				alt = append(alt, expandClass(s[i+1:j]))
				i = j
			default:
				alt = append(alt, s[i:i+1])
			}
		}
		d.alts = append(d.alts, alt)
	}
	return d
}

func expandClass(c string) string {
	var sb strings.Builder
	for i := 0; i < len(c); i++ {
		if i+2 < len(c) && c[i+1] == '-' {
			for b := c[i]; b <= c[i+2]; b++ {
				sb.WriteByte(b)
			}
			i += 2
			continue
		}
		sb.WriteByte(c[i])
	}
	return sb.String()
}

// wordsLongestFirst orders names as _strptime's regular expression does:
// by length, longest first, stable.
func wordsLongestFirst(names []string) []string {
	out := make([]string, 0, len(names))
	for l := 9; l >= 1; l-- {
		for _, n := range names {
			if len(n) == l {
				out = append(out, strings.ToLower(n))
			}
		}
	}
	return out
}

var ptDirectives = map[byte]ptDirective{
	'd': digitAlts("3[01]", "[12]D", "0[1-9]", "[1-9]", " [1-9]"),
	'H': digitAlts("2[0-3]", "[01]D", "D"),
	'I': digitAlts("1[0-2]", "0[1-9]", "[1-9]"),
	'G': digitAlts("DDDD"),
	'j': digitAlts("36[0-6]", "3[0-5]D", "[12]DD", "0[1-9]D", "00[1-9]", "[1-9]D", "0[1-9]", "[1-9]"),
	'm': digitAlts("1[0-2]", "0[1-9]", "[1-9]"),
	'M': digitAlts("[0-5]D", "D"),
	'S': digitAlts("6[01]", "[0-5]D", "D"),
	'U': digitAlts("5[0-3]", "[0-4]D", "D"),
	'W': digitAlts("5[0-3]", "[0-4]D", "D"),
	'w': digitAlts("[0-6]"),
	'u': digitAlts("[1-7]"),
	'V': digitAlts("5[0-3]", "0[1-9]", "[1-4]D", "D"),
	'y': digitAlts("DD"),
	'Y': digitAlts("DDDD"),
	'f': digitAlts("DDDDDD", "DDDDD", "DDDD", "DDD", "DD", "D"),
	'A': {words: wordsLongestFirst(weekdayNames)},
	'a': {words: wordsLongestFirst(abbrevs(weekdayNames))},
	'B': {words: wordsLongestFirst(monthNames)},
	'b': {words: wordsLongestFirst(abbrevs(monthNames))},
	'p': {words: []string{"am", "pm"}},
	'Z': {words: []string{"utc", "gmt"}},
}

func abbrevs(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[:3]
	}
	return out
}

// ptElem is one element of a compiled strptime format: a literal rune, a
// run of whitespace (\s+), or a directive.
type ptElem struct {
	kind byte // 'l' literal, 's' whitespace, or the directive letter after "%"
	r    rune
}

// compileStrptime turns a format into elements, expanding %c, %x and %X as
// the C locale does, with _strptime's errors for a bad directive.
func compileStrptime(format string) ([]ptElem, *core.Exception) {
	var out []ptElem
	for i := 0; i < len(format); {
		r, size := utf8.DecodeRuneInString(format[i:])
		switch {
		case unicode.IsSpace(r):
			for i < len(format) {
				r, size := utf8.DecodeRuneInString(format[i:])
				if !unicode.IsSpace(r) {
					break
				}
				i += size
			}
			out = append(out, ptElem{kind: 's'})
			continue
		case r == '%':
			if i+1 == len(format) {
				return nil, core.Errorf(core.ValueError, "stray %% in format '%s'", format)
			}
			d, dsize := utf8.DecodeRuneInString(format[i+1:])
			i += 1 + dsize
			var sub string
			switch d {
			case 'c':
				sub = "%a %b %d %H:%M:%S %Y"
			case 'x':
				sub = "%m/%d/%y"
			case 'X':
				sub = "%H:%M:%S"
			case '%':
				out = append(out, ptElem{kind: 'l', r: '%'})
				continue
			}
			if sub != "" {
				elems, _ := compileStrptime(sub)
				out = append(out, elems...)
				continue
			}
			if _, ok := ptDirectives[byte(d)]; d != 'z' && (!ok || d >= utf8.RuneSelf) {
				bad := string(d)
				if unicode.IsSpace(d) || strings.ContainsRune(`\.^$*+?(){}[]|`, d) {
					bad = "%" // _strptime escaped it before reading the directive
				}
				return nil, core.Errorf(core.ValueError, "'%s' is a bad directive in format '%s'", bad, format)
			}
			out = append(out, ptElem{kind: byte(d)})
			continue
		}
		out = append(out, ptElem{kind: 'l', r: r})
		i += size
	}
	return out, nil
}

// ptMatch is the backtracking matcher's state: the text of each directive
// matched so far, in the order of the format.
type ptMatch struct {
	s      string
	elems  []ptElem
	groups []string
	steps  int
}

// match tries to match elems[k:] at s[pos:], returning the end of the
// first match in the regular expression's order of preference.
func (m *ptMatch) match(k, pos int) (int, bool) {
	m.steps++
	if m.steps > 1_000_000 {
		return 0, false
	}
	if k == len(m.elems) {
		return pos, true
	}
	e := m.elems[k]
	try := func(n int) (int, bool) {
		m.groups[k] = m.s[pos : pos+n]
		return m.match(k+1, pos+n)
	}
	switch e.kind {
	case 'l':
		r, size := utf8.DecodeRuneInString(m.s[pos:])
		if pos < len(m.s) && (r == e.r || unicode.SimpleFold(r) == e.r || foldEq(r, e.r)) {
			return m.match(k+1, pos+size)
		}
		return 0, false
	case 's':
		var ends []int
		for p := pos; p < len(m.s); {
			r, size := utf8.DecodeRuneInString(m.s[p:])
			if !unicode.IsSpace(r) {
				break
			}
			p += size
			ends = append(ends, p)
		}
		for j := len(ends) - 1; j >= 0; j-- {
			if end, ok := m.match(k+1, ends[j]); ok {
				return end, true
			}
		}
		return 0, false
	case 'z':
		for _, n := range zoneLengths(m.s[pos:]) {
			if end, ok := try(n); ok {
				return end, true
			}
		}
		return 0, false
	}
	d := ptDirectives[e.kind]
	rest := m.s[pos:]
	for _, w := range d.words {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			if end, ok := try(len(w)); ok {
				return end, true
			}
		}
	}
alts:
	for _, alt := range d.alts {
		if len(rest) < len(alt) {
			continue
		}
		for j, set := range alt {
			if strings.IndexByte(set, rest[j]) < 0 {
				continue alts
			}
		}
		if end, ok := try(len(alt)); ok {
			return end, true
		}
	}
	return 0, false
}

func foldEq(a, b rune) bool { return unicode.ToLower(a) == unicode.ToLower(b) }

// zoneLengths lists the lengths %z can match at the start of s, in the
// order of preference of [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z.
func zoneLengths(s string) []int {
	if strings.HasPrefix(s, "Z") {
		return []int{1}
	}
	digit := func(i int, set string) bool { return i < len(s) && strings.IndexByte(set, s[i]) >= 0 }
	if !digit(0, "+-") || !digit(1, "0123456789") || !digit(2, "0123456789") {
		return nil
	}
	i := 3
	if digit(i, ":") {
		i++
	}
	if !digit(i, "012345") || !digit(i+1, "0123456789") {
		return nil
	}
	i += 2
	var out []int
	j := i
	if digit(j, ":") {
		j++
	}
	if digit(j, "012345") && digit(j+1, "0123456789") {
		j += 2
		if digit(j, ".") {
			n := 0
			for n < 6 && digit(j+1+n, "0123456789") {
				n++
			}
			for ; n >= 1; n-- {
				out = append(out, j+1+n)
			}
		}
		out = append(out, j)
	}
	return append(out, i)
}

// timeStrptime is time._strptime(string, format): _strptime's result as
// (year, month, day, hour, minute, second, weekday, julian, tz, tzname,
// gmtoff, fraction, gmtoff_fraction), with tzname and gmtoff None when the
// format has no %Z or %z.
func timeStrptime(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_strptime", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	for i, a := range args {
		if _, ok := a.AsStr(); !ok {
			return core.Value{}, core.Errorf(core.TypeError, "strptime() argument %d must be str, not <class '%s'>", i, a.Type().FullName())
		}
	}
	s, _ := args[0].AsStr()
	format, _ := args[1].AsStr()
	elems, err := compileStrptime(format)
	if err != nil {
		return core.Value{}, err
	}
	m := &ptMatch{s: s, elems: elems, groups: make([]string, len(elems))}
	end, ok := m.match(0, 0)
	if !ok {
		return core.Value{}, core.Errorf(core.ValueError, "time data %s does not match format %s", core.StrRepr(s), core.StrRepr(format))
	}
	if end != len(s) {
		return core.Value{}, core.Errorf(core.ValueError, "unconverted data remains: %s", s[end:])
	}
	return strptimeFields(m)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
		}
	}
	return n
}

func indexFold(names []string, s string, n int) int {
	for i, name := range names {
		if strings.EqualFold(name[:min(n, len(name))], s) {
			return i
		}
	}
	return 0
}

// strptimeFields turns the matched directives into _strptime's fields.
func strptimeFields(m *ptMatch) (core.Value, *core.Exception) {
	year, isoYear, isoWeek, weekOfYear, weekday, julian := -1, -1, -1, -1, -1, -1
	month, day := 1, 1
	hour, minute, second, fraction := 0, 0, 0, 0
	tz := -1
	weekStartsMon := false
	gmtoff, gmtoffFraction := core.None, 0
	tzname := core.None
	ampm := ""
	for k, e := range m.elems {
		if e.kind == 'p' {
			ampm = strings.ToLower(m.groups[k])
		}
	}
	for k, e := range m.elems {
		g := m.groups[k]
		switch e.kind {
		case 'y':
			year = atoi(g)
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case 'Y':
			year = atoi(g)
		case 'G':
			isoYear = atoi(g)
		case 'm':
			month = atoi(g)
		case 'B':
			month = indexFold(monthNames, g, 99) + 1
		case 'b':
			month = indexFold(monthNames, g, 3) + 1
		case 'd':
			day = atoi(g)
		case 'H':
			hour = atoi(g)
		case 'I':
			hour = atoi(g)
			if ampm == "pm" {
				if hour != 12 {
					hour += 12
				}
			} else if hour == 12 {
				hour = 0
			}
		case 'M':
			minute = atoi(g)
		case 'S':
			second = atoi(g)
		case 'f':
			fraction = atoi((g + "00000")[:6])
		case 'A':
			weekday = indexFold(weekdayNames, g, 99)
		case 'a':
			weekday = indexFold(weekdayNames, g, 3)
		case 'w':
			weekday = (atoi(g) + 6) % 7
		case 'u':
			weekday = atoi(g) - 1
		case 'j':
			julian = atoi(g)
		case 'U', 'W':
			weekOfYear = atoi(g)
			weekStartsMon = e.kind == 'W'
		case 'V':
			isoWeek = atoi(g)
		case 'z':
			if g == "Z" {
				gmtoff = core.Int(0)
				break
			}
			z := g
			if z[3] == ':' {
				z = z[:3] + z[4:]
				if len(z) > 5 {
					if z[5] != ':' {
						return core.Value{}, core.Errorf(core.ValueError, "Inconsistent use of : in %s", g)
					}
					z = z[:5] + z[6:]
				}
			}
			secs := atoi(z[1:3])*3600 + atoi(z[3:5])*60
			if len(z) >= 7 {
				if z[5] == ':' { // "+0130:15": _strptime reads int(':1') and fails
					return core.Value{}, core.Errorf(core.ValueError, "invalid literal for int() with base 10: %s", core.StrRepr(z[5:7]))
				}
				secs += atoi(z[5:7])
			}
			frac := 0
			if len(z) > 8 {
				frac = atoi((z[8:] + "00000")[:6])
			}
			if z[0] == '-' {
				secs, frac = -secs, -frac
			}
			gmtoff, gmtoffFraction = core.Int(int64(secs)), frac
		case 'Z':
			tzname = core.NewStr(g)
			tz = 0
		}
	}
	if year < 0 && isoYear >= 0 {
		if isoWeek < 0 || weekday < 0 {
			return core.Value{}, core.Errorf(core.ValueError, "ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		if julian >= 0 {
			return core.Value{}, core.Errorf(core.ValueError, "Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		}
	} else if weekOfYear < 0 && isoWeek >= 0 {
		if weekday < 0 {
			return core.Value{}, core.Errorf(core.ValueError, "ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return core.Value{}, core.Errorf(core.ValueError, "ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	leapYearFix := false
	if year < 0 && month == 2 && day == 29 {
		year, leapYearFix = 1904, true
	} else if year < 0 {
		year = 1900
	}
	if julian < 0 && weekday >= 0 {
		if weekOfYear >= 0 {
			if err := checkDate(year, 1, 1); err != nil {
				return core.Value{}, err
			}
			first := (toOrdinal(year, 1, 1) + 6) % 7
			dow := weekday
			if !weekStartsMon {
				first = (first + 1) % 7
				dow = (dow + 1) % 7
			}
			if weekOfYear == 0 {
				julian = 1 + dow - first
			} else {
				julian = 1 + (7-first)%7 + 7*(weekOfYear-1) + dow
			}
		} else if isoYear >= 0 && isoWeek >= 0 {
			if err := checkDate(isoYear, 1, 4); err != nil {
				return core.Value{}, err
			}
			correction := (toOrdinal(isoYear, 1, 4)+6)%7 + 1 + 3
			ord := isoWeek*7 + weekday + 1 - correction
			if ord < 1 {
				ord += toOrdinal(isoYear, 1, 1)
				isoYear--
				if err := checkDate(isoYear, 1, 1); err != nil {
					return core.Value{}, err
				}
				ord -= toOrdinal(isoYear, 1, 1)
			}
			year, julian = isoYear, ord
		}
		if julian != -1 && julian <= 0 {
			year--
			julian += daysInYear(year)
		}
	}
	if julian < 0 {
		if err := checkDate(year, month, day); err != nil {
			return core.Value{}, err
		}
		julian = toOrdinal(year, month, day) - toOrdinal(year, 1, 1) + 1
	} else {
		if err := checkDate(year, 1, 1); err != nil {
			return core.Value{}, err
		}
		ord := julian - 1 + toOrdinal(year, 1, 1)
		if ord < 1 {
			return core.Value{}, core.Errorf(core.ValueError, "ordinal must be >= 1")
		}
		if ord > toOrdinal(9999, 12, 31) {
			return core.Value{}, core.Errorf(core.ValueError, "year 10000 is out of range")
		}
		year, month, day = fromOrdinal(ord)
	}
	if weekday < 0 {
		weekday = (toOrdinal(year, month, day) + 6) % 7
	}
	if leapYearFix {
		year = 1900
	}
	ints := []int{year, month, day, hour, minute, second, weekday, julian, tz}
	out := make([]core.Value, 0, 13)
	for _, n := range ints {
		out = append(out, core.Int(int64(n)))
	}
	out = append(out, tzname, gmtoff, core.Int(int64(fraction)), core.Int(int64(gmtoffFraction)))
	return core.NewTuple(out), nil
}
