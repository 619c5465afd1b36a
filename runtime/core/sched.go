package core

import (
	"math"
	"strings"
	"time"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// The scheduler: a run's Python threads, its GIL and its clock.
//
// Each Python thread but the main one runs on its own goroutine; only the
// thread holding the GIL runs, the others wait on their baton channel. The
// holder passes the GIL where CPython's eval breaker can (see switchPoint):
// when it blocks (a lock, a sleep, a join: Block), when it ends, or when
// another thread has waited a whole switch interval for the GIL. Everything
// happens on the run's clock, so runs are deterministic: the virtual clock
// jumps to the next wake-up when every thread is blocked, and while more
// than one thread is alive each step (a backward jump or a call, what the
// step budget counts) costs StepCost of virtual time, so that a switch
// interval can run out. With one thread no step costs anything: programs
// without threads keep their exact times.

// StepCost is the virtual time one step takes while several threads are
// alive: 100 ns, about what CPython 3.11 spends on a loop iteration or a
// call of a small function, so that a switch interval holds as many steps
// as it does under CPython (the default 5 ms: 50,000) and races lose
// updates at the same scale.
const StepCost = 100e-9

// DefaultSwitchInterval is sys.getswitchinterval()'s default (CPython's).
const DefaultSwitchInterval = 0.005

// realPoll is how many steps a thread runs between looks at the real clock
// when the run uses it and other threads wait or sleep. It is prime: a
// loop whose iteration takes an even number of steps (a call and a
// backward jump) met an even poll always at the same point, the jump, so
// under the real clock a race that switches at the call never lost an
// update.
const realPoll = 1999

const (
	tsNew uint8 = iota
	tsRunning
	tsReady
	tsBlocked
	tsDone
)

// threadSched is a thread's scheduling state.
type threadSched struct {
	id       int64 // 1 for the main thread, then 2, 3, ... in start order
	Name     string
	Object   Value // the threading.Thread object, when threading made the thread
	Daemon   bool
	Failed   string // "Type: message" when the thread's run() raised
	baton    chan struct{}
	state    uint8
	since    float64 // when it began waiting for the GIL (tsReady)
	deadline float64 // tsBlocked: when a timed wait ends (+Inf: never)
	timerIdx int     // its index in the timer heap, -1 when not there
	woken    bool    // the last Block ended by Wake (not by its deadline)
	wait     *Waiter // what it is blocked on
	holds    []*Waiter
	onExit   []func(*Thread)
	seq      int64      // timer heap tie-break
	halt     *Exception // this thread's copy of the run's halting error
}

// Waiter describes a thing threads block on: a lock, a sleep, a join, an
// event loop's select. Name is how reports and traces name it; ID is the
// trace id (Event.Future) when it has one.
type Waiter struct {
	Name string
	ID   int64
}

// scheduler is the run's thread state; only the GIL holder touches it.
type scheduler struct {
	main     *Thread
	cur      *Thread   // the GIL holder
	threads  []*Thread // alive threads in start order
	ready    []*Thread // waiting for the GIL, FIFO
	timers   []*Thread // blocked with a finite deadline: a heap by deadline, then seq
	multi    bool      // a second thread has existed: events carry Thread
	nextID   int64
	timerSeq int64

	virtual    float64 // the virtual clock, seconds since the run started
	real       bool
	start      time.Time
	stepBase   int64   // cur.Steps when the clock was last brought up to date
	interval   float64 // sys.setswitchinterval
	lastSwitch float64 // when the GIL last changed hands

	// Real time spent while the run had a single thread: the virtual
	// clock's readers add it (time.monotonic measures computation), but
	// not while threads compete, when steps cost virtual time instead.
	realAcc  time.Duration
	realFrom time.Time

	seed      uint64 // 0: no variation; else the PRNG state varying quanta and choices
	killing   bool
	deadlock  string // the report, once the run deadlocked
	onDeadlck func(*Thread) string
}

func (s *scheduler) init(main *Thread) {
	s.main, s.cur = main, main
	s.threads = []*Thread{main}
	s.nextID = 1
	s.interval = DefaultSwitchInterval
	s.start = time.Now()
	s.realFrom = s.start
	main.ts = threadSched{id: 1, Name: "MainThread", state: tsRunning, timerIdx: -1, baton: make(chan struct{}, 1)}
}

// SetRealClock makes the run's clock real time (sleeps take real time).
func (th *Thread) SetRealClock() { th.sched.real = true; th.sched.start = time.Now() }

// RealClock reports whether the run uses real time.
func (th *Thread) RealClock() bool { return th.sched.real }

// SetSeed varies the interleaving of threads: a non-zero seed jitters each
// switch interval and picks among threads waiting for the GIL at random
// (deterministically for a given seed). 0, the default, runs FIFO with
// exact intervals.
func (th *Thread) SetSeed(seed uint64) { th.sched.seed = seed }

// SwitchInterval and SetSwitchInterval are sys.getswitchinterval and
// sys.setswitchinterval.
func (th *Thread) SwitchInterval() float64 { return th.sched.interval }

func (th *Thread) SetSwitchInterval(v float64) {
	th.sched.interval = v
	th.sched.arm(th)
}

// Now is the run's clock in seconds: virtual time since the run started,
// or real time since it started with the real clock.
func (th *Thread) Now() float64 {
	s := &th.sched
	if s.real {
		return time.Since(s.start).Seconds()
	}
	s.sync()
	return s.virtual
}

// ComputeTime is the real time the run spent while it had one thread (the
// time module adds it to the virtual clock, so that timings of computation
// stay real; while several threads run, steps cost virtual time instead).
func (th *Thread) ComputeTime() time.Duration {
	s := &th.sched
	if len(s.threads) == 1 {
		return s.realAcc + time.Since(s.realFrom)
	}
	return s.realAcc
}

// AdvanceClock moves the virtual clock forward to t (the event loop jumping
// to its next timer). It does nothing with the real clock or for a t in
// the past.
func (th *Thread) AdvanceClock(t float64) {
	s := &th.sched
	s.sync()
	if !s.real && t > s.virtual && !math.IsInf(t, 1) && !math.IsNaN(t) {
		s.virtual = t
	}
}

// sync brings the virtual clock up to date with the steps the holder ran.
func (s *scheduler) sync() {
	steps := s.cur.Steps
	if len(s.threads) > 1 && !s.real {
		s.virtual += float64(steps-s.stepBase) * StepCost
	}
	s.stepBase = steps
}

// Threads returns the alive threads in start order (the main thread first).
func (th *Thread) Threads() []*Thread { return append([]*Thread(nil), th.sched.threads...) }

// MainThread returns the run's main thread.
func (th *Thread) MainThread() *Thread { return th.sched.main }

// ID is the thread's number in the run: 1 for the main thread, then 2, 3,
// ... in start order.
func (th *Thread) ID() int64 { return th.ts.id }

// Alive reports whether the thread has started and not ended.
func (th *Thread) Alive() bool { return th.ts.state != tsDone && th.ts.state != tsNew }

// Sched gives modules the thread's name, object and daemon flag.
func (th *Thread) Sched() *threadSched { return &th.ts }

// OnExit registers fn to run (on the ending thread) when th ends.
func (th *Thread) OnExit(fn func(*Thread)) { th.ts.onExit = append(th.ts.onExit, fn) }

// Holding and Released record the locks a thread holds, for the deadlock
// report.
func (th *Thread) Holding(w *Waiter) { th.ts.holds = append(th.ts.holds, w) }

func (th *Thread) Released(w *Waiter) {
	h := th.ts.holds
	for i := len(h) - 1; i >= 0; i-- {
		if h[i] == w {
			th.ts.holds = append(h[:i], h[i+1:]...)
			return
		}
	}
}

// SetDeadlockDescriber sets how the deadlock report names a thread.
func (th *Thread) SetDeadlockDescriber(fn func(*Thread) string) { th.sched.onDeadlck = fn }

// haltErr is the run's halting error as th raises it: each thread unwinds
// its own copy, so that tracebacks do not mix threads.
func (th *Thread) haltErr() *Exception {
	h := th.halted
	if th == th.sched.main || h == nil {
		return h
	}
	if th.ts.halt == nil || th.ts.halt.Type != h.Type {
		th.ts.halt = &Exception{Type: h.Type, Args: h.Args, Payload: h.Payload}
	}
	return th.ts.halt
}

// Halted is the error that stopped the run (a limit, a deadlock, its end),
// or nil while it goes on.
func (th *Thread) Halted() *Exception { return th.halted }

// Deadlock is the deadlock report when the run ended in one, else "".
func (th *Thread) Deadlock() string { return th.sched.deadlock }

// NewThreadState makes a Python thread of th's run, not started yet.
func (th *Thread) NewThreadState(name string, daemon bool) *Thread {
	s := &th.sched
	t := &Thread{Run: th.Run}
	t.vm.maxMemory, t.vm.heapBase, t.vm.lastGC = th.vm.maxMemory, th.vm.heapBase, th.vm.lastGC
	s.nextID++
	t.ts = threadSched{id: s.nextID, Name: name, Daemon: daemon, baton: make(chan struct{}, 1), timerIdx: -1}
	return t
}

// Start starts t running body on its own goroutine. As under CPython, the
// new thread runs first: th waits for the GIL.
func (th *Thread) Start(t *Thread, body func(t *Thread)) {
	s := &th.sched
	s.sync()
	if !s.multi {
		s.multi = true
	}
	t.ts.state = tsReady
	if len(s.threads) == 1 {
		s.realAcc += time.Since(s.realFrom)
	}
	s.threads = append(s.threads, t)
	th.Emit(&trace.Event{Kind: trace.KindThreadNew, Name: t.ts.Name, Thread: t.ts.id})
	go t.threadMain(body)
	s.makeReady(th, s.now())
	s.switchTo(th, t, "start")
}

func (t *Thread) threadMain(body func(t *Thread)) {
	<-t.ts.baton
	defer func() {
		if r := recover(); r != nil {
			t.Write(false, "SystemError: internal error in thread "+t.ts.Name+": "+panicText(r)+"\n")
		}
		t.exit()
	}()
	if t.halted == nil {
		body(t)
	}
}

func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "panic"
}

