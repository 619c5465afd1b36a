package runtime

import (
	"bytes"
	"sync"
	"testing"
)

// Programs that exercise the shared, static parts of the runtime (built-in
// types' method tables, interned strs, exception classes) from classes,
// attributes and exceptions.
var concurrentPrograms = []string{
	`class A:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"A({self.x})"
class B(A):
    def __init__(self, x): super().__init__(x * 2)
print([B(i) for i in range(20)], "a" + "b", {c: ord(c) for c in "xyz"})`,
	`try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
print(eg.split(ValueError), str(eg))`,
	`class M(type):
    def __call__(cls, *a): return ("made", cls.__name__, a)
class C(metaclass=M): pass
print(C(1, 2), isinstance(C, M), int | None, list[int])`,
	`class P:
    @property
    def v(self): return 1
    @classmethod
    def c(cls): return cls.__name__
print(P().v, P.c(), getattr(P, "missing", "dflt"), hasattr(P(), "v"), sorted(vars(P))[:2])`,
}

// TestConcurrentRuns checks that runs in parallel goroutines print what
// they print alone (run it with -race to find shared mutable state).
func TestConcurrentRuns(t *testing.T) {
	want := make([]string, len(concurrentPrograms))
	for i, src := range concurrentPrograms {
		var out bytes.Buffer
		if r := Run([]byte(src), Options{Filename: "p.py", Stdout: &out, Stderr: &out}); r.ExitCode != 0 {
			t.Fatalf("program %d failed alone: %s", i, out.String())
		}
		want[i] = out.String()
	}
	var wg sync.WaitGroup
	got := make([]string, 4*len(concurrentPrograms))
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var out bytes.Buffer
			Run([]byte(concurrentPrograms[i%len(concurrentPrograms)]), Options{Filename: "p.py", Stdout: &out, Stderr: &out})
			got[i] = out.String()
		}(i)
	}
	wg.Wait()
	for i, g := range got {
		if w := want[i%len(want)]; g != w {
			t.Errorf("run %d printed %q, alone %q", i, g, w)
		}
	}
}
