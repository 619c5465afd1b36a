package modules

import (
	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/modules/internal/valueheap"
)

// heapq in Go with CPython's sift algorithms (package valueheap, so heaps
// hold their items in the same order as CPython's); merge is in
// py/heapq.py.

func heapList(fname string, v core.Value, what string) (*core.List, *core.Exception) {
	if l, ok := core.Unwrap(v).Obj().(*core.List); ok {
		return l, nil
	}
	return nil, core.Errorf(core.TypeError, "%s() %s must be list, not %s", fname, what, core.TypeName(v))
}

func heapify(th *core.Thread, l *core.List, maxHeap bool) *core.Exception {
	for i := len(l.Items)/2 - 1; i >= 0; i-- {
		if err := valueheap.SiftUp(th, &l.Items, i, maxHeap); err != nil {
			return err
		}
	}
	return nil
}

func initHeapq(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, heapFuncs())
	return nil
}

func heapFuncs() map[string]core.BuiltinFunc {
	return map[string]core.BuiltinFunc{
		"heappush": heapFunc("heappush", 2, func(th *core.Thread, l *core.List, args []core.Value) (core.Value, *core.Exception) {
			return core.None, valueheap.Push(th, &l.Items, args[1])
		}),
		"heappop":          heapFunc("heappop", 1, popHeap(false)),
		"_heappop_max":     heapFunc("_heappop_max", 1, popHeap(true)),
		"heapify":          heapFunc("heapify", 1, heapifyHeap(false)),
		"_heapify_max":     heapFunc("_heapify_max", 1, heapifyHeap(true)),
		"heapreplace":      heapFunc("heapreplace", 2, replaceTop(false)),
		"_heapreplace_max": heapFunc("_heapreplace_max", 2, replaceTop(true)),
		"heappushpop": heapFunc("heappushpop", 2, func(th *core.Thread, l *core.List, args []core.Value) (core.Value, *core.Exception) {
			item := args[1]
			if len(l.Items) == 0 {
				return item, nil
			}
			lt, err := valueheap.Less(th, l.Items[0], item, false)
			if err != nil || !lt {
				return item, err
			}
			return replaceTop(false)(th, l, args)
		}),
		// nsmallest/nlargest give what sorted(...)[:n] gives, as CPython
		// guarantees (ties keep their input order).
		"nsmallest": nBest("nsmallest", false),
		"nlargest":  nBest("nlargest", true),
	}
}

// heapOp is a heapq function's work on its list, given all its arguments.
type heapOp func(th *core.Thread, l *core.List, args []core.Value) (core.Value, *core.Exception)

// heapFunc checks that name got exactly n arguments, the first a list
// (CPython names it "argument" alone, "argument 1" among several).
func heapFunc(name string, n int, op heapOp) core.BuiltinFunc {
	what := "argument"
	if n > 1 {
		what = "argument 1"
	}
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		fname := name
		if n == 1 {
			// CPython's one-argument functions name their module.
			fname = "_heapq." + name
		}
		if err := core.ArgCount(fname, args, kw, n, n); err != nil {
			return core.Value{}, err
		}
		l, err := heapList(name, args[0], what)
		if err != nil {
			return core.Value{}, err
		}
		return op(th, l, args)
	}
}

func popHeap(maxHeap bool) heapOp {
	return func(th *core.Thread, l *core.List, _ []core.Value) (core.Value, *core.Exception) {
		return valueheap.Pop(th, &l.Items, maxHeap)
	}
}

func heapifyHeap(maxHeap bool) heapOp {
	return func(th *core.Thread, l *core.List, _ []core.Value) (core.Value, *core.Exception) {
		return core.None, heapify(th, l, maxHeap)
	}
}

// replaceTop pops the smallest (largest) item and pushes args[1].
func replaceTop(maxHeap bool) heapOp {
	return func(th *core.Thread, l *core.List, args []core.Value) (core.Value, *core.Exception) {
		if len(l.Items) == 0 {
			return core.Value{}, core.Errorf(core.IndexError, "index out of range")
		}
		ret := l.Items[0]
		l.Items[0] = args[1]
		return ret, valueheap.SiftUp(th, &l.Items, 0, maxHeap)
	}
}

func nBest(name string, largest bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var nv, iterable, key core.Value
		if err := th.UnpackArgs(name, args, kw, "n", &nv, "iterable", &iterable, "key?", &key); err != nil {
			return core.Value{}, err
		}
		n, err := th.IndexInt(nv)
		if err != nil {
			return core.Value{}, err
		}
		items, err := th.Collect(iterable)
		if err != nil {
			return core.Value{}, err
		}
		if n <= 0 {
			return core.NewList(nil), nil
		}
		items = append([]core.Value(nil), items...)
		if err := th.SortValues(items, key, largest); err != nil {
			return core.Value{}, err
		}
		if n < len(items) {
			items = items[:n]
		}
		return core.NewList(items), nil
	}
}
