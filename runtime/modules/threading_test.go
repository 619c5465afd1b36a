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

// A wait that only another thread could end cannot be simulated (threads
// run one at a time): it raises instead of hanging or going on silently.
func TestThreadingWaitsRaise(t *testing.T) {
	src := `import threading
ev, cond = threading.Event(), threading.Condition()
def on_event():
    ev.wait()
def on_cond():
    with cond:
        cond.wait()
for fn in (on_event, on_cond):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()
for wait in (ev.wait, lambda: cond.wait_for(lambda: False)):
    try:
        with cond:
            wait()
    except RuntimeError as e:
        print(e)
print(ev.wait(0.5), cond.wait_for(lambda: 7, 1), ev.set(), ev.wait())
`
	out, errs := runPy(t, src)
	wantOut := "deadlock: the main thread waits for an Event that no thread can signal\n" +
		"deadlock: the main thread waits for a Condition that no thread can signal\n" +
		"False 7 None True\n"
	if out != wantOut {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, wantOut)
	}
	for _, want := range []string{
		"Exception in thread on_event:\n",
		"RuntimeError: simulated threads run one at a time: on_event cannot wait for an Event to be signalled by another thread\n",
		"Exception in thread on_cond:\n",
		"RuntimeError: simulated threads run one at a time: on_cond cannot wait for a Condition to be signalled by another thread\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}