// exit ends the running thread t and passes the GIL on.
func (t *Thread) exit() {
	s := &t.sched
	s.sync()
	for _, fn := range t.ts.onExit {
		fn(t)
	}
	t.ts.state = tsDone
	for i, x := range s.threads {
		if x == t {
			s.threads = append(s.threads[:i], s.threads[i+1:]...)
			break
		}
	}
	if len(s.threads) == 1 {
		s.realFrom = time.Now()
	}
	s.sync()
	done := trace.Event{Kind: trace.KindThreadDone, Thread: t.ts.id, State: trace.StateResult}
	if t.ts.Failed != "" {
		done.State, done.Value = trace.StateException, t.ts.Failed
	}
	t.Emit(&done)
	if s.killing {
		s.switchTo(t, s.nextVictim(), "done")
		return
	}
	s.runNext(t, "done")
}

func (s *scheduler) now() float64 {
	if s.real {
		return time.Since(s.start).Seconds()
	}
	return s.virtual
}

// rand returns the next number of the seeded generator (splitmix64).
func (s *scheduler) rand() uint64 {
	s.seed += 0x9e3779b97f4a7c15
	z := s.seed
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (s *scheduler) makeReady(t *Thread, since float64) {
	t.ts.state = tsReady
	t.ts.since = since
	s.ready = append(s.ready, t)
}

func (s *scheduler) removeReady(t *Thread) {
	for i, x := range s.ready {
		if x == t {
			s.ready = append(s.ready[:i], s.ready[i+1:]...)
			return
		}
	}
}

// popReady takes the thread that gets the GIL next: the longest waiting,
// or with a seed one at random.
func (s *scheduler) popReady() *Thread {
	i := 0
	if s.seed != 0 && len(s.ready) > 1 {
		i = int(s.rand() % uint64(len(s.ready)))
	}
	t := s.ready[i]
	s.ready = append(s.ready[:i], s.ready[i+1:]...)
	return t
}

// dropAt is when a GIL waiter asks the holder to let go: once the first
// waiter has waited a whole interval since it began waiting or since the
// GIL last changed hands.
func (s *scheduler) dropAt() float64 {
	if len(s.ready) == 0 {
		return math.Inf(1)
	}
	from := math.Max(s.lastSwitch, s.ready[0].ts.since)
	iv := s.interval
	if s.seed != 0 {
		iv *= 0.5 + float64(s.rand()>>11)/(1<<53)
	}
	return from + iv
}

// limitAt is the step at which the step budget runs out.
func (th *Thread) limitAt() int64 {
	if th.MaxSteps > 0 && th.MaxSteps < math.MaxInt64 {
		return th.MaxSteps + 1
	}
	return math.MaxInt64
}

// arm sets when th (the holder) next reaches a switch point that matters:
// the step budget, the end of its interval when others wait for the GIL,
// or the next timed wake-up.
func (s *scheduler) arm(th *Thread) {
	at := th.limitAt()
	if len(s.ready) > 0 || len(s.timers) > 0 {
		var n int64
		if s.real {
			n = realPoll
		} else {
			next := s.dropAt()
			if len(s.timers) > 0 {
				next = math.Min(next, s.timers[0].ts.deadline)
			}
			d := (next - s.virtual) / StepCost
			switch {
			case d < 1:
				n = 1
			case d > 1e15:
				n = 1e15
			default:
				n = int64(math.Ceil(d))
			}
		}
		if th.Steps+n < at {
			at = th.Steps + n
		}
	}
	th.vm.checkAt = at
}

// switchPoint runs where CPython's eval breaker checks for a GIL drop
// request (backward jumps, calls), once th.Steps reached th.vm.checkAt: it
// wakes threads whose timed wait is over and passes the GIL on when a
// waiter has waited a whole interval.
func (th *Thread) switchPoint() *Exception {
	s := &th.sched
	if th.halted != nil {
		return th.haltErr()
	}
	if th.MaxSteps > 0 && th.Steps > th.MaxSteps {
		th.halted = Errorf(KeyboardInterrupt, "step limit exceeded")
		return th.haltErr()
	}
	if len(s.threads) > 1 || len(s.timers) > 0 {
		s.sync()
		s.fireTimers()
		if len(s.ready) > 0 && s.now() >= s.dropAt() {
			s.makeReady(th, s.now())
			next := s.popReady()
			if next != th {
				s.switchTo(th, next, "interval")
			} else {
				th.ts.state = tsRunning
			}
			if th.halted != nil {
				return th.haltErr()
			}
		}
	}
	s.arm(th)
	return nil
}

// callSwitchPoint is the switch point after a call of something other than
// a Python function with n arguments: CPython's specialised calls of len,
// isinstance, list.append and type(x) skip the check.
func (th *Thread) callSwitchPoint(fn Value, n int) *Exception {
	if b, ok := fn.o.(*Builtin); ok {
		switch {
		case b.Name == "len" && fn.t == BuiltinType, b.Name == "isinstance" && fn.t == BuiltinType,
			b.Name == "append" && b.Owner == ListType:
			return nil
		}
	} else if fn.o == TypeType && n == 1 {
		return nil
	}
	return th.switchPoint()
}

// fireTimers makes the threads whose deadline has passed ready.
func (s *scheduler) fireTimers() {
	now := s.now()
	for len(s.timers) > 0 && s.timers[0].ts.deadline <= now {
		t := s.timers[0]
		s.timerRemove(t)
		t.ts.woken = false
		t.ts.wait = nil
		s.cur.Emit(&trace.Event{Kind: trace.KindThreadWake, Thread: t.ts.id, Value: "timeout"})
		s.makeReady(t, t.ts.deadline)
	}
}

// switchTo passes the GIL from prev to next and, unless prev has ended,
// waits until prev gets it back.
func (s *scheduler) switchTo(prev, next *Thread, why string) {
	s.sync()
	next.Steps = prev.Steps
	s.cur = next
	s.lastSwitch = s.now()
	next.ts.state = tsRunning
	s.arm(next)
	if s.multi {
		next.Emit(&trace.Event{Kind: trace.KindThreadRun, Thread: next.ts.id, Value: why})
	}
	// Once next holds the baton, prev's state is next's to change: read
	// it before.
	ended := prev.ts.state == tsDone
	next.ts.baton <- struct{}{}
	if ended {
		return
	}
	<-prev.ts.baton
}

// runNext gives the GIL to the next runnable thread after prev blocked or
// ended, letting time pass (the virtual clock jumps; the real clock
// sleeps) while every thread waits. It returns once prev holds the GIL
// again (at once when prev has ended).
func (s *scheduler) runNext(prev *Thread, why string) {
	for {
		if len(s.ready) > 0 {
			next := s.popReady()
			if next == prev {
				prev.ts.state = tsRunning
				s.arm(prev)
				return
			}
			s.switchTo(prev, next, why)
			return
		}
		if len(s.timers) == 0 {
			s.reportDeadlock(prev)
			if prev.ts.state == tsDone {
				s.switchTo(prev, s.main, why)
			}
			return
		}
		when := s.timers[0].ts.deadline
		if s.real {
			d := when - s.now()
			if d > 0 {
				timer := time.NewTimer(time.Duration(d * float64(time.Second)))
				select {
				case <-timer.C:
				case <-prev.Cancel:
					timer.Stop()
					prev.halted = NewException(KeyboardInterrupt)
					s.killAll(prev)
					return
				}
			}
		} else if when > s.virtual {
			s.virtual = when
		}
		s.fireTimers()
	}
}

// Block releases the GIL and parks th on w until another thread calls Wake
// or the run's clock reaches deadline (+Inf: no timeout). It reports
// whether it was woken (false: timed out). The error is set when the run
// was stopped meanwhile (a limit, a deadlock, the end of the run).
func (th *Thread) Block(w *Waiter, deadline float64) (bool, *Exception) {
	s := &th.sched
	if th.halted != nil {
		return false, th.haltErr()
	}
	s.sync()
	th.ts.state = tsBlocked
	th.ts.wait = w
	th.ts.woken = false
	th.ts.deadline = deadline
	if !math.IsInf(deadline, 1) {
		s.timerPush(th)
	}
	if s.multi {
		th.Emit(&trace.Event{Kind: trace.KindThreadBlock, Thread: th.ts.id, Value: w.Name, Future: w.ID})
	}
	s.runNext(th, "blocked")
	th.ts.wait = nil
	if th.halted != nil {
		return false, th.haltErr()
	}
	return th.ts.woken, nil
}

// Wake makes a thread blocked by Block ready to run again; the caller
// keeps the GIL. It does nothing for a thread that is not blocked.
func (th *Thread) Wake(t *Thread) {
	s := &th.sched
	if t.ts.state != tsBlocked {
		return
	}
	if t.ts.timerIdx >= 0 {
		s.timerRemove(t)
	}
	t.ts.woken = true
	th.Emit(&trace.Event{Kind: trace.KindThreadWake, Thread: t.ts.id, Value: t.ts.wait.Name})
	s.makeReady(t, s.now())
	s.arm(th)
}

// Yield lets other threads waiting for the GIL run first (time.sleep(0)):
// th waits for the GIL behind them.
func (th *Thread) Yield() *Exception {
	_, err := th.Block(&Waiter{Name: "sleep(0)"}, th.Now())
	return err
}

// Sleep blocks th for secs on the run's clock. With a single thread the
// virtual clock just moves on (the real clock really sleeps, ended early
// when the run is cancelled); the trace still shows the main thread
// waiting (thread_block, then thread_wake and thread_run when it ends), so
// a synchronous program's timeline draws its waits.
func (th *Thread) Sleep(secs float64) *Exception {
	s := &th.sched
	if len(s.threads) == 1 && len(s.timers) == 0 {
		if th.Trace != nil {
			th.Emit(&trace.Event{Kind: trace.KindThreadBlock, Value: "sleep(" + floatRepr(secs) + ")"})
			defer func() {
				th.Emit(&trace.Event{Kind: trace.KindThreadWake, Value: "timeout"})
				th.Emit(&trace.Event{Kind: trace.KindThreadRun, Value: "blocked"})
			}()
		}
		if !s.real {
			s.sync()
			s.virtual += secs
			return nil
		}
		t := time.NewTimer(time.Duration(secs * float64(time.Second)))
		defer t.Stop()
		select {
		case <-t.C:
		case <-th.Cancel:
			// The interpreter raises KeyboardInterrupt at its next step.
		}
		return nil
	}
	_, err := th.Block(&Waiter{Name: "sleep(" + floatRepr(secs) + ")"}, th.Now()+secs)
	return err
}

// timer heap (by deadline, then push order)

func (s *scheduler) timerLess(i, j int) bool {
	a, b := &s.timers[i].ts, &s.timers[j].ts
	if a.deadline != b.deadline {
		return a.deadline < b.deadline
	}
	return a.seq < b.seq
}

func (s *scheduler) timerSwap(i, j int) {
	s.timers[i], s.timers[j] = s.timers[j], s.timers[i]
	s.timers[i].ts.timerIdx = i
	s.timers[j].ts.timerIdx = j
}

func (s *scheduler) timerPush(t *Thread) {
	s.timerSeq++
	t.ts.seq = s.timerSeq
	t.ts.timerIdx = len(s.timers)
	s.timers = append(s.timers, t)
	s.timerUp(len(s.timers) - 1)
}

func (s *scheduler) timerUp(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !s.timerLess(i, p) {
			break
		}
		s.timerSwap(i, p)
		i = p
	}
}

