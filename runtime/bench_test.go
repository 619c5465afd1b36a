package runtime

import (
	"bytes"
	"testing"
)

// Interpreter benchmarks: each runs a whole program through Run.
var benchPrograms = []struct {
	name, src string
}{
	{"fib25", `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(25))
`},
	{"loops", `
total = 0
for i in range(300000):
    if i % 3 == 0:
        total += i
    else:
        total -= 1
print(total)
`},
	{"while_locals", `
def f():
    i = 0
    s = 0
    while i < 300000:
        s += i * 2
        i += 1
    return s
print(f())
`},
	{"method_calls", `
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self
c = Counter()
for i in range(100000):
    c.inc(i)
print(c.n)
`},
	{"list_dict", `
d = {}
xs = []
for i in range(50000):
    xs.append(i)
    d[i % 100] = d.get(i % 100, 0) + xs[i]
print(len(xs), d[7])
`},
	{"generator_pipeline", `
def nums(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
total = 0
for v in evens(squares(nums(100000))):
    total += v
print(total)
`},
	{"string_building", `
parts = []
for i in range(30000):
    parts.append(str(i))
s = ",".join(parts)
print(len(s))
`},
}

func BenchmarkRun(b *testing.B) {
	for _, p := range benchPrograms {
		b.Run(p.name, func(b *testing.B) {
			src := []byte(p.src)
			for i := 0; i < b.N; i++ {
				var out, errb bytes.Buffer
				r := Run(src, Options{Filename: p.name + ".py", Stdout: &out, Stderr: &errb})
				if r.ExitCode != 0 {
					b.Fatalf("exit %d: %s", r.ExitCode, errb.String())
				}
			}
		})
	}
}
