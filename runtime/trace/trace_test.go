package trace

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	events := []Event{
		{Seq: 1, Kind: KindRunStart},
		{Seq: 2, Time: 1.5, Kind: KindTimer, Line: 7, Handle: 3, When: 2.25, Name: "print('a')"},
		{Seq: 3, Time: 1e-9, Kind: KindOutput, Stream: "stdout", Text: "tab\there \"q\" \\ \x01 é 😀\n"},
		{Seq: 4, Time: 12345.678, Kind: KindTaskDone, Task: 9, State: StateException, Value: "ValueError: <\u2028>"},
		{Seq: 5, Kind: KindIteration, N: 1 << 40},
	}
	for _, e := range events {
		want, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		got := e.AppendJSON(nil)
		var a, b map[string]any
		if err := json.Unmarshal(got, &a); err != nil {
			t.Fatalf("event %d: invalid JSON %s: %v", e.Seq, got, err)
		}
		json.Unmarshal(want, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("event %d:\n got %s\nwant %s", e.Seq, got, want)
		}
	}
	inf := Event{Seq: 1, Kind: KindIdle, When: math.Inf(1)}
	if got := string(inf.AppendJSON(nil)); got != `{"seq":1,"time":0,"kind":"idle","when":null}` {
		t.Errorf("infinite deadline: %s", got)
	}
}

// seqd numbers events 1, 2, ... so tests can write them without Seq.
func seqd(evs ...Event) []Event {
	for i := range evs {
		evs[i].Seq = int64(i + 1)
	}
	return evs
}

func TestReplay(t *testing.T) {
	evs := seqd(
		Event{Kind: KindRunStart}, // 1
		Event{Kind: KindTaskNew, Task: 1, Name: "Task-1", Value: "main"},   // 2
		Event{Kind: KindSchedule, Handle: 1, Task: 1, Name: "Task-1.step"}, // 3
		Event{Kind: KindIteration, N: 1},                                   // 4
		Event{Kind: KindRun, Handle: 1},                                    // 5
		Event{Kind: KindStep, Task: 1},                                     // 6
		Event{Kind: KindSchedule, Handle: 2, Name: "a"},                    // 7
		Event{Kind: KindSchedule, Handle: 3, Name: "b"},                    // 8
		Event{Kind: KindTimer, Handle: 4, Name: "t", When: 1},              // 9
		Event{Kind: KindFutureNew, Future: 2, Name: "sleep"},               // 10
		Event{Kind: KindTimer, Handle: 5, Name: "wake", When: 0.5},         // 11
		Event{Kind: KindCallback, Future: 2, Name: "Task-1.wakeup"},        // 12
		Event{Kind: KindSuspend, Task: 1, Future: 2, Value: "sleep(0.5)"},  // 13
		Event{Kind: KindOutput, Stream: "stdout", Text: "hi\n"},            // 14
		Event{Kind: KindCancel, Handle: 3},                                 // 15
		Event{Kind: KindIteration, N: 2},                                   // 16
		Event{Kind: KindRun, Handle: 2},                                    // 17
		Event{Kind: KindDrop, Handle: 3},                                   // 18
		Event{Kind: KindIdle, When: 0.5},                                   // 19
		Event{Time: 0.5, Kind: KindIteration, N: 3},                        // 20
		Event{Time: 0.5, Kind: KindFire, Handle: 5},                        // 21
		Event{Time: 0.5, Kind: KindRun, Handle: 5},                         // 22
		Event{Time: 0.5, Kind: KindFutureDone, Future: 2, State: StateResult, Value: "None"},
		Event{Time: 0.5, Kind: KindSchedule, Handle: 6, Task: 1, Name: "Task-1.wakeup"},
		Event{Time: 0.5, Kind: KindOutput, Stream: "stderr", Text: "oops\n"},
	)
	cases := []struct {
		k      int64
		ready  []int64
		timers []int64
		task   string // state of task 1
		waits  int64
		out    string
	}{
		{k: 3, ready: []int64{1}, task: "ready"},
		{k: 6, task: "running"},
		{k: 9, ready: []int64{2, 3}, timers: []int64{4}, task: "running"},
		{k: 13, ready: []int64{2, 3}, timers: []int64{5, 4}, task: "waiting", waits: 2},
		{k: 18, timers: []int64{5, 4}, task: "waiting", waits: 2, out: "hi\n"},
		{k: 21, ready: []int64{5}, timers: []int64{4}, task: "waiting", waits: 2, out: "hi\n"},
		{k: -1, ready: []int64{6}, timers: []int64{4}, task: "ready", out: "hi\noops\n"},
	}
	for _, c := range cases {
		r, err := Rebuild(evs, c.k)
		if err != nil {
			t.Fatalf("k=%d: %v", c.k, err)
		}
		var ready, timers []int64
		for _, h := range r.Ready {
			ready = append(ready, h.ID)
		}
		for _, h := range r.TimerList() {
			timers = append(timers, h.ID)
		}
		task := r.Tasks[1]
		if !reflect.DeepEqual(ready, c.ready) || !reflect.DeepEqual(timers, c.timers) ||
			task.State != c.task || task.WaitsOn != c.waits || r.Output.String() != c.out {
			t.Errorf("k=%d: ready %v timers %v task %s/%d output %q; want %v %v %s/%d %q",
				c.k, ready, timers, task.State, task.WaitsOn, r.Output.String(), c.ready, c.timers, c.task, c.waits, c.out)
		}
	}
	r, _ := Rebuild(evs, 15)
	if !r.Ready[1].Cancelled || r.Ready[0].Cancelled {
		t.Errorf("cancel did not mark only handle 3")
	}
	if f := r.Futures[2]; len(f.Callbacks) != 1 || f.Done {
		t.Errorf("future 2 at step 15: %+v", f)
	}
}

func TestReplayRejectsInconsistentTraces(t *testing.T) {
	bad := [][]Event{
		seqd(Event{Kind: KindSchedule, Handle: 1}, Event{Kind: KindSchedule, Handle: 2}, Event{Kind: KindRun, Handle: 2}),
		seqd(Event{Kind: KindFire, Handle: 1}),
		seqd(Event{Kind: KindStep, Task: 4}),
		seqd(Event{Kind: "bogus"}),
		{{Seq: 2, Kind: KindRunStart}},
	}
	for i, evs := range bad {
		if _, err := Rebuild(evs, -1); err == nil {
			t.Errorf("trace %d replayed without error", i)
		}
	}
}
