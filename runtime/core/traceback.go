package core

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asynchrony/asynchrony/runtime/compile"
	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// Traceback printing as CPython 3.11's C implementation does it
// (Python/traceback.c, Python/pythonrun.c): frames, source lines with the
// ^^^^ / ~~~^~~~ position markers, chained exceptions, exception groups in
// boxes, notes, SyntaxError locations and "Did you mean" suggestions.

// SourceLine gives the text of a file's line for tracebacks; the runtime
// registers the program's source under its filename.
func (th *Thread) SourceLine(filename string, line int) string {
	src := th.sources[filename]
	if src == nil {
		return ""
	}
	if src.lines == nil {
		src.lines = strings.Split(src.text, "\n")
	}
	if line < 1 || line > len(src.lines) {
		return ""
	}
	return src.lines[line-1]
}

// sourceText is a registered file, cut into lines when a traceback first
// needs one (every run registers the embedded modules it imports).
type sourceText struct {
	text  string
	lines []string
}

// AddSource registers a file's text for traceback source lines.
func (th *Thread) AddSource(filename, text string) {
	if th.sources == nil {
		th.sources = map[string]*sourceText{}
	}
	th.sources[filename] = &sourceText{text: text}
}

type excPrinter struct {
	th        *Thread
	b         strings.Builder
	depth     int // exception group depth
	seen      map[*Exception]bool
	needClose bool
}

func (p *excPrinter) indent() int { return 2 * p.depth }

func (p *excPrinter) margin() string {
	if p.depth > 0 {
		return "| "
	}
	return ""
}

func (p *excPrinter) writeMargin() {
	p.b.WriteString(strings.Repeat(" ", p.indent()))
	p.b.WriteString(p.margin())
}

// FormatException returns what CPython prints for an uncaught exception.
func (th *Thread) FormatException(e *Exception) string {
	p := &excPrinter{th: th, seen: map[*Exception]bool{}}
	p.recursive(e)
	return p.b.String()
}

// PrintException writes the formatted exception to the run's stderr.
func (th *Thread) PrintException(e *Exception) {
	th.Write(false, th.FormatException(e))
}

func (p *excPrinter) recursive(e *Exception) {
	p.causeAndContext(e)
	if e.Type.IsSubtype(BaseExceptionGroup) {
		p.group(e)
	} else {
		p.single(e)
	}
}

func (p *excPrinter) causeAndContext(e *Exception) {
	p.seen[e] = true
	if e.Cause != nil {
		if !p.seen[e.Cause] {
			p.chained(e.Cause, "The above exception was the direct cause of the following exception:\n")
		}
		return
	}
	if e.SuppressContext {
		return
	}
	if e.Context != nil && !p.seen[e.Context] {
		p.chained(e.Context, "During handling of the above exception, another exception occurred:\n")
	}
}

func (p *excPrinter) chained(e *Exception, msg string) {
	need := p.needClose
	p.recursive(e)
	p.needClose = need
	p.writeMargin()
	p.b.WriteString("\n")
	p.writeMargin()
	p.b.WriteString(msg)
	p.writeMargin()
	p.b.WriteString("\n")
}

const maxGroupWidth, maxGroupDepth = 15, 10

