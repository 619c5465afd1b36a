package session

import "github.com/asynchrony/asynchrony/runtime/trace"

// packed is a trace.Event kept while its run goes on: no pointers (its
// strings are indices into a table of distinct strings), so the garbage
// collector never scans the hundreds of thousands of them a big run
// makes, and a repeated callback name is stored once. Numbers are int32:
// ids and iterations grow by at most one per event, and a session keeps
// at most MaxEvents.
type packed struct {
	time, when                             float64
	seq, n, handle, task, future, thread   int32
	line                                   int32
	kind, name, state, value, stream, text uint32
}

// strtab interns strings; index 0 is "".
type strtab struct {
	ids  map[string]uint32
	strs []string
	last uint32 // the last id returned: runs of one callback name are common
}

func (t *strtab) id(s string) uint32 {
	if s == "" {
		return 0
	}
	if t.last != 0 && t.strs[t.last] == s {
		return t.last
	}
	if id, ok := t.ids[s]; ok {
		if len(s) > 8 {
			t.last = id
		}
		return id
	}
	if t.ids == nil {
		t.ids = map[string]uint32{}
		t.strs = []string{""}
	}
	id := uint32(len(t.strs))
	t.ids[s] = id
	t.strs = append(t.strs, s)
	if len(s) > 8 {
		t.last = id
	}
	return id
}

func (t *strtab) pack(e *trace.Event) packed {
	return packed{
		seq: int32(e.Seq), n: int32(e.N), handle: int32(e.Handle), task: int32(e.Task), future: int32(e.Future), thread: int32(e.Thread),
		time: e.Time, when: e.When, line: int32(e.Line),
		kind: t.id(e.Kind), name: t.id(e.Name), state: t.id(e.State), value: t.id(e.Value),
		stream: t.id(e.Stream), text: t.id(e.Text),
	}
}

func (t *strtab) unpack(p *packed) trace.Event {
	return trace.Event{
		Seq: int64(p.seq), N: int64(p.n), Handle: int64(p.handle), Task: int64(p.task), Future: int64(p.future), Thread: int64(p.thread),
		Time: p.time, When: p.when, Line: int(p.line),
		Kind: t.strs[p.kind], Name: t.strs[p.name], State: t.strs[p.state], Value: t.strs[p.value],
		Stream: t.strs[p.stream], Text: t.strs[p.text],
	}
}
