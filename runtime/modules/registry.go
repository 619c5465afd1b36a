// Package modules owns the importable standard-library modules of the
// runtime (sys, time, math, random, functools, itertools, collections,
// json, operator, enum, dataclasses, ...) and the builtins functions that
// are not part of the core's class system or of the built-in types
// (enumerate, zip, map, filter, sorted, min, max, sum, ...). Modules are
// written in Go where they run in hot loops and as embedded Python source
// (py/*.py) where that is simpler; asyncio lives in its own package.
package modules

import (
	"embed"
	"strings"
	"sync"

	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/modules/asyncio"
)

//go:embed py/*.py
var pySources embed.FS

// pySource returns the embedded Python source py/NAME.py.
func pySource(name string) string {
	b, err := pySources.ReadFile("py/" + name + ".py")
	if err != nil {
		panic("modules: missing embedded source " + name)
	}
	return string(b)
}

// stdlib is every module a program can import, by name: the Go function
// that fills it (in the file named for the module) and whether its Python
// body py/FILE.py runs after that (FILE is the name with dots written as
// underscores; it runs as "<frozen NAME>"). Modules that stand for a
// CPython file in tracebacks run their Python part from their Go init,
// under that file's name (stdlibModule).
var stdlib = []struct {
	name string
	init func(th *core.Thread, m *core.Module) *core.Exception
	py   pyBody
}{
	{"__future__", nil, withPy},
	{"_array", initArrayHelpers, noPy},
	{"_collections", initCollectionsBase, noPy},
	{"_functools", initFunctoolsBase, noPy},
	{"_json", initJSON, noPy},
	{"_random", initRandomBase, noPy},
	{"_re", initRe, noPy},
	{"_re_compiler", stdlibModule("re_compiler", "<stdlib>/re/_compiler.py"), noPy},
	{"_re_parser", stdlibModule("re_parser", "<stdlib>/re/_parser.py"), noPy},
	{"_thread", initThread, noPy},
	{"_types", initTypesHelpers, noPy},
	{"abc", nil, withPy},
	{"aiohttp", nil, withPy},
	{"array", nil, withPy},
	{"asyncio", asyncio.Def.Init, noPy},
	{"atexit", nil, withPy},
	{"bisect", initBisect, noPy},
	{"calendar", nil, withPy},
	{"cmath", initCmath, noPy},
	{"collections", nil, withPy},
	{"collections.abc", nil, withPy},
	{"concurrent", initPackage, noPy},
	{"concurrent.futures", stdlibModule("concurrent_futures", "<stdlib>/concurrent/futures/__init__.py"), noPy},
	{"concurrent.futures._base", stdlibModule("concurrent_futures_base", "<stdlib>/concurrent/futures/_base.py"), noPy},
	{"concurrent.futures.thread", stdlibModule("concurrent_futures_thread", "<stdlib>/concurrent/futures/thread.py"), noPy},
	{"contextlib", nil, withPy},
	{"contextvars", initContextvars, noPy},
	{"copy", nil, withPy},
	{"dataclasses", nil, withPy},
	{"datetime", initCNamed, withPy},
	{"decimal", initCNamed, withNativePy},
	{"enum", nil, withPy},
	{"fractions", nil, withPy},
	{"functools", nil, withPy},
	{"heapq", initHeapq, withPy},
	{"inspect", nil, withPy},
	{"io", nil, withPy},
	{"itertools", initItertools, withPy},
	{"json", initJSONModule, noPy},
	{"json.decoder", jsonSubmodule("JSONDecoder", "JSONDecodeError", "WHITESPACE"), noPy},
	{"json.encoder", jsonSubmodule("JSONEncoder"), noPy},
	{"math", initMath, noPy},
	{"numbers", nil, withPy},
	{"operator", initOperator, noPy},
	{"os", nil, withPy},
	{"posixpath", nil, withPy},
	{"pprint", nil, withPy},
	{"queue", stdlibModule("queue", "<stdlib>/queue.py"), noPy},
	{"random", nil, withPy},
	{"re", stdlibModule("re", "<stdlib>/re/__init__.py"), noPy},
	{"requests", nil, withPy},
	{"requests.exceptions", nil, withPy},
	// The simulated network: made-up hosts, DNS, latency and a small fake
	// GitHub REST API behind subsets of aiohttp, requests and socket.
	// Nothing reaches a real network. The same Python files also run under
	// CPython (scripts/golden.sh puts them on its path, all but socket) so
	// that programs using them have CPython-made golden outputs.
	{"simnet", nil, withPy},
	{"socket", nil, withPy},
	{"statistics", nil, withPy},
	{"string", nil, withPy},
	{"sys", initSys, withPy},
	{"textwrap", nil, withPy},
	{"threading", initThreading, noPy},
	{"time", initTime, withPy},
	{"traceback", initTraceback, noPy},
	{"types", nil, withPy},
	{"typing", nil, withPy},
	{"warnings", initWarnings, withPy},
}

// funcs is the Go part of a module that only adds functions. Modules
// build theirs when first imported, inside their init function: a
// package-level table would be built by Go's package initialiser, which
// every page load runs before the runtime is ready (and which V8 then
// compiles with its optimising tier, being one large function).
type funcs map[string]core.BuiltinFunc

// pyBody says whether a module has a Python body.
type pyBody uint8

const (
	noPy         pyBody = iota
	withPy              // py/FILE.py runs after the Go init
	withNativePy        // as withPy, its frames left out of tracebacks as a C module's are
)

// registry is built once: ModuleDefs are immutable and shared by runs.
var (
	registry     map[string]*core.ModuleDef
	registryOnce sync.Once
)

func buildRegistry() map[string]*core.ModuleDef {
	r := make(map[string]*core.ModuleDef, len(stdlib))
	for _, e := range stdlib {
		d := &core.ModuleDef{Name: e.name, Init: e.init}
		if e.py != noPy {
			d.Source = pySource(strings.ReplaceAll(e.name, ".", "_"))
		}
		if e.py == withNativePy {
			core.MarkNative(e.name)
		}
		r[e.name] = d
	}
	return r
}

// Registry returns the modules a run can import, by name. The map is
// shared: callers must not modify it.
func Registry() map[string]*core.ModuleDef {
	registryOnce.Do(func() { registry = buildRegistry() })
	return registry
}

// setFuncs adds Go functions to a module dict.
func setFuncs(d *core.Dict, fns map[string]core.BuiltinFunc) {
	for name, fn := range fns {
		d.SetStr(name, core.NewBuiltin(name, fn))
	}
}

// onceValue is sync.OnceValue kept out of line. A package-level
// sync.OnceValue is inlined into the package's initialiser, a function
// that every start runs once; V8 compiles a large one with its optimising
// tier (a second or more of compiler time on a small machine) because Go's
// wasm jumps back through the function's loop header after each call.
//
//go:noinline
func onceValue[T any](f func() T) func() T { return sync.OnceValue(f) }
