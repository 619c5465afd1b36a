// Package trace defines the event stream a run emits: one schema, shared by
// the command line (JSON lines) and the page's visualiser, and a Replay that
// rebuilds the event loop's state at any step from the events before it.
//
// # The schema
//
// Every event has Seq (1, 2, 3, ... in emission order), Time (the loop's
// clock in seconds: the virtual clock starts at 0.0; the real clock is
// seconds since the run started), Kind, and Line (the line of the program
// running: asyncio's own Python parts are skipped; for step the line the
// coroutine resumes at, for suspend and the events at the end of a step the
// line it stopped at; for output the line that wrote it; 0 when unknown).
// The other fields depend on Kind; a field an event does not use is zero,
// and zero fields are left out of the JSON form, so a reader treats a
// missing field as 0 / "".
//
// Ids: Handle numbers the loop's callback handles (1, 2, ... per run). Futures
// and tasks share one id space (a Task is a Future): Future and Task hold ids
// from it. Ids are never reused within a run.
//
//	kind          fields                       meaning
//	run_start     -                            the loop starts running (run_forever / run_until_complete)
//	run_stop      -                            the loop stops running
//	iteration     N                            one pass of the loop (BaseEventLoop._run_once) begins
//	idle          When                         nothing was ready: the loop waits (real clock) or jumps
//	                                           (virtual clock) until When, the first timer's deadline
//	schedule      Handle, Name, Task           call_soon: Handle is appended to the ready queue; Name is
//	                                           its callback; Task is set when it is that task's step
//	timer         Handle, Name, When, Task     call_at/call_later: Handle is pushed on the timer heap
//	fire          Handle                       a due timer moves from the heap to the end of the ready queue
//	cancel        Handle                       Handle.cancel(): it is marked cancelled but stays queued
//	drop          Handle                       a cancelled handle leaves the ready queue or the heap unrun
//	run           Handle                       the handle at the head of the ready queue is popped and called
//	task_new      Task, Name, Value            a Task is created; Value is its coroutine's qualified name
//	step          Task                         the task's coroutine is resumed (the step starts)
//	suspend       Task, Future, Value          the step ended with the task waiting on Future (0 for a bare
//	                                           yield such as sleep(0)); Value describes what it waits on
//	task_done     Task, State, Value           the step ended with the task finished; State is "result",
//	                                           "exception" or "cancelled"; Value the result's repr, the
//	                                           exception ("Type: message") or the cancel message
//	future_new    Future, Name                 a plain Future is created (loop.create_future, sleep, ...)
//	future_done   Future, State, Value         a plain Future gets its result/exception or is cancelled
//	callback      Future, Name                 add_done_callback(Name) on Future (Task or plain future)
//	output        Stream, Text                 the program wrote Text to Stream ("stdout" or "stderr")
//	exception     Task, Value                  an exception went to the loop's exception handler or ended
//	                                           the program; Value is "Type: message"
//	thread_new    Thread, Name                 a Python thread starts (Thread.start); Name is its name
//	thread_run    Thread, Value                Thread takes the GIL and runs; Value says why the previous
//	                                           holder let go: "interval" (its switch interval ran out),
//	                                           "blocked", "done" or "start"
//	thread_block  Thread, Value, Future        Thread blocks and lets go of the GIL; Value says on what
//	                                           ("sleep(0.5)", "Lock.acquire", "join Thread-2", ...); Future
//	                                           is the id of the lock/event/... it waits on, when it has one
//	thread_wake   Thread, Value                a blocked thread becomes runnable again (it waits for the GIL)
//	thread_done   Thread, State, Value         the thread's run() returned ("result") or raised ("exception",
//	                                           Value "Type: message")
//	deadlock      Value                        every thread is blocked and nothing can wake one; Value is
//	                                           the report printed to stderr
//
// Threads: Thread numbers the run's Python threads (1 is the main thread,
// 2, 3, ... in start order) and is set on every event emitted while more
// than one thread has existed in the run; 0 means the run never had a
// second thread (every event is the main thread's). Such a run emits
// thread events too, with Thread 0, only for time.sleep: thread_block, then
// thread_wake and thread_run when the sleep ends (the event loop's own
// waits for a timer are "idle" events, never thread events).
//
// # Rebuilding the state at step k
//
// Apply events 1..k in order to an empty state (Replay does exactly this):
//   - ready queue: "schedule" and "fire" append the handle; "run" and "drop"
//     remove it (run always takes the head); "cancel" marks it.
//   - timers: "timer" adds the handle with its deadline; "fire" and "drop"
//     remove it. Shown sorted by deadline; among equal deadlines the heap's
//     order (which is not FIFO) is what the later "fire" events show.
//   - tasks: "task_new" adds the task (state "pending"); "schedule" with Task
//     makes it "ready"; "step" makes it "running" and the current task;
//     "suspend" makes it "waiting" on Future (a bare yield's next step is
//     scheduled by the "schedule" event that follows at once, making it
//     "ready" again); "task_done" makes it "done".
//   - futures: "future_new" adds, "future_done" finishes, "callback" lists the
//     callbacks waiting on a future.
//   - output: the concatenation of the Text of "output" events, per stream.
package trace