func (s *scheduler) timerDown(i int) {
	n := len(s.timers)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && s.timerLess(r, l) {
			m = r
		}
		if !s.timerLess(m, i) {
			return
		}
		s.timerSwap(i, m)
		i = m
	}
}

func (s *scheduler) timerRemove(t *Thread) {
	i := t.ts.timerIdx
	last := len(s.timers) - 1
	if i != last {
		s.timerSwap(i, last)
	}
	s.timers[last] = nil
	s.timers = s.timers[:last]
	t.ts.timerIdx = -1
	if i < last {
		s.timerDown(i)
		s.timerUp(i)
	}
}

// reportDeadlock ends a run in which every thread is blocked and nothing
// can wake one: it writes the report to stderr, emits the deadlock event,
// and stops every thread (their blocked calls return the halting error).
func (s *scheduler) reportDeadlock(prev *Thread) {
	var b strings.Builder
	b.WriteString("Deadlock: every thread is blocked and none can wake another (CPython would hang here).\n")
	for _, t := range s.threads {
		name := t.ts.Name
		if s.onDeadlck != nil {
			name = s.onDeadlck(t)
		}
		b.WriteString("  " + name)
		if len(t.ts.holds) > 0 {
			b.WriteString(" holds ")
			for i, w := range t.ts.holds {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(w.Name)
			}
			b.WriteString(" and")
		}
		if t.ts.wait != nil {
			b.WriteString(" waits for " + t.ts.wait.Name)
		}
		b.WriteString("\n")
	}
	s.deadlock = b.String()
	prev.Emit(&trace.Event{Kind: trace.KindDeadlock, Value: s.deadlock})
	prev.Write(false, s.deadlock)
	prev.halted = NewException(KeyboardInterrupt)
	s.killAll(prev)
}

