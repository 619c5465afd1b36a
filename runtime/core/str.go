// This file is owned by TYPES (str methods, formatting); MODEL created only
// the struct and constructor that the rest of core needs.

package core

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Str is a Python str. S holds UTF-8 text.
type Str struct {
	S string
}

// NewStr returns a str value.
func NewStr(s string) Value { return Value{t: StrType, o: &Str{S: s}} }

// StrLen returns the length of s in code points.
func StrLen(s *Str) int { return utf8.RuneCountInString(s.S) }

// StrRepr returns Python's repr of a str: single quotes unless the text
// contains ' and no ", escapes for control and non-printable characters.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20 || r == 0x7f:
			b = append(b, '\\', 'x', hex[r>>4], hex[r&15])
		case r < 0x7f:
			b = append(b, byte(r))
		case unicode.IsPrint(r):
			b = utf8.AppendRune(b, r)
		case r <= 0xff:
			b = append(b, '\\', 'x', hex[r>>4], hex[r&15])
		case r <= 0xffff:
			b = append(b, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
		default:
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hex[r>>uint(sh)&15])
			}
		}
	}
	return string(append(b, quote))
}
