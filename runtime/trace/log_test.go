package trace

import (
	"math"
	"runtime"
	"strconv"
	"testing"
)

func TestLogRoundTrip(t *testing.T) {
	events := []Event{
		{Kind: KindRunStart, Line: 12},
		{Time: 0.5, Kind: KindSchedule, Line: 7, Handle: 3, Task: 2, Name: "Task-2 step"},
		{Time: 1.25, Kind: KindTimer, Handle: 4, When: 2.5, Name: "print('a')", Task: 2},
		{Time: 1.25, Kind: KindIdle, When: math.Inf(1)},
		{Kind: KindIteration, N: 9},
		{Kind: KindOutput, Stream: "stdout", Text: "hi\n", Thread: 2, Line: 3},
		{Kind: KindOutput, Stream: "stderr", Text: "", Thread: 2},
		{Kind: KindOutput, Stream: "stdout", Text: "é 😀\n"},
		{Kind: KindTaskDone, Task: 2, State: StateException, Value: "ValueError: x"},
		{Kind: KindFutureDone, Future: 5, State: StateCancelled},
		{Kind: KindSuspend, Task: 2, Future: 5, Value: "sleep(1)"},
		{Kind: KindThreadBlock, Thread: 3, Value: "Lock.acquire", Future: 7},
		{Kind: KindSchedule, Name: "Task-2 step", Handle: 1 << 30},
		{Kind: "custom", State: "odd", Name: "x", Value: "y", Handle: 1},
	}
	var l Log
	for i := range events {
		e := events[i]
		e.Seq = 99 // ignored: the log numbers events
		l.Append(&e)
		events[i].Seq = int64(i + 1)
	}
	if l.Len() != int64(len(events)) {
		t.Fatalf("len %d, want %d", l.Len(), len(events))
	}
	got := l.Events(nil, 1, l.Len()+1)
	for i, want := range events {
		if i >= len(got) || got[i] != want {
			t.Errorf("event %d: got %+v, want %+v", i+1, got[i], want)
		}
	}
	if n := len(l.Events(nil, 3, 5)); n != 2 {
		t.Errorf("events 3..4: %d of them", n)
	}
	if n := len(l.strs); n != 8 {
		t.Errorf("%d strings interned, want 7 distinct ones and \"\": %q", n, l.strs)
	}
}

func TestLogMax(t *testing.T) {
	l := Log{Max: 5000}
	for i := 0; i < 5002; i++ {
		l.Add(Event{Kind: KindRun, Handle: int64(i + 1)})
	}
	if l.Len() != 5000 || l.Dropped() != 2 {
		t.Fatalf("len %d dropped %d", l.Len(), l.Dropped())
	}
	if e := l.Events(nil, 4097, 4098); len(e) != 1 || e[0].Handle != 4097 || e[0].Seq != 4097 {
		t.Errorf("event 4097 (the second chunk's first): %+v", e)
	}
}

// TestLogOtherKinds: kinds outside the schema are kept, up to 255 kinds
// in all; the later ones read back as "?".
func TestLogOtherKinds(t *testing.T) {
	var l Log
	kind := func(i int) string { return "k" + strconv.Itoa(i) }
	for i := 0; i < 300; i++ {
		l.Add(Event{Kind: kind(i)})
	}
	kept := 254 - len(kindNames)
	for i, e := range l.Events(nil, 1, 301) {
		want := kind(i)
		if i >= kept {
			want = "?"
		}
		if e.Kind != want {
			t.Fatalf("event %d: kind %q, want %q", i+1, e.Kind, want)
		}
	}
}

// TestLogConcurrentReader reads a log while it grows (the page asks about
// a real-clock run as it goes); go test -race checks the publication.
func TestLogConcurrentReader(t *testing.T) {
	var l Log
	const n = 3 * logChunkLen
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 1; i <= n; i++ {
			e := Event{Kind: KindSchedule, Handle: int64(i), Name: "cb" + strconv.Itoa(i%100)}
			if i%7 == 0 {
				e = Event{Kind: KindOutput, Stream: "stdout", Text: strconv.Itoa(i)}
			}
			l.Append(&e)
		}
	}()
	check := func(evs []Event) {
		for _, e := range evs {
			ok := e.Handle == e.Seq && e.Name == "cb"+strconv.FormatInt(e.Seq%100, 10)
			if e.Seq%7 == 0 {
				ok = e.Text == strconv.FormatInt(e.Seq, 10)
			}
			if !ok {
				t.Fatalf("event %+v", e)
			}
		}
	}
	for {
		select {
		case <-done:
			if evs := l.Events(nil, 1, n+1); len(evs) != n {
				t.Fatalf("%d events, want %d", len(evs), n)
			} else {
				check(evs)
			}
			return
		default:
			check(l.Events(nil, max(1, l.Len()-100), l.Len()+1))
			// Under js/wasm goroutines switch only when one blocks or
			// yields: without this the writer never runs.
			runtime.Gosched()
		}
	}
}

