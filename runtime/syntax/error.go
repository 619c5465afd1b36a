package syntax

import "strconv"

// Error is a SyntaxError, IndentationError or TabError, with the fields
// CPython puts on the exception: filename, lineno, offset (1-based column),
// end_offset, msg and the source line text.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Filename string
	Line     int    // 1-based
	Col      int    // 1-based, as CPython's offset (byte based for ASCII lines)
	EndLine  int    // 0 if unknown
	EndCol   int    // 1-based exclusive end, 0 if unknown
	Msg      string // CPython's message, e.g. "invalid syntax"
	Text     string // the offending source line, without its newline
}

// Error formats the error as file:line:col: msg.
func (e *Error) Error() string {
	return e.Filename + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": " + e.Msg
}
