package timeline

import (
	"os"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// laneText is one lane of dump's text: "Task-2: ready@9-19 ... | marks".
func laneText(m *Model, name string) string {
	for _, line := range strings.Split(dump(m, true), "\n") {
		if strings.HasPrefix(line, name+":") {
			return line
		}
	}
	return ""
}

// waits lists the labels of a lane's waiting segments, in order.
func waits(l *Lane) []string {
	var w []string
	for i := 0; i < l.NumSegments(); i++ {
		if s := l.Segment(i); s.State == Waiting {
			w = append(w, l.Label(s))
		}
	}
	return w
}

func marks(l *Lane, k MarkKind) int {
	return l.NumMarks(k)
}

// TestPrograms builds models from known programs and checks each task's
// lane: what it waited on, in order, how it ended, and its marks.
func TestPrograms(t *testing.T) {
	type want struct {
		waits   string // the waiting labels, joined by " / "
		outcome string
		marks   map[MarkKind]int
	}
	tests := []struct {
		file  string
		lanes string // the lanes, internal tasks left out
		tasks map[string]want
	}{
		{"queue.py", "loop Task-1 Task-2 Task-3", map[string]want{
			"Task-1": {"gather(Task-2, Task-3)", "result", nil},
			// The producer sleeps, puts into a full queue once, the consumer gets.
			"Task-2": {"sleep(0.5) / sleep(0.5) / sleep(0.5) / Queue.put", "result", map[MarkKind]int{MarkOutput: 3}},
			"Task-3": {"Queue.get / Queue.get / Queue.get / Queue.get", "result", map[MarkKind]int{MarkOutput: 3}},
		}},
		{"cancel_and_raise.py", "loop Task-1 Task-2 Task-3", map[string]want{
			"Task-1": {"sleep(1) / Task-2", "result", map[MarkKind]int{MarkOutput: 2}},
			"Task-2": {"sleep(10)", "cancelled", map[MarkKind]int{MarkCancelled: 1, MarkOutput: 1}},
			"Task-3": {"sleep(0.5)", "exception", map[MarkKind]int{MarkException: 1}},
		}},
		{"taskgroup_lock.py", "loop Task-1 worker-a worker-b", map[string]want{
			"Task-1":   {"Event.wait / TaskGroup", "result", nil},
			"worker-a": {"sleep(0.25)", "result", nil},
			"worker-b": {"Lock.acquire / sleep(0.25)", "result", nil},
		}},
	}
	for _, tt := range tests {
		src, err := os.ReadFile("testdata/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		m := Build(runTrace(t, string(src)))
		if err := m.ReplayError(); err != nil {
			t.Errorf("%s: %v", tt.file, err)
		}
		if got := strings.Join(laneNames(m, false), " "); got != tt.lanes {
			t.Errorf("%s: lanes %q, want %q", tt.file, got, tt.lanes)
		}
		for name, w := range tt.tasks {
			l := lane(t, m, name)
			if got := strings.Join(waits(l), " / "); got != w.waits || l.Outcome != w.outcome {
				t.Errorf("%s: %s waited on %q and ended %q; want %q, %q\n%s", tt.file, name, got, l.Outcome, w.waits, w.outcome, laneText(m, name))
			}
			for k, n := range w.marks {
				if got := marks(l, k); got != n {
					t.Errorf("%s: %s has %d %s marks, want %d", tt.file, name, got, k, n)
				}
			}
		}
	}
}

// TestCancelledTaskLane: the cancelled task stops waiting on its sleep when
// main cancels it at 1 s, not when the sleep would have ended, and the
// exception in the other task is told.
func TestCancelledTaskLane(t *testing.T) {
	src, _ := os.ReadFile("testdata/cancel_and_raise.py")
	m := Build(runTrace(t, string(src)))
	l := lane(t, m, "Task-2")
	for i := 0; i < l.NumSegments(); i++ {
		if s := l.Segment(i); s.State == Waiting && s.T1 != 1 {
			t.Errorf("Task-2 waits until %g s, want 1 s", s.T1)
		}
	}
	var raised int64
	for _, e := range m.Events() {
		if e.Kind == trace.KindTaskDone && e.State == trace.StateException {
			raised = e.Seq
		}
	}
	if n := m.Narrate(raised); n != "Task-3 ends with ValueError: boom." {
		t.Errorf("narration %q", n)
	}
}

// TestThreadLanes: thread events (a synthetic trace, in the schema the
// threads work emits) give one lane per thread after the tasks, with the
// GIL's holder running, a preempted thread ready and a blocked one waiting.
func TestThreadLanes(t *testing.T) {
	evs := seqd(
		trace.Event{Kind: trace.KindThreadNew, Thread: 2, Name: "Thread-1 (work)"},                // 1
		trace.Event{Kind: trace.KindThreadRun, Thread: 2, Value: "interval", Time: 0.005},         // 2: main preempted
		trace.Event{Kind: trace.KindThreadBlock, Thread: 2, Value: "sleep(0.5)", Time: 0.006},     // 3
		trace.Event{Kind: trace.KindThreadRun, Thread: 1, Value: "blocked", Time: 0.006},          // 4
		trace.Event{Kind: trace.KindOutput, Thread: 1, Stream: "stdout", Text: "main\n"},          // 5
		trace.Event{Kind: trace.KindThreadBlock, Thread: 1, Value: "join Thread-1", Time: 0.007},  // 6
		trace.Event{Kind: trace.KindThreadWake, Thread: 2, Time: 0.506},                           // 7
		trace.Event{Kind: trace.KindThreadRun, Thread: 2, Value: "blocked", Time: 0.506},          // 8
		trace.Event{Kind: trace.KindThreadDone, Thread: 2, State: trace.StateResult, Time: 0.507}, // 9
		trace.Event{Kind: trace.KindThreadWake, Thread: 1, Time: 0.507},                           // 10
		trace.Event{Kind: trace.KindThreadRun, Thread: 1, Value: "done", Time: 0.507},             // 11
	)
	for i := range evs {
		if evs[i].Time == 0 && i > 0 {
			evs[i].Time = evs[i-1].Time
		}
	}
	m := Build(evs)
	if got := strings.Join(laneNames(m, false), " "); got != "MainThread Thread-1 (work)" {
		t.Fatalf("lanes %q", got)
	}
	if got, want := laneText(m, "MainThread"), "MainThread: running@1-2[0s-0.005s] ready@2-4[0.005s-0.006s] running@4-6[0.006s-0.007s] waiting(join Thread-1)@6-10[0.007s-0.507s] ready@10-11[0.507s-0.507s] running@11-0[0.507s-0s] | output@5"; got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	if got, want := laneText(m, "Thread-1 (work)"), "Thread-1 (work): ready@1-2[0s-0.005s] running@2-3[0.005s-0.006s] waiting(sleep(0.5))@3-7[0.006s-0.506s] ready@7-8[0.506s-0.506s] running@8-9[0.506s-0.507s] | created@1 done@9"; got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	st := m.StateAt(6)
	if len(st.Threads) != 2 || st.Threads[0].State != "waiting" || st.Threads[0].Waits != "join Thread-1" || st.Threads[1].State != "waiting" {
		t.Errorf("threads at step 6: %+v", st.Threads)
	}
	if st := m.StateAt(9); st.Threads[1].State != "done" {
		t.Errorf("Thread-1 at step 9: %+v", st.Threads[1])
	}
	if n := m.Narrate(3); n != "Thread-1 (work) blocks on sleep(0.5) and lets go of the GIL." {
		t.Errorf("narration %q", n)
	}
}

// seqd numbers events 1, 2, ...
func seqd(evs ...trace.Event) []trace.Event {
	for i := range evs {
		evs[i].Seq = int64(i + 1)
	}
	return evs
}

// TestChildOfHiddenTask: a task created by one of asyncio's own tasks is
// still drawn when asyncio's tasks are not.
func TestChildOfHiddenTask(t *testing.T) {
	m := Build(seqd(
		trace.Event{Kind: trace.KindTaskNew, Task: 1, Name: "Task-1", Value: "_shutdown_asyncgens"},
		trace.Event{Kind: trace.KindSchedule, Handle: 1, Task: 1, Name: "Task-1 step"},
		trace.Event{Kind: trace.KindRun, Handle: 1},
		trace.Event{Kind: trace.KindStep, Task: 1},
		trace.Event{Kind: trace.KindTaskNew, Task: 2, Name: "Task-2", Value: "agen_close"},
	))
	if got := strings.Join(laneNames(m, false), " "); got != "loop Task-2" {
		t.Errorf("lanes %q, want loop Task-2", got)
	}
	if got := strings.Join(laneNames(m, true), " "); got != "loop Task-1 Task-2" {
		t.Errorf("lanes with internals %q", got)
	}
}
