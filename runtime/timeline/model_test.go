package timeline

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// program returns testdata/NAME.py: the tests build their models from the
// same programs the golden SVGs are drawn from.
func program(t *testing.T, name string) string {
	t.Helper()
	src, err := os.ReadFile("testdata/" + name + ".py")
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// lane returns the lane named name, failing the test if there is none.
func lane(t *testing.T, m *Model, name string) *Lane {
	t.Helper()
	for _, l := range m.Lanes(true) {
		if l.Name == name {
			return l
		}
	}
	t.Fatalf("no lane %q in\n%s", name, dump(m, true))
	return nil
}

func laneNames(m *Model, internal bool) []string {
	var names []string
	for _, l := range m.Lanes(internal) {
		names = append(names, l.Name)
	}
	return names
}

func readyNames(st *State) []string {
	var names []string
	for _, it := range st.Ready {
		names = append(names, it.Name)
	}
	return names
}

// TestHelloAsyncio is slide 31: one handle in the ready queue, then the
// print, then the loop stopped.
func TestHelloAsyncio(t *testing.T) {
	m := Build(runTrace(t, program(t, "hello_asyncio")))
	if err := m.ReplayError(); err != nil {
		t.Fatal(err)
	}
	if got, want := laneNames(m, false), []string{"loop", "callbacks"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("lanes %v, want %v", got, want)
	}
	find := func(kind string) int64 {
		for _, e := range m.Events() {
			if e.Kind == kind {
				return e.Seq
			}
		}
		t.Fatalf("no %s event", kind)
		return 0
	}
	sched, out, stop := find(trace.KindSchedule), find(trace.KindOutput), find(trace.KindRunStop)
	if !(sched < out && out < stop) {
		t.Fatalf("schedule %d, output %d, stop %d out of order", sched, out, stop)
	}
	st := m.StateAt(sched)
	if got := readyNames(st); !reflect.DeepEqual(got, []string{"print_and_exit()"}) {
		t.Errorf("ready queue after call_soon: %v", got)
	}
	st = m.StateAt(out)
	if st.ReadyLen != 0 || st.Output != "Hello asyncio!\n" || st.Current != "print_and_exit()" || st.Line == 0 {
		t.Errorf("at the print: ready %d, output %q, current %q, line %d", st.ReadyLen, st.Output, st.Current, st.Line)
	}
	if st := m.StateAt(stop); st.Running {
		t.Errorf("loop still running after run_stop")
	}
	cb := lane(t, m, "callbacks")
	want := []SegState{Ready, Running}
	var got []SegState
	for i := 0; i < cb.NumSegments(); i++ {
		got = append(got, cb.Segment(i).State)
	}
	if !reflect.DeepEqual(got, want) || cb.Label(cb.Segment(1)) != "print_and_exit()" || cb.Segment(1).To != stop {
		t.Errorf("callbacks lane:\n%s", dump(m, true))
	}
	if n := m.Narrate(sched); n != "call_soon queues print_and_exit(); the ready queue holds print_and_exit()." {
		t.Errorf("narration of call_soon: %q", n)
	}
}

// TestGatherSleeps: three lanes, waiting segments labelled with the sleep,
// each ending when its sleep ends.
func TestGatherSleeps(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	if err := m.ReplayError(); err != nil {
		t.Fatal(err)
	}
	if got, want := laneNames(m, false), []string{"loop", "Task-1", "Task-2", "Task-3", "Task-4"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("lanes %v, want %v", got, want)
	}
	for i, name := range []string{"Task-2", "Task-3", "Task-4"} {
		l := lane(t, m, name)
		if l.Parent != lane(t, m, "Task-1").ID {
			t.Errorf("%s's parent is %d", name, l.Parent)
		}
		var waits []Segment
		var labels []string
		for i := 0; i < l.NumSegments(); i++ {
			if s := l.Segment(i); s.State == Waiting {
				waits = append(waits, *s)
				labels = append(labels, l.Label(s))
			}
		}
		n := float64(i + 1)
		label := "sleep(" + string(rune('1'+i)) + ")"
		if len(waits) != 1 || labels[0] != label || waits[0].T0 != 0 || waits[0].T1 != n {
			t.Errorf("%s waits %+v %q, want one %s from 0 to %g s", name, waits, labels, label, n)
		}
		if l.Outcome != trace.StateResult || l.Value != string(rune('1'+i)) {
			t.Errorf("%s ended %s %s", name, l.Outcome, l.Value)
		}
	}
	// The idle waits of the loop lane end at 1, 2 and 3 s.
	var idles []float64
	loop := lane(t, m, "loop")
	for i := 0; i < loop.NumSegments(); i++ {
		if s := loop.Segment(i); s.State == Idle {
			idles = append(idles, s.T1)
		}
	}
	if !reflect.DeepEqual(idles, []float64{1, 2, 3}) {
		t.Errorf("idle ends %v", idles)
	}
	if m.Duration() != 3 {
		t.Errorf("duration %g", m.Duration())
	}
}

// TestStateAtMatchesRebuild: the checkpointed StateAt gives what a replay
// from the start gives, at every step, in any order.
func TestStateAtMatchesRebuild(t *testing.T) {
	evs := runTrace(t, `import asyncio
async def tick(i):
    for j in range(3):
        await asyncio.sleep(0.01 * i)
        if j == 1:
            print(i, j)
async def main():
    await asyncio.gather(*[tick(i) for i in range(100)])
asyncio.run(main())
`)
	if len(evs) < 3*checkpointEvery {
		t.Fatalf("only %d events: too few to cross checkpoints", len(evs))
	}
	m := Build(evs)
	if len(m.states.cps) != 1 {
		t.Fatalf("Build replayed the trace: %d checkpoints", len(m.states.cps))
	}
	m.StateAt(m.Len())
	if len(m.states.cps) < 3 {
		t.Fatalf("%d checkpoints", len(m.states.cps))
	}
	ks := []int64{int64(len(evs)), 0, 1}
	for k := int64(len(evs)) - 1; k > 0; k -= 97 {
		ks = append(ks, k, k+1)
	}
	for _, k := range ks {
		want, err := trace.Rebuild(evs, k)
		if err != nil {
			t.Fatal(err)
		}
		st := m.StateAt(k)
		var wantReady []string
		for _, h := range want.Ready[:min(len(want.Ready), MaxList)] {
			name, _ := callbackLabel(h.Name)
			wantReady = append(wantReady, name)
		}
		if st.Time != want.Time || st.ReadyLen != len(want.Ready) || !reflect.DeepEqual(readyNames(st), wantReady) ||
			st.TimersLen != len(want.Timers) || st.Output != want.Output.String() || st.TasksLen != len(want.Order) {
			t.Fatalf("step %d: state differs from a full replay", k)
		}
	}
}

// TestStateJSON: AppendJSON writes what encoding/json would.
func TestStateJSON(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	for _, k := range []int64{0, 18, 26, 44, m.Len()} {
		st := m.StateAt(k)
		st.Exceptions = append(st.Exceptions, "ValueError: \"x\"\n")
		want, _ := json.Marshal(st)
		got := st.AppendJSON(nil)
		var a, b any
		if err := json.Unmarshal(got, &a); err != nil {
			t.Fatalf("step %d: invalid JSON %s", k, got)
		}
		json.Unmarshal(want, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("step %d:\n got %s\nwant %s", k, got, want)
		}
	}
}

func TestInfoJSON(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	for _, internal := range []bool{false, true} {
		in := m.Info(internal)
		want, _ := json.Marshal(in)
		var a, b any
		if err := json.Unmarshal(in.AppendJSON(nil), &a); err != nil {
			t.Fatal(err)
		}
		json.Unmarshal(want, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("got %s\nwant %s", in.AppendJSON(nil), want)
		}
		if n := len(in.Lanes); n != map[bool]int{false: 5, true: 7}[internal] || in.Lanes[2].Parent != "Task-1" {
			t.Errorf("internal=%v: %d lanes, lane 2's parent %q", internal, n, in.Lanes[2].Parent)
		}
	}
}

// TestAddInBatches: a model grown batch by batch equals one built at once.
func TestAddInBatches(t *testing.T) {
	evs := runTrace(t, program(t, "gather_sleeps"))
	whole := Build(evs)
	m := New()
	for i := 0; i < len(evs); i += 7 {
		m.Add(evs[i:min(i+7, len(evs))]...)
		if got := dump(m, true); !strings.HasPrefix(got, "loop:") {
			t.Fatalf("after %d events: %s", i, got)
		}
	}
	if a, b := dump(m, true), dump(whole, true); a != b {
		t.Errorf("batched:\n%s\nwhole:\n%s", a, b)
	}
}

func TestNextStepSkipsBookkeeping(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	var k int64
	for n := 0; k < m.Len(); n++ {
		next := m.NextStep(k, 1)
		if next <= k || (next < m.Len() && !m.Significant(next)) {
			t.Fatalf("NextStep(%d) = %d", k, next)
		}
		if back := m.NextStep(next, -1); back > k && m.Significant(back) && back != next {
			t.Fatalf("NextStep(%d, -1) = %d, skipping back over %d", next, back, k)
		}
		k = next
	}
}

// TestNarrate: the sentences for the first event of some kinds.
func TestNarrate(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	first := func(kind string, task int64) int64 {
		for _, e := range m.Events() {
			if e.Kind == kind && (task == 0 || e.Task == task) {
				return e.Seq
			}
		}
		t.Fatalf("no %s event", kind)
		return 0
	}
	tests := []struct {
		k    int64
		want string
	}{
		{0, "Before the first event."},
		{first(trace.KindTaskNew, 2), "Task-2 is created to run work() (line 10)."},
		{first(trace.KindSuspend, 1), "Task-1 awaits gather(Task-2, Task-3, Task-4); the ready queue holds Task-2, Task-3 and Task-4."},
		{first(trace.KindSuspend, 2), "Task-2 awaits sleep(1); the ready queue holds Task-3 and Task-4."},
		{first(trace.KindStep, 3), "The loop runs Task-3's step (line 3)."},
		{first(trace.KindIdle, 0), "Nothing is ready: the clock moves on to 1 s, when sleep(1) is due."},
		{first(trace.KindFire, 0), "The timer for sleep(1) is due: its callback joins the ready queue; the ready queue holds the end of sleep(1)."},
		{first(trace.KindOutput, 0), `Task-2 prints "start 1" (line 4).`},
		{first(trace.KindTaskDone, 0), "Task-2 finishes and returns 1."},
		{first(trace.KindRunStop, 0), "The loop stops."},
	}
	for _, tt := range tests {
		if got := m.Narrate(tt.k); got != tt.want {
			t.Errorf("step %d: %q\n want %q", tt.k, got, tt.want)
		}
	}
}

// TestKindIDs: kindID agrees with the order the store interns kinds in.
func TestKindIDs(t *testing.T) {
	var s store
	s.init()
	for i, k := range kinds {
		if id, ok := kindID(k); !ok || id != uint32(i+1) || s.strs[id] != k {
			t.Errorf("kind %q: id %d, interned as %q", k, id, s.strs[id])
		}
	}
}

// TestEventsRoundTrip: the model's compact store gives back the trace it
// was built from.
func TestEventsRoundTrip(t *testing.T) {
	src, _ := os.ReadFile("testdata/cancel_and_raise.py")
	for _, evs := range [][]trace.Event{runTrace(t, program(t, "gather_sleeps")), runTrace(t, string(src)), runTrace(t, program(t, "hello_asyncio"))} {
		m := Build(evs)
		if got := m.Events(); !reflect.DeepEqual(got, evs) {
			for i := range evs {
				if !reflect.DeepEqual(got[i], evs[i]) {
					t.Fatalf("event %d:\n got %+v\nwant %+v", i+1, got[i], evs[i])
				}
			}
		}
		if got := m.EventRange(3, 6); !reflect.DeepEqual(got, evs[2:5]) {
			t.Errorf("EventRange(3, 6) = %+v", got)
		}
	}
}

// TestNextInLane: from one step of a task, , and . go to that task's
// previous and next steps, over the other tasks' steps between them.
func TestNextInLane(t *testing.T) {
	m := Build(runTrace(t, program(t, "gather_sleeps")))
	steps := map[int64][]int64{} // task -> its step events
	for _, e := range m.Events() {
		if e.Kind == trace.KindStep {
			steps[e.Task] = append(steps[e.Task], e.Seq)
		}
	}
	if len(steps) < 4 {
		t.Fatalf("steps of %d tasks, want main and three naps", len(steps))
	}
	for task, ks := range steps {
		for i, k := range ks {
			want := k
			if i+1 < len(ks) {
				want = ks[i+1]
			}
			if got := m.NextInLane(k, 1); got != want {
				t.Errorf("task %d: NextInLane(%d, 1) = %d, want %d (its steps %v)", task, k, got, want, ks)
			}
			want = k
			if i > 0 {
				want = ks[i-1]
			}
			if got := m.NextInLane(k, -1); got != want {
				t.Errorf("task %d: NextInLane(%d, -1) = %d, want %d (its steps %v)", task, k, got, want, ks)
			}
		}
	}
}
