package runtime

import (
	"bytes"
	"testing"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// Thread switches: threads that spin with a switch interval of one step
// (StepCost) change hands at every backward jump. The figure is the run's
// time divided by the switches it made (counted from thread_run events),
// so it includes the loop iteration itself (a few ns).
func benchSwitches(b *testing.B, threads, iterations int) {
	src := []byte(`import sys, threading
sys.setswitchinterval(1e-7)
def spin():
    for _ in range(` + itoa(iterations) + `):
        pass
ts = [threading.Thread(target=spin) for _ in range(` + itoa(threads) + `)]
for t in ts:
    t.start()
for t in ts:
    t.join()
`)
	var switches int64
	count := func(e trace.Event) {
		if e.Kind == trace.KindThreadRun {
			switches++
		}
	}
	for i := 0; i < b.N; i++ {
		var out, errb bytes.Buffer
		r := Run(src, Options{Filename: "switch.py", Stdout: &out, Stderr: &errb, Trace: count})
		if r.ExitCode != 0 {
			b.Fatalf("exit %d: %s", r.ExitCode, errb.String())
		}
	}
	b.ReportMetric(float64(switches)/float64(b.N), "switches/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(switches), "ns/switch")
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		if n /= 10; n == 0 {
			return string(b)
		}
	}
}

func BenchmarkThreadSwitch(b *testing.B) { benchSwitches(b, 2, 10000) }

// 100 threads × 10k switches each (16k iterations make about 10k switches
// per thread: a thread sometimes runs two steps before its interval ends).
func BenchmarkThreads100x10k(b *testing.B) { benchSwitches(b, 100, 16000) }
