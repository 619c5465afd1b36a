package regex

import (
	"sort"
	"sync"
	"unicode"
)

// Character tests and case folding as _sre has them: simple (one to one)
// lower and upper case mappings, _casefix's extra equivalences for str
// patterns, and CPython's str.isspace / isalnum for the Unicode classes.

type foldMode uint8

const (
	foldNone    foldMode = iota
	foldASCII            // sre_lower_ascii: bytes patterns and re.ASCII
	foldUnicode          // sre_lower_unicode
)

func asciiLower(c rune) rune {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	return c
}

func (m foldMode) lower(c rune) rune {
	switch m {
	case foldASCII:
		return asciiLower(c)
	case foldUnicode:
		if c < 128 {
			return asciiLower(c)
		}
		return unicode.ToLower(c)
	}
	return c
}

func (m foldMode) isCased(c rune) bool {
	if m == foldASCII {
		return c < 128 && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
	}
	return unicode.ToLower(c) != c || unicode.ToUpper(c) != c || hasSpecialUpper(c)
}

// hasSpecialUpper reports the characters whose uppercase is more than one
// character (ß, ŉ, ǰ, ﬁ, ...): they have no simple uppercase in Go's
// tables, but CPython's case records give them the first character of the
// full mapping, so sre counts them as cased.
func hasSpecialUpper(c rune) bool {
	switch {
	case c == 0xdf, c == 0x149, c == 0x1f0, c == 0x390, c == 0x3b0, c == 0x587,
		0x1e96 <= c && c <= 0x1e9a, c == 0x1f50, c == 0x1f52, c == 0x1f54, c == 0x1f56,
		0x1f80 <= c && c <= 0x1faf, 0x1fb2 <= c && c <= 0x1fb4, c == 0x1fb6, c == 0x1fb7, c == 0x1fbc,
		0x1fc2 <= c && c <= 0x1fc4, c == 0x1fc6, c == 0x1fc7, c == 0x1fcc, c == 0x1fd2, c == 0x1fd3,
		c == 0x1fd6, c == 0x1fd7, 0x1fe2 <= c && c <= 0x1fe4, c == 0x1fe6, c == 0x1fe7,
		0x1ff2 <= c && c <= 0x1ff4, c == 0x1ff6, c == 0x1ff7, c == 0x1ffc,
		0xfb00 <= c && c <= 0xfb06, 0xfb13 <= c && c <= 0xfb17:
		return true
	}
	return false
}

// caseFixes is _casefix._EXTRA_CASES: for a lowercase character, the other
// lowercase characters with the same uppercase (i and ı, s and ſ, ...),
// computed from the Unicode tables on first use.
var caseFixes = sync.OnceValue(func() map[rune][]rune {
	byUpper := map[rune][]rune{}
	for c := rune(0); c < 0x20000; c++ {
		if unicode.ToLower(c) != c {
			continue
		}
		u := unicode.ToUpper(c)
		if u == c {
			continue
		}
		byUpper[u] = append(byUpper[u], c)
	}
	// Pairs whose uppercase is the same multi-character string (ΐ and ΐ,
	// ﬅ and ﬆ): Go's tables have no simple uppercase for them.
	for _, p := range [][2]rune{{0x390, 0x1fd3}, {0x3b0, 0x1fe3}, {0xfb05, 0xfb06}} {
		byUpper[-p[0]] = []rune{p[0], p[1]}
	}
	fixes := map[rune][]rune{}
	for _, group := range byUpper {
		if len(group) < 2 {
			continue
		}
		for _, c := range group {
			for _, o := range group {
				if o != c {
					fixes[c] = append(fixes[c], o)
				}
			}
		}
	}
	return fixes
})

