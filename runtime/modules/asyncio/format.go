package asyncio

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The reprs asyncio shows: callbacks (format_helpers), coroutines
// (coroutines._format_coroutine) and values through reprlib's limits.

// formatCallbackSource is format_helpers._format_callback_source: the
// callback's qualified name, its arguments, and where a Python function
// was defined.
func formatCallbackSource(th *core.Thread, fn core.Value, args []core.Value) string {
	s := formatCallback(th, fn, args, nil, "")
	if file, line, ok := functionSource(th, fn); ok {
		s += " at " + file + ":" + strconv.Itoa(line)
	}
	return s
}

func formatCallback(th *core.Thread, fn core.Value, args []core.Value, kwargs *core.Dict, suffix string) string {
	if isPartial(fn) {
		suffix = formatArgs(th, args, kwargs) + suffix
		pf, _ := th.GetAttr(fn, "func")
		pargs, _ := th.GetAttr(fn, "args")
		pkw, _ := th.GetAttr(fn, "keywords")
		var items []core.Value
		if t, ok := pargs.Obj().(*core.Tuple); ok {
			items = t.Items
		}
		d, _ := pkw.Obj().(*core.Dict)
		return formatCallback(th, pf, items, d, suffix)
	}
	var name string
	if v, ok, _ := th.LookupAttr(fn, "__qualname__"); ok {
		name, _ = v.AsStr()
	}
	if name == "" {
		if v, ok, _ := th.LookupAttr(fn, "__name__"); ok {
			name, _ = v.AsStr()
		}
	}
	if name == "" {
		name, _ = th.Repr(fn)
	}
	return name + formatArgs(th, args, kwargs) + suffix
}

func formatArgs(th *core.Thread, args []core.Value, kwargs *core.Dict) string {
	items := make([]string, 0, len(args))
	for _, a := range args {
		items = append(items, reprlibRepr(th, a))
	}
	if kwargs != nil {
		for _, it := range kwargs.Items() {
			k, _ := it.Key.AsStr()
			items = append(items, k+"="+reprlibRepr(th, it.Value))
		}
	}
	return "(" + strings.Join(items, ", ") + ")"
}

func isPartial(fn core.Value) bool {
	t := fn.Type()
	return t != nil && t.Name == "partial" && t.Module == "functools"
}

// functionSource is format_helpers._get_function_source: the file and
// first line of a Python function (through functools.partial).
func functionSource(th *core.Thread, fn core.Value) (string, int, bool) {
	if isPartial(fn) {
		pf, err := th.GetAttr(fn, "func")
		if err != nil {
			return "", 0, false
		}
		return functionSource(th, pf)
	}
	if fn.Type() != core.FunctionType {
		return "", 0, false
	}
	code, ok, _ := th.LookupAttr(fn, "__code__")
	if !ok {
		return "", 0, false
	}
	return codeSource(th, code)
}

func codeSource(th *core.Thread, code core.Value) (string, int, bool) {
	fv, ok1, _ := th.LookupAttr(code, "co_filename")
	lv, ok2, _ := th.LookupAttr(code, "co_firstlineno")
	if !ok1 || !ok2 {
		return "", 0, false
	}
	file, _ := fv.AsStr()
	if file == "" {
		file = "<empty co_filename>"
	}
	return file, int(lv.Int64()), true
}

// formatCoroutine is coroutines._format_coroutine.
func formatCoroutine(th *core.Thread, coro core.Value) string {
	name := coroName(th, coro) + "()"
	var code core.Value
	for _, a := range []string{"cr_code", "gi_code"} {
		if v, ok, _ := th.LookupAttr(coro, a); ok && !v.IsNone() {
			code = v
			break
		}
	}
	if !code.IsValid() {
		if g, ok := coro.Obj().(*goCoro); ok && g.running {
			return name + " running"
		}
		return name
	}
	var frame core.Value
	for _, a := range []string{"gi_frame", "cr_frame"} {
		if v, ok, _ := th.LookupAttr(coro, a); ok && !v.IsNone() {
			frame = v
			break
		}
	}
	file, first, _ := codeSource(th, code)
	if frame.IsValid() {
		line := first
		if v, ok, _ := th.LookupAttr(frame, "f_lineno"); ok && v.IsSmallInt() {
			line = int(v.Int64())
		}
		return name + " running at " + file + ":" + strconv.Itoa(line)
	}
	return name + " done, defined at " + file + ":" + strconv.Itoa(first)
}

// coroName is the coroutine's __qualname__ (or __name__).
func coroName(th *core.Thread, coro core.Value) string {
	if g, ok := coro.Obj().(*goCoro); ok {
		return g.name
	}
	for _, a := range []string{"__qualname__", "__name__"} {
		if v, ok, _ := th.LookupAttr(coro, a); ok {
			if s, ok := v.AsStr(); ok && s != "" {
				return s
			}
		}
	}
	return "<" + core.TypeName(coro) + " without __name__>"
}

// coroLine is the line a coroutine is suspended at (0 if unknown).
func coroLine(th *core.Thread, coro core.Value) int {
	fr, ok, _ := th.LookupAttr(coro, "cr_frame")
	if !ok || fr.IsNone() {
		return 0
	}
	if v, ok, _ := th.LookupAttr(fr, "f_lineno"); ok && v.IsSmallInt() {
		return int(v.Int64())
	}
	return 0
}