// killAll stops every thread after the run has halted: each returns the
// halting error from where it waits, unwinds without running handlers and
// ends, handing the GIL to the next one to stop (see exit), the main thread
// last. prev is the calling thread (the GIL holder): when it is another
// alive thread, it goes first, as its own wait returns the error.
func (s *scheduler) killAll(prev *Thread) {
	s.killing = true
	s.ready = s.ready[:0]
	for _, t := range s.timers {
		t.ts.timerIdx = -1
	}
	s.timers = s.timers[:0]
	if prev.ts.state == tsDone || prev == s.main {
		if next := s.nextVictim(); next != prev {
			s.switchTo(prev, next, "done")
		}
	}
}

// nextVictim is the next thread killAll stops: another alive thread, or
// the main thread once none is left.
func (s *scheduler) nextVictim() *Thread {
	for _, t := range s.threads {
		if t != s.main && t != s.cur && t.ts.state != tsDone {
			return t
		}
	}
	return s.main
}

// KillThreads ends the run's remaining (daemon) threads at shutdown,
// silently, as CPython's daemon threads stop at their next switch point.
func (th *Thread) KillThreads() {
	s := &th.sched
	if len(s.threads) <= 1 {
		return
	}
	if th.halted == nil {
		th.halted = NewException(SystemExit)
	}
	s.killAll(th)
	th.halted = nil
}
