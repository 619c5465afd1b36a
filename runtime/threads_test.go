package runtime

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// Interleavings of threads, tested by what they mean (their exact output
// under CPython depends on the OS's timing).

func runThreads(t *testing.T, src string, opt Options) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	opt.Filename, opt.Stdout, opt.Stderr = "prog.py", &out, &errb
	if opt.MaxSteps == 0 {
		opt.MaxSteps = 50_000_000
	}
	res := Run([]byte(src), opt)
	return out.String(), errb.String(), res.ExitCode
}

// raceSrc is the talk's race: read, call, write from four threads.
const raceSrc = `import sys, threading
sys.setswitchinterval(1e-4)
counter = 0
def f():
    pass
def work():
    global counter
    for _ in range(20000):
        v = counter
        f()
        counter = v + 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
`

func TestRaceLosesUpdates(t *testing.T) {
	counts := map[uint64]int{}
	lost := 0
	for seed := uint64(0); seed < 6; seed++ {
		out, errs, code := runThreads(t, raceSrc, Options{Seed: seed})
		if code != 0 {
			t.Fatalf("seed %d: exit %d: %s", seed, code, errs)
		}
		n, err := strconv.Atoi(strings.TrimSpace(out))
		if err != nil || n > 80000 || n < 20000 {
			t.Fatalf("seed %d: counter %q, want between 20000 and 80000", seed, out)
		}
		if n < 80000 {
			lost++
		}
		counts[seed] = n
	}
	if lost < 5 {
		t.Errorf("updates were lost under %d of 6 seeds, want at least 5: %v", lost, counts)
	}
	distinct := map[int]bool{}
	for _, n := range counts {
		distinct[n] = true
	}
	if len(distinct) < 3 {
		t.Errorf("seeds gave %d distinct counts, want the interleaving to vary: %v", len(distinct), counts)
	}
	// A seed gives the same interleaving every time.
	for _, seed := range []uint64{0, 3} {
		out, _, _ := runThreads(t, raceSrc, Options{Seed: seed})
		if n, _ := strconv.Atoi(strings.TrimSpace(out)); n != counts[seed] {
			t.Errorf("seed %d: counter %d, then %d", seed, counts[seed], n)
		}
	}
}

func TestLockedAndPlainIncrementsNeverLose(t *testing.T) {
	for name, body := range map[string]string{
		"locked": "        with lock:\n            v = counter\n            f()\n            counter = v + 1\n",
		// No switch point between the load and the store: CPython 3.11
		// loses nothing either.
		"plain": "        counter += 1\n",
	} {
		src := strings.Replace(raceSrc, "        v = counter\n        f()\n        counter = v + 1\n", body, 1)
		src = strings.Replace(src, "counter = 0\n", "counter = 0\nlock = threading.Lock()\n", 1)
		for seed := uint64(0); seed < 3; seed++ {
			out, errs, code := runThreads(t, src, Options{Seed: seed})
			if code != 0 || strings.TrimSpace(out) != "80000" {
				t.Errorf("%s, seed %d: got %q (exit %d, %s), want 80000", name, seed, out, code, errs)
			}
		}
	}
}

func TestDeadlockReported(t *testing.T) {
	src := `import threading, time
first = threading.Lock()
second = threading.Lock()
def one():
    with first:
        time.sleep(0.1)
        with second:
            print("one done")
def two():
    with second:
        time.sleep(0.1)
        with first:
            print("two done")
a = threading.Thread(target=one, name="alpha")
b = threading.Thread(target=two, name="beta")
a.start(); b.start()
a.join(); b.join()
print("never")
`
	var events []trace.Event
	out, errs, code := runThreads(t, src, Options{Trace: func(e trace.Event) { events = append(events, e) }})
	if out != "" || code != ExitDeadlock {
		t.Errorf("stdout %q, exit %d; want nothing and %d", out, code, ExitDeadlock)
	}
	for _, want := range []string{
		"Deadlock:",
		"alpha holds Lock 1 (made at line 2) and waits for Lock 2 (made at line 3)",
		"beta holds Lock 2 (made at line 3) and waits for Lock 1 (made at line 2)",
		"MainThread waits for join alpha",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs, "Traceback") {
		t.Errorf("stderr has a traceback:\n%s", errs)
	}
	var deadlock bool
	for _, e := range events {
		if e.Kind == trace.KindDeadlock && strings.Contains(e.Value, "alpha") {
			deadlock = true
		}
	}
	if !deadlock {
		t.Error("no deadlock event in the trace")
	}
}

func TestEventSetByLaterThread(t *testing.T) {
	src := `import threading, time
ready = threading.Event()
def waiter():
    print("waiting")
    print("woken", ready.wait(), round(time.monotonic() - t0, 1))
def setter():
    time.sleep(0.5)
    ready.set()
t0 = time.monotonic()
w = threading.Thread(target=waiter)
w.start()
threading.Thread(target=setter).start()
w.join()
print("main", threading.active_count())
`
	out, errs, code := runThreads(t, src, Options{})
	want := "waiting\nwoken True 0.5\nmain 1\n"
	if out != want || code != 0 {
		t.Errorf("got %q (exit %d, %s), want %q", out, code, errs, want)
	}
}

