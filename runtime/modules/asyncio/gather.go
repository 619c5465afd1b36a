package asyncio

import (
	"github.com/asynchrony/asynchrony/runtime/core"
	"strings"
)

// gatherState is gather()'s bookkeeping, shared by the children's done
// callbacks and the outer _GatheringFuture (tasks.gather).
type gatherState struct {
	outer            *Future
	children         []*Future
	nfuts, nfinished int
	returnExceptions bool
	cancelRequested  bool
}

// GatheringFutureType is the type of gather()'s outer future.
var GatheringFutureType = core.NewStaticType("_GatheringFuture", FutureType)

// gather is asyncio.gather(*aws, return_exceptions=False).
func gather(th *core.Thread, aws []core.Value, returnExceptions bool) (core.Value, *core.Exception) {
	if len(aws) == 0 {
		l, err := getEventLoop(th)
		if err != nil {
			return core.Value{}, err
		}
		outer := newFuture(l, FutureType)
		outer.setResult(core.NewList(nil))
		return outer.value(), nil
	}
	g := &gatherState{returnExceptions: returnExceptions, children: make([]*Future, 0, len(aws))}
	var l *Loop
	seen := make(map[any]*Future, len(aws))
	for _, a := range aws {
		key := a.Obj()
		if f, ok := seen[key]; ok && key != nil {
			g.children = append(g.children, f)
			continue
		}
		fv, err := ensureFuture(th, a, l, getState(th).internals.gatherArg)
		if err != nil {
			return core.Value{}, err
		}
		f := asFuture(fv)
		if f == nil {
			return core.Value{}, core.Errorf(core.TypeError, "gather() supports asyncio futures only, got %s", core.TypeName(fv))
		}
		if l == nil {
			l = f.loop
		}
		if !fv.Is(a) && f.task != nil {
			f.task.logDestroyPending = false
		}
		g.nfuts++
		seen[key] = f
		f.addCallback(doneCB{kind: hGather, gather: g})
		g.children = append(g.children, f)
	}
	what := "gather"
	if th.Trace != nil {
		what = gatherLabel(g.children)
	}
	g.outer = newFutureFor(l, GatheringFutureType, what)
	g.outer.more().gather = g
	return g.outer.value(), nil
}

// childDone is gather's _done_callback.
func (g *gatherState) childDone(th *core.Thread, f *Future) *core.Exception {
	g.nfinished++
	outer := g.outer
	if outer == nil || outer.done() {
		if !f.cancelled() {
			f.logTB = false
		}
		return nil
	}
	if !g.returnExceptions {
		if f.cancelled() {
			outer.setException(f.makeCancelledError())
			return nil
		}
		if f.exc != nil {
			f.logTB = false
			outer.setException(f.exc)
			return nil
		}
	}
	if g.nfinished == g.nfuts {
		results := make([]core.Value, len(g.children))
		for i, c := range g.children {
			switch {
			case c.cancelled():
				msg := core.NewStr("")
				if m := c.rd().cancelMsg; m.IsValid() && !m.IsNone() {
					msg = m
				}
				results[i] = core.NewException(CancelledError, msg).Value()
			case c.exc != nil:
				c.logTB = false
				results[i] = c.exc.Value()
			default:
				results[i] = c.result
			}
		}
		if g.cancelRequested {
			outer.setException(f.makeCancelledError())
		} else {
			outer.setResult(core.NewList(results))
		}
	}
	return nil
}

// cancel is _GatheringFuture.cancel: cancel the children, not the outer
// future itself.
func (g *gatherState) cancel(msg core.Value) bool {
	if g.outer.done() {
		return false
	}
	ret := false
	for _, c := range g.children {
		if c.cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

// gatherLabel is what a task waiting on gather waits on, for traces:
// "gather(Task-2, Task-3, Task-4)", the first three children by name.
func gatherLabel(children []*Future) string {
	var b strings.Builder
	b.WriteString("gather(")
	for i, f := range children {
		if i > 0 {
			b.WriteString(", ")
		}
		if i == 3 {
			b.WriteString("…")
			break
		}
		if f.task != nil {
			b.WriteString(f.task.taskName())
		} else {
			b.WriteString(f.what)
		}
	}
	b.WriteString(")")
	return b.String()
}
