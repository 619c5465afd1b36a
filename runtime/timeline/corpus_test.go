package timeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// TestCorpusModels builds the model of every asyncio program of the golden
// corpus: each trace replays, draws on both axes, and tells every step in a
// sentence, whatever the program does (errors, cancellation, threads, ...).
func TestCorpusModels(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/asyncio/*.py")
	more, _ := filepath.Glob("../../testdata/asyncio/*/*.py")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	built := 0
	defer func() { t.Logf("%d programs", built) }()
	for i, f := range files {
		if testing.Short() && i%4 != 0 {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var evs []trace.Event
		runtime.Run(src, runtime.Options{Filename: filepath.Base(f), Stdin: strings.NewReader(""), MaxSteps: 5_000_000,
			Trace: func(e trace.Event) { evs = append(evs, e) }})
		m := Build(evs)
		built++
		if err := m.ReplayError(); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for _, axis := range []Axis{Steps, Time} {
			var b bytes.Buffer
			if err := m.SVG(&b, RenderOptions{Axis: axis, Width: 600}); err != nil || !bytes.HasSuffix(b.Bytes(), []byte("</svg>\n")) {
				t.Errorf("%s: SVG %v", f, err)
			}
		}
		step := max(1, m.Len()/200)
		for k := int64(0); k <= m.Len(); k += step {
			if n := m.Narrate(k); n == "" || k > 0 && n == m.Event(k).Kind+"." {
				t.Errorf("%s: step %d has no sentence: %q", f, k, n)
			}
			m.StateAt(k).AppendJSON(nil)
		}
	}
}
