package trace

import (
	"fmt"
	"sort"
	"strings"
)

// Handle is a callback handle as a Replay sees it.
type Handle struct {
	ID        int64
	Name      string  // the callback
	Task      int64   // the task whose step this is, if any
	When      float64 // deadline, for timers
	Timer     bool    // armed with call_at/call_later
	Seq       int64   // the event that queued it
	Cancelled bool
}

// Task is a task's state as a Replay sees it.
type Task struct {
	ID      int64
	Name    string // "Task-1", ...
	Coro    string // the coroutine's qualified name
	State   string // "pending", "ready", "running", "waiting" or "done"
	WaitsOn int64  // future the task waits on while "waiting" (0: none)
	Waits   string // description of what it waits on
	Outcome string // when done: "result", "exception" or "cancelled"
	Value   string // when done: the result's repr, the exception, the cancel message
}

// Future is a plain future's state as a Replay sees it.
type Future struct {
	ID        int64
	Name      string
	Done      bool
	Outcome   string
	Value     string
	Callbacks []string
}

// Replay rebuilds the loop's state from events applied in order.
type Replay struct {
	Seq       int64   // the last event applied
	Time      float64 // the loop's time at that event
	Iteration int64   // the current iteration of the loop
	Running   bool    // the loop is running
	Current   int64   // the task whose step is running (0: none)

	Ready   []*Handle         // the ready queue, head first
	Timers  map[int64]*Handle // armed timers by handle id
	Tasks   map[int64]*Task
	Order   []int64 // task ids in creation order
	Futures map[int64]*Future

	Stdout, Stderr strings.Builder
	Output         strings.Builder // both streams interleaved as written

	// NoOutput leaves Stdout, Stderr and Output empty, for a caller that
	// keeps the output itself (package timeline keeps one log and offsets
	// into it, so that its snapshots need not copy the output).
	NoOutput bool

	Exceptions []string
}

// NewReplay returns an empty state, as before the first event.
func NewReplay() *Replay {
	return &Replay{
		Timers:  map[int64]*Handle{},
		Tasks:   map[int64]*Task{},
		Futures: map[int64]*Future{},
	}
}

// Rebuild applies events up to and including the one with sequence number
// k (all of them when k < 0) and returns the state then.
func Rebuild(events []Event, k int64) (*Replay, error) {
	r := NewReplay()
	for i := range events {
		if k >= 0 && events[i].Seq > k {
			break
		}
		if err := r.Apply(&events[i]); err != nil {
			return r, err
		}
	}
	return r, nil
}

