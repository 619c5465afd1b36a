package session

import (
	"os"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/wasm/bridge"
)

// TestCompare: the talk's three-ways example run with each argument gives
// three sessions; Compare draws them on one axis with their totals, and a
// forgotten run is an error.
func TestCompare(t *testing.T) {
	src, err := os.ReadFile("../../testdata/asyncio/talk/three-ways.py")
	if err != nil {
		t.Fatal(err)
	}
	var runs []*Session
	for i, style := range []string{"sync", "threads", "async"} {
		s := New(float64(i + 1))
		var out strings.Builder
		runtime.Run(src, runtime.Options{Argv: []string{style}, TraceLog: s.Log(), Stdout: &out, Stderr: &out})
		if !strings.HasPrefix(out.String(), style+": ") {
			t.Fatalf("%s: output %q", style, out.String())
		}
		runs = append(runs, s)
	}
	q := bridge.CompareQuery{Req: 7, IDs: []float64{1, 2, 3}, Titles: []string{"sync", "threads", "async"}, Width: 700}
	r, ok := Compare(q, runs).(bridge.CompareReply)
	if !ok {
		t.Fatalf("Compare = %#v", Compare(q, runs))
	}
	if r.Req != 7 || len(r.Totals) != 3 || r.Totals[0] < 2.4 || r.Totals[0] > 2.45 || r.Totals[1] < 1 || r.Totals[1] > 1.05 || r.Totals[2] < 1 || r.Totals[2] > 1.05 {
		t.Errorf("totals %v, want about 2.4, 1, 1", r.Totals)
	}
	if !strings.HasPrefix(r.SVG, "<svg") || strings.Contains(r.SVG, "style=") || !strings.Contains(r.SVG, "sync takes 2.4 s") {
		t.Errorf("svg: %.200s", r.SVG)
	}
	if e, ok := Compare(q, []*Session{runs[0], nil}).(bridge.Error); !ok || e.Req != 7 {
		t.Errorf("a forgotten run: %#v", e)
	}
}
