package modules

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// Simulated threads for the threading module (py/threading.py). The
// design rules out a goroutine per simulated thread, and the VM cannot
// suspend a plain function call, so Thread.start() runs the thread's body
// to completion at once on its own virtual clock (starting at the
// starter's time; time.sleep advances it) while its output is held back,
// stamped with that clock. The main thread's output and joins release the
// held output in time order, so sleeping threads print interleaved as
// they would under CPython. A lock or semaphore held across a sleep by a
// thread run earlier, or an event it set, makes a later thread wait (its
// clock moves); waits that only a thread yet to run could end (events set
// or conditions notified later, locks held by the starter) are beyond this
// model and raise RuntimeError.

func init() {
	goModules["_thread_sim"] = initThreadSim
	goModules["threading"] = initThreading
}

// threadingFile is the name the module's Python part runs under: CPython's
// "Exception in thread" tracebacks show frames of its threading.py (which
// the golden outputs write as <stdlib>/threading.py).
const threadingFile = "<stdlib>/threading.py"

var threadingSource = sync.OnceValue(func() string { return placeLines(pySource("threading")) })

func initThreading(th *core.Thread, m *core.Module) *core.Exception {
	return th.ExecModuleSource(th, m, threadingFile, threadingSource())
}

// placeLines moves each line ending in a "#@N" marker down to line N (by
// inserting blank lines before it) and drops the marker, so that frames in
// a module's tracebacks name CPython's line numbers. Markers must come in
// increasing order within reach (a unit test checks the embedded sources).
func placeLines(src string) string {
	var out []string
	for _, line := range strings.Split(src, "\n") {
		if i := strings.LastIndex(line, "#@"); i >= 0 {
			if n, err := strconv.Atoi(line[i+2:]); err == nil {
				line = strings.TrimRight(line[:i], " ")
				for len(out)+1 < n {
					out = append(out, "")
				}
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

type heldOutput struct {
	at     float64
	seq    int
	stdout bool
	text   string
}

// outputMerger sits in front of the run's stdout and stderr.
type outputMerger struct {
	clock          *runClock
	stdout, stderr io.Writer
	held           []heldOutput
	seq            int
	// lastEnd is when the last non-daemon thread ends: at exit the
	// interpreter joins those, so output held until then still appears.
	lastEnd float64
}

type mergedStream struct {
	m      *outputMerger
	stdout bool
}

func (s *mergedStream) Write(p []byte) (int, error) {
	m := s.m
	if m.clock.inSim {
		m.seq++
		m.held = append(m.held, heldOutput{at: *m.clock.cur, seq: m.seq, stdout: s.stdout, text: string(p)})
		return len(p), nil
	}
	m.release(m.clock.main)
	if s.stdout {
		return m.stdout.Write(p)
	}
	return m.stderr.Write(p)
}

// release writes the held output stamped at or before t, in time order.
func (m *outputMerger) release(t float64) {
	if len(m.held) == 0 {
		return
	}
	sort.SliceStable(m.held, func(i, j int) bool {
		if m.held[i].at != m.held[j].at {
			return m.held[i].at < m.held[j].at
		}
		return m.held[i].seq < m.held[j].seq
	})
	n := 0
	for n < len(m.held) && m.held[n].at <= t {
		h := m.held[n]
		if h.stdout {
			io.WriteString(m.stdout, h.text)
		} else {
			io.WriteString(m.stderr, h.text)
		}
		n++
	}
	m.held = m.held[n:]
}

func merger(th *core.Thread) *outputMerger {
	c := getClock(th)
	if c.merger == nil {
		mg := &outputMerger{clock: c, stdout: th.Stdout, stderr: th.Stderr}
		c.merger = mg
		th.Stdout = &mergedStream{m: mg, stdout: true}
		th.Stderr = &mergedStream{m: mg, stdout: false}
		th.AtExit(func() { mg.release(max(c.main, mg.lastEnd)) })
	}
	return c.merger
}

func initThreadSim(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, map[string]core.BuiltinFunc{
		// _run(fn, name, daemon) runs fn() as a simulated thread and returns
		// the virtual time at which it finished.
		"_run": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("_run", args, kw, 3, 3); err != nil {
				return core.Value{}, err
			}
			mg := merger(th)
			c := mg.clock
			offset := *c.cur
			prevCur, prevSim := c.cur, c.inSim
			c.cur, c.inSim = &offset, true
			_, exc := th.Call(args[0], nil, nil)
			if exc != nil && !exc.Matches(core.SystemExit) {
				name, _ := args[1].AsStr()
				th.Write(false, "Exception in thread "+name+":\n")
				th.PrintException(exc)
			}
			c.cur, c.inSim = prevCur, prevSim
			if daemon, _ := th.Truth(args[2]); !daemon && offset > mg.lastEnd {
				mg.lastEnd = offset
			}
			return core.Float(offset), nil
		},
		// _join(t) advances the caller's clock to t (a joined thread's end).
		"_join": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("_join", args, kw, 1, 1); err != nil {
				return core.Value{}, err
			}
			t, err := th.FloatValue(args[0])
			if err != nil {
				return core.Value{}, err
			}
			mg := merger(th)
			if *mg.clock.cur < t {
				*mg.clock.cur = t
			}
			if !mg.clock.inSim {
				mg.release(mg.clock.main)
			}
			return core.None, nil
		},
		// _now() is the running thread's virtual time.
		"_now": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return core.Float(*getClock(th).cur), nil
		},
	})
	return nil
}
