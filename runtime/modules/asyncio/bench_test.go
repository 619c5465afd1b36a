package asyncio_test

import (
	"bytes"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asynchrony/asynchrony/runtime"
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

// BenchmarkPendingTasksMemory reports the peak Go heap while 100k tasks
// are pending at once (bench/asyncio/pending_tasks_100k.py), sampled
// every millisecond, and the bytes per task above the heap before the run.
func BenchmarkPendingTasksMemory(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "bench", "asyncio", "pending_tasks_100k.py"))
	if err != nil {
		b.Fatal(err)
	}
	var peak, base uint64
	for i := 0; i < b.N; i++ {
		goruntime.GC()
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		base = ms.HeapInuse
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					var m goruntime.MemStats
					goruntime.ReadMemStats(&m)
					peak = max(peak, m.HeapInuse)
				}
			}
		}()
		runBench(b, src)
		close(stop)
		wg.Wait()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peak-base)/100000, "bytes/task")
}
