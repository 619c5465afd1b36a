package bridge

import (
	"reflect"
	"testing"
	"time"
)

type inner struct {
	A int `json:"a"`
}

type event struct {
	Seq    int64             `json:"seq"`
	Kind   string            `json:"kind"`
	Line   int               `json:"line,omitempty"`
	Skip   string            `json:"-"`
	NoTag  bool              //
	Ptr    *inner            `json:"ptr,omitempty"`
	List   []string          `json:"list,omitempty"`
	Attrs  map[string]any    `json:"attrs,omitempty"`
	Ch     chan int          `json:"ch,omitempty"`
	hidden int               //nolint:unused
	Nested inner             `json:"nested"`
	Ints   map[int]string    `json:"ints,omitempty"`
	Nums   map[string]uint16 `json:"nums,omitempty"`
}

func TestPlain(t *testing.T) {
	tests := []struct {
		in   any
		want any
	}{
		{nil, nil},
		{3, 3.0},
		{uint8(7), 7.0},
		{"s", "s"},
		{[]int{1, 2}, []any{1.0, 2.0}},
		{event{Seq: 1, Kind: "task"}, map[string]any{"seq": 1.0, "kind": "task", "NoTag": false, "nested": map[string]any{"a": 0.0}}},
		{&event{Seq: 2, Kind: "k", Line: 4, Skip: "x", Ptr: &inner{5}, List: []string{"a"}, Attrs: map[string]any{"x": 1}, Nums: map[string]uint16{"n": 2}},
			map[string]any{"seq": 2.0, "kind": "k", "line": 4.0, "NoTag": false, "ptr": map[string]any{"a": 5.0}, "list": []any{"a"}, "attrs": map[string]any{"x": 1.0}, "nested": map[string]any{"a": 0.0}, "nums": map[string]any{"n": 2.0}}},
		{event{Ch: make(chan int), Ints: map[int]string{1: "a"}}, map[string]any{"seq": 0.0, "kind": "", "NoTag": false, "ch": nil, "ints": nil, "nested": map[string]any{"a": 0.0}}},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Plain(%#v)\n got %#v\nwant %#v", tt.in, got, tt.want)
		}
	}
}

func TestOutbox(t *testing.T) {
	clock := time.Unix(0, 0)
	var msgs []Message
	o := &Outbox{ID: 7, Post: func(m Message) { msgs = append(msgs, m) }, Now: func() time.Time { return clock }, Eager: 2}
	o.Write("stdout", []byte("a"))
	if o.Bytes != 1 {
		t.Fatalf("Bytes = %d", o.Bytes)
	}
	o.Write("stdout", []byte("b"))
	if len(msgs) != 2 {
		t.Fatalf("eager output: %d messages, want 2", len(msgs))
	}
	// Past Eager, output waits for FlushEvery, merging same-stream chunks.
	o.Write("stdout", []byte("c"))
	o.Write("stdout", []byte("d"))
	o.Write("stderr", []byte("E"))
	if len(msgs) != 2 {
		t.Fatalf("batched output sent early: %d messages", len(msgs))
	}
	clock = clock.Add(60 * time.Millisecond)
	o.Write("stderr", []byte("F"))
	if len(msgs) != 3 {
		t.Fatalf("after FlushEvery: %d messages, want 3", len(msgs))
	}
	want := Out{ID: 7, Chunks: []Chunk{{Stream: "stdout", Text: "cd"}, {Stream: "stderr", Text: "EF"}}}
	if !reflect.DeepEqual(msgs[2], want) {
		t.Fatalf("batch = %#v\nwant %#v", msgs[2], want)
	}
	o.Write("stdout", []byte("g"))
	o.Flush()
	if len(msgs) != 4 || !reflect.DeepEqual(msgs[3], Out{ID: 7, Chunks: []Chunk{{Stream: "stdout", Text: "g"}}}) {
		t.Fatalf("final flush %#v", msgs[len(msgs)-1])
	}
	o.Flush()
	if len(msgs) != 4 {
		t.Fatal("empty flush sent a message")
	}
}
