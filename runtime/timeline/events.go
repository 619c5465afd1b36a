package timeline

import (
	"math"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// The model keeps the trace itself (StateAt replays it from checkpoints),
// so a run of a million events must be cheap to hold: each event is a
// fixed-size record without pointers (the garbage collector never scans
// them), its strings interned, its output text in the model's output log,
// and the records live in chunks, so that appending never copies the ones
// already stored.
type rec struct {
	time   float64
	handle int64 // Handle, or N for an iteration
	task   int64
	future int64 // Future, or for the kinds that have no future (timer, idle) the bits of When
	thread int32
	line   int32
	name   uint32 // interned Name
	value  uint32 // interned Value, or for output the index of its text in the output log
	state  uint32 // interned State; for output the stream (0 stdout, 1 stderr)
	kind   uint8  // interned Kind
}

const chunkBits = 12

type store struct {
	chunks [][]rec
	n      int64
	strs   []string // interned strings; strs[0] is ""
	ids    map[string]uint32
	last   string // the string interned last, and its id
	lastID uint32
}

// kindID returns the interned id of one of the schema's kinds, which every
// store interns first, in the order of kinds. A switch, as a map lookup per
// event costs more (in WebAssembly above all).
func kindID(k string) (uint32, bool) {
	switch k {
	case trace.KindRunStart:
		return 1, true
	case trace.KindRunStop:
		return 2, true
	case trace.KindIteration:
		return 3, true
	case trace.KindIdle:
		return 4, true
	case trace.KindSchedule:
		return 5, true
	case trace.KindTimer:
		return 6, true
	case trace.KindFire:
		return 7, true
	case trace.KindCancel:
		return 8, true
	case trace.KindDrop:
		return 9, true
	case trace.KindRun:
		return 10, true
	case trace.KindTaskNew:
		return 11, true
	case trace.KindStep:
		return 12, true
	case trace.KindSuspend:
		return 13, true
	case trace.KindTaskDone:
		return 14, true
	case trace.KindFutureNew:
		return 15, true
	case trace.KindFutureDone:
		return 16, true
	case trace.KindCallback:
		return 17, true
	case trace.KindOutput:
		return 18, true
	case trace.KindException:
		return 19, true
	case trace.KindThreadNew:
		return 20, true
	case trace.KindThreadRun:
		return 21, true
	case trace.KindThreadBlock:
		return 22, true
	case trace.KindThreadWake:
		return 23, true
	case trace.KindThreadDone:
		return 24, true
	case trace.KindDeadlock:
		return 25, true
	}
	return 0, false
}

func (s *store) init() {
	s.strs = []string{""}
	s.ids = map[string]uint32{"": 0}
	for _, k := range kinds {
		s.intern(k)
	}
}

var kinds = []string{trace.KindRunStart, trace.KindRunStop, trace.KindIteration, trace.KindIdle,
	trace.KindSchedule, trace.KindTimer, trace.KindFire, trace.KindCancel, trace.KindDrop, trace.KindRun,
	trace.KindTaskNew, trace.KindStep, trace.KindSuspend, trace.KindTaskDone, trace.KindFutureNew,
	trace.KindFutureDone, trace.KindCallback, trace.KindOutput, trace.KindException,
	trace.KindThreadNew, trace.KindThreadRun, trace.KindThreadBlock, trace.KindThreadWake,
	trace.KindThreadDone, trace.KindDeadlock}

func (s *store) intern(v string) uint32 {
	if v == "" {
		return 0
	}
	// Runs repeat the same strings, often the very same string values.
	if v == s.last {
		return s.lastID
	}
	if id, ok := s.ids[v]; ok {
		s.last, s.lastID = v, id
		return id
	}
	id := uint32(len(s.strs))
	s.strs = append(s.strs, v)
	s.ids[v] = id
	return id
}

// at returns the record of event k (1-based).
func (s *store) at(k int64) *rec {
	i := k - 1
	return &s.chunks[i>>chunkBits][i&(1<<chunkBits-1)]
}

// add stores e; out is the index of its text in the output log, for an
// output event.
func (s *store) add(e *trace.Event, out int) {
	if s.n&(1<<chunkBits-1) == 0 {
		s.chunks = append(s.chunks, make([]rec, 0, 1<<chunkBits))
	}
	r := rec{time: e.Time, handle: e.Handle, task: e.Task, future: e.Future,
		thread: int32(e.Thread), line: int32(e.Line), name: s.intern(e.Name)}
	kind, ok := kindID(e.Kind)
	if !ok {
		kind = s.intern(e.Kind)
		if kind > 255 {
			kind = s.intern("unknown")
		}
	}
	r.kind = uint8(kind)
	if e.Kind == trace.KindIteration {
		r.handle = e.N
	}
	if e.Kind == trace.KindTimer || e.Kind == trace.KindIdle {
		// The kinds with a deadline have no future.
		r.future = int64(math.Float64bits(e.When))
	}
	if e.Kind == trace.KindOutput {
		r.value = uint32(out)
		if e.Stream == "stderr" {
			r.state = 1
		}
	} else {
		r.value = s.intern(e.Value)
		r.state = s.intern(e.State)
	}
	c := &s.chunks[len(s.chunks)-1]
	*c = append(*c, r)
	s.n++
}

func (s *store) kind(k int64) string { return s.strs[s.at(k).kind] }

// event rebuilds event k.
func (m *Model) event(k int64) trace.Event {
	r := m.store.at(k)
	s := m.store.strs
	e := trace.Event{Seq: k, Time: r.time, Kind: s[r.kind], Line: int(r.line), Task: r.task, Future: r.future,
		Name: s[r.name], Thread: int64(r.thread)}
	if e.Kind == trace.KindTimer || e.Kind == trace.KindIdle {
		e.When, e.Future = math.Float64frombits(uint64(r.future)), 0
	}
	switch e.Kind {
	case trace.KindIteration:
		e.N = r.handle
	case trace.KindOutput:
		e.Stream = "stdout"
		if r.state == 1 {
			e.Stream = "stderr"
		}
		i := int(r.value)
		start := 0
		if i > 0 {
			start = m.outEnd[i-1]
		}
		e.Text = string(m.out[start:m.outEnd[i]])
	default:
		e.Handle = r.handle
		e.Value = s[r.value]
		e.State = s[r.state]
	}
	return e
}
