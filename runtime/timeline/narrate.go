package timeline

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/trace"
)

// Narrate returns one sentence that tells step k for a screen reader (the
// page's aria-live region): what happened, and where it matters, what the
// ready queue holds then.
func (m *Model) Narrate(k int64) string {
	k = min(max(k, 0), m.Len())
	return m.narrate(k, m.replayAt(k))
}

func (m *Model) narrate(k int64, r *trace.Replay) string {
	e := m.Event(k)
	if e == nil {
		if m.Len() == 0 {
			return "Nothing has happened yet."
		}
		return "Before the first event."
	}
	who := func(task int64) string {
		if t := r.Tasks[task]; t != nil {
			return t.Name
		}
		return "task " + strconv.FormatInt(task, 10)
	}
	queue := "; " + m.describeQueue(r) + "."
	switch e.Kind {
	case trace.KindRunStart:
		return "The loop starts running" + queue
	case trace.KindRunStop:
		return "The loop stops."
	case trace.KindIteration:
		return "The loop begins iteration " + strconv.FormatInt(e.N, 10) + queue
	case trace.KindIdle:
		s := "Nothing is ready: the clock moves on to " + formatSeconds(e.When)
		if tl := r.TimerList(); len(tl) > 0 {
			s += ", when " + m.timerWhat(tl[0]) + " is due"
		}
		return s + "."
	case trace.KindSchedule:
		if e.Task != 0 {
			if strings.HasSuffix(e.Name, " wakeup") {
				return who(e.Task) + " wakes up: its next step joins the ready queue" + queue
			}
			return who(e.Task) + "'s first step joins the ready queue" + queue
		}
		name, _ := callbackLabel(e.Name)
		if isInternalCallback(e.Name) {
			return "asyncio queues its callback " + name + queue
		}
		return "call_soon queues " + name + queue
	case trace.KindTimer:
		name, _ := callbackLabel(e.Name)
		if p := m.Event(e.Seq - 1); p != nil && p.Kind == trace.KindFutureNew && name == "_set_result_unless_cancelled" {
			return p.Name + " arms a timer for " + formatSeconds(e.When) + "."
		}
		return "A timer for " + name + " is armed for " + formatSeconds(e.When) + "."
	case trace.KindFire:
		return "The timer for " + m.handleWhat(e.Handle) + " is due: its callback joins the ready queue" + queue
	case trace.KindCancel:
		return m.handleWhat(e.Handle) + " is cancelled; it stays queued until the loop reaches it."
	case trace.KindDrop:
		return "The cancelled " + m.handleWhat(e.Handle) + " is dropped without running" + queue
	case trace.KindRun:
		se := m.handleEvent(e.Handle)
		switch {
		case se == nil:
			return "The loop runs handle " + strconv.FormatInt(e.Handle, 10) + "."
		case se.Task != 0:
			return "The loop takes " + who(se.Task) + "'s step from the head of the ready queue."
		case isInternalCallback(se.Name):
			name, _ := callbackLabel(se.Name)
			return "The loop runs asyncio's callback " + name + "."
		}
		name, line := callbackLabel(se.Name)
		return "The loop runs " + name + atLine(line) + "."
	case trace.KindTaskNew:
		return e.Name + " is created to run " + e.Value + "()" + atLine(e.Line) + "."
	case trace.KindStep:
		return "The loop runs " + who(e.Task) + "'s step" + atLine(e.Line) + "."
	case trace.KindSuspend:
		if e.Value == "" && e.Future == 0 {
			return who(e.Task) + " yields to the loop" + atLine(e.Line) + queue
		}
		return who(e.Task) + " awaits " + e.Value + queue
	case trace.KindTaskDone:
		switch e.State {
		case trace.StateException:
			return who(e.Task) + " ends with " + e.Value + "."
		case trace.StateCancelled:
			return who(e.Task) + " is cancelled."
		}
		return who(e.Task) + " finishes and returns " + e.Value + "."
	case trace.KindFutureNew:
		return "A future for " + e.Name + " is created."
	case trace.KindFutureDone:
		name := m.futures[e.Future]
		switch e.State {
		case trace.StateException:
			return name + " fails with " + e.Value + "."
		case trace.StateCancelled:
			return name + " is cancelled."
		}
		return name + " is done."
	case trace.KindCallback:
		name, _ := callbackLabel(e.Name)
		fut := m.futures[e.Future]
		switch {
		case strings.HasPrefix(name, "Task.task_wakeup"):
			if p := m.Event(e.Seq - 1); p != nil && p.Kind == trace.KindSuspend {
				return who(p.Task) + " will wake up when " + fut + " is done."
			}
		case strings.HasPrefix(name, "gather."):
			return "gather will hear when " + fut + " is done."
		}
		return name + " will be called when " + fut + " is done."
	case trace.KindOutput:
		subject := "The program"
		if l := m.runningAt(k); l != nil {
			subject = l.Name
			if l.Kind == CallbackLane {
				if i := segmentAt(l, k); i >= 0 {
					subject = l.Label(l.Segment(i))
				}
			}
		}
		verb := " prints "
		if e.Stream == "stderr" {
			verb = " writes to stderr "
		}
		return subject + verb + strconv.Quote(strings.TrimSuffix(e.Text, "\n")) + atLine(e.Line) + "."
	case trace.KindException:
		return "An exception reaches the loop's handler: " + e.Value + "."
	case trace.KindThreadNew:
		return e.Name + " starts."
	case trace.KindThreadBlock, trace.KindThreadWake, trace.KindThreadRun:
		if e.Thread == 0 {
			// A single-threaded run's time.sleep: no GIL changes hands.
			switch e.Kind {
			case trace.KindThreadBlock:
				return "MainThread waits on " + e.Value + ": time.sleep blocks, and nothing else runs meanwhile."
			case trace.KindThreadWake:
				return "MainThread's sleep is over."
			}
			return "MainThread runs again."
		}
	}
	switch e.Kind {
	case trace.KindThreadRun:
		s := m.threadName(e.Thread) + " takes the GIL and runs"
		switch e.Value {
		case "interval":
			s += ": the previous thread's switch interval ran out"
		case "blocked":
			s += ": the previous thread blocked"
		case "done":
			s += ": the previous thread finished"
		}
		return s + "."
	case trace.KindThreadBlock:
		return m.threadName(e.Thread) + " blocks on " + e.Value + " and lets go of the GIL."
	case trace.KindThreadWake:
		return m.threadName(e.Thread) + " can run again and waits for the GIL."
	case trace.KindThreadDone:
		if e.State == trace.StateException {
			return m.threadName(e.Thread) + " ends with " + e.Value + "."
		}
		return m.threadName(e.Thread) + " finishes."
	case trace.KindDeadlock:
		return "Deadlock: every thread is blocked and nothing can wake one."
	}
	return e.Kind + "."
}