// Apply advances the state by one event. It reports events that do not fit
// the state (a run of a handle that is not at the head of the ready queue,
// say): a trace that does not replay is a bug in the loop that wrote it.
func (r *Replay) Apply(e *Event) error {
	if e.Seq != r.Seq+1 {
		return fmt.Errorf("event %d follows event %d", e.Seq, r.Seq)
	}
	r.Seq = e.Seq
	r.Time = e.Time
	switch e.Kind {
	case KindRunStart:
		r.Running = true
	case KindRunStop:
		r.Running = false
		r.Current = 0
	case KindIteration:
		r.Iteration = e.N
		r.Current = 0
	case KindIdle:
	case KindSchedule:
		r.Ready = append(r.Ready, &Handle{ID: e.Handle, Name: e.Name, Task: e.Task, Seq: e.Seq})
		if t := r.Tasks[e.Task]; t != nil && t.State != "done" {
			t.State, t.WaitsOn, t.Waits = "ready", 0, ""
		}
	case KindTimer:
		r.Timers[e.Handle] = &Handle{ID: e.Handle, Name: e.Name, Task: e.Task, When: e.When, Timer: true, Seq: e.Seq}
	case KindFire:
		h := r.Timers[e.Handle]
		if h == nil {
			return fmt.Errorf("event %d: fire of handle %d, which is not an armed timer", e.Seq, e.Handle)
		}
		delete(r.Timers, e.Handle)
		r.Ready = append(r.Ready, h)
	case KindCancel:
		// Handles are never changed in place, so that a Clone can share
		// them (and the ready queue's array) with the state it came from.
		if h := r.Timers[e.Handle]; h != nil {
			c := *h
			c.Cancelled = true
			r.Timers[e.Handle] = &c
		}
		for i, h := range r.Ready {
			if h.ID == e.Handle {
				r.Ready = append([]*Handle(nil), r.Ready...)
				c := *h
				c.Cancelled = true
				r.Ready[i] = &c
				break
			}
		}
	case KindDrop:
		if _, ok := r.Timers[e.Handle]; ok {
			delete(r.Timers, e.Handle)
			break
		}
		if len(r.Ready) == 0 || r.Ready[0].ID != e.Handle {
			return fmt.Errorf("event %d: drop of handle %d, which is neither a timer nor at the head of the ready queue", e.Seq, e.Handle)
		}
		r.Ready = r.Ready[1:]
	case KindRun:
		if len(r.Ready) == 0 || r.Ready[0].ID != e.Handle {
			return fmt.Errorf("event %d: run of handle %d, which is not at the head of the ready queue", e.Seq, e.Handle)
		}
		r.Ready = r.Ready[1:]
	case KindTaskNew:
		r.Tasks[e.Task] = &Task{ID: e.Task, Name: e.Name, Coro: e.Value, State: "pending"}
		r.Order = append(r.Order, e.Task)
	case KindStep:
		t := r.Tasks[e.Task]
		if t == nil {
			return fmt.Errorf("event %d: step of unknown task %d", e.Seq, e.Task)
		}
		t.State, t.WaitsOn, t.Waits = "running", 0, ""
		r.Current = e.Task
	case KindSuspend:
		t := r.Tasks[e.Task]
		if t == nil {
			return fmt.Errorf("event %d: suspend of unknown task %d", e.Seq, e.Task)
		}
		t.State, t.WaitsOn, t.Waits = "waiting", e.Future, e.Value
		r.Current = 0
	case KindTaskDone:
		t := r.Tasks[e.Task]
		if t == nil {
			return fmt.Errorf("event %d: end of unknown task %d", e.Seq, e.Task)
		}
		t.State, t.WaitsOn, t.Waits, t.Outcome, t.Value = "done", 0, "", e.State, e.Value
		if r.Current == e.Task {
			r.Current = 0
		}
	case KindFutureNew:
		r.Futures[e.Future] = &Future{ID: e.Future, Name: e.Name}
	case KindFutureDone:
		if f := r.Futures[e.Future]; f != nil {
			f.Done, f.Outcome, f.Value = true, e.State, e.Value
		}
	case KindCallback:
		if f := r.Futures[e.Future]; f != nil {
			f.Callbacks = append(f.Callbacks, e.Name)
		}
	case KindOutput:
		if r.NoOutput {
			break
		}
		if e.Stream == "stderr" {
			r.Stderr.WriteString(e.Text)
		} else {
			r.Stdout.WriteString(e.Text)
		}
		r.Output.WriteString(e.Text)
	case KindException:
		r.Exceptions = append(r.Exceptions, e.Value)
	case KindThreadNew, KindThreadRun, KindThreadBlock, KindThreadWake, KindThreadDone, KindDeadlock:
		// Threads' states are the timeline model's (package timeline); the
		// loop's state does not change.
	default:
		return fmt.Errorf("event %d: unknown kind %q", e.Seq, e.Kind)
	}
	return nil
}

// Clone returns a copy of r that later Applies to either do not change
// the other. It shares what Apply never changes in place (handles, the
// ready queue's array, callback lists), so it costs O(timers + tasks +
// futures), plus the output unless NoOutput is set.
func (r *Replay) Clone() *Replay {
	c := &Replay{
		Seq: r.Seq, Time: r.Time, Iteration: r.Iteration, Running: r.Running, Current: r.Current,
		// Full slice expressions: an append to the clone's slices copies
		// rather than writing into the array the original appends to.
		Ready:      r.Ready[:len(r.Ready):len(r.Ready)],
		Order:      r.Order[:len(r.Order):len(r.Order)],
		Exceptions: r.Exceptions[:len(r.Exceptions):len(r.Exceptions)],
		Timers:     make(map[int64]*Handle, len(r.Timers)),
		Tasks:      make(map[int64]*Task, len(r.Tasks)),
		Futures:    make(map[int64]*Future, len(r.Futures)),
		NoOutput:   r.NoOutput,
	}
	for id, h := range r.Timers {
		c.Timers[id] = h
	}
	for id, t := range r.Tasks {
		tc := *t
		c.Tasks[id] = &tc
	}
	for id, f := range r.Futures {
		fc := *f
		fc.Callbacks = f.Callbacks[:len(f.Callbacks):len(f.Callbacks)]
		c.Futures[id] = &fc
	}
	if !r.NoOutput {
		c.Stdout.WriteString(r.Stdout.String())
		c.Stderr.WriteString(r.Stderr.String())
		c.Output.WriteString(r.Output.String())
	}
	return c
}

// TimerList returns the armed timers sorted by deadline, then by when they
// were armed.
func (r *Replay) TimerList() []*Handle {
	l := make([]*Handle, 0, len(r.Timers))
	for _, h := range r.Timers {
		l = append(l, h)
	}
	sort.Slice(l, func(i, j int) bool {
		if l[i].When != l[j].When {
			return l[i].When < l[j].When
		}
		return l[i].Seq < l[j].Seq
	})
	return l
}

// TaskList returns the tasks in creation order.
func (r *Replay) TaskList() []*Task {
	l := make([]*Task, len(r.Order))
	for i, id := range r.Order {
		l[i] = r.Tasks[id]
	}
	return l
}
