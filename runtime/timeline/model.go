// Package timeline turns a run's trace into its picture: lanes (the event
// loop, each task, plain callbacks, each thread) made of running, ready and
// waiting segments with marks on them; the loop's state at any step; one
// sentence per step; and the SVG that draws it, the same code for
// `asynchrony run --timeline` and for the page. The trace ([]trace.Event) is
// its only input.
//
// # Steps
//
// The cursor moves over events: step k is the moment just after event k
// (Seq k) happened; step 0 is before the first event. Every event is a
// step, so stepping never skips what the trace shows; Significant says
// which ones a reader usually wants to stop at (it leaves out the loop's
// bookkeeping: iteration starts, future creation, done-callback
// registration) and NextStep moves to the next or previous such step.
//
// # Lanes
//
// Lanes() lists them in display order: the loop lane first (its
// iterations, and its idle waits for the next timer; left out of a run that
// has threads and never runs the loop), then one lane per
// task in spawn order (a task right after the task that created it, before
// that task's later siblings), then the callbacks lane (call_soon /
// call_later / call_at handles that are not task steps; asyncio's own
// internal callbacks count as the loop's work), then one lane per Python
// thread. A thread is just another lane kind.
//
// A lane is a sequence of non-overlapping segments: Running (its code runs),
// Ready (its next step is in the ready queue, or a thread waits for the GIL)
// and Waiting (it waits on what Lane.Label says: "sleep(1)", "Queue.get",
// "Task-3", ...); Idle is the loop lane's wait for a timer. Each segment has
// its start and end both as steps (From, To: the events that began and
// ended it) and as times (T0, T1).
//
// # For the page
//
// The worker (Go in WebAssembly) builds the model as the run emits events:
// New, then Add(e) from runtime.Options.Trace (a clock=real run can be
// drawn while it runs; batches are fine too). What crosses to the page is
// text, as the runtime keeps encoding/json out of the wasm:
//   - Info(internal).AppendJSON: steps, duration and the lanes in display
//     order (index, kind, name, parent, outcome);
//   - StateAt(k).AppendJSON: the loop's state at the cursor, with the
//     source line to highlight (line), the sentence for the aria-live
//     region (narration), the lane running (lane), the ready queue, the
//     timers, tasks, futures, threads and the end of the output;
//   - SVG(w, RenderOptions{...}) without Standalone: the picture with no
//     <style> element and no style attribute (the Content-Security-Policy
//     forbids inline styles). The page's CSS styles its classes with the
//     rules of StyleSheet (its doc lists the classes). Segments carry
//     data-lane, data-from and data-to (steps) for hit-testing a click, and
//     marks data-seq. The page may draw its own cursor over the picture
//     rather than ask for a new SVG per step (RenderOptions.Cursor draws
//     one at a given step): View(opt) is the drawing's mapping of steps to
//     pixels (View.X for the cursor, View.Step for a click), so the page
//     need not copy the layout;
//   - EventRange(from, to): a page of the trace table, without copying the
//     whole trace (Events does).
//
// NextStep(k, ±1) moves the cursor over significant steps; a cursor that
// moves one event at a time (StateAt(k+1) after StateAt(k)) costs O(1).
package timeline

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// LaneKind says what a lane stands for.
type LaneKind uint8

const (
	LoopLane     LaneKind = iota // the event loop itself
	TaskLane                     // one asyncio task
	CallbackLane                 // plain call_soon / call_later / call_at handles
	ThreadLane                   // one Python thread
)

var laneKindNames = [...]string{"loop", "task", "callbacks", "thread"}

func (k LaneKind) String() string { return laneKindNames[k] }

// SegState is what a lane is doing during a segment.
type SegState uint8

const (
	Running SegState = iota + 1 // its code runs (the loop: its own bookkeeping)
	Ready                       // queued to run: in the ready queue, or a thread waiting for the GIL
	Waiting                     // waiting on Label (a future, a timer, a lock, ...)
	Idle                        // the loop lane: nothing is ready, the loop waits for a timer
)

var segStateNames = [...]string{"", "running", "ready", "waiting", "idle"}

func (s SegState) String() string { return segStateNames[s] }