func isWordASCII(c rune) bool {
	return c < 128 && (c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
}

func isWordUnicode(c rune) bool {
	if c < 128 {
		return isWordASCII(c)
	}
	return unicode.IsLetter(c) || unicode.IsNumber(c)
}

func isSpaceASCII(c rune) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

func isSpaceUnicode(c rune) bool {
	if c < 128 {
		return isSpaceASCII(c) || 0x1c <= c && c <= 0x1f
	}
	return unicode.IsSpace(c)
}

func isDigitUnicode(c rune) bool {
	if c < 128 {
		return '0' <= c && c <= '9'
	}
	return unicode.IsDigit(c)
}

func (cat category) matches(c rune, uni bool) bool {
	var r bool
	switch cat &^ 1 {
	case catDigit:
		if uni {
			r = isDigitUnicode(c)
		} else {
			r = '0' <= c && c <= '9'
		}
	case catSpace:
		if uni {
			r = isSpaceUnicode(c)
		} else {
			r = isSpaceASCII(c)
		}
	case catWord:
		if uni {
			r = isWordUnicode(c)
		} else {
			r = isWordASCII(c)
		}
	}
	return r != (cat&1 == 1)
}

// charClass is a compiled [...] (or \d, \w, ... on their own).
type charClass struct {
	negate  bool
	fold    foldMode // the subject character is lowered before the test
	uni     bool     // categories are Unicode's
	latin1  [4]uint64
	ranges  []rune // sorted, disjoint lo, hi pairs (above 255 too)
	cats    []category
	tailLit []rune // non-BMP literals compared with the lowered character
	tailRng []rune // non-BMP ranges: lowered character or its uppercase
}

func (cc *charClass) matches(c rune) bool {
	c = cc.fold.lower(c)
	return cc.contains(c) != cc.negate
}

func (cc *charClass) contains(c rune) bool {
	if c < 256 {
		// The Latin-1 map holds the categories' members too.
		return cc.latin1[c>>6]&(1<<(c&63)) != 0
	}
	if len(cc.ranges) > 0 {
		i := sort.Search(len(cc.ranges)/2, func(i int) bool { return cc.ranges[2*i+1] >= c })
		if i < len(cc.ranges)/2 && cc.ranges[2*i] <= c {
			return true
		}
	}
	for _, cat := range cc.cats {
		if cat.matches(c, cc.uni) {
			return true
		}
	}
	for _, l := range cc.tailLit {
		if l == c {
			return true
		}
	}
	for i := 0; i < len(cc.tailRng); i += 2 {
		lo, hi := cc.tailRng[i], cc.tailRng[i+1]
		if lo <= c && c <= hi {
			return true
		}
		if u := unicode.ToUpper(c); lo <= u && u <= hi {
			return true
		}
	}
	return false
}

// rangeSet collects characters and ranges, then yields sorted pairs.
type rangeSet struct{ pairs [][2]rune }

func (s *rangeSet) add(lo, hi rune) { s.pairs = append(s.pairs, [2]rune{lo, hi}) }

func (s *rangeSet) merged() []rune {
	sort.Slice(s.pairs, func(i, j int) bool { return s.pairs[i][0] < s.pairs[j][0] })
	var out []rune
	for _, p := range s.pairs {
		n := len(out)
		if n > 0 && p[0] <= out[n-1]+1 {
			if p[1] > out[n-1] {
				out[n-1] = p[1]
			}
			continue
		}
		out = append(out, p[0], p[1])
	}
	return out
}

// newClass is _compiler._optimize_charset followed by the choice of IN,
// IN_IGNORE or IN_UNI_IGNORE: under IGNORECASE the members are lowered
// (with _casefix's extras) and so is the subject character, unless no
// member is cased.
func newClass(items []setItem, fold foldMode, uni bool) *charClass {
	cc := &charClass{uni: uni}
	hasCased := false
	if fold != foldNone {
		for _, it := range items {
			switch it.kind {
			case setLiteral:
				if fold.isCased(it.lo) {
					hasCased = true
				}
			case setRange:
				if it.hi >= 0x10000 {
					hasCased = true
				}
				for c := it.lo; c <= it.hi && c < 0x10000 && !hasCased; c++ {
					hasCased = fold.isCased(c)
				}
			}
		}
	}
	if !hasCased {
		fold = foldNone
	}
	cc.fold = fold
	var fixes map[rune][]rune
	if fold == foldUnicode {
		fixes = caseFixes()
	}
	var rs rangeSet
	// Lowered members go to a map of the BMP (as _optimize_charset's
	// charmap), turned into ranges at the end.
	var bmp []uint64
	addMapped := func(c rune) {
		if bmp == nil {
			bmp = make([]uint64, 0x10000/64)
		}
		l := fold.lower(c)
		bmp[l>>6] |= 1 << (l & 63)
		for _, k := range fixes[l] {
			bmp[k>>6] |= 1 << (k & 63)
		}
	}
	for _, it := range items {
		switch it.kind {
		case setNegate:
			cc.negate = true
		case setCategory:
			cc.cats = append(cc.cats, it.cat)
		case setLiteral:
			if fold == foldNone {
				rs.add(it.lo, it.lo)
			} else if it.lo >= 0x10000 {
				cc.tailLit = append(cc.tailLit, it.lo)
			} else {
				addMapped(it.lo)
			}
		case setRange:
			if fold == foldNone {
				rs.add(it.lo, it.hi)
				continue
			}
			for c := it.lo; c <= it.hi && c < 0x10000; c++ {
				addMapped(c)
			}
			if it.hi >= 0x10000 {
				cc.tailRng = append(cc.tailRng, it.lo, it.hi)
			}
		}
	}
	for lo := rune(0); lo < rune(len(bmp)*64); lo++ {
		if bmp[lo>>6] == 0 {
			lo |= 63
			continue
		}
		if bmp[lo>>6]&(1<<(lo&63)) == 0 {
			continue
		}
		hi := lo
		for hi+1 < rune(len(bmp)*64) && bmp[(hi+1)>>6]&(1<<((hi+1)&63)) != 0 {
			hi++
		}
		rs.add(lo, hi)
		lo = hi
	}
	pairs := rs.merged()
	for i := 0; i < len(pairs); i += 2 {
		lo, hi := pairs[i], pairs[i+1]
		for c := lo; c <= hi && c < 256; c++ {
			cc.latin1[c>>6] |= 1 << (c & 63)
		}
		if hi >= 256 {
			cc.ranges = append(cc.ranges, max(lo, 256), hi)
		}
	}
	for c := rune(0); c < 256; c++ {
		for _, cat := range cc.cats {
			if cat.matches(c, uni) {
				cc.latin1[c>>6] |= 1 << (c & 63)
			}
		}
	}
	return cc
}
