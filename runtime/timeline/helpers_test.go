package timeline

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// runTrace runs a program on the virtual clock and returns its trace.
func runTrace(t testing.TB, src string) []trace.Event {
	t.Helper()
	var evs []trace.Event
	var out strings.Builder
	runtime.Run([]byte(src), runtime.Options{Filename: "prog.py", Stdout: &out, Stderr: &out,
		Trace: func(e trace.Event) { evs = append(evs, e) }})
	return evs
}

// dump writes the lanes as text: one line per lane, its segments as
// state(label)@from-to and its marks as kind@seq.
func dump(m *Model, internal bool) string {
	var b strings.Builder
	for _, l := range m.Lanes(internal) {
		fmt.Fprintf(&b, "%s:", l.Name)
		for i := 0; i < l.NumSegments(); i++ {
			s := l.Segment(i)
			fmt.Fprintf(&b, " %s", s.State)
			if label := l.Label(s); label != "" {
				fmt.Fprintf(&b, "(%s)", label)
			}
			fmt.Fprintf(&b, "@%d-%d", s.From, s.To)
			if s.T0 != 0 || s.T1 != 0 {
				fmt.Fprintf(&b, "[%gs-%gs]", s.T0, s.T1)
			}
		}
		b.WriteString(" |")
		var all []*Mark
		for k := MarkCreated; k <= MarkDone; k++ {
			for i := 0; i < l.NumMarks(k); i++ {
				all = append(all, l.Mark(k, i))
			}
		}
		sort.SliceStable(all, func(i, j int) bool { return all[i].Seq < all[j].Seq })
		for _, k := range all {
			fmt.Fprintf(&b, " %s@%d", k.Kind, k.Seq)
		}
		b.WriteString("\n")
	}
	return b.String()
}
