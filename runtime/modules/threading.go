package modules

import (
	"strconv"
	"strings"
	"sync"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The threading module (py/threading.py) over _thread (thread.go): Python
// threads that the run's scheduler runs pre-emptively (core/sched.go).

// stdlibModule runs py/NAME.py under CPython's file name for the module,
// its "#@N" lines placed (see placeLines), so that tracebacks through it
// read as CPython's.
//
// Not inlined: the stdlib table calls it, and Go's package initialiser
// fills that table on every start; each inlined copy would grow that one
// function (see onceValue).
//
//go:noinline
func stdlibModule(name, filename string) func(th *core.Thread, m *core.Module) *core.Exception {
	src := sync.OnceValue(func() string { return placeLines(pySource(name)) })
	return func(th *core.Thread, m *core.Module) *core.Exception {
		if strings.HasSuffix(filename, "/__init__.py") {
			m.Dict.SetStr("__path__", core.NewList(nil))
		}
		return th.ExecModuleSource(th, m, filename, src())
	}
}

// initPackage makes an empty package (concurrent).
func initPackage(th *core.Thread, m *core.Module) *core.Exception {
	m.Dict.SetStr("__path__", core.NewList(nil))
	return nil
}

// threadingFile is the name the module's Python part runs under: CPython's
// "Exception in thread" tracebacks show frames of its threading.py (which
// the golden outputs write as <stdlib>/threading.py).
const threadingFile = "<stdlib>/threading.py"

var threadingSource = onceValue(func() string { return placeLines(pySource("threading")) })

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
