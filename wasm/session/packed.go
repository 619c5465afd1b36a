package session

import "github.com/asynchrony/asynchrony/runtime/trace"

// packed is a trace.Event kept while its run goes on: no pointers (its
// strings are indices into a table of distinct strings), so the garbage
// collector never scans the hundreds of thousands of them a big run
// makes, and a repeated callback name is stored once.
type packed struct {
	seq, n, handle, task, future, thread int64
	time, when                           float64
	line                                 int32
	kind, name, state, value             uint32
	stream, text                         uint32
}

// strtab interns strings; index 0 is "".
type strtab struct {
	ids  map[string]uint32
	strs []string
}

func (t *strtab) id(s string) uint32 {
	if s == "" {
		return 0
	}
	if id, ok := t.ids[s]; ok {
		return id
	}
	if t.ids == nil {
		t.ids = map[string]uint32{}
		t.strs = []string{""}
	}
	id := uint32(len(t.strs))
	t.ids[s] = id
	t.strs = append(t.strs, s)
	return id
}

func (t *strtab) pack(e *trace.Event) packed {
	return packed{
		seq: e.Seq, n: e.N, handle: e.Handle, task: e.Task, future: e.Future, thread: e.Thread,
		time: e.Time, when: e.When, line: int32(e.Line),
		kind: t.id(e.Kind), name: t.id(e.Name), state: t.id(e.State), value: t.id(e.Value),
		stream: t.id(e.Stream), text: t.id(e.Text),
	}
}

func (t *strtab) unpack(p *packed) trace.Event {
	return trace.Event{
		Seq: p.seq, N: p.n, Handle: p.handle, Task: p.task, Future: p.future, Thread: p.thread,
		Time: p.time, When: p.when, Line: int(p.line),
		Kind: t.strs[p.kind], Name: t.strs[p.name], State: t.strs[p.state], Value: t.strs[p.value],
		Stream: t.strs[p.stream], Text: t.strs[p.text],
	}
}