// Segment is one stretch of a lane in one state.
type Segment struct {
	State SegState
	// Label says what a Waiting segment waits on ("sleep(1)"), which
	// callback a Running segment of the callbacks lane runs, which
	// iteration a Running loop segment is, and until when the loop idles.
	// It is held interned (Lane.Label reads it) so that segments hold no
	// pointers: a million of them cost the garbage collector nothing.
	label    uint32
	Line     int32 // Running: the source line the step starts at (0: unknown)
	From, To int64 // the events that began and ended it; To is 0 while it lasts
	T0, T1   float64
}

// Label returns what segment s of lane l says (see Segment).
func (l *Lane) Label(s *Segment) string { return l.strs.strs[s.label] }

// MarkKind is what a mark on a lane records.
type MarkKind uint8

const (
	MarkCreated   MarkKind = iota + 1 // a task or thread was created
	MarkScheduled                     // a plain callback was queued (call_soon) or armed (call_later/call_at)
	MarkFired                         // a timer came due
	MarkCancelled                     // a handle or a task was cancelled
	MarkException                     // an exception ended a task or reached the loop's handler
	MarkOutput                        // the lane wrote a line of output
	MarkStart                         // the loop started running
	MarkStop                          // the loop stopped
	MarkDone                          // a task or thread finished with a result
)

var markKindNames = [...]string{"", "created", "scheduled", "fired", "cancelled", "exception", "output", "start", "stop", "done"}

func (k MarkKind) String() string { return markKindNames[k] }

// Mark is an instant on a lane; Model.MarkText says what it records.
type Mark struct {
	Kind MarkKind
	Seq  int64
	T    float64
}

// Lane is one row of the timeline.
type Lane struct {
	Index  int // position in Model.Lanes' creation order; data-lane in the SVG
	Kind   LaneKind
	Name   string // "loop", "Task-2" (or the task's given name), "callbacks", "Thread-2"
	ID     int64  // the task or thread id of the trace; 0 for the loop and callbacks lanes
	Parent int64  // the task that created this task (0: none)
	Coro   string // a task's coroutine
	// Internal marks asyncio's own tasks (asyncio.run's shutdown steps),
	// which a picture may leave out.
	Internal bool
	Outcome  string // a finished task or thread: "result", "exception" or "cancelled"
	Value    string // its result's repr, exception or cancel message

	segs  chunks[Segment]
	marks [MarkDone + 1]chunks[Mark] // by kind

	open bool   // the last segment lasts
	strs *store // the model's interned strings
}

// Last returns the lane's last segment, or nil.
func (l *Lane) last() *Segment {
	if !l.open {
		return nil
	}
	return l.segs.at(l.segs.n - 1)
}

// NumSegments returns the number of the lane's segments.
func (l *Lane) NumSegments() int { return l.segs.n }

// Segment returns segment i (0 <= i < NumSegments()), in time order.
func (l *Lane) Segment(i int) *Segment { return l.segs.at(i) }

// NumMarks returns the number of the lane's marks of kind k.
func (l *Lane) NumMarks(k MarkKind) int { return l.marks[k].n }

// Mark returns the lane's mark i of kind k (0 <= i < NumMarks(k)); the
// marks of a kind are in step order.
func (l *Lane) Mark(k MarkKind, i int) *Mark { return l.marks[k].at(i) }

// handleInfo is what the builder remembers of a handle, by its id (the
// loop numbers them 1, 2, ...).
type handleInfo struct {
	seq      int64 // the event that queued or armed it (0: none)
	task     int64
	name     uint32 // interned callback description
	internal bool
	queued   bool // in the ready queue (not just armed)
	live     bool // queued or armed, not yet run or dropped
}

// nameInfo is what a callback description says, worked out once per
// distinct description.
type nameInfo struct {
	known    bool
	internal bool
	label    uint32 // interned callbackLabel
	line     int32
}

// Model is the timeline of one run. Build makes one from a whole trace;
// Add grows it as a run emits events. It is not safe for concurrent use:
// even StateAt changes it (its replay advances).
type Model struct {
	store store
	lanes []*Lane

	loop, callbacks *Lane
	tasks           map[int64]*Lane
	threads         map[int64]*Lane

	// Builder state: what runs now, and the handles in flight.
	cur        *Lane
	gil        *Lane              // the thread holding the GIL
	handles    chunks[handleInfo] // by handle id
	names      []nameInfo         // by interned string id
	plainReady int                // user callbacks in the ready queue
	futures    map[int64]string   // what each future stands for

	// The output, as one log with offsets, so a state at step k need
	// not copy it: outSeq[i] is the event whose text ends at outEnd[i].
	out    []byte
	outSeq []int64
	outEnd []int

	states  stateIndex
	runLane chunks[int32] // per event: the Index of the lane running after it (-1: only the loop)
}

