package runtime

import (
	"bytes"
	"testing"
	"time"
)

// FuzzRun compiles and runs arbitrary source with a small step budget and
// a 64 MB memory budget (each input bounded in time and memory): the
// run must return (no hang) and must not panic (Run recovers internal
// faults as SystemError, so a panic-turned-SystemError is reported too).
func FuzzRun(f *testing.F) {
	seeds := []string{
		"print('hello')\n",
		"def f(n):\n    return n if n < 2 else f(n-1) + f(n-2)\nprint(f(10))\n",
		"class A:\n    def __init__(self, x):\n        self.x = x\nprint(A(1).x)\n",
		"try:\n    1/0\nexcept ZeroDivisionError as e:\n    print(e)\nfinally:\n    print('f')\n",
		"def g():\n    x = yield 1\n    yield x\nit = g()\nprint(next(it), it.send(5))\n",
		"while True:\n    pass\n",
		"def r():\n    return r()\nr()\n",
		"match [1, 2]:\n    case [a, *b]:\n        print(a, b)\n",
		"async def c():\n    return 1\nc().send(None)\n",
		"x = [i * i for i in range(10) if i % 2]\nprint(x, {k: v for k, v in zip('ab', x)})\n",
		"with open('x') as f:\n    pass\n",
		"raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n",
		"try:\n    raise ExceptionGroup('g', [ValueError(1)])\nexcept* ValueError:\n    print('v')\n",
		"import sys\nsys.exit(3)\n",
		"print(f'{1+1=} {\"x\"!r:>5}')\n",
		"nonlocal x\n",
		"def f(a, /, b, *, c):\n    pass\nf(1, 2, 3)\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var out bytes.Buffer
		done := make(chan Result, 1)
		go func() {
			done <- Run(src, Options{Filename: "fuzz.py", Stdout: &out, Stderr: &out, MaxSteps: 20000, MaxMemory: 64 << 20, MaxOutput: 1 << 16})
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("run did not finish:\n%s", src)
		}
		if bytes.Contains(out.Bytes(), []byte("SystemError: internal error")) {
			t.Fatalf("internal error for:\n%s\n%s", src, out.String())
		}
	})
}
