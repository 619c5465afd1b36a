package asyncio_test

import (
	"bytes"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/wasm/session"
)

func benchPrograms(b *testing.B) []string {
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "bench", "asyncio", "*.py"))
	if err != nil || len(files) == 0 {
		b.Fatal("no bench/asyncio programs")
	}
	return files
}

func runBench(b *testing.B, src []byte) {
	var stderr bytes.Buffer
	res := runtime.Run(src, runtime.Options{Filename: "bench.py", Stderr: &stderr, MaxSteps: -1})
	if res.ExitCode != 0 {
		b.Fatalf("exit %d\n%s", res.ExitCode, stderr.String())
	}
}

// BenchmarkEventLoop runs the event-loop programs of bench/asyncio (the
// same files scripts/bench.sh times under python3).
func BenchmarkEventLoop(b *testing.B) {
	for _, file := range benchPrograms(b) {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(file), ".py"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runBench(b, src)
			}
		})
	}
}

// pendingTasksProgram is bench/page/pending_tasks_marked.py, which
// bench/page/memory.py also runs under CPython and Pyodide: the 100k
// pending tasks with two input() calls as measuring points.
const pendingTasksProgram = "../../../bench/page/pending_tasks_marked.py"

// heapAtRead answers each Read with one line, after a GC, noting the live
// heap (HeapAlloc) at that moment: the program's input() calls become
// measurement points.
type heapAtRead struct{ heap []uint64 }

func (r *heapAtRead) Read(p []byte) (int, error) {
	goruntime.GC()
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	r.heap = append(r.heap, ms.HeapAlloc)
	return copy(p, "\n"), nil
}

// BenchmarkPendingTaskMemory reports the live Go heap per pending task:
// the heap after a GC while 100k tasks are pending at once, less the heap
// just before they were created, over 100k (the task, its coroutine and
// frame, the Future it awaits, the loop's bookkeeping and the list
// holding it). "trace=off" runs as the CLI does; "trace=kept" keeps every
// trace event in a wasm/session.Session, as the page does. Run it under
// GOOS=js GOARCH=wasm too: the layout of Go's heap is the same there.
func BenchmarkPendingTaskMemory(b *testing.B) {
	src, err := os.ReadFile(pendingTasksProgram)
	if err != nil {
		b.Fatal(err)
	}
	for _, traced := range []bool{false, true} {
		name := "trace=off"
		if traced {
			name = "trace=kept"
		}
		b.Run(name, func(b *testing.B) {
			var perTask float64
			for i := 0; i < b.N; i++ {
				in := &heapAtRead{}
				var out, stderr bytes.Buffer
				opt := runtime.Options{Filename: "bench.py", Stdin: in, Stdout: &out, Stderr: &stderr, MaxSteps: -1}
				if traced {
					opt.TraceLog = session.New(1).Log()
				}
				res := runtime.Run(src, opt)
				if res.ExitCode != 0 || out.String() != "100000\n" || len(in.heap) != 2 {
					b.Fatalf("exit %d, %d measurements, output %q\n%s", res.ExitCode, len(in.heap), out.String(), stderr.String())
				}
				perTask = (float64(in.heap[1]) - float64(in.heap[0])) / 100_000
			}
			b.ReportMetric(perTask, "B/task")
		})
	}
}

// BenchmarkPageEventLoop runs the event-loop programs the page benchmark
// races against Pyodide (bench/page), as the page runs them with the
// visualiser off. Under GOOS=js GOARCH=wasm it measures the WebAssembly build.
func BenchmarkPageEventLoop(b *testing.B) {
	for _, name := range []string{"queue_100k", "tasks_50k", "call_soon_300k"} {
		src, err := os.ReadFile(filepath.Join("..", "..", "..", "bench", "page", name+".py"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runBench(b, src)
			}
		})
	}
}
