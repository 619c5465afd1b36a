package runtime

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/asynchrony/asynchrony/runtime/compile"
)

// walkCodes calls f for c and every code object among its constants.
func walkCodes(c *compile.Code, f func(*compile.Code)) {
	f(c)
	for _, k := range c.Consts {
		if k.Kind == compile.ConstCode {
			walkCodes(k.Code, f)
		}
	}
}

func TestCompileModuleCopies(t *testing.T) {
	for _, tc := range []struct {
		name, filename, src string
		cached              bool
	}{
		{"frozen", "<frozen t_nested>", "x = 1\ndef f(a, b=2):\n    def g():\n        return lambda: a\n    return g\nclass C:\n    def m(self, *, k=(1, 2)):\n        return [i for i in range(k[0])]\n", true},
		{"stdlib", "<stdlib>/asyncio/t_plain.py", "y = (1, 'a', None)\n", true},
		{"program", "t_prog.py", "def h():\n    pass\n", false},
		{"exec", "<string>", "def h():\n    pass\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, exc := compileModule(tc.filename, tc.src)
			if exc != nil {
				t.Fatal(exc.Error())
			}
			b, exc := compileModule(tc.filename, tc.src)
			if exc != nil {
				t.Fatal(exc.Error())
			}
			seen := map[*compile.Code]bool{}
			walkCodes(a, func(c *compile.Code) { seen[c] = true })
			walkCodes(b, func(c *compile.Code) {
				if seen[c] {
					t.Errorf("code %s shared between two compilations", c.Name)
				}
			})
			if a.Disassemble() != b.Disassemble() {
				t.Errorf("copies differ:\n%s\n%s", a.Disassemble(), b.Disassemble())
			}
			tmpl, ok := codeCache.Load(codeKey{tc.filename, tc.src})
			if ok != tc.cached {
				t.Fatalf("cached = %v, want %v", ok, tc.cached)
			}
			if !ok {
				return
			}
			// Running a copy must leave the template without per-run state.
			var out bytes.Buffer
			if r := Run([]byte("pass\n"), Options{Stderr: &out}); r.ExitCode != 0 {
				t.Fatal(out.String())
			}
			walkCodes(tmpl.(*compile.Code), func(c *compile.Code) {
				if seen[c] {
					t.Errorf("template code %s handed to a run", c.Name)
				}
				if c.Ext != nil {
					t.Errorf("template code %s has per-run state", c.Name)
				}
			})
		})
	}
}

func TestCompileModuleSyntaxErrorNotCached(t *testing.T) {
	const file, src = "<frozen t_bad>", "def f(:\n"
	for i := 0; i < 2; i++ {
		if _, exc := compileModule(file, src); exc == nil || !strings.Contains(exc.Error(), "SyntaxError") && !strings.Contains(exc.Error(), "invalid syntax") {
			t.Fatalf("run %d: got %v, want a SyntaxError", i, exc)
		}
	}
	if _, ok := codeCache.Load(codeKey{file, src}); ok {
		t.Error("a source that failed to compile was cached")
	}
}

// Programs that import modules written in Python; each run must get fresh
// module objects (outputs from python3).
var importPrograms = []struct{ src, want string }{
	{"import functools\nfunctools.marker = 1\nprint(functools.marker)\n", "1\n"},
	{"import functools\nprint(hasattr(functools, 'marker'))\n", "False\n"},
	{"import asyncio\nasyncio.Event.extra = 5\nasync def main():\n    e = asyncio.Event()\n    e.set()\n    await e.wait()\n    return 3 + e.extra\nprint(asyncio.run(main()))\n", "8\n"},
	{"import asyncio\nprint(hasattr(asyncio.Event, 'extra'))\n", "False\n"},
	{"from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 2\nprint(P(1))\n", "P(x=1, y=2)\n"},
	{"import enum\nclass Color(enum.Enum):\n    RED = 1\nprint(Color.RED, list(Color))\n", "Color.RED [<Color.RED: 1>]\n"},
}

// TestImportsIsolatedAndConcurrent runs programs sharing cached module code
// in parallel goroutines (run with -race).
func TestImportsIsolatedAndConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4*len(importPrograms); i++ {
		p := importPrograms[i%len(importPrograms)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out, errb bytes.Buffer
			r := Run([]byte(p.src), Options{Filename: "p.py", Stdout: &out, Stderr: &errb})
			if r.ExitCode != 0 || out.String() != p.want {
				t.Errorf("%q: exit %d, stdout %q (want %q), stderr %q", p.src, r.ExitCode, out.String(), p.want, errb.String())
			}
		}()
	}
	wg.Wait()
}

func TestWarmFillsCache(t *testing.T) {
	Warm()
	want := map[string]bool{"<stdlib>/asyncio/tasks.py": false, "<stdlib>/asyncio/base_events.py": false, "<stdlib>/json/__init__.py": false, "<frozen collections>": false}
	codeCache.Range(func(k, _ any) bool {
		if _, ok := want[k.(codeKey).filename]; ok {
			want[k.(codeKey).filename] = true
		}
		return true
	})
	for f, ok := range want {
		if !ok {
			t.Errorf("%s not compiled by Warm", f)
		}
	}
}