// A greedy thread re-taking a lock starves another: release never hands
// the GIL over, so the greedy one takes the lock again before the woken
// waiter runs; the waiter gets it only when the greedy thread is made to
// switch outside its critical section (a fair lock would hand it over at
// the first release).
func TestStarvation(t *testing.T) {
	src := `import sys, threading
sys.setswitchinterval(1e-4)
lock = threading.Lock()
log = []
def work():
    for _ in range(20):
        pass
def greedy():
    for _ in range(3000):
        with lock:
            log.append("greedy")
            work()
def polite():
    with lock:
        log.append("polite")
g = threading.Thread(target=greedy)
g.start()
p = threading.Thread(target=polite)
p.start()
p.join(); g.join()
print(log.index("polite") > 20)
`
	for seed := uint64(0); seed < 3; seed++ {
		out, errs, code := runThreads(t, src, Options{Seed: seed})
		if out != "True\n" || code != 0 {
			t.Errorf("seed %d: got %q (exit %d, %s), want the greedy thread to keep the lock long", seed, out, code, errs)
		}
	}
}

// The trace says which thread each event belongs to, once there are two.
func TestThreadTraceEvents(t *testing.T) {
	src := `import threading, time
def work():
    time.sleep(0.1)
    print("worker")
t = threading.Thread(target=work)
t.start()
t.join()
print("main")
`
	var events []trace.Event
	_, errs, code := runThreads(t, src, Options{Trace: func(e trace.Event) { events = append(events, e) }})
	if code != 0 {
		t.Fatal(errs)
	}
	var kinds []string
	for _, e := range events {
		switch e.Kind {
		case trace.KindThreadNew, trace.KindThreadRun, trace.KindThreadBlock, trace.KindThreadWake, trace.KindThreadDone:
			kinds = append(kinds, e.Kind+":"+strconv.FormatInt(e.Thread, 10)+":"+e.Value)
		case trace.KindOutput:
			kinds = append(kinds, "output:"+strconv.FormatInt(e.Thread, 10))
		}
	}
	got := strings.Join(kinds, " ")
	for _, want := range []string{
		"thread_new:2: thread_run:2:start",
		"thread_block:2:sleep(0.1)",
		"thread_block:1:join Thread-1 (work)",
		"thread_wake:2:timeout thread_run:2:blocked output:2",
		"thread_wake:1:join Thread-1 (work) thread_done:2: thread_run:1:done output:1",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("trace lacks %q:\n%s", want, got)
		}
	}
}

// A thread whose run() raised ends with an "exception" thread_done.
func TestThreadDoneException(t *testing.T) {
	var done []trace.Event
	_, _, code := runThreads(t, "import threading\nt = threading.Thread(target=lambda: 1 / 0)\nt.start()\nt.join()\n",
		Options{Trace: func(e trace.Event) {
			if e.Kind == trace.KindThreadDone {
				done = append(done, e)
			}
		}})
	if code != 0 || len(done) != 1 || done[0].State != trace.StateException || done[0].Value != "ZeroDivisionError: division by zero" {
		t.Errorf("exit %d, thread_done events %+v", code, done)
	}
}

// Shutdown: non-daemon threads finish, daemon threads are stopped silently
// and exceptions in threads do not change the exit status.
func TestShutdownOrder(t *testing.T) {
	src := `import threading, time
def job(name, secs):
    time.sleep(secs)
    print(name, "end")
def fail():
    raise ValueError("in thread")
threading.Thread(target=job, args=("late", 1.0)).start()
threading.Thread(target=job, args=("daemon", 2.0), daemon=True).start()
threading.Thread(target=fail).start()
print("main done")
`
	out, errs, code := runThreads(t, src, Options{})
	if out != "main done\nlate end\n" || code != 0 || !strings.Contains(errs, "ValueError: in thread") {
		t.Errorf("got %q, exit %d, stderr %q", out, code, errs)
	}
}

// The step budget stops a run whose threads spin, and a cancelled run
// ends, without leaving goroutines parked.
func TestThreadsLimits(t *testing.T) {
	src := `import threading
def spin():
    while True:
        pass
threading.Thread(target=spin).start()
threading.Thread(target=spin, daemon=True).start()
while True:
    pass
`
	_, errs, code := runThreads(t, src, Options{MaxSteps: 200000})
	if code != 1 || !strings.Contains(errs, "step limit exceeded") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// With the real clock, sleeping threads really wait, and Stop (Cancel)
// ends the run while they do.
func TestThreadsRealClockCancel(t *testing.T) {
	src := `import threading, time
def nap():
    time.sleep(30)
ts = [threading.Thread(target=nap) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
`
	cancel := make(chan struct{})
	done := make(chan int)
	go func() {
		_, _, code := runThreads(t, src, Options{Clock: Real, Cancel: cancel})
		done <- code
	}()
	time.Sleep(50 * time.Millisecond)
	close(cancel)
	select {
	case code := <-done:
		if code != 1 {
			t.Errorf("exit %d, want 1 (KeyboardInterrupt)", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the cancelled run did not end")
	}
	src = `import threading, time
t0 = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.05,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(0.04 < time.monotonic() - t0 < 1)
`
	if out, errs, _ := runThreads(t, src, Options{Clock: Real}); out != "True\n" {
		t.Errorf("real sleeps in threads: %q %s", out, errs)
	}
}