// TestLogRelease: a log released and filled again (with reused chunks)
// reads back the new events only.
func TestLogRelease(t *testing.T) {
	var a Log
	for i := 0; i < logChunkLen+10; i++ {
		a.Add(Event{Kind: KindSchedule, Handle: int64(i + 1), Name: "old", Line: 3, Task: 4})
	}
	a.Release()
	if a.Len() != 0 {
		t.Fatalf("released log has %d events", a.Len())
	}
	var b Log
	for i := 0; i < logChunkLen+10; i++ {
		b.Add(Event{Kind: KindRun, Handle: int64(i + 1)})
	}
	for _, e := range b.Events(nil, 1, b.Len()+1) {
		if e != (Event{Seq: e.Seq, Kind: KindRun, Handle: e.Seq}) {
			t.Fatalf("event %+v", e)
		}
	}
	a.Add(Event{Kind: KindRunStart})
	if evs := a.Events(nil, 1, 10); len(evs) != 1 || evs[0].Kind != KindRunStart {
		t.Fatalf("the released log filled again: %+v", evs)
	}
}

// TestLogAppendDirect: AppendRun and AppendSchedule keep what Append
// keeps, across chunks, with names new, repeated and equal but not the
// same string, and past Max.
func TestLogAppendDirect(t *testing.T) {
	a, b := Log{Max: 2*logChunkLen + 5}, Log{Max: 2*logChunkLen + 5}
	names := []string{"cb()", "cb()", strconv.Itoa(12), "12", "Task-1 step"}
	for i := 0; i < 2*logChunkLen+9; i++ {
		tm := float64(i / 100)
		if i%3 == 0 {
			a.Append(&Event{Time: tm, Kind: KindRun, Handle: int64(i)})
			b.AppendRun(tm, int64(i))
			continue
		}
		name := names[i%len(names)]
		a.Append(&Event{Time: tm, Kind: KindSchedule, Handle: int64(i), Task: int64(i % 7), Name: name, Line: i % 50})
		b.AppendSchedule(tm, int64(i), int64(i%7), name, i%50)
	}
	if a.Len() != b.Len() || a.Dropped() != b.Dropped() || b.Dropped() != 4 {
		t.Fatalf("len %d / %d, dropped %d / %d", a.Len(), b.Len(), a.Dropped(), b.Dropped())
	}
	want, got := a.Events(nil, 1, a.Len()+1), b.Events(nil, 1, b.Len()+1)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("event %d: %+v, want %+v", i+1, got[i], want[i])
		}
	}
}

// BenchmarkLogAppend appends the 300k-callback run's two common events, a
// schedule with its (repeated) callback name and a run, as the runtime
// does: through Append ("event"), or AppendSchedule and AppendRun
// ("direct"). ns/op is per event, in a log released and refilled as the
// page's is.
func BenchmarkLogAppend(b *testing.B) {
	name := "main.<locals>.cb() at bench.py:13"
	for _, direct := range []bool{false, true} {
		b.Run(map[bool]string{false: "event", true: "direct"}[direct], func(b *testing.B) {
			// The chunks are made once, as in a page's later runs:
			// fresh memory costs WebAssembly more than the appends.
			var l Log
			for i := 0; i < 600_000; i++ {
				l.AppendRun(0, 1)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if i%600_000 == 0 {
					l.Release()
				}
				switch {
				case direct && i%2 == 0:
					l.AppendSchedule(0, int64(i), 0, name, 17)
				case direct:
					l.AppendRun(0, int64(i))
				case i%2 == 0:
					l.Append(&Event{Kind: KindSchedule, Handle: int64(i), Name: name, Line: 17})
				default:
					l.Append(&Event{Kind: KindRun, Handle: int64(i)})
				}
			}
		})
	}
}