// Build returns the model of a whole trace.
func Build(events []trace.Event) *Model {
	m := New()
	m.Add(events...)
	return m
}

// New returns an empty model, for Add.
func New() *Model {
	m := &Model{
		tasks:   map[int64]*Lane{},
		threads: map[int64]*Lane{},
		futures: map[int64]string{},
	}
	m.loop = m.newLane(LoopLane, "loop", 0)
	m.store.init()
	m.states.init()
	return m
}

// Add appends events (in Seq order, continuing the ones before) to the
// model. Events out of order are ignored.
func (m *Model) Add(events ...trace.Event) {
	for i := range events {
		e := &events[i]
		if e.Seq != m.store.n+1 {
			continue
		}
		m.apply(e)
		m.store.add(e, len(m.outEnd)-1)
		run := int32(-1)
		if l := m.running(); l != m.loop {
			run = int32(l.Index)
		}
		m.runLane.add(run)
	}
}

// EventRange returns (copies of) events from..to-1 (1-based, clamped to
// the trace): a page of the trace table.
func (m *Model) EventRange(from, to int64) []trace.Event {
	from, to = max(from, 1), min(to, m.store.n+1)
	if to <= from {
		return []trace.Event{}
	}
	evs := make([]trace.Event, 0, to-from)
	for k := from; k < to; k++ {
		evs = append(evs, m.event(k))
	}
	return evs
}

// Time returns the time of step k (that of event k; step 0 is at the first
// event's time).
func (m *Model) Time(k int64) float64 { return m.timeAt(k) }

// Events rebuilds the trace the model was built from (for tests and
// export: it costs a copy of every event; EventRange copies a part).
func (m *Model) Events() []trace.Event {
	evs := make([]trace.Event, m.store.n)
	for k := range evs {
		evs[k] = m.event(int64(k) + 1)
	}
	return evs
}

// Len returns the number of events (steps) in the model.
func (m *Model) Len() int64 { return m.store.n }

// Event returns (a copy of) event k (1-based), or nil.
func (m *Model) Event(k int64) *trace.Event {
	if k < 1 || k > m.store.n {
		return nil
	}
	e := m.event(k)
	return &e
}

// Duration returns the time of the last event.
func (m *Model) Duration() float64 {
	if m.store.n == 0 {
		return 0
	}
	return m.store.at(m.store.n).time
}

func (m *Model) newLane(kind LaneKind, name string, id int64) *Lane {
	l := &Lane{Index: len(m.lanes), Kind: kind, Name: name, ID: id, strs: &m.store}
	m.lanes = append(m.lanes, l)
	return l
}

// Lane returns the lane with the given index (Lane.Index), or nil.
func (m *Model) Lane(i int) *Lane {
	if i < 0 || i >= len(m.lanes) {
		return nil
	}
	return m.lanes[i]
}

// Lanes returns the lanes in display order (see the package doc). With
// internal false, asyncio's own tasks are left out.
func (m *Model) Lanes(internal bool) []*Lane {
	var out []*Lane
	if m.loop.segs.n > 0 || m.loop.marks[MarkStart].n > 0 || len(m.threads) == 0 {
		// A program that only uses threads never runs the loop.
		out = append(out, m.loop)
	}
	children := map[int64][]*Lane{}
	var roots []*Lane
	var threads []*Lane
	for _, l := range m.lanes {
		switch {
		case l.Kind == TaskLane && (internal || !l.Internal):
			// A task whose parent is not drawn is drawn as a root.
			if p := m.tasks[l.Parent]; p != nil && l.Parent != 0 && (internal || !p.Internal) {
				children[l.Parent] = append(children[l.Parent], l)
			} else {
				roots = append(roots, l)
			}
		case l.Kind == ThreadLane:
			threads = append(threads, l)
		}
	}
	var walk func(l *Lane)
	walk = func(l *Lane) {
		out = append(out, l)
		for _, c := range children[l.ID] {
			walk(c)
		}
	}
	for _, l := range roots {
		walk(l)
	}
	if m.callbacks != nil {
		out = append(out, m.callbacks)
	}
	return append(out, threads...)
}