// reprlib's limits, as asyncio's reprs apply them (reprlib.repr).
const (
	reprMaxLevel  = 6
	reprMaxString = 30
	reprMaxLong   = 40
	reprMaxOther  = 30
	reprMaxList   = 6
	reprMaxDict   = 4
)

// reprlibRepr is reprlib.repr(v); errors in a __repr__ fall back to a
// plain description rather than failing the caller's repr.
func reprlibRepr(th *core.Thread, v core.Value) string {
	return reprLevel(th, v, reprMaxLevel)
}

func reprLevel(th *core.Thread, v core.Value, level int) string {
	switch o := v.Obj().(type) {
	case *core.Str:
		if v.Type() == core.StrType {
			s := o.S
			if r := []rune(s); len(r) > reprMaxString {
				s = string(r[:reprMaxString])
			}
			return truncate(core.StrRepr(s), reprMaxString)
		}
	case *core.List:
		if v.Type() == core.ListType {
			return reprSeq(th, o.Items, "[", "]", reprMaxList, level)
		}
	case *core.Tuple:
		if v.Type() == core.TupleType {
			if len(o.Items) == 1 {
				return reprSeq(th, o.Items, "(", ",)", reprMaxList, level)
			}
			return reprSeq(th, o.Items, "(", ")", reprMaxList, level)
		}
	case *core.Dict:
		if v.Type() == core.DictType {
			n := o.Len()
			if n == 0 {
				return "{}"
			}
			if level <= 0 {
				return "{...}"
			}
			items := o.Items()
			var parts []string
			for i, it := range items {
				if i >= reprMaxDict {
					parts = append(parts, "...")
					break
				}
				parts = append(parts, reprLevel(th, it.Key, level-1)+": "+reprLevel(th, it.Value, level-1))
			}
			return "{" + strings.Join(parts, ", ") + "}"
		}
	}
	s, err := th.Repr(v)
	if err != nil {
		return "<" + core.TypeName(v) + " object>"
	}
	if v.Type() == core.IntType {
		return truncate(s, reprMaxLong)
	}
	return truncate(s, reprMaxOther)
}

func reprSeq(th *core.Thread, items []core.Value, left, right string, max, level int) string {
	if len(items) == 0 {
		return left + strings.TrimPrefix(right, ",")
	}
	if level <= 0 {
		return left + "..." + strings.TrimPrefix(right, ",")
	}
	parts := make([]string, 0, min(len(items), max)+1)
	for i, x := range items {
		if i >= max {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, reprLevel(th, x, level-1))
	}
	return left + strings.Join(parts, ", ") + right
}

// truncate shortens s to limit characters the way reprlib does, keeping
// its head and tail around "...".
func truncate(s string, limit int) string {
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	i := max(0, (limit-3)/2)
	j := max(0, limit-3-i)
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

// excRepr is repr() of an exception for messages (None when nil).
func excRepr(th *core.Thread, exc *core.Exception) string {
	if exc == nil {
		return "None"
	}
	s, err := th.Repr(exc.Value())
	if err != nil {
		return exc.Type.Name + "()"
	}
	return s
}

// excSummary is "Type: message" for traces.
func excSummary(th *core.Thread, exc *core.Exception) string {
	s, err := th.StrOf(exc.Value())
	if err != nil || s == "" {
		return exc.Type.Name
	}
	return exc.Type.Name + ": " + s
}

// currentLine is the line of the program running, for traces: the
// innermost frame that is not one of asyncio's own Python parts.
func currentLine(th *core.Thread) int { return getState(th).line(th) }

// line is currentLine for a caller that has the run's state at hand (the
// loop's, on its hot paths: getState is a map lookup).
func (st *runState) line(th *core.Thread) int {
	if l := st.suspendedLine; l > 0 {
		return l
	}
	return th.ProgramLine()
}

// stdlibWaits names the futures asyncio's Python parts create with
// loop.create_future, by the function that creates them, as a reader
// knows the wait: a task awaiting one waits on "Lock.acquire".
var stdlibWaits = map[string]string{
	"Lock.acquire":                        "Lock.acquire",
	"Event.wait":                          "Event.wait",
	"Condition.wait":                      "Condition.wait",
	"Semaphore.acquire":                   "Semaphore.acquire",
	"Barrier._block":                      "Barrier.wait",
	"Barrier._wait":                       "Barrier.wait",
	"wait_for":                            "wait_for",
	"_wait":                               "wait",
	"_cancel_and_wait":                    "cancel",
	"shield":                              "shield",
	"as_completed":                        "as_completed",
	"as_completed.<locals>._wait_for_one": "as_completed",
	"TaskGroup.__aexit__":                 "TaskGroup",
}

// futureLabel says what a future made by loop.create_future stands for:
// the asyncio primitive whose Python code made it, or "a Future" when the
// program made it itself.
func futureLabel(th *core.Thread) string {
	for f := th.Frame; f != nil; f = f.Back {
		if f.Code == nil || !strings.HasPrefix(f.Code.Filename, "<stdlib>/") {
			break
		}
		if w, ok := stdlibWaits[f.Code.QualName]; ok {
			return w
		}
	}
	return "a Future"
}
