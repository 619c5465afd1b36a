// Package highlight turns source code into HTML with <span class="tok-…">
// tokens at build time, so that a slide's code reads highlighted before any
// script loads. It knows Python well and other C-like languages (JavaScript)
// generically; it never fails: unknown input is escaped and passed through.
package highlight

import (
	"html"
	"strings"
)

// Token classes, used as CSS class suffixes (tok-kw, tok-str, ...). The same
// names are styled for CodeMirror's editor so both views look alike.
const (
	Keyword = "kw"
	String  = "str"
	Comment = "com"
	Number  = "num"
	Builtin = "bi"
	Def     = "def" // the name after def/class/function
	Deco    = "deco"
	Op      = "op"
)

var pyKeywords = set("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case")

var pyBuiltins = set("print len range list dict set tuple str int float bool type isinstance super object enumerate zip map filter sorted reversed sum min max abs any all iter next open repr hash id input round divmod getattr setattr hasattr callable self cls Exception BaseException ValueError TypeError KeyError IndexError RuntimeError StopIteration TimeoutError ZeroDivisionError")

var jsKeywords = set("async await break case catch class const continue debugger default delete do else export extends false finally for function if import in instanceof let new null return super switch this throw true try typeof undefined var void while with yield of")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// HTML returns code highlighted for the language named lang ("python",
// "py", "javascript", "js", ...). Unknown languages use the generic C-like
// rules, which at worst colour a few words.
func HTML(lang, code string) string {
	var b strings.Builder
	switch strings.ToLower(lang) {
	case "python", "py", "python3", "pycon":
		python(&b, code)
	case "", "text", "plain", "txt", "console", "output":
		b.WriteString(html.EscapeString(code))
	default:
		clike(&b, code)
	}
	return b.String()
}

func span(b *strings.Builder, class, text string) {
	b.WriteString(`<span class="tok-`)
	b.WriteString(class)
	b.WriteString(`">`)
	b.WriteString(html.EscapeString(text))
	b.WriteString(`</span>`)
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdent(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number scans a numeric literal starting at i (digits, '.', exponent,
// underscores, hex/octal/binary letters) and returns its end.
func number(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if isIdent(c) || c == '.' {
			j++
			continue
		}
		if (c == '+' || c == '-') && j > i && (s[j-1] == 'e' || s[j-1] == 'E') && !strings.HasPrefix(s[i:], "0x") && !strings.HasPrefix(s[i:], "0X") {
			j++
			continue
		}
		break
	}
	return j
}

// quoted scans a string literal whose opening quote (q, possibly tripled)
// starts at i and returns its end; an unterminated string runs to the end
// of the line (or of the input for triple quotes).
func quoted(s string, i int, triple bool) int {
	q := s[i]
	if triple {
		end := strings.Index(s[i+3:], strings.Repeat(string(q), 3))
		if end < 0 {
			return len(s)
		}
		// Backslash-escaped quotes inside are rare enough in slides to ignore.
		return i + 3 + end + 3
	}
	j := i + 1
	for j < len(s) {
		switch s[j] {
		case '\\':
			j += 2
			continue
		case q:
			return j + 1
		case '\n':
			return j
		}
		j++
	}
	return len(s)
}

func python(b *strings.Builder, s string) {
	prevWord := ""
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '#':
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				j = len(s) - i
			}
			span(b, Comment, s[i:i+j])
			i += j
		case c == '\'' || c == '"':
			j := quoted(s, i, strings.HasPrefix(s[i:], strings.Repeat(string(c), 3)))
			span(b, String, s[i:j])
			i = j
			prevWord = ""
		case c == '@' && atLineStart(s, i):
			j := i + 1
			for j < len(s) && (isIdent(s[j]) || s[j] == '.') {
				j++
			}
			span(b, Deco, s[i:j])
			i = j
		case isDigit(c) || c == '.' && i+1 < len(s) && isDigit(s[i+1]):
			j := number(s, i)
			span(b, Number, s[i:j])
			i = j
		case isIdentStart(c):
			j := i
			for j < len(s) && isIdent(s[j]) {
				j++
			}
			w := s[i:j]
			// String prefixes: f"...", rb'...', etc.
			if j < len(s) && (s[j] == '"' || s[j] == '\'') && len(w) <= 2 && strings.Trim(strings.ToLower(w), "rbuf") == "" {
				k := quoted(s, j, strings.HasPrefix(s[j:], strings.Repeat(string(s[j]), 3)))
				span(b, String, s[i:k])
				i = k
				continue
			}
			switch {
			case prevWord == "def" || prevWord == "class":
				span(b, Def, w)
			case pyKeywords[w]:
				span(b, Keyword, w)
			case pyBuiltins[w]:
				span(b, Builtin, w)
			default:
				b.WriteString(html.EscapeString(w))
			}
			prevWord = w
			i = j
		default:
			if c != ' ' && c != '\t' {
				prevWord = ""
			}
			b.WriteString(html.EscapeString(s[i : i+1]))
			i++
		}
	}
}

func atLineStart(s string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch s[j] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// clike highlights JavaScript and similar languages: // and /* */ comments,
// '…', "…" and `…` strings, numbers and the JavaScript keywords.
func clike(b *strings.Builder, s string) {
	prevWord := ""
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case strings.HasPrefix(s[i:], "//"):
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				j = len(s) - i
			}
			span(b, Comment, s[i:i+j])
			i += j
		case strings.HasPrefix(s[i:], "/*"):
			j := strings.Index(s[i+2:], "*/")
			end := len(s)
			if j >= 0 {
				end = i + 2 + j + 2
			}
			span(b, Comment, s[i:end])
			i = end
		case c == '\'' || c == '"':
			j := quoted(s, i, false)
			span(b, String, s[i:j])
			i = j
		case c == '`':
			j := strings.IndexByte(s[i+1:], '`')
			end := len(s)
			if j >= 0 {
				end = i + 1 + j + 1
			}
			span(b, String, s[i:end])
			i = end
		case isDigit(c):
			j := number(s, i)
			span(b, Number, s[i:j])
			i = j
		case isIdentStart(c) || c == '$':
			j := i
			for j < len(s) && (isIdent(s[j]) || s[j] == '$') {
				j++
			}
			w := s[i:j]
			switch {
			case prevWord == "function" || prevWord == "class":
				span(b, Def, w)
			case jsKeywords[w]:
				span(b, Keyword, w)
			default:
				b.WriteString(html.EscapeString(w))
			}
			prevWord = w
			i = j
		default:
			if c != ' ' && c != '\t' {
				prevWord = ""
			}
			b.WriteString(html.EscapeString(s[i : i+1]))
			i++
		}
	}
}
