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
		w.str("what", it.What, false)
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

// Info is what the page needs to know of a model beside its picture and
// its states: how many steps, how long, and the lanes in display order.
type Info struct {
	Steps       int64      `json:"steps"`
	Duration    float64    `json:"duration"`              // seconds: the last event's time
	Lanes       []LaneInfo `json:"lanes"`                 // at most MaxInfoLanes
	LanesLen    int        `json:"lanesLen"`              // how many lanes there are
	ReplayError string     `json:"replayError,omitempty"` // see Model.ReplayError
}

// LaneInfo names one lane.
type LaneInfo struct {
	Index    int    `json:"index"` // Lane.Index: data-lane in the SVG, State.Lane
	Kind     string `json:"kind"`  // loop, task, callbacks or thread
	Name     string `json:"name"`
	Parent   string `json:"parent,omitempty"` // the task that created this task
	Coro     string `json:"coro,omitempty"`
	Internal bool   `json:"internal,omitempty"`
	Outcome  string `json:"outcome,omitempty"` // result, exception or cancelled, once finished
	Value    string `json:"value,omitempty"`
}

// MaxInfoLanes bounds Info.Lanes.
const MaxInfoLanes = 1000

// Info returns the model's Info, with asyncio's own tasks when internal.
func (m *Model) Info(internal bool) *Info {
	lanes := m.Lanes(internal)
	in := &Info{Steps: m.Len(), Duration: m.Duration(), Lanes: []LaneInfo{}, LanesLen: len(lanes)}
	if err := m.ReplayError(); err != nil {
		in.ReplayError = err.Error()
	}
	for _, l := range lanes[:min(len(lanes), MaxInfoLanes)] {
		li := LaneInfo{Index: l.Index, Kind: l.Kind.String(), Name: l.Name, Coro: l.Coro, Internal: l.Internal, Outcome: l.Outcome, Value: l.Value}
		if p := m.tasks[l.Parent]; p != nil && l.Parent != 0 {
			li.Parent = p.Name
		}
		in.Lanes = append(in.Lanes, li)
	}
	return in
}

// AppendJSON appends in as one JSON object.
func (in *Info) AppendJSON(b []byte) []byte {
	w := &jw{b: b}
	w.open()
	w.int("steps", in.Steps, false)
	w.float("duration", in.Duration, false)
	list(w, "lanes", in.Lanes, func(w *jw, l *LaneInfo) {
		w.int("index", int64(l.Index), false)
		w.str("kind", l.Kind, false)
		w.str("name", l.Name, false)
		w.str("parent", l.Parent, true)
		w.str("coro", l.Coro, true)
		w.bool("internal", l.Internal, true)
		w.str("outcome", l.Outcome, true)
		w.str("value", l.Value, true)
	})
	w.int("lanesLen", int64(in.LanesLen), false)
	w.str("replayError", in.ReplayError, true)
	w.close()
	return w.b
}