import (
	"math"
	"strconv"
)

// Event kinds; see the package documentation for their fields.
const (
	KindRunStart   = "run_start"
	KindRunStop    = "run_stop"
	KindIteration  = "iteration"
	KindIdle       = "idle"
	KindSchedule   = "schedule"
	KindTimer      = "timer"
	KindFire       = "fire"
	KindCancel     = "cancel"
	KindDrop       = "drop"
	KindRun        = "run"
	KindTaskNew    = "task_new"
	KindStep       = "step"
	KindSuspend    = "suspend"
	KindTaskDone   = "task_done"
	KindFutureNew  = "future_new"
	KindFutureDone = "future_done"
	KindCallback   = "callback"
	KindOutput     = "output"
	KindException  = "exception"

	KindThreadNew   = "thread_new"
	KindThreadRun   = "thread_run"
	KindThreadBlock = "thread_block"
	KindThreadWake  = "thread_wake"
	KindThreadDone  = "thread_done"
	KindDeadlock    = "deadlock"
)

// States of a finished future or task (Event.State).
const (
	StateResult    = "result"
	StateException = "exception"
	StateCancelled = "cancelled"
)

// Event is one thing that happened during a run. Fields that do not apply
// to an event's Kind are zero and omitted from JSON.
type Event struct {
	Seq    int64   `json:"seq"`              // 1, 2, 3, ... in emission order
	Time   float64 `json:"time"`             // the loop's time (virtual or real), seconds
	Kind   string  `json:"kind"`             // see the Kind constants
	Line   int     `json:"line,omitempty"`   // source line running when it happened
	N      int64   `json:"n,omitempty"`      // iteration number
	Handle int64   `json:"handle,omitempty"` // callback handle id
	Task   int64   `json:"task,omitempty"`   // task id (same id space as Future)
	Future int64   `json:"future,omitempty"` // future id
	When   float64 `json:"when,omitempty"`   // timer deadline
	Name   string  `json:"name,omitempty"`   // task name or callback description
	State  string  `json:"state,omitempty"`  // result, exception or cancelled
	Value  string  `json:"value,omitempty"`  // repr of a result, an exception, what a task waits on
	Stream string  `json:"stream,omitempty"` // stdout or stderr
	Text   string  `json:"text,omitempty"`   // output text
	Thread int64   `json:"thread,omitempty"` // Python thread (1 = main); 0 when the run has one thread
}

// AppendJSON appends e as one JSON object (no newline), with the same field
// names and omissions as encoding/json would produce. It exists so the
// runtime need not link encoding/json into the WebAssembly build.
func (e *Event) AppendJSON(b []byte) []byte {
	b = append(b, `{"seq":`...)
	b = strconv.AppendInt(b, e.Seq, 10)
	b = append(b, `,"time":`...)
	b = appendFloat(b, e.Time)
	b = append(b, `,"kind":`...)
	b = strconv.AppendQuote(b, e.Kind)
	b = appendInt(b, "line", int64(e.Line))
	b = appendInt(b, "n", e.N)
	b = appendInt(b, "handle", e.Handle)
	b = appendInt(b, "task", e.Task)
	b = appendInt(b, "future", e.Future)
	if e.When != 0 {
		b = append(b, `,"when":`...)
		b = appendFloat(b, e.When)
	}
	b = appendStr(b, "name", e.Name)
	b = appendStr(b, "state", e.State)
	b = appendStr(b, "value", e.Value)
	b = appendStr(b, "stream", e.Stream)
	b = appendStr(b, "text", e.Text)
	b = appendInt(b, "thread", e.Thread)
	return append(b, '}')
}

func appendInt(b []byte, key string, v int64) []byte {
	if v == 0 {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return strconv.AppendInt(b, v, 10)
}

func appendStr(b []byte, key, v string) []byte {
	if v == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendJSONString(b, v)
}

// appendFloat writes a float as JSON can hold it: infinities and NaN (which
// JSON lacks) become null.
func appendFloat(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(b, "null"...)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}

// appendJSONString quotes s for JSON: strconv.Quote is not enough, as it
// writes Go escapes (\x00, \U0001f600) that JSON does not accept.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20 || r == 0x2028 || r == 0x2029 || r == 0xfffd:
			if r == 0xfffd {
				// An invalid byte decodes as U+FFFD; writing the rune keeps the output valid UTF-8.
				b = append(b, "\ufffd"...)
				continue
			}
			b = append(b, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		default:
			b = append(b, string(r)...)
		}
	}
	return append(b, '"')
}

// AppendJSONString appends s as a JSON string, for other hand-written JSON
// (package timeline's) that must stay off encoding/json too.
func AppendJSONString(b []byte, s string) []byte { return appendJSONString(b, s) }

// AppendJSONFloat appends f as a JSON number (null for infinities and NaN).
func AppendJSONFloat(b []byte, f float64) []byte { return appendFloat(b, f) }
