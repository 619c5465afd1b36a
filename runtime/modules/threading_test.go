package modules

import (
	"strconv"
	"strings"
	"testing"
)

// Every "#@N" line of the sources run under CPython's file names must land
// on line N (markers out of order or too late would keep their place).
func TestLinesPlaced(t *testing.T) {
	checkPlaced(t, "threading", threadingSource())
	checkPlaced(t, "concurrent_futures_base", placeLines(pySource("concurrent_futures_base")))
	checkPlaced(t, "concurrent_futures_thread", placeLines(pySource("concurrent_futures_thread")))
	for i, p := range jsonParts {
		checkPlaced(t, p.source, jsonSources()[i])
	}
}

func checkPlaced(t *testing.T, name, placedSrc string) {
	raw := pySource(name)
	placed := strings.Split(placedSrc, "\n")
	marks := 0
	for _, line := range strings.Split(raw, "\n") {
		i := strings.LastIndex(line, "#@")
		if i < 0 {
			continue
		}
		n, err := strconv.Atoi(line[i+2:])
		if err != nil {
			continue // not a marker (placeLines leaves it too)
		}
		marks++
		want := strings.TrimRight(line[:i], " ")
		if n > len(placed) || placed[n-1] != want {
			t.Errorf("%s: line %d of the placed source is not %q", name, n, want)
		}
	}
	if marks == 0 {
		t.Errorf("%s: no #@ markers found", name)
	}
}

func TestPlaceLines(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"a\nb  #@4\nc", "a\n\n\nb\nc"},
		{"a  #@1\nb", "a\nb"},
		{"a\nb\nc  #@2", "a\nb\nc"}, // too late: stays (the test above catches it)
		{"x = '#@'", "x = '#@'"},
	} {
		if got := placeLines(c.src); got != c.want {
			t.Errorf("placeLines(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}
