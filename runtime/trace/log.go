package trace

import (
	"math"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A Sink receives a run's events as they happen.
type Sink interface {
	Add(e Event)
}

// Func adapts a function to a Sink.
type Func func(Event)

// Add calls f.
func (f Func) Add(e Event) { f(e) }

// A Log keeps a run's events compactly, for a page that asks about them
// after the run: each event is a fixed-size record without pointers (the
// garbage collector never scans the million records a big run makes),
// written in place into chunks that are never copied; names and values
// are interned, output text goes to one byte log, and nothing is
// formatted until an event is read back. One goroutine may add events
// while others read them: the writer takes the Log's lock only to grow
// its tables, and publishes each record by counting it.
//
// A record has room for every field of the schema, sharing slots among
// fields no kind uses together: N (iteration) with Handle, When (timer,
// idle) with Future and Value, Stream and Text (output) with State and
// Value. Ids, lines and thread numbers are held in 32 bits, which is
// enough while a Log holds at most MaxLog events: an id grows by at most
// one per event. Seq is the event's position (1, 2, ...), as Emit numbers
// them.
type Log struct {
	// Max, when above 0, caps the events kept (at most MaxLog); the
	// later ones are counted (Dropped).
	Max int64

	n       int64 // events added, their records complete: read with count, written with publish
	dropped atomic.Int64

	// The writer's own: its count of events (n is for readers) and their
	// limit, the chunk it fills, the name interned last and its id (a run
	// repeats one callback's name many times in a row), and the index of
	// strings.
	w, limit int64
	cur      *[logChunkLen]rec
	last     string
	lastID   uint32
	ids      map[string]uint32

	// mu guards what readers read besides the records: the slice of
	// chunks and the tables. The writer changes them with mu held, and
	// reads them without it.
	mu     sync.Mutex
	chunks []*[logChunkLen]rec
	strs   []string // interned Name and Value strings; strs[0] is ""
	kinds  []string // interned kinds: kindNames, then others
	states []string // interned states: "", then the schema's, then others
	text   []byte   // the output events' Text, concatenated
	ends   []int    // ends[i] is where the i-th output's text ends in text
}

// MaxLog is the most events a Log holds; Add drops those after it.
const MaxLog = math.MaxInt32

type rec struct {
	time   float64
	handle int32 // Handle; N for an iteration
	task   int32
	future int32 // Future; the low half of When's bits for a timer or idle
	line   int32
	thread int32
	name   uint32 // interned Name
	value  uint32 // interned Value; When's high half (timer, idle); Text's index (output)
	kind   uint8  // index in kinds
	state  uint8  // index in states; 1 for stderr (output)
}

const logChunkLen = 1 << 12

// kindNames are the schema's kinds in the order of their ids in a Log:
// the common ones first, and last those whose fields share slots.
var kindNames = [...]string{"", KindRun, KindSchedule, KindStep, KindSuspend,
	KindRunStart, KindRunStop, KindFire, KindCancel, KindDrop,
	KindTaskNew, KindTaskDone, KindFutureNew, KindFutureDone, KindCallback,
	KindException, KindThreadNew, KindThreadRun, KindThreadBlock, KindThreadWake,
	KindThreadDone, KindDeadlock,
	KindIteration, KindIdle, KindTimer, KindOutput}

const (
	kRun       = 1
	kSchedule  = 2
	kShared    = 22 // the first kind whose fields share slots
	kIteration = 22
	kIdle      = 23
	kTimer     = 24
	kOutput    = 25
)

// kindID returns the id of one of the schema's kinds, 0 for another: by
// comparisons with constants, the common kinds first (a switch or a map
// lookup costs more per event, in WebAssembly above all).
func kindID(k string) uint8 {
	if k == KindRun {
		return 1
	}
	if k == KindSchedule {
		return 2
	}
	for i := 3; i < len(kindNames); i++ {
		if k == kindNames[i] {
			return uint8(i)
		}
	}
	return 0
}

// Len returns the number of events in the log.
func (l *Log) Len() int64 { return count(&l.n) }

// Dropped returns the number of events added past Max.
func (l *Log) Dropped() int64 { return l.dropped.Load() }

// Add appends e (the Sink for a Log; the runtime calls Append).
func (l *Log) Add(e Event) { l.Append(&e) }

// Append appends *e, which it does not keep. Its Seq is ignored: the
// event becomes number Len()+1. Only one goroutine may append.
//
// It runs once per event of a traced run, so its common path (a kind
// among the first, a repeated name, no value) calls nothing: a call
// costs much in WebAssembly.
func (l *Log) Append(e *Event) {
	n := l.w
	i := n % logChunkLen
	if i == 0 || n >= l.limit {
		if !l.grow() {
			return
		}
	}
	r := &l.cur[i]
	kind := kindID(e.Kind)
	if kind == 0 {
		kind = l.other(&l.kinds, e.Kind)
	}
	var name uint32
	if e.Name != "" {
		// The same string as the last one (the runtime's cached callback
		// description): its bytes need no comparing.
		if len(e.Name) == len(l.last) && unsafe.StringData(e.Name) == unsafe.StringData(l.last) {
			name = l.lastID
		} else {
			name = l.intern(e.Name)
		}
	}
	r.time = e.Time
	r.handle, r.task, r.future = int32(e.Handle), int32(e.Task), int32(e.Future)
	r.line, r.thread = int32(e.Line), int32(e.Thread)
	r.name, r.value, r.kind, r.state = name, 0, kind, 0
	if kind >= kShared || e.Value != "" || e.State != "" {
		l.rest(r, e)
	}
	l.w = n + 1
	publish(&l.n, n+1)
}

// AppendRun appends a run event (the loop calls handle) at time t, and
// AppendSchedule a schedule event, as Append would: the two events a
// callback costs, kept short enough to be inlined where the runtime emits
// them, as a call (and the building of an Event) is most of an event's
// cost in WebAssembly. An event that would start a chunk, and a schedule
// whose name is not the last one interned, takes Append's way.
func (l *Log) AppendRun(t float64, handle int64) {
	n := l.w
	if n%logChunkLen == 0 || n >= l.limit {
		l.Append(&Event{Time: t, Kind: KindRun, Handle: handle})
		return
	}
	r := &l.cur[n%logChunkLen]
	r.time, r.handle, r.task, r.future, r.line, r.thread = t, int32(handle), 0, 0, 0, 0
	r.name, r.value, r.kind, r.state = 0, 0, kRun, 0
	l.w = n + 1
	publish(&l.n, n+1)
}

// AppendSchedule: see AppendRun.
func (l *Log) AppendSchedule(t float64, handle, task int64, name string, line int) {
	n := l.w
	if n%logChunkLen == 0 || n >= l.limit || len(name) != len(l.last) || unsafe.StringData(name) != unsafe.StringData(l.last) {
		l.Append(&Event{Time: t, Kind: KindSchedule, Handle: handle, Task: task, Name: name, Line: line})
		return
	}
	l.cur[n%logChunkLen] = rec{time: t, handle: int32(handle), task: int32(task), line: int32(line), name: l.lastID, kind: kSchedule}
	l.w = n + 1
	publish(&l.n, n+1)
}

// grow makes room for event l.w: the log's first chunk and tables, or a
// chunk after a full one. It reports false (and counts the event dropped)
// when the log is full.
func (l *Log) grow() bool {
	if l.limit == 0 {
		l.limit = MaxLog
		if l.Max > 0 && l.Max < MaxLog {
			l.limit = l.Max
		}
	}
	if l.w >= l.limit {
		l.dropped.Add(1)
		return false
	}
	if l.w%logChunkLen != 0 {
		return true
	}
	l.mu.Lock()
	if l.w == 0 {
		l.init()
	}
	l.cur = newChunk()
	l.chunks = append(l.chunks, l.cur)
	l.mu.Unlock()
	return true
}

// rest fills the fields of r the common path leaves: Value and State,
// and those that share slots.
func (l *Log) rest(r *rec, e *Event) {
	switch r.kind {
	case kIteration:
		r.handle = int32(e.N)
	case kTimer, kIdle:
		w := math.Float64bits(e.When)
		r.future, r.value = int32(uint32(w)), uint32(w>>32)
		return
	case kOutput:
		l.mu.Lock()
		l.text = append(l.text, e.Text...)
		l.ends = append(l.ends, len(l.text))
		l.mu.Unlock()
		r.value = uint32(len(l.ends) - 1)
		if e.Stream == "stderr" {
			r.state = 1
		}
		return
	}
	if e.Value != "" {
		r.value = l.intern(e.Value)
	}
	switch e.State {
	case "":
	case StateResult:
		r.state = 1
	case StateException:
		r.state = 2
	case StateCancelled:
		r.state = 3
	default:
		r.state = l.other(&l.states, e.State)
	}
}

func (l *Log) init() {
	l.strs = []string{""}
	l.ids = map[string]uint32{"": 0}
	l.kinds = kindNames[:]
	l.states = []string{"", StateResult, StateException, StateCancelled}
}

func (l *Log) intern(s string) uint32 {
	id, ok := l.ids[s]
	if !ok {
		l.mu.Lock()
		id = uint32(len(l.strs))
		l.strs = append(l.strs, s)
		l.ids[s] = id
		l.mu.Unlock()
	}
	l.last, l.lastID = s, id
	return id
}

// other interns a kind or state outside the schema in tab; past 255 of
// them, the later ones read back as "?".
func (l *Log) other(tab *[]string, s string) uint8 {
	for i, t := range *tab {
		if t == s {
			return uint8(i)
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(*tab) == 255 {
		if (*tab)[254] != "?" {
			*tab = append((*tab)[:254:254], "?")
		}
		return 254
	}
	*tab = append((*tab)[:len(*tab):len(*tab)], s)
	return uint8(len(*tab) - 1)
}

// Release empties the log and keeps its memory for the next log (a page
// runs program after program, and fresh memory costs a WebAssembly run
// far more than reused memory: it is grown and cleared).
func (l *Log) Release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	spare.Lock()
	for _, c := range l.chunks {
		if len(spare.chunks) < maxSpare {
			spare.chunks = append(spare.chunks, c)
		}
	}
	spare.Unlock()
	l.chunks, l.strs, l.ids, l.kinds, l.states, l.text, l.ends = nil, nil, nil, nil, nil, nil, nil
	l.w, l.limit, l.cur, l.last, l.lastID = 0, 0, nil, "", 0
	publish(&l.n, 0)
	l.dropped.Store(0)
}

// spare holds released chunks, at most maxSpare (160 KB each: 120 MB, the
// chunks of a 3M-event run; the 300k-callback run leaves 147, 24 MB).
var spare struct {
	sync.Mutex
	chunks []*[logChunkLen]rec
}

const maxSpare = 768

func newChunk() *[logChunkLen]rec {
	spare.Lock()
	defer spare.Unlock()
	if n := len(spare.chunks); n > 0 {
		c := spare.chunks[n-1]
		spare.chunks = spare.chunks[:n-1]
		return c
	}
	return new([logChunkLen]rec)
}

// Events appends events from, from+1, ..., to-1 to dst (those in the
// log) and returns it.
func (l *Log) Events(dst []Event, from, to int64) []Event {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := count(&l.n)
	for k := max(from, 1); k < to && k <= n; k++ {
		dst = append(dst, l.event(k))
	}
	return dst
}

// event returns event k (1 <= k <= Len()); l.mu is held.
func (l *Log) event(k int64) Event {
	i := k - 1
	r := &l.chunks[i/logChunkLen][i%logChunkLen]
	e := Event{Seq: k, Time: r.time, Kind: l.kinds[r.kind], Line: int(r.line), Handle: int64(r.handle),
		Task: int64(r.task), Future: int64(r.future), Thread: int64(r.thread), Name: l.strs[r.name]}
	switch r.kind {
	case kIteration:
		e.N, e.Handle = e.Handle, 0
	case kTimer, kIdle:
		e.When = math.Float64frombits(uint64(uint32(r.future)) | uint64(r.value)<<32)
		e.Future = 0
		e.State = l.states[r.state]
	case kOutput:
		e.Stream = "stdout"
		if r.state == 1 {
			e.Stream = "stderr"
		}
		start := 0
		if r.value > 0 {
			start = l.ends[r.value-1]
		}
		e.Text = string(l.text[start:l.ends[r.value]])
	default:
		e.Value = l.strs[r.value]
		e.State = l.states[r.state]
	}
	return e
}
