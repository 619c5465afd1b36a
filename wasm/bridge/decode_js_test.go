//go:build js && wasm

package bridge

import (
	"reflect"
	"syscall/js"
	"testing"
)

func TestDecode(t *testing.T) {
	v := js.ValueOf(map[string]any{"type": "run", "id": 4, "code": "print(1)", "clock": "real", "trace": true,
		"argv": []any{"sync"}, "seed": 7, "extra": "x"})
	var r Run
	Decode(v, &r)
	if want := (Run{ID: 4, Code: "print(1)", Clock: "real", Trace: true, Argv: []string{"sync"}, Seed: 7}); !reflect.DeepEqual(r, want) {
		t.Fatalf("Decode = %+v, want %+v", r, want)
	}
	// Wrong JS types leave fields zero; any keeps the js.Value.
	var imp Import
	Decode(js.ValueOf(map[string]any{"req": "7", "records": []any{map[string]any{"id": "a"}}}), &imp)
	if imp.Req != 0 || len(imp.Records) != 1 {
		t.Fatalf("Decode = %+v", imp)
	}
	if id := imp.Records[0].(js.Value).Get("id").String(); id != "a" {
		t.Fatalf("record id %q", id)
	}
	var q SVGQuery
	Decode(js.ValueOf(map[string]any{"axis": "time", "from": 1.5, "to": 2, "width": 800}), &q)
	if want := (SVGQuery{Axis: "time", From: 1.5, To: 2, Width: 800}); !reflect.DeepEqual(q, want) {
		t.Fatalf("Decode = %+v", q)
	}
}
