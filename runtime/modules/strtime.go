package modules

import (
	"strings"
	"sync"
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
	hour12 := t.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
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
		// Numeric directives set n and its width (and padding, when it is
		// not '0'); the others write their text.
		n, width, padc := 0, 0, byte('0')
		switch format[i] {
		case 'Y':
			n, width = t.year, 1
		case 'y':
			n, width = ((t.year%100)+100)%100, 2
		case 'C':
			n, width = t.year/100, 1 // glibc: "0" for year 5
		case 'G', 'g', 'V':
			y, w := isoWeek(t.year, t.yday, t.wday)
			n, width = y, 1
			if format[i] == 'g' {
				n, width = ((y%100)+100)%100, 2
			} else if format[i] == 'V' {
				n, width = w, 2
			}
		case 'm':
			n, width = t.mon, 2
		case 'd':
			n, width = t.mday, 2
		case 'e':
			n, width, padc = t.mday, 2, ' '
		case 'H':
			n, width = t.hour, 2
		case 'k':
			n, width, padc = t.hour, 2, ' '
		case 'I':
			n, width = hour12, 2
		case 'l':
			n, width, padc = hour12, 2, ' '
		case 'M':
			n, width = t.min, 2
		case 'S':
			n, width = t.sec, 2
		case 'j':
			n, width = t.yday, 3
		case 'u':
			n, width = t.wday+1, 1
		case 'w':
			n, width = (t.wday+1)%7, 1
		case 'U':
			n, width = (t.yday-1+7-(t.wday+1)%7)/7, 2
		case 'W':
			n, width = (t.yday-1+7-t.wday)/7, 2
		case 's':
			days := daysBeforeYear(t.year) + t.yday - 1 - daysBeforeYear(1970)
			n, width = ((days*24+t.hour)*60+t.min)*60+t.sec, 1
		case 'p', 'P':
			ampm := "AM"
			if t.hour >= 12 {
				ampm = "PM"
			}
			if format[i] == 'P' {
				ampm = strings.ToLower(ampm)
			}
			sb.WriteString(ampm)
		case 'A', 'a':
			name := weekdayNames[t.wday]
			if format[i] == 'a' {
				name = name[:3]
			}
			sb.WriteString(name)
		case 'B', 'b', 'h':
			name := monthNames[t.mon-1]
			if format[i] != 'B' {
				name = name[:3]
			}
			sb.WriteString(name)
		case 'Z':
			sb.WriteString(t.zone)
		case 'z':
			sb.WriteString(t.gmtoff)
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case '%':
			sb.WriteByte('%')
		default:
			if sub := strftimeComposite(format[i]); sub != "" {
				sb.WriteString(strftime(sub, t))
			} else {
				sb.WriteString(format[start : i+1])
			}
		}
		if width == 0 {
			continue
		}
		switch flag {
		case '-':
			width = 1
		case '_', '0':
			padc = flag
			if flag == '_' {
				padc = ' '
			}
		}
		sb.WriteString(pad(n, width, padc))
	}
	return sb.String()
}