func (p *excPrinter) group(e *Exception) {
	if p.depth > maxGroupDepth {
		p.writeMargin()
		p.b.WriteString("... (max_group_depth is " + strconv.Itoa(maxGroupDepth) + ")\n")
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	p.single(e)
	n := len(e.Exceptions)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		p.b.WriteString(strings.Repeat(" ", p.indent()))
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= maxGroupWidth
		if !truncated {
			p.b.WriteString(lead + "+---------------- " + strconv.Itoa(i+1) + " ----------------\n")
		} else {
			p.b.WriteString(lead + "+---------------- ... ----------------\n")
		}
		p.depth++
		if !truncated {
			p.recursive(e.Exceptions[i])
		} else {
			rem := len(e.Exceptions) - maxGroupWidth
			p.writeMargin()
			s := ""
			if rem > 1 {
				s = "s"
			}
			p.b.WriteString("and " + strconv.Itoa(rem) + " more exception" + s + "\n")
		}
		if last && p.needClose {
			p.b.WriteString(strings.Repeat(" ", p.indent()))
			p.b.WriteString("+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth--
	}
}

func (p *excPrinter) single(e *Exception) {
	th := p.th
	if e.Traceback != nil {
		headerMargin := p.margin()
		header := "Traceback (most recent call last):\n"
		if e.Type.IsSubtype(BaseExceptionGroup) {
			header = "Exception Group Traceback (most recent call last):\n"
			if p.depth == 1 {
				headerMargin = "+ "
			}
		}
		p.b.WriteString(strings.Repeat(" ", p.indent()))
		p.b.WriteString(headerMargin)
		p.b.WriteString(header)
		p.traceback(e.Traceback)
	}
	if e.Type.IsSubtype(SyntaxError) {
		p.syntaxErrorLocation(e)
	}
	p.writeMargin()
	t := e.Type
	name := t.QualName
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	p.b.WriteString(name)
	s, err := th.ExcStr(e)
	if e.Type.IsSubtype(SyntaxError) && e.Dict != nil {
		// print_exception_file_and_line prints only msg (str(e) adds the location).
		if m, ok := e.Dict.GetStr("msg"); ok {
			s, err = th.StrOf(m)
		}
	}
	if err != nil {
		p.b.WriteString(": <exception str() failed>")
	} else if s != "" {
		p.b.WriteString(": ")
		p.b.WriteString(s)
	}
	if sug := th.suggestion(e); sug != "" {
		p.b.WriteString(". Did you mean: '" + sug + "'?")
	}
	p.b.WriteString("\n")
	if e.Dict != nil {
		if notes, ok := e.Dict.GetStr("__notes__"); ok {
			p.notes(notes)
		}
	}
}

func (p *excPrinter) notes(notes Value) {
	th := p.th
	l, ok := notes.o.(*List)
	var items []Value
	if ok {
		items = l.Items
	} else if t, ok := notes.o.(*Tuple); ok {
		items = t.Items
	} else {
		r, err := th.Repr(notes)
		if err != nil {
			r = "<__notes__ repr() failed>"
		}
		p.writeMargin()
		p.b.WriteString(r + "\n")
		return
	}
	for _, n := range items {
		s, ok := n.AsStr()
		if !ok {
			var err *Exception
			s, err = th.StrOf(n)
			if err != nil {
				s = "<note str() failed>"
			}
		}
		lines := strings.SplitAfter(s, "\n")
		for _, line := range lines {
			if line == "" {
				continue
			}
			p.writeMargin()
			p.b.WriteString(line)
		}
		p.b.WriteString("\n")
	}
}

// suggestion is the "Did you mean" for NameError and AttributeError.
func (th *Thread) suggestion(e *Exception) string {
	if e.Type.IsSubtype(NameError) && e.Dict != nil {
		nv, ok := e.Dict.GetStr("name")
		name, isStr := nv.AsStr()
		if !ok || !isStr {
			return ""
		}
		var f *Frame
		for tb := e.Traceback; tb != nil; tb = tb.Next {
			if tb.Frame != nil {
				f = tb.Frame
			}
		}
		if f == nil {
			return ""
		}
		var cands []string
		if f.Code.Flags&compile.FlagNewLocals != 0 {
			cands = append(cands, f.Code.VarNames...)
			cands = append(cands, f.Code.CellVars...)
			cands = append(cands, f.Code.FreeVars...)
		} else if f.Locals != nil && f.Locals != f.Globals {
			cands = append(cands, dictStrKeys(f.Locals)...)
		}
		if s := SuggestName(name, cands); s != "" {
			return s
		}
		cands = append(dictStrKeys(f.Globals), dictStrKeys(f.Builtins)...)
		return SuggestName(name, cands)
	}
	if e.Type.IsSubtype(AttributeError) {
		return th.AttrSuggestion(e)
	}
	return ""
}

func dictStrKeys(d *Dict) []string {
	if d == nil {
		return nil
	}
	var out []string
	for _, k := range d.Keys() {
		if s, ok := k.AsStr(); ok {
			out = append(out, s)
		}
	}
	return out
}

// traceback prints the entries, collapsing runs of identical lines.
func (p *excPrinter) traceback(tb *Traceback) {
	const cutoff = 3
	depth := 0
	for t := tb; t != nil; t = t.Next {
		depth++
	}
	const limit = 1000
	for depth > limit {
		depth--
		tb = tb.Next
	}
	var lastFile, lastName string
	lastLine, cnt := -1, 0
	for t := tb; t != nil; t = t.Next {
		f := t.Frame
		file, name := "<unknown>", "<unknown>"
		if f != nil {
			file, name = f.Code.Filename, f.Code.Name
		}
		if file != lastFile || t.Line != lastLine || name != lastName {
			if cnt > cutoff {
				p.repeated(cnt)
			}
			lastFile, lastLine, lastName = file, t.Line, name
			cnt = 0
		}
		cnt++
		if cnt <= cutoff {
			p.entry(t, f, file, name)
		}
	}
	if cnt > cutoff {
		p.repeated(cnt)
	}
}

func (p *excPrinter) repeated(cnt int) {
	cnt -= 3
	s := "s"
	if cnt == 1 {
		s = ""
	}
	p.writeMargin()
	p.b.WriteString("  [Previous line repeated " + strconv.Itoa(cnt) + " more time" + s + "]\n")
}

func (p *excPrinter) entry(t *Traceback, f *Frame, file, name string) {
	p.writeMargin()
	p.b.WriteString("  File \"" + file + "\", line " + strconv.Itoa(t.Line) + ", in " + name + "\n")
	line := p.th.SourceLine(file, t.Line)
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return
	}
	p.writeMargin()
	p.b.WriteString("    " + stripped + "\n")
	if f == nil || t.Lasti < 0 || t.Lasti >= len(f.Code.Spans) {
		return
	}
	sp := f.Code.Spans[t.Lasti]
	if sp.Line <= 0 || int(sp.Line) != t.Line || sp.EndLine <= 0 {
		return
	}
	carets := caretLine(line, sp)
	if carets != "" {
		p.writeMargin()
		p.b.WriteString(carets + "\n")
	}
}

// caretLine computes 3.11's position-marker line for an instruction's span
// on its source line ("" when the markers would span the whole line).
func caretLine(line string, sp compile.Span) string {
	lead := len(line) - len(strings.TrimLeft(line, " \t\f"))
	trimmed := strings.TrimRight(line, " \t\f\r\n")
	start := charOffset(line, int(sp.Col))
	end := charOffset(line, int(sp.EndCol))
	leftEnd, rightStart := -1, -1
	primary, secondary := "^", "^"
	if sp.EndLine == sp.Line {
		if a, b, ok := anchors(line, int(sp.Col), int(sp.EndCol)); ok {
			leftEnd, rightStart = a+start, b+start
			primary, secondary = "~", "^"
		}
	} else {
		end = utf8.RuneCountInString(trimmed)
	}
	strippedLen := utf8.RuneCountInString(trimmed) - utf8.RuneCountInString(line[:lead])
	special := leftEnd != -1 || rightStart != -1
	if end-start == strippedLen && !special {
		return ""
	}
	if end <= start {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	leadChars := utf8.RuneCountInString(line[:lead])
	runes := []rune(line)
	for i := leadChars; i < end && i < len(runes); i++ {
		mark := primary
		switch {
		case i < start:
			mark = " "
		case special && i >= leftEnd && i < rightStart:
			mark = secondary
		}
		// Wide characters (CJK, most emoji) take two columns.
		for w := displayWidth(runes[i]); w > 0; w-- {
			b.WriteString(mark)
		}
	}
	return b.String()
}

func charOffset(line string, byteCol int) int {
	if byteCol > len(line) {
		byteCol = len(line)
	}
	if byteCol < 0 {
		return 0
	}
	return utf8.RuneCountInString(line[:byteCol])
}

// anchors parses the failing segment and, for a binary operation or a
// subscript, returns the character offsets (relative to the segment) of the
// part to mark with ^.
func anchors(line string, startB, endB int) (int, int, bool) {
	if startB < 0 || endB > len(line) || startB >= endB {
		return 0, 0, false
	}
	seg := line[startB:endB]
	x, err := syntax.ParseExpr(seg)
	if err != nil {
		return 0, 0, false
	}
	switch e := x.(type) {
	case *syntax.BinOp:
		_, lend := e.Left.Span()
		rstart, _ := e.Right.Span()
		if lend.Line != 1 || rstart.Line != 1 {
			return 0, 0, false
		}
		for i := int(lend.Col); i < int(rstart.Col) && i < len(seg); i++ {
			if isSpace(seg[i]) {
				continue
			}
			left, right := i, i+1
			if i+1 < int(rstart.Col) && !isSpace(seg[i+1]) {
				right++
			}
			return charOffset(seg, left), charOffset(seg, right), true
		}
	case *syntax.Subscript:
		_, vend := e.Value.Span()
		_, send := e.Slice.Span()
		if vend.Line != 1 || send.Line != 1 {
			return 0, 0, false
		}
		return charOffset(seg, int(vend.Col)), charOffset(seg, int(send.Col)+1), true
	}
	return 0, 0, false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }

// syntaxErrorLocation prints a SyntaxError's file, line, text and caret.
func (p *excPrinter) syntaxErrorLocation(e *Exception) {
	th := p.th
	get := func(name string) Value {
		if e.Dict == nil {
			return Value{}
		}
		v, _ := e.Dict.GetStr(name)
		return v
	}
	fn, _ := get("filename").AsStr()
	linev := get("lineno")
	if !linev.IsSmallInt() {
		return
	}
	if fn == "" {
		fn = "<string>"
	}
	p.writeMargin()
	p.b.WriteString("  File \"" + fn + "\", line " + strconv.FormatInt(linev.Int64(), 10) + "\n")
	text, ok := get("text").AsStr()
	if !ok {
		return
	}
	off := get("offset")
	endOff := get("end_offset")
	offset := -1
	if off.IsSmallInt() {
		offset = int(off.Int64())
	}
	endOffset := -1
	if endOff.IsSmallInt() {
		endOffset = int(endOff.Int64())
	}
	// CPython prints from the UTF-8 text, counting bytes; its text ends
	// in a newline, which ours lacks.
	lineSize := len(strings.TrimSuffix(text, "\n")) + 1
	if endLine := get("end_lineno"); endLine.IsSmallInt() && endLine.Int64() > linev.Int64() {
		endOffset = lineSize
	}
	if endOffset > lineSize+1 {
		endOffset = lineSize + 1
	}
	if e.Type == IndentationError {
		endOffset = -1 // the tokenizer reports indentation errors at one position
	}
	_ = th
	reps := 1
	if endOffset > 0 && endOffset > offset {
		reps = endOffset - offset
	}
	offset--
	i := 0
	for i < len(text) && isSpace(text[i]) {
		i++
		offset--
	}
	body := strings.TrimSuffix(text[i:], "\n")
	if offset > len(body) {
		offset = len(body)
	}
	p.writeMargin()
	p.b.WriteString("    " + body + "\n")
	if offset < 0 {
		return
	}
	p.writeMargin()
	p.b.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", reps) + "\n")
}

// NewSyntaxError turns a compile-time error into a SyntaxError (or
// IndentationError/TabError) exception with CPython's attributes.
func NewSyntaxError(se *syntax.Error) *Exception {
	t := SyntaxError
	switch se.Kind {
	case "IndentationError":
		t = IndentationError
	case "TabError":
		t = TabError
	}
	e := NewException(t, NewStr(se.Msg))
	d := e.GetDict()
	d.SetStr("msg", NewStr(se.Msg))
	d.SetStr("filename", NewStr(se.Filename))
	d.SetStr("lineno", Int(int64(se.Line)))
	d.SetStr("offset", Int(int64(se.Col)))
	d.SetStr("text", NewStr(se.Text))
	if se.EndLine > 0 {
		d.SetStr("end_lineno", Int(int64(se.EndLine)))
		d.SetStr("end_offset", Int(int64(se.EndCol)))
	} else {
		d.SetStr("end_lineno", None)
		d.SetStr("end_offset", None)
	}
	return e
}

// TracebackLines lists an exception's traceback entries (file, line,
// function), outermost first; for the trace and the page's links.
func TracebackLines(e *Exception) [][3]string {
	var out [][3]string
	for t := e.Traceback; t != nil; t = t.Next {
		if f := t.Frame; f != nil {
			out = append(out, [3]string{f.Code.Filename, strconv.Itoa(t.Line), f.Code.Name})
		}
	}
	return out
}

// Unawaited is a coroutine that warns when it is dropped never started.
type Unawaited interface {
	// NeverAwaited reports where the coroutine was created and its name,
	// and marks it reported; ok is false once it started or was reported.
	NeverAwaited() (file string, line int, name string, ok bool)
	// Started reports whether it started or was reported: then it never
	// warns.
	Started() bool
}

// NeverAwaited implements Unawaited.
func (g *Generator) NeverAwaited() (string, int, string, bool) {
	if g.started || g.finished {
		return "", 0, "", false
	}
	g.finished = true
	return g.createdFile, g.createdLine, g.QualName, true
}

// Started implements Unawaited.
func (g *Generator) Started() bool { return g.started || g.finished }

// trackedCoro is a tracked coroutine and its number in creation order.
type trackedCoro struct {
	u Unawaited
	n int
}

// TrackCoroutine remembers a new coroutine for the never-awaited warning.
// When the list is full, the coroutines that started leave it first: they
// can no longer warn, and keeping them would keep every coroutine of the
// run, and its frame, alive until the run ends. The list grows when fewer
// than a quarter leave, so that tracking stays O(1) amortized.
func (th *Thread) TrackCoroutine(u Unawaited) {
	if cs := th.coroutines; len(cs) == cap(cs) && len(cs) > 0 {
		keep := cs[:0]
		for _, c := range cs {
			if !c.u.Started() {
				keep = append(keep, c)
			}
		}
		clear(cs[len(keep):])
		if len(keep) > len(cs)*3/4 {
			keep = append(make([]trackedCoro, 0, 2*cap(cs)), keep...)
		}
		th.coroutines = keep
	}
	th.coroutines = append(th.coroutines, trackedCoro{u, th.coroCount})
	th.coroCount++
}

// CoroutineMark counts the coroutines tracked so far: a loop takes a mark
// when it is made, and at close warns only about the coroutines made since.
func (th *Thread) CoroutineMark() int { return th.coroCount }

// NeverAwaitedWarnings returns CPython's RuntimeWarning text for every
// coroutine tracked since mark and never started, in creation order.
// CPython warns when the garbage collector frees such a coroutine; we warn
// when a loop closes (for those made while it existed) and when the run
// ends. A coroutine still reachable from the frames of exception held (the
// one propagating) or from __main__'s globals is not freed yet: it is left
// for ShutdownWarnings.
func (th *Thread) NeverAwaitedWarnings(mark int, held *Exception) string {
	var b strings.Builder
	var globals *Dict
	if m, ok := th.Modules.GetStr("__main__"); ok {
		if mod, ok := m.o.(*Module); ok {
			globals = mod.Dict
		}
	}
	since := th.coroutines
	for len(since) > 0 && since[0].n < mark {
		since = since[1:]
	}
	var kept map[Unawaited]bool
	if len(since) > 0 {
		kept = heldCoroutines(held, globals)
	}
	for _, c := range since {
		u := c.u
		if kept[u] {
			continue
		}
		if file, line, name, ok := u.NeverAwaited(); ok {
			b.WriteString(th.NeverAwaitedWarning(file, line, name))
		}
	}
	return b.String()
}

// ShutdownWarnings reports the coroutines never started that lived until
// the interpreter's shutdown, as CPython does then: "sys:1", no source line.
func (th *Thread) ShutdownWarnings() string {
	var b strings.Builder
	for _, c := range th.coroutines {
		if _, _, name, ok := c.u.NeverAwaited(); ok {
			b.WriteString(th.NeverAwaitedWarning("sys", 1, name))
		}
	}
	th.coroutines = nil
	return b.String()
}

// heldCoroutines returns the coroutines referenced by the locals or value
// stack of a frame in exc's traceback (or its context's), or by a value in
// globals, directly or as an item of a list, tuple or set (a coroutine
// passed in a list is the common case): what keeps them alive in CPython.
// One pass, so that a program with many coroutines is not scanned once per
// coroutine.
func heldCoroutines(exc *Exception, globals *Dict) map[Unawaited]bool {
	held := map[Unawaited]bool{}
	add := func(v Value) {
		if u, ok := v.o.(Unawaited); ok {
			held[u] = true
		}
	}
	addValue := func(v Value) {
		switch o := v.o.(type) {
		case *List:
			for _, x := range o.Items {
				add(x)
			}
		case *Tuple:
			for _, x := range o.Items {
				add(x)
			}
		case *Set:
			for _, e := range o.table {
				add(e.key)
			}
		default:
			add(v)
		}
	}
	addAll := func(vs []Value) {
		for _, v := range vs {
			addValue(v)
		}
	}
	for depth := 0; exc != nil && depth < 100; depth++ {
		for t := exc.Traceback; t != nil; t = t.Next {
			if f := t.Frame; f != nil {
				addAll(f.Fast)
				addAll(f.Stack)
			}
		}
		exc = exc.Context
	}
	if globals != nil {
		for i := range globals.entries {
			if e := &globals.entries[i]; e.key.t != nil {
				addValue(e.val)
			}
		}
	}
	return held
}

// NeverAwaitedWarning returns CPython's RuntimeWarning text for coroutine
// name created at file:line and never awaited, or "" when that warning was
// already shown: CPython's default warning filter shows a message once per
// location (the module's __warningregistry__).
func (th *Thread) NeverAwaitedWarning(file string, line int, name string) string {
	key := file + ":" + strconv.Itoa(line) + ":" + name
	if th.warned[key] {
		return ""
	}
	if th.warned == nil {
		th.warned = map[string]bool{}
	}
	th.warned[key] = true
	s := file + ":" + strconv.Itoa(line) + ": RuntimeWarning: coroutine '" + name + "' was never awaited\n"
	if file == "sys" {
		return s // at shutdown CPython has no source line nor tracemalloc to offer
	}
	if src := strings.TrimSpace(th.SourceLine(file, line)); src != "" {
		s += "  " + src + "\n"
	}
	return s + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
}