func atLine(line int) string {
	if line == 0 {
		return ""
	}
	return " (line " + strconv.Itoa(line) + ")"
}

func (m *Model) threadName(id int64) string {
	if l := m.threads[id]; l != nil {
		return l.Name
	}
	return "Thread " + strconv.FormatInt(id, 10)
}

// handleEvent returns the event that queued or armed a handle.
func (m *Model) handleEvent(h int64) *trace.Event {
	if h < 1 || h >= int64(m.handles.n) {
		return nil
	}
	return m.Event(m.handles.at(int(h)).seq)
}

// handleWhat names a handle for a sentence: the task whose step it is,
// what the timer ends ("sleep(1)"), or its callback.
func (m *Model) handleWhat(h int64) string {
	e := m.handleEvent(h)
	if e == nil {
		return "handle " + strconv.FormatInt(h, 10)
	}
	if e.Task != 0 {
		if l := m.tasks[e.Task]; l != nil {
			return l.Name + "'s step"
		}
	}
	name, _ := callbackLabel(e.Name)
	if p := m.Event(e.Seq - 1); e.Kind == trace.KindTimer && p != nil && p.Kind == trace.KindFutureNew && name == "_set_result_unless_cancelled" {
		return p.Name
	}
	return name
}

func (m *Model) timerWhat(h *trace.Handle) string { return m.handleWhat(h.ID) }

// what names a queued handle for a reader: the task whose step it is,
// "the end of sleep(1)" for the timer that ends a sleep, or the callback.
func (m *Model) what(r *trace.Replay, h *trace.Handle) string {
	if t := r.Tasks[h.Task]; t != nil {
		return t.Name
	}
	name, _ := callbackLabel(h.Name)
	if name == "_set_result_unless_cancelled" {
		if w := m.handleWhat(h.ID); w != name {
			return "the end of " + w
		}
	}
	return name
}

// describeQueue says what the ready queue holds: "the ready queue is
// empty", "the ready queue holds Task-3 and print_hello()".
func (m *Model) describeQueue(r *trace.Replay) string {
	n := len(r.Ready)
	if n == 0 {
		return "the ready queue is empty"
	}
	var names []string
	for _, h := range r.Ready[:min(n, 3)] {
		names = append(names, m.what(r, h))
	}
	if n > 3 {
		names = append(names, strconv.Itoa(n-3)+" more")
	}
	return "the ready queue holds " + joinAnd(names)
}

func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
