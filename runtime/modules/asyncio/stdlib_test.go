package asyncio

import (
	"fmt"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime/core"
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

func TestDequeRemoveAt(t *testing.T) {
	for _, tc := range []struct{ n, head, remove int }{
		{5, 0, 0}, {5, 0, 1}, {5, 0, 2}, {5, 0, 4}, {1, 0, 0}, {100, 0, 3}, {100, 40, 30}, {100, 40, 59},
	} {
		d := &waiterDeque{head: tc.head}
		for i := 0; i < tc.n; i++ {
			d.items = append(d.items, core.Int(int64(i)))
		}
		var want []int64
		for i := tc.head; i < tc.n; i++ {
			if i-tc.head != tc.remove {
				want = append(want, int64(i))
			}
		}
		d.removeAt(tc.remove)
		var got []int64
		for _, v := range d.live() {
			got = append(got, v.Int64())
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%+v: got %v, want %v", tc, got, want)
		}
	}
}