// handle returns what the model knows of handle id (nil for an id out of
// range).
func (m *Model) handle(id int64) *handleInfo {
	if id < 1 || id > 1<<32 {
		return nil
	}
	for int64(m.handles.n) <= id {
		m.handles.add(handleInfo{})
	}
	return m.handles.at(int(id))
}

// nameInfo returns what the callback description with interned id says.
func (m *Model) nameInfo(id uint32) *nameInfo {
	for uint32(len(m.names)) <= id {
		m.names = append(m.names, nameInfo{})
	}
	if !m.names[id].known {
		name := m.store.strs[id]
		label, line := callbackLabel(name)
		labelID := m.store.intern(label)
		m.names[id] = nameInfo{known: true, internal: isInternalCallback(name), label: labelID, line: int32(line)}
	}
	return &m.names[id]
}

// begin ends lane l's current segment at e and starts one in state s.
func (m *Model) begin(l *Lane, e *trace.Event, s SegState, label string) {
	m.beginID(l, e, s, m.store.intern(label))
}

func (m *Model) beginID(l *Lane, e *trace.Event, s SegState, id uint32) {
	if c := l.last(); c != nil && c.State == s && c.label == id && s != Running {
		return
	}
	m.end(l, e)
	l.segs.add(Segment{State: s, label: id, From: e.Seq, T0: e.Time})
	l.open = true
}

// end ends lane l's current segment at e; a segment that began at e itself
// took no step and no time and is dropped.
func (m *Model) end(l *Lane, e *trace.Event) {
	c := l.last()
	if c == nil {
		return
	}
	l.open = false
	if c.From == e.Seq {
		l.segs.pop()
		return
	}
	c.To, c.T1 = e.Seq, e.Time
}

func (l *Lane) mark(k MarkKind, e *trace.Event) {
	l.marks[k].add(Mark{Kind: k, Seq: e.Seq, T: e.Time})
}

// MarkText says what mark k records: the task's coroutine, the callback,
// what the timer ends, the output line, the exception, the result.
func (m *Model) MarkText(k *Mark) string {
	e := m.Event(k.Seq)
	if e == nil {
		return ""
	}
	switch e.Kind {
	case trace.KindTaskNew:
		return e.Value + "()"
	case trace.KindSchedule, trace.KindTimer:
		label, _ := callbackLabel(e.Name)
		if e.Kind == trace.KindTimer {
			label += " at " + formatSeconds(e.When)
		}
		return label
	case trace.KindFire, trace.KindCancel:
		return m.handleWhat(e.Handle)
	case trace.KindOutput:
		return strings.TrimSuffix(e.Text, "\n")
	case trace.KindDeadlock:
		return "deadlock"
	}
	return e.Value
}

// internalCallbacks are the names the loop gives its own callbacks.
var internalCallbacks = map[string]bool{
	"gather.<locals>._done_callback": true,
	"_run_until_complete_cb":         true,
	"_set_result_unless_cancelled":   true,
}

// internalCoros are asyncio's own tasks (asyncio.run's shutdown).
var internalCoros = map[string]bool{
	"_shutdown_asyncgens":                     true,
	"BaseEventLoop.shutdown_default_executor": true,
}

// internalPrefixes begin the names of asyncio's callbacks written in
// Python: bound methods of its classes carry no " at FILE:LINE".
var internalPrefixes = []string{
	"TaskGroup._on_task_done(", "_release_waiter(", "Condition.", "Event.", "Lock.", "Semaphore.", "Barrier.", "Timeout.",
}

func isInternalCallback(name string) bool {
	if internalCallbacks[name] || strings.Contains(name, "<stdlib>/") {
		return true
	}
	for _, p := range internalPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func cutSuffixes(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if v, ok := strings.CutSuffix(s, x); ok && v != "" {
			return v, true
		}
	}
	return s, false
}

// callbackLabel shortens a callback's description for a lane: the part
// before " at FILE:LINE", and the line.
func callbackLabel(name string) (string, int) {
	i := strings.LastIndex(name, " at ")
	if i < 0 {
		return name, 0
	}
	line := 0
	if j := strings.LastIndexByte(name, ':'); j > i {
		line, _ = strconv.Atoi(name[j+1:])
	}
	return name[:i], line
}

