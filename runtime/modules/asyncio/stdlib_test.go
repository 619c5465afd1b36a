package asyncio

import (
	"strings"
	"testing"
)

func TestPlaceLines(t *testing.T) {
	cases := []struct {
		src, want string
		fails     bool
	}{
		{src: "a\nb  #@4\nc", want: "a\n\n\nb\nc"},
		{src: "a #@1\nb", want: "a\nb"},
		{src: "a\nb\nc #@2", fails: true},
		{src: "x = '#@' # not a marker", want: "x = '#@' # not a marker"},
	}
	for _, c := range cases {
		got, err := placeLines(c.src)
		if (err != nil) != c.fails || (!c.fails && got != c.want) {
			t.Errorf("placeLines(%q) = %q, %v; want %q (fails %v)", c.src, got, err, c.want, c.fails)
		}
	}
}

// The embedded sources must place their marked lines where CPython 3.11.7
// has them.
func TestEmbeddedSourcesPlaceTheirLines(t *testing.T) {
	check := func(file, src string, line int, text string) {
		t.Helper()
		placed, err := placeLines(src)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		lines := strings.Split(placed, "\n")
		if line > len(lines) || strings.TrimSpace(lines[line-1]) != text {
			t.Errorf("%s:%d is not %q", file, line, text)
		}
	}
	for _, p := range pyParts {
		if _, err := placeLines(pySource(p.source)); err != nil {
			t.Errorf("%s: %v", p.source, err)
		}
	}
	check("tasks.py", pySource("tasks"), 649, "return await future")
	check("runners.py", runnersSource, 118, "return self._loop.run_until_complete(task)")
	check("runners.py", runnersSource, 190, "return runner.run(main)")
	files := splitFiles(internalsSource)
	check("base_events.py", files["<stdlib>/asyncio/base_events.py"], 653, "return future.result()")
	check("events.py", files["<stdlib>/asyncio/events.py"], 80, "self._context.run(self._callback, *self._args)")
}
