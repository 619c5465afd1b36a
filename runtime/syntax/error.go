package syntax

import (
	"bytes"
	"strconv"
	"strings"
)

// Error is a SyntaxError, IndentationError or TabError, with the fields
// CPython puts on the exception: filename, lineno, offset (1-based column),
// end_offset, msg and the source line text.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Filename string
	Line     int    // 1-based
	Col      int    // 1-based, as CPython's offset (see FileOffsets)
	EndLine  int    // 0 if unknown
	EndCol   int    // 1-based exclusive end, 0 if unknown
	Msg      string // CPython's message, e.g. "invalid syntax"
	Text     string // the offending source line, without its newline
}

// FileOffsets turns e's character offsets into the byte offsets CPython
// 3.11 reports for source read from a file without a coding declaration
// (compile() of a str counts characters; a file's tokenizer counts UTF-8
// bytes, which its traceback then shows as carets further right). src is
// the whole program. Offsets of 0 or less (unknown) are kept.
func FileOffsets(e *Error, src []byte) {
	if e == nil || e.Filename == stringSource {
		return
	}
	e.Col = byteOffset(sourceLine(src, e.Line), e.Col)
	if e.EndLine > 0 {
		e.EndCol = byteOffset(sourceLine(src, e.EndLine), e.EndCol)
	}
}

// byteOffset converts a 1-based character offset in line to a 1-based
// byte offset (characters past the end count one byte each).
func byteOffset(line string, col int) int {
	if col <= 1 {
		return col
	}
	n := 0
	for i := range line {
		if n == col-1 {
			return i + 1
		}
		n++
	}
	return len(line) + (col - 1 - n) + 1
}

// sourceLine returns 1-based line n of src without its line ending.
func sourceLine(src []byte, n int) string {
	for l := 1; l < n; l++ {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	return strings.TrimSuffix(string(src), "\r")
}

// Error formats the error as file:line:col: msg.
func (e *Error) Error() string {
	return e.Filename + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": " + e.Msg
}