func (m *Model) callbackLane() *Lane {
	if m.callbacks == nil {
		m.callbacks = m.newLane(CallbackLane, "callbacks", 0)
	}
	return m.callbacks
}

// running returns the lane whose code runs now: the current task or
// callback, else the thread holding the GIL, else the loop.
func (m *Model) running() *Lane {
	if m.cur != nil {
		return m.cur
	}
	if m.gil != nil {
		return m.gil
	}
	return m.loop
}

// stopCallback ends the callbacks lane's Running segment, if it has one.
func (m *Model) stopCallback(e *trace.Event) {
	cb := m.callbacks
	if cb == nil || m.cur != cb {
		return
	}
	m.cur = nil
	if m.plainReady > 0 {
		m.begin(cb, e, Ready, "")
	} else {
		m.end(cb, e)
	}
}

// apply advances the lanes by one event.
func (m *Model) apply(e *trace.Event) {
	switch {
	case e.Thread != 0:
		m.threadOf(e)
	case e.Kind == trace.KindThreadBlock, e.Kind == trace.KindThreadWake, e.Kind == trace.KindThreadRun:
		// A single-threaded run's time.sleep: the main thread's lane
		// shows it running from the start, then waiting.
		m.threadOf(e)
	}
	switch e.Kind {
	case trace.KindRunStart:
		m.loop.mark(MarkStart, e)
		m.begin(m.loop, e, Running, "")
	case trace.KindRunStop:
		m.stopCallback(e)
		m.cur = nil
		m.end(m.loop, e)
		m.loop.mark(MarkStop, e)
	case trace.KindIteration:
		m.stopCallback(e)
		m.cur = nil
		m.begin(m.loop, e, Running, "iteration "+strconv.FormatInt(e.N, 10))
	case trace.KindIdle:
		m.begin(m.loop, e, Idle, "until "+formatSeconds(e.When))
	case trace.KindSchedule, trace.KindTimer:
		h := m.handle(e.Handle)
		if h == nil {
			break
		}
		name := m.store.intern(e.Name)
		ni := m.nameInfo(name)
		*h = handleInfo{seq: e.Seq, task: e.Task, name: name, queued: e.Kind == trace.KindSchedule, live: true}
		h.internal = e.Task == 0 && ni.internal
		if e.Task != 0 {
			if t := m.tasks[e.Task]; t != nil {
				m.begin(t, e, Ready, "")
				// A step is named for its task as it is named now: a
				// set_name (TaskGroup.create_task(name=...)) shows here.
				if name, ok := cutSuffixes(e.Name, " step", " wakeup"); ok && name != t.Name {
					t.Name = name
					m.futures[e.Task] = name
				}
			}
			break
		}
		if h.internal {
			break
		}
		cb := m.callbackLane()
		cb.mark(MarkScheduled, e)
		if h.queued {
			m.plainReady++
			if m.cur != cb {
				m.begin(cb, e, Ready, "")
			}
		}
	case trace.KindFire:
		h := m.handle(e.Handle)
		if h == nil || !h.live {
			break
		}
		h.queued = true
		switch {
		case h.task != 0 || h.internal:
			m.loop.mark(MarkFired, e)
		default:
			cb := m.callbackLane()
			cb.mark(MarkFired, e)
			m.plainReady++
			if m.cur != cb {
				m.begin(cb, e, Ready, "")
			}
		}
	case trace.KindCancel:
		if h := m.handle(e.Handle); h != nil && h.live && h.task == 0 && !h.internal {
			m.callbackLane().mark(MarkCancelled, e)
		}
	case trace.KindDrop, trace.KindRun:
		h := m.handle(e.Handle)
		if h == nil || !h.live {
			break
		}
		h.live = false
		if h.task != 0 || h.internal {
			break
		}
		cb := m.callbackLane()
		if h.queued {
			m.plainReady--
		}
		if e.Kind == trace.KindRun {
			m.cur = cb
			ni := m.nameInfo(h.name)
			m.beginID(cb, e, Running, ni.label)
			cb.last().Line = ni.line
		} else if m.plainReady == 0 && m.cur != cb {
			m.end(cb, e)
		}
	case trace.KindTaskNew:
		t := m.newLane(TaskLane, e.Name, e.Task)
		t.Coro = e.Value
		t.Internal = internalCoros[e.Value]
		if m.cur != nil && m.cur.Kind == TaskLane {
			t.Parent = m.cur.ID
		}
		m.tasks[e.Task] = t
		m.futures[e.Task] = e.Name
		t.mark(MarkCreated, e)
	case trace.KindStep:
		if t := m.tasks[e.Task]; t != nil {
			m.cur = t
			m.begin(t, e, Running, "")
			t.last().Line = int32(e.Line)
		}
	case trace.KindSuspend:
		if t := m.tasks[e.Task]; t != nil {
			label := e.Value
			if label == "" {
				label = "yield"
			}
			m.begin(t, e, Waiting, label)
			if m.cur == t {
				m.cur = nil
			}
		}
	case trace.KindTaskDone:
		if t := m.tasks[e.Task]; t != nil {
			m.end(t, e)
			t.Outcome, t.Value = e.State, e.Value
			switch e.State {
			case trace.StateException:
				t.mark(MarkException, e)
			case trace.StateCancelled:
				t.mark(MarkCancelled, e)
			default:
				t.mark(MarkDone, e)
			}
			if m.cur == t {
				m.cur = nil
			}
		}
	case trace.KindFutureNew:
		m.futures[e.Future] = e.Name
	case trace.KindOutput:
		m.out = append(m.out, e.Text...)
		m.outSeq = append(m.outSeq, e.Seq)
		m.outEnd = append(m.outEnd, len(m.out))
		m.running().mark(MarkOutput, e)
	case trace.KindException:
		l := m.tasks[e.Task]
		if l == nil {
			l = m.running()
		}
		l.mark(MarkException, e)
	case trace.KindThreadNew:
		l := m.threadLane(e.Thread)
		if e.Name != "" {
			l.Name = e.Name
		}
		l.mark(MarkCreated, e)
		m.begin(l, e, Ready, "")
	case trace.KindThreadRun:
		l := m.threadLane(e.Thread)
		if g := m.gil; g != nil && g != l {
			if c := g.last(); c != nil && c.State == Running {
				m.begin(g, e, Ready, "")
			}
		}
		m.gil = l
		m.begin(l, e, Running, "")
	case trace.KindThreadBlock:
		l := m.threadLane(e.Thread)
		m.begin(l, e, Waiting, e.Value)
		if m.gil == l {
			m.gil = nil
		}
	case trace.KindThreadWake:
		m.begin(m.threadLane(e.Thread), e, Ready, "")
	case trace.KindThreadDone:
		l := m.threadLane(e.Thread)
		m.end(l, e)
		l.Outcome, l.Value = e.State, e.Value
		if e.State == trace.StateException {
			l.mark(MarkException, e)
		} else {
			l.mark(MarkDone, e)
		}
		if m.gil == l {
			m.gil = nil
		}
	case trace.KindDeadlock:
		m.running().mark(MarkException, e)
		for _, l := range m.lanes {
			if l.Kind == ThreadLane {
				m.end(l, e)
			}
		}
	}
}

