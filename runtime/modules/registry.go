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

// goModules are the modules with a Go Init (and optionally Python source
// run after it); pyModules are written only in Python. Both are filled by
// the init functions of the files named for each module.
var goModules = map[string]func(th *core.Thread, m *core.Module) *core.Exception{}

// pyModules lists modules whose body is py/<file>.py (dots in module names
// become underscores in file names).
var pyModules = []string{}

// registry is built once: ModuleDefs are immutable and shared by runs.
var (
	registry     map[string]*core.ModuleDef
	registryOnce sync.Once
)

func buildRegistry() map[string]*core.ModuleDef {
	r := map[string]*core.ModuleDef{}
	for name, init := range goModules {
		r[name] = &core.ModuleDef{Name: name, Init: init}
	}
	for _, name := range pyModules {
		src := pySource(strings.ReplaceAll(name, ".", "_"))
		if d, ok := r[name]; ok {
			d.Source = src
		} else {
			r[name] = &core.ModuleDef{Name: name, Source: src}
		}
	}
	r["asyncio"] = asyncio.Def
	return r
}

// Registry returns the modules a run can import, by name. The map is
// shared: callers must not modify it.
func Registry() map[string]*core.ModuleDef {
	registryOnce.Do(func() { registry = buildRegistry() })
	return registry
}

// NewBuiltins returns a fresh builtins module for one run: the core's
// builtins plus this package's functions.
func NewBuiltins() *core.Module {
	m := core.NewBuiltinsModule()
	FillBuiltins(m.Dict)
	return m
}

// setFuncs adds Go functions to a module dict.
func setFuncs(d *core.Dict, fns map[string]core.BuiltinFunc) {
	for name, fn := range fns {
		d.SetStr(name, core.NewBuiltin(name, fn))
	}
}
