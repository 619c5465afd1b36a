package timeline

import (
	"strconv"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// The page gets a State from the worker as JSON text (the runtime keeps
// encoding/json out of the WebAssembly build). AppendJSON writes the same
// field names and omissions as encoding/json would with the struct tags,
// which a test checks.

// jw writes one JSON object's fields.
type jw struct {
	b     []byte
	first bool
}

func (w *jw) open()  { w.b = append(w.b, '{'); w.first = true }
func (w *jw) close() { w.b = append(w.b, '}'); w.first = false }

func (w *jw) key(k string) {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
}

func (w *jw) str(k, v string, omit bool) {
	if omit && v == "" {
		return
	}
	w.key(k)
	w.b = trace.AppendJSONString(w.b, v)
}

func (w *jw) int(k string, v int64, omit bool) {
	if omit && v == 0 {
		return
	}
	w.key(k)
	w.b = strconv.AppendInt(w.b, v, 10)
}

func (w *jw) float(k string, v float64, omit bool) {
	if omit && v == 0 {
		return
	}
	w.key(k)
	w.b = trace.AppendJSONFloat(w.b, v)
}

func (w *jw) bool(k string, v bool, omit bool) {
	if omit && !v {
		return
	}
	w.key(k)
	w.b = strconv.AppendBool(w.b, v)
}

func (w *jw) strs(k string, v []string) {
	w.key(k)
	w.b = append(w.b, '[')
	for i, s := range v {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = trace.AppendJSONString(w.b, s)
	}
	w.b = append(w.b, ']')
}

// list writes key: [each element as an object].
func list[T any](w *jw, k string, v []T, each func(*jw, *T)) {
	w.key(k)
	w.b = append(w.b, '[')
	for i := range v {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.open()
		each(w, &v[i])
		w.close()
	}
	w.b = append(w.b, ']')
}

// AppendJSON appends s as one JSON object.
func (s *State) AppendJSON(b []byte) []byte {
	w := &jw{b: b}
	w.open()
	w.int("step", s.Step, false)
	w.int("steps", s.Steps, false)
	w.float("time", s.Time, false)
	w.str("kind", s.Kind, true)
	w.int("line", int64(s.Line), true)
	w.int("iteration", s.Iteration, false)
	w.bool("running", s.Running, false)
	w.str("current", s.Current, true)
	w.int("lane", int64(s.Lane), false)
	item := func(w *jw, it *Item) {
		w.int("handle", it.Handle, false)
		w.str("name", it.Name, false)
		w.str("task", it.Task, true)
		w.float("when", it.When, true)
		w.bool("cancelled", it.Cancelled, true)
	}
	list(w, "ready", s.Ready, item)
	w.int("readyLen", int64(s.ReadyLen), false)
	list(w, "timers", s.Timers, item)
	w.int("timersLen", int64(s.TimersLen), false)
	list(w, "tasks", s.Tasks, func(w *jw, t *TaskState) {
		w.str("name", t.Name, false)
		w.str("coro", t.Coro, false)
		w.str("state", t.State, false)
		w.str("waits", t.Waits, true)
		w.str("outcome", t.Outcome, true)
		w.str("value", t.Value, true)
		w.int("lane", int64(t.Lane), false)
	})
	w.int("tasksLen", int64(s.TasksLen), false)
	list(w, "futures", s.Futures, func(w *jw, f *FutureState) {
		w.int("id", f.ID, false)
		w.str("name", f.Name, false)
		w.strs("callbacks", f.Callbacks)
	})
	list(w, "threads", s.Threads, func(w *jw, t *ThreadState) {
		w.str("name", t.Name, false)
		w.str("state", t.State, false)
		w.str("waits", t.Waits, true)
		w.int("lane", int64(t.Lane), false)
	})
	w.str("output", s.Output, false)
	w.int("outputLen", int64(s.OutputLen), false)
	w.strs("exceptions", s.Exceptions)
	w.str("narration", s.Narration, false)
	w.close()
	return w.b
}
