package compile

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// `from __future__ import ...`: checked as CPython's compiler does, and
// `annotations` (PEP 563) makes annotations strings, the text
// ast.unparse gives them.

// futureFeatures reports whether the module postpones annotations, or the
// SyntaxError of a misplaced or unknown future import.
func futureFeatures(mod *syntax.Module, filename string, lines []string) (bool, *syntax.Error) {
	annotations := false
	leading := true
	for i, s := range mod.Body {
		if i == 0 {
			if _, ok := docstring(mod.Body); ok {
				continue
			}
		}
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			leading = false
			continue
		}
		p, e := imp.Span()
		if !leading {
			return false, newError(filename, lines, p, e, "from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "annotations":
				annotations = true
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop":
			case "braces":
				return false, futureError(filename, lines, p, "not a chance")
			default:
				return false, futureError(filename, lines, p, "future feature "+a.Name+" is not defined")
			}
		}
	}
	return annotations, nil
}

// futureError is CPython's error for a bad feature: at the statement's
// start, with no end column.
func futureError(filename string, lines []string, p syntax.Pos, msg string) *syntax.Error {
	err := newError(filename, lines, p, p, msg)
	err.EndCol = 0
	return err
}

// annotation compiles an annotation: its value, or its text when
// annotations are postponed.
func (c *compiler) annotation(e syntax.Expr) {
	if c.futureAnnotations {
		c.loadStr(c.unparse(e))
		return
	}
	c.expr(e)
}

// unparse is ast.unparse for the expressions annotations are made of;
// others keep their source text.
func (c *compiler) unparse(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Name:
		return e.Id
	case *syntax.Constant:
		return constText(e)
	case *syntax.Attribute:
		return c.unparse(e.Value) + "." + e.Attr
	case *syntax.Subscript:
		if t, ok := e.Slice.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			return c.unparse(e.Value) + "[" + c.unparseList(t.Elts) + "]"
		}
		return c.unparse(e.Value) + "[" + c.unparse(e.Slice) + "]"
	case *syntax.Slice:
		s := ""
		if e.Lower != nil {
			s = c.unparse(e.Lower)
		}
		s += ":"
		if e.Upper != nil {
			s += c.unparse(e.Upper)
		}
		if e.Step != nil {
			s += ":" + c.unparse(e.Step)
		}
		return s
	case *syntax.Tuple:
		if len(e.Elts) == 1 {
			return "(" + c.unparse(e.Elts[0]) + ",)"
		}
		return "(" + c.unparseList(e.Elts) + ")"
	case *syntax.List:
		return "[" + c.unparseList(e.Elts) + "]"
	case *syntax.BinOp:
		if e.Op == syntax.PIPE {
			return c.unparse(e.Left) + " | " + c.unparse(e.Right)
		}
	case *syntax.UnaryOp:
		if k, ok := e.X.(*syntax.Constant); ok && e.Op == syntax.MINUS {
			return "-" + constText(k)
		}
	case *syntax.Call:
		args := []string{}
		for _, a := range e.Args {
			args = append(args, c.unparse(a))
		}
		for _, k := range e.Keywords {
			if k.Arg == "" {
				args = append(args, "**"+c.unparse(k.Value))
			} else {
				args = append(args, k.Arg+"="+c.unparse(k.Value))
			}
		}
		return c.unparse(e.Func) + "(" + strings.Join(args, ", ") + ")"
	case *syntax.Starred:
		return "*" + c.unparse(e.Value)
	}
	return c.sourceText(e)
}

func (c *compiler) unparseList(elts []syntax.Expr) string {
	parts := make([]string, len(elts))
	for i, x := range elts {
		parts[i] = c.unparse(x)
	}
	return strings.Join(parts, ", ")
}

// sourceText is the source of a node (on one or more lines).
func (c *compiler) sourceText(n syntax.Node) string {
	p, e := n.Span()
	if p.Line < 1 || int(e.Line) > len(c.lines) {
		return ""
	}
	if p.Line == e.Line {
		l := c.lines[p.Line-1]
		return l[min(int(p.Col), len(l)):min(int(e.Col), len(l))]
	}
	var b strings.Builder
	b.WriteString(c.lines[p.Line-1][p.Col:])
	for l := p.Line + 1; l < e.Line; l++ {
		b.WriteString("\n" + c.lines[l-1])
	}
	b.WriteString("\n" + c.lines[e.Line-1][:e.Col])
	return b.String()
}

// constText is a constant as repr() writes it.
func constText(k *syntax.Constant) string {
	switch k.Kind {
	case syntax.ConstNone:
		return "None"
	case syntax.ConstTrue:
		return "True"
	case syntax.ConstFalse:
		return "False"
	case syntax.ConstEllipsis:
		return "..."
	case syntax.ConstInt:
		if k.IntText != "" {
			return k.IntText
		}
		return strconv.FormatInt(k.Int, 10)
	case syntax.ConstFloat:
		s := strconv.FormatFloat(k.Float, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEn") {
			s += ".0"
		}
		return s
	case syntax.ConstImag:
		return strconv.FormatFloat(k.Float, 'g', -1, 64) + "j"
	case syntax.ConstBytes:
		return "b" + quoteRepr(k.Str, true)
	}
	return quoteRepr(k.Str, false)
}

// quoteRepr quotes s as Python's repr: single quotes unless s has a
// single quote and no double quote.
func quoteRepr(s string, isBytes bool) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = '"'
	}
	rs := []rune(s)
	if isBytes {
		rs = make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			rs[i] = rune(s[i])
		}
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range rs {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString("\\n")
		case r == '\t':
			b.WriteString("\\t")
		case r == '\r':
			b.WriteString("\\r")
		case r < 0x20 || r == 0x7f || (isBytes && r >= 0x80):
			b.WriteString("\\x" + strconv.FormatInt(int64(r)+0x100, 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