// threadOf makes sure the thread of an event has a lane. The main thread
// (1) gets one when a second thread first appears: it ran from the start.
func (m *Model) threadOf(e *trace.Event) {
	if _, ok := m.threads[1]; !ok {
		main := m.threadLane(1)
		main.segs.add(Segment{State: Running, From: 1})
		main.open = true
		if m.gil == nil {
			m.gil = main
		}
	}
	m.threadLane(e.Thread)
}

func (m *Model) threadLane(id int64) *Lane {
	if id == 0 {
		// A thread event of a run that never had a second thread is the
		// main thread's.
		id = 1
	}
	if l := m.threads[id]; l != nil {
		return l
	}
	name := "Thread-" + strconv.FormatInt(id-1, 10)
	if id == 1 {
		name = "MainThread"
	}
	l := m.newLane(ThreadLane, name, id)
	m.threads[id] = l
	return l
}

// formatSeconds writes a time for people: "1 s", "0.25 s", "1.5 ms".
func formatSeconds(t float64) string {
	switch {
	case t == 0:
		return "0 s"
	case t < 0.001 && t > -0.001:
		return strconv.FormatFloat(t*1e6, 'g', 3, 64) + " µs"
	case t < 1 && t > -1:
		return strconv.FormatFloat(t*1e3, 'g', 3, 64) + " ms"
	}
	return strconv.FormatFloat(t, 'g', 4, 64) + " s"
}
