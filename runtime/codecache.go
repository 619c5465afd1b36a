package runtime

import (
	"strings"
	"sync"

	"github.com/asynchrony/asynchrony/runtime/compile"
	"github.com/asynchrony/asynchrony/runtime/core"
)

// Modules written in Python and embedded in the runtime (the "<frozen NAME>"
// modules and asyncio's "<stdlib>/asyncio/..." parts) are the same source in
// every run, and parsing and compiling them was most of what `import
// asyncio` cost. They are compiled once per process; each run executes a
// copy of the code objects, so that the runtime's per-run side of a code
// object (Code.Ext: constants as values, global caches, recycled frames)
// is never shared between runs. Sources of the program itself and of
// exec() are compiled every time.

// codeCache maps a codeKey to the compiled module code (a template: its
// Ext is never set).
var codeCache sync.Map

// codeKey identifies an embedded module's code (a struct, not one
// concatenated string, so that a lookup allocates nothing).
type codeKey struct{ filename, src string }

// maxCachedCodes bounds the cache in case some future caller passes
// generated source under an embedded-module name.
const maxCachedCodes = 128

var (
	cacheMu    sync.Mutex
	cacheCount int
)

// embeddedSource reports whether filename names a module embedded in the
// runtime, whose source never changes within a process.
func embeddedSource(filename string) bool {
	return strings.HasPrefix(filename, "<frozen ") || strings.HasPrefix(filename, "<stdlib>/")
}

// compileModule compiles the source of a module run by execModuleSource,
// from the cache when the source is embedded in the runtime.
func compileModule(filename, src string) (*compile.Code, *core.Exception) {
	if !embeddedSource(filename) {
		return compileSource(filename, []byte(src))
	}
	key := codeKey{filename, src}
	if c, ok := codeCache.Load(key); ok {
		return cloneCode(c.(*compile.Code)), nil
	}
	code, exc := compileSource(filename, []byte(src))
	if exc != nil {
		return nil, exc
	}
	cacheMu.Lock()
	if cacheCount < maxCachedCodes {
		if _, loaded := codeCache.LoadOrStore(key, code); !loaded {
			cacheCount++
		}
	}
	cacheMu.Unlock()
	// The template stays pristine: this run, too, gets a copy.
	return cloneCode(code), nil
}

// cloneCode copies a code object and the code objects among its constants.
// Instructions, spans and name tables are shared: nothing writes them after
// compilation.
func cloneCode(c *compile.Code) *compile.Code {
	cc := *c
	cc.Ext = nil
	for i, k := range c.Consts {
		if k.Kind == compile.ConstCode {
			if &cc.Consts[0] == &c.Consts[0] {
				cc.Consts = append([]compile.Const(nil), c.Consts...)
			}
			cc.Consts[i].Code = cloneCode(k.Code)
		}
	}
	return &cc
}

// warmSteps are the programs Warm runs, one Run each: asyncio first (the
// talk's examples need it, and running a loop compiles the loop's code
// paths), then the other modules the examples import.
var warmSteps = []string{
	"import asyncio\nasync def main():\n    await asyncio.sleep(0)\nasyncio.run(main())\n",
	"import json", "import time", "import threading", "import collections", "import types",
}

// Warm compiles the embedded modules that the talk's examples import, by
// running small programs whose output is discarded, so that the first Run
// in a fresh process (a new Web Worker in the page) does not pay for it.
func Warm() { WarmUntil(nil) }

// WarmUntil is Warm in steps, one module at a time; before each it calls
// pause (if not nil) and stops once pause reports true. The page's worker
// uses pause to let a program that arrives meanwhile run first: the whole
// of Warm takes seconds of wasm on a slow machine (mostly V8 compiling the
// parser and compiler the first time), and a Run would wait for all of it.
func WarmUntil(pause func() bool) {
	for _, src := range warmSteps {
		if pause != nil && pause() {
			return
		}
		Run([]byte(src), Options{Filename: "<warm>"})
	}
}
