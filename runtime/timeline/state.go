package timeline

import (
	"sort"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// The loop's state at step k is trace.Replay's, rebuilt from a checkpoint:
// a snapshot of the Replay is kept every checkpointEvery events, or less
// often when snapshots are big (the next one is taken no sooner than as
// many events as the last one cost), so the snapshots together cost
// O(events) and StateAt(k) costs O(checkpointEvery + state size).
//
// The replay runs lazily, as far as the furthest step asked for: Add, which
// runs while the program runs, only draws the lanes, so that watching a
// run costs it little; the first StateAt near the end of a long run pays
// for the replay once.
const checkpointEvery = 1024

type stateIndex struct {
	live *trace.Replay   // the state after the furthest event replayed
	cps  []*trace.Replay // snapshots, in Seq order; cps[0] is the empty state
	next int64           // take the next snapshot at this Seq
	err  error           // the first event that did not replay

	scratch *trace.Replay // the state StateAt returned last, to step on from
}

func (s *stateIndex) init() {
	s.live = trace.NewReplay()
	s.live.NoOutput = true
	s.cps = []*trace.Replay{s.live.Clone()}
	s.next = checkpointEvery
}

// advance replays events up to k (or to the first that does not replay),
// taking snapshots on the way.
func (s *stateIndex) advance(m *Model, k int64) {
	for s.err == nil && s.live.Seq < k {
		e := m.event(s.live.Seq + 1)
		if err := s.live.Apply(&e); err != nil {
			s.err = err
			return
		}
		if e.Seq >= s.next {
			c := s.live.Clone()
			s.cps = append(s.cps, c)
			s.next = e.Seq + max(checkpointEvery, int64(len(c.Timers)+len(c.Tasks)+len(c.Futures)))
		}
	}
}

// ReplayError returns the first inconsistency found while replaying the
// trace (nil for a trace the loop wrote correctly); it replays the whole
// trace if it was not yet. States after it are those of the events before
// it.
func (m *Model) ReplayError() error {
	m.states.advance(m, m.Len())
	return m.states.err
}

// replayAt returns the Replay after event k. The result is shared: callers
// must not change it.
func (m *Model) replayAt(k int64) *trace.Replay {
	s := &m.states
	s.advance(m, k)
	k = min(max(k, 0), s.live.Seq)
	if k == s.live.Seq {
		return s.live
	}
	i := sort.Search(len(s.cps), func(i int) bool { return s.cps[i].Seq > k }) - 1
	cp := s.cps[i]
	r := s.scratch
	if r == nil || r.Seq > k || r.Seq < cp.Seq {
		r = cp.Clone()
	}
	for r.Seq < k {
		e := m.event(r.Seq + 1)
		if err := r.Apply(&e); err != nil {
			break
		}
	}
	s.scratch = r
	return r
}

// MaxList bounds the lists of a State (ready queue, timers, tasks,
// futures): the page shows the first ones and the counts.
const MaxList = 100

// MaxOutputTail bounds State.Output.
const MaxOutputTail = 4096

// State is the loop's state at one step, for the page's panel. It is a
// plain tree of values; AppendJSON writes it as JSON.
type State struct {
	Step      int64   `json:"step"`           // k: the state just after event k
	Steps     int64   `json:"steps"`          // the number of events
	Time      float64 `json:"time"`           // the loop's clock at event k
	Kind      string  `json:"kind,omitempty"` // event k's kind
	Line      int     `json:"line,omitempty"` // the source line of step k (0: none)
	Iteration int64   `json:"iteration"`
	Running   bool    `json:"running"`           // the loop is running
	Current   string  `json:"current,omitempty"` // the task, callback or thread running
	Lane      int     `json:"lane"`              // its lane's Index (-1: none)

	Ready     []Item `json:"ready"`     // the ready queue, head first (at most MaxList)
	ReadyLen  int    `json:"readyLen"`  // its full length
	Timers    []Item `json:"timers"`    // armed timers by deadline (at most MaxList)
	TimersLen int    `json:"timersLen"` // how many

	Tasks    []TaskState   `json:"tasks"`    // tasks not done first, in creation order (at most MaxList)
	TasksLen int           `json:"tasksLen"` // how many tasks exist
	Futures  []FutureState `json:"futures"`  // pending plain futures that have callbacks (at most MaxList)
	Threads  []ThreadState `json:"threads"`

	Output     string   `json:"output"`    // the end of the output so far (at most MaxOutputTail bytes)
	OutputLen  int      `json:"outputLen"` // bytes of output so far
	Exceptions []string `json:"exceptions"`

	Narration string `json:"narration"` // Narrate(k)
}

// Item is a handle in the ready queue or on the timer heap.
type Item struct {
	Handle    int64   `json:"handle"`
	Name      string  `json:"name"`           // the callback, shortened ("print_hello()", "Task-2 step")
	What      string  `json:"what"`           // what it does for a reader ("Task-2", "the end of sleep(1)", "print_hello()")
	Task      string  `json:"task,omitempty"` // the task whose step it is
	When      float64 `json:"when,omitempty"` // a timer's deadline
	Cancelled bool    `json:"cancelled,omitempty"`
}

// TaskState is one task at a step.
type TaskState struct {
	Name    string `json:"name"`
	Coro    string `json:"coro"`
	State   string `json:"state"`           // pending, ready, running, waiting or done
	Waits   string `json:"waits,omitempty"` // what it waits on
	Outcome string `json:"outcome,omitempty"`
	Value   string `json:"value,omitempty"`
	Lane    int    `json:"lane"`
}

// FutureState is one pending future at a step.
type FutureState struct {
	ID        int64    `json:"id"`
	Name      string   `json:"name"`
	Callbacks []string `json:"callbacks"`
}

// ThreadState is one thread at a step.
type ThreadState struct {
	Name  string `json:"name"`
	State string `json:"state"`           // running, ready, waiting or done ("" before it starts)
	Waits string `json:"waits,omitempty"` // what a waiting thread waits on
	Lane  int    `json:"lane"`
}

// StateAt returns the state just after event k (0: before the first).
func (m *Model) StateAt(k int64) *State {
	k = min(max(k, 0), m.Len())
	r := m.replayAt(k)
	st := &State{Step: k, Steps: m.Len(), Time: r.Time, Iteration: r.Iteration, Running: r.Running, Lane: -1}
	if k > 0 {
		st.Kind = m.store.kind(k)
	}
	st.Line = m.Line(k)
	if l := m.runningAt(k); l != nil {
		st.Lane = l.Index
		st.Current = l.Name
		if l.Kind == CallbackLane {
			if i := segmentAt(l, k); i >= 0 {
				st.Current = l.Label(l.Segment(i))
			}
		}
	}
	st.ReadyLen = len(r.Ready)
	st.Ready = make([]Item, 0, min(len(r.Ready), MaxList))
	for _, h := range r.Ready[:min(len(r.Ready), MaxList)] {
		st.Ready = append(st.Ready, m.item(r, h))
	}
	timers := r.TimerList()
	st.TimersLen = len(timers)
	st.Timers = make([]Item, 0, min(len(timers), MaxList))
	for _, h := range timers[:min(len(timers), MaxList)] {
		st.Timers = append(st.Timers, m.item(r, h))
	}
	st.TasksLen = len(r.Order)
	st.Tasks = []TaskState{}
	for pass := 0; pass < 2 && len(st.Tasks) < MaxList; pass++ {
		for _, id := range r.Order {
			t := r.Tasks[id]
			if (t.State == "done") != (pass == 1) {
				continue
			}
			ts := TaskState{Name: t.Name, Coro: t.Coro, State: t.State, Waits: t.Waits, Outcome: t.Outcome, Value: t.Value, Lane: -1}
			if l := m.tasks[id]; l != nil {
				ts.Lane = l.Index
			}
			st.Tasks = append(st.Tasks, ts)
			if len(st.Tasks) == MaxList {
				break
			}
		}
	}
	st.Futures = []FutureState{}
	ids := make([]int64, 0)
	for id, f := range r.Futures {
		if !f.Done && len(f.Callbacks) > 0 {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids[:min(len(ids), MaxList)] {
		f := r.Futures[id]
		st.Futures = append(st.Futures, FutureState{ID: id, Name: f.Name, Callbacks: f.Callbacks})
	}
	st.Threads = []ThreadState{}
	for _, l := range m.lanes {
		if l.Kind != ThreadLane {
			continue
		}
		ts := ThreadState{Name: l.Name, Lane: l.Index}
		if i := segmentAt(l, k); i >= 0 {
			s := *l.Segment(i)
			ts.State = s.State.String()
			if s.State == Waiting {
				ts.Waits = l.Label(&s)
			}
		} else if l.NumSegments() > 0 && l.Segment(0).From <= k {
			ts.State = "done"
		}
		st.Threads = append(st.Threads, ts)
	}
	end := m.outputEnd(k)
	st.OutputLen = end
	st.Output = tail(string(m.out[max(0, end-MaxOutputTail-3):end]), MaxOutputTail)
	st.Exceptions = r.Exceptions[:len(r.Exceptions):len(r.Exceptions)]
	if st.Exceptions == nil {
		st.Exceptions = []string{}
	}
	st.Narration = m.narrate(k, r)
	return st
}

func (m *Model) item(r *trace.Replay, h *trace.Handle) Item {
	it := Item{Handle: h.ID, When: h.When, Cancelled: h.Cancelled, What: m.what(r, h)}
	it.Name, _ = callbackLabel(h.Name)
	if t := r.Tasks[h.Task]; t != nil {
		it.Task = t.Name
	}
	return it
}

// tail returns the last n bytes of s, starting at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && s[i]&0xc0 == 0x80 {
		i++
	}
	return s[i:]
}

// Output returns the output (both streams, as written) up to step k.
func (m *Model) Output(k int64) string { return string(m.out[:m.outputEnd(k)]) }

// outputEnd returns the length of the output up to step k.
func (m *Model) outputEnd(k int64) int {
	i := sort.Search(len(m.outSeq), func(i int) bool { return m.outSeq[i] > k })
	if i == 0 {
		return 0
	}
	return m.outEnd[i-1]
}

// segmentAt returns the index of lane l's segment that holds step k, or -1.
// A segment holds the steps From..To-1; an open one all from From on.
func segmentAt(l *Lane, k int64) int {
	i := l.segs.search(func(s *Segment) bool { return s.From > k }) - 1
	if i < 0 {
		return -1
	}
	if s := l.Segment(i); s.To != 0 && s.To <= k {
		return -1
	}
	return i
}

// runningAt returns the lane whose code runs at step k: a task in a step,
// a callback, or else the thread holding the GIL; nil when only the loop
// runs (or nothing).
func (m *Model) runningAt(k int64) *Lane {
	if k < 1 || k > int64(m.runLane.n) || *m.runLane.at(int(k - 1)) < 0 {
		return nil
	}
	return m.lanes[*m.runLane.at(int(k - 1))]
}

// Line returns the source line of step k: event k's own, or else that of
// the step or callback it happens in.
func (m *Model) Line(k int64) int {
	for j := min(k, m.Len()); j >= 1 && j > k-256; j-- {
		if line := m.store.at(j).line; line != 0 {
			return int(line)
		}
		switch m.store.kind(j) {
		case trace.KindRun:
			if cb := m.callbacks; cb != nil {
				if i := segmentAt(cb, j); i >= 0 && cb.Segment(i).From == j {
					return int(cb.Segment(i).Line)
				}
			}
			return 0
		case trace.KindIteration, trace.KindSuspend, trace.KindTaskDone, trace.KindIdle:
			return 0
		}
	}
	return 0
}

// Significant reports whether event k is one a reader stops at by
// default: every event but the loop's bookkeeping (iteration starts,
// future creation, done-callback registration).
func (m *Model) Significant(k int64) bool {
	if k < 1 || k > m.Len() {
		return k == 0
	}
	switch m.store.kind(k) {
	case trace.KindIteration, trace.KindFutureNew, trace.KindCallback:
		return false
	}
	return true
}

// NextStep returns the next significant step after k (dir > 0) or the
// previous one before it (dir < 0), staying within 0..Len().
func (m *Model) NextStep(k int64, dir int) int64 {
	n := m.Len()
	for {
		if dir >= 0 {
			k++
		} else {
			k--
		}
		if k <= 0 {
			return 0
		}
		if k >= n {
			return n
		}
		if m.Significant(k) {
			return k
		}
	}
}

// NextInLane returns the step at which the lane running at step k (a
// task, the callbacks, a thread; or, when only the loop runs at k, the
// one that ran last before it) next starts running after k (dir > 0), or
// last started running before k (dir < 0): where that task resumes, or
// the next callback. It returns k when there is no such step.
func (m *Model) NextInLane(k int64, dir int) int64 {
	var l *Lane
	for j := k; j >= 1 && j > k-10000 && l == nil; j-- {
		l = m.runningAt(j)
	}
	if l == nil {
		return k
	}
	i := l.segs.search(func(s *Segment) bool { return s.From > k })
	if dir > 0 {
		for ; i < l.segs.n; i++ {
			if s := l.Segment(i); s.State == Running {
				return s.From
			}
		}
		return k
	}
	for i--; i >= 0; i-- {
		if s := l.Segment(i); s.State == Running && s.From < k {
			return s.From
		}
	}
	return k
}
