package bridge

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// TestProtocolJSUpToDate: site/src/protocol.js is what the Go types say.
func TestProtocolJSUpToDate(t *testing.T) {
	got, err := os.ReadFile("../../site/src/protocol.js")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, ProtocolJS()) {
		t.Fatal("site/src/protocol.js is out of date: run go generate ./wasm/bridge")
	}
}

func TestProtocolTypes(t *testing.T) {
	types := map[string]bool{}
	for _, s := range Protocol {
		name := s.Msg.MsgType()
		if types[name] {
			t.Errorf("two messages of type %q", name)
		}
		types[name] = true
		if s.Dir != ToWorker && s.Dir != ToPage {
			t.Errorf("%s: direction %q", name, s.Dir)
		}
		rt := reflect.TypeOf(s.Msg)
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			if f.Tag.Get("json") == "" {
				t.Errorf("%s.%s has no json name", rt.Name(), f.Name)
			}
			if f.Tag.Get("json") == "type" {
				t.Errorf("%s.%s is named type, which names the message", rt.Name(), f.Name)
			}
		}
	}
}

func TestEncode(t *testing.T) {
	got := Encode(Out{ID: 3, Chunks: []Chunk{{Stream: "stdout", Text: "hi\n"}}})
	want := map[string]any{"type": "out", "id": 3.0, "chunks": []any{map[string]any{"stream": "stdout", "text": "hi\n"}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Encode = %#v\nwant %#v", got, want)
	}
	if got := Encode(Ready{}); !reflect.DeepEqual(got, map[string]any{"type": "ready"}) {
		t.Fatalf("Encode(Ready{}) = %#v", got)
	}
}
