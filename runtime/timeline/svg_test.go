package timeline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.svg from testdata/*.py (make golden-svg)")

// TestGoldenSVG draws each testdata/NAME.py's timeline, standalone, on both
// axes, and compares it byte for byte with NAME.steps.svg and
// NAME.time.svg.
func TestGoldenSVG(t *testing.T) {
	progs, _ := filepath.Glob("testdata/*.py")
	if len(progs) == 0 {
		t.Fatal("no testdata/*.py")
	}
	for _, p := range progs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m := Build(runTrace(t, string(src)))
		base := strings.TrimSuffix(p, ".py")
		for _, c := range []struct {
			suffix string
			axis   Axis
		}{{".steps.svg", Steps}, {".time.svg", Time}} {
			var b bytes.Buffer
			if err := m.SVG(&b, RenderOptions{Axis: c.axis, Standalone: true, Title: filepath.Base(p)}); err != nil {
				t.Fatal(err)
			}
			golden := base + c.suffix
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (make golden-svg writes it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from its drawing; if the change is meant, run make golden-svg", golden)
			}
		}
	}
}