// strftimeComposite is what the directives made of others stand for.
func strftimeComposite(d byte) string {
	switch d {
	case 'F':
		return "%Y-%m-%d"
	case 'T', 'X':
		return "%H:%M:%S"
	case 'R':
		return "%H:%M"
	case 'r':
		return "%I:%M:%S %p"
	case 'D', 'x':
		return "%m/%d/%y"
	case 'c':
		return "%a %b %e %H:%M:%S %Y"
	}
	return ""
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

// A strptime directive's pattern as the matcher uses it: alternatives
// tried in order, each a sequence of byte sets ("0123456789", "12", ...),
// or names matched without regard to case, longest first.
type ptDirective struct {
	alts  [][]string
	words []string
}

var (
	ptOnce  sync.Once
	ptTable [128]*ptDirective
)

// ptDirectiveFor returns directive d's pattern, built on first use from
// _strptime's regular expressions (ptPattern); nil if d is not one.
func ptDirectiveFor(d rune) *ptDirective {
	ptOnce.Do(func() {
		for c := byte(' '); c < 128; c++ {
			if c == 'f' || c == 'z' {
				continue // matched by their own code
			}
			if words := ptWords(c); words != nil {
				ptTable[c] = &ptDirective{words: words}
			} else if pat := ptPattern(c); pat != "" {
				ptTable[c] = &ptDirective{alts: parseAlts(pat)}
			}
		}
	})
	if d < 0 || d >= 128 {
		return nil
	}
	return ptTable[d]
}

// parseAlts reads the alternation of digit patterns _strptime uses:
// literal bytes, \d and [...] classes with ranges.
func parseAlts(pat string) [][]string {
	var alts [][]string
	for _, a := range strings.Split(pat, "|") {
		var alt []string
		for i := 0; i < len(a); i++ {
			switch a[i] {
			case '\\':
				alt = append(alt, "0123456789")
				i++
			case '[':
				j := strings.IndexByte(a[i:], ']') + i
				alt = append(alt, expandClass(a[i+1:j]))
				i = j
			default:
				alt = append(alt, a[i:i+1])
			}
		}
		alts = append(alts, alt)
	}
	return alts
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

// ptWords is the list of names a name directive matches, in the order of
// _strptime's alternation (by length, longest first, stable); nil if d
// is not a name directive.
func ptWords(d byte) []string {
	var names []string
	n := 99
	switch d {
	case 'A', 'a':
		names = weekdayNames
	case 'B', 'b':
		names = monthNames
	case 'p':
		return []string{"am", "pm"}
	case 'Z':
		return []string{"utc", "gmt"}
	default:
		return nil
	}
	if d == 'a' || d == 'b' {
		n = 3
	}
	out := make([]string, 0, len(names))
	for l := 9; l >= 1; l-- {
		for _, name := range names {
			if name = name[:min(n, len(name))]; len(name) == l {
				out = append(out, strings.ToLower(name))
			}
		}
	}
	return out
}

// ptPattern is the regular expression _strptime uses for directive d
// (inside its named group), "" if d is not a directive.
func ptPattern(d byte) string {
	switch d {
	case 'd':
		return `3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]`
	case 'f':
		return `[0-9]{1,6}`
	case 'H':
		return `2[0-3]|[0-1]\d|\d`
	case 'I', 'm':
		return `1[0-2]|0[1-9]|[1-9]`
	case 'G', 'Y':
		return `\d\d\d\d`
	case 'j':
		return `36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]`
	case 'M':
		return `[0-5]\d|\d`
	case 'S':
		return `6[0-1]|[0-5]\d|\d`
	case 'U', 'W':
		return `5[0-3]|[0-4]\d|\d`
	case 'w':
		return `[0-6]`
	case 'u':
		return `[1-7]`
	case 'V':
		return `5[0-3]|0[1-9]|[1-4]\d|\d`
	case 'y':
		return `\d\d`
	case 'z':
		return `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)`
	}
	return strings.Join(ptWords(d), "|")
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
			if d != 'z' && d != 'f' && ptDirectiveFor(d) == nil {
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
	case 'f':
		n := 0
		for n < 6 && pos+n < len(m.s) && m.s[pos+n] >= '0' && m.s[pos+n] <= '9' {
			n++
		}
		for ; n >= 1; n-- {
			if end, ok := try(n); ok {
				return end, true
			}
		}
		return 0, false
	}
	d := ptDirectiveFor(rune(e.kind))
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

// timeStrptime is time._strptime_match(string, format): the directives
// matched and their text, as a flat tuple (directive, text, directive,
// text, ...) in the order of the format; py/time.py turns them into
// _strptime's fields.
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
	if pattern, msg, pos := strptimeRegex(elems); msg != "" {
		return core.Value{}, reError(th, msg, pattern, pos)
	}
	m := &ptMatch{s: s, elems: elems, groups: make([]string, len(elems))}
	end, ok := m.match(0, 0)
	if !ok {
		return core.Value{}, core.Errorf(core.ValueError, "time data %s does not match format %s", core.StrRepr(s), core.StrRepr(format))
	}
	if end != len(s) {
		return core.Value{}, core.Errorf(core.ValueError, "unconverted data remains: %s", s[end:])
	}
	out := make([]core.Value, 0, 2*len(elems))
	for k, e := range elems {
		if e.kind != 'l' && e.kind != 's' {
			out = append(out, core.NewStr(string(rune(e.kind))), core.NewStr(m.groups[k]))
		}
	}
	return core.NewTuple(out), nil
}

// reError makes re.error(msg, pattern, pos).
func reError(th *core.Thread, msg, pattern string, pos int) *core.Exception {
	re, err := th.Import("re")
	if err != nil {
		return err
	}
	cls, err := th.GetAttr(re.Value(), "error")
	if err != nil {
		return err
	}
	v, err := th.Call(cls, []core.Value{core.NewStr(msg), core.NewStr(pattern), core.Int(int64(pos))}, nil)
	if err != nil {
		return err
	}
	if e, ok := v.Obj().(*core.Exception); ok {
		return e
	}
	return core.Errorf(core.TypeError, "re.error is not an exception")
}

// strptimeRegex rebuilds the regular expression _strptime compiles for a
// format and, when a directive repeats, returns the re.error it raises:
// its message, and the position of the second group's name.
func strptimeRegex(elems []ptElem) (pattern, msg string, pos int) {
	var sb strings.Builder
	at := 0 // position in runes
	groups := 0
	first := map[byte]int{}
	write := func(s string) {
		sb.WriteString(s)
		at += utf8.RuneCountInString(s)
	}
	for _, e := range elems {
		switch e.kind {
		case 's':
			write(`\s+`)
			continue
		case 'l':
			if e.r != '%' && strings.ContainsRune(`\.^$*+?(){}[]|`, e.r) {
				write(`\`)
			}
			write(string(e.r))
			continue
		}
		groups++
		if g, ok := first[e.kind]; ok && msg == "" {
			msg = "redefinition of group name '" + string(e.kind) + "' as group " + itoa(groups) + "; was group " + itoa(g)
			pos = at + 4
		}
		if _, ok := first[e.kind]; !ok {
			first[e.kind] = groups
		}
		body := ptPattern(e.kind)
		if e.kind == 'z' {
			groups += 2
		}
		write("(?P<" + string(e.kind) + ">" + body + ")")
	}
	return sb.String(), msg, pos
}
