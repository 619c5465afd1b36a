package asyncio

import (
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// waiterDeque is the double-ended queue that locks (py/locks.py, as
// _deque) and queues use for waiters and queue items (collections.deque's
// operations that asyncio needs), in Go so that locks and queues neither
// depend on nor wait for an interpreted deque.
type waiterDeque struct {
	items []core.Value
	head  int
	muts  int // bumped by every change, to detect mutation during iteration
}

var dequeType = core.NewStaticType("_deque")

func (d *waiterDeque) live() []core.Value { return d.items[d.head:] }

func (d *waiterDeque) compact() {
	if d.head > 32 && d.head*2 > len(d.items) {
		n := copy(d.items, d.items[d.head:])
		clear(d.items[n:])
		d.items, d.head = d.items[:n], 0
	}
}

// removeAt removes the i-th live item, shifting the shorter side: waiters
// usually remove themselves from the front, which must not cost O(n).
func (d *waiterDeque) removeAt(i int) {
	l := d.live()
	if i < len(l)/2 {
		copy(l[1:i+1], l[:i])
		d.items[d.head] = core.Value{}
		d.head++
		d.compact()
	} else {
		copy(l[i:], l[i+1:])
		d.items[len(d.items)-1] = core.Value{}
		d.items = d.items[:len(d.items)-1]
	}
	d.muts++
}

type dequeIter struct {
	d    *waiterDeque
	i    int
	muts int
}

var dequeIterType = core.NewStaticType("_deque_iterator")

// Next implements core.Iterator.
func (it *dequeIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if it.d.muts != it.muts {
		return core.Value{}, false, core.Errorf(core.RuntimeError, "deque mutated during iteration")
	}
	l := it.d.live()
	if it.i >= len(l) {
		return core.Value{}, false, nil
	}
	v := l[it.i]
	it.i++
	return v, true, nil
}

// dequeMethods is the waiter deque's method table (core/method.go says how
// to add one): CPython's collections.deque, so its messages are a C
// method's.
var dequeMethods = []core.MethodDef[*waiterDeque]{
	{Name: "__init__", Min: 0, Max: -1, Fn: dequeInit},
	{Name: "deque.append", Min: 1, Max: 1, Fn: dequeAppend},
	{Name: "deque.popleft", Min: 0, Max: 0, Fn: dequePopleft},
	{Name: "deque.pop", Min: 0, Max: 0, Fn: dequePop},
	{Name: "deque.remove", Min: 1, Max: 1, Fn: dequeRemove},
	{Name: "deque.clear", Min: 0, Max: 0, Fn: dequeClear},
	{Name: "__len__", Min: 0, Max: 0, Fn: dequeLen},
	{Name: "__bool__", Min: 0, Max: 0, Fn: dequeBool},
	{Name: "__getitem__", Min: 1, Max: 1, Fn: dequeGetitem},
	{Name: "__iter__", Min: 0, Max: 0, Fn: dequeIterate},
	{Name: "__repr__", Min: 0, Max: 0, Fn: dequeRepr},
}

var dequeIterMethods = []core.MethodDef[*dequeIter]{
	{Name: "__iter__", Min: 0, Max: 0, Fn: returnSelf[*dequeIter]},
	{Name: "__next__", Min: 0, Max: 0, Fn: dequeIterNext},
}

func init() {
	t := dequeType
	t.Module = "asyncio"
	t.Final = true
	dequeIterType.Final = true
	t.AddStaticMethod("__new__", dequeNew)
	core.AddMethods(t, core.ObjectOf[*waiterDeque], dequeMethods)
	core.AddMethods(dequeIterType, core.ObjectOf[*dequeIter], dequeIterMethods)
	t.MarkBorrows(rowNames(dequeMethods)...)
}

func dequeNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	d := &waiterDeque{}
	if len(args) > 1 {
		it, err := th.Iter(args[1])
		if err != nil {
			return core.Value{}, err
		}
		for {
			v, ok, err := th.Next(it)
			if err != nil {
				return core.Value{}, err
			}
			if !ok {
				break
			}
			d.items = append(d.items, v)
		}
	}
	return core.ObjValue(dequeType, d), nil
}

// dequeInit is __init__: __new__ has taken the items.
func dequeInit(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	return core.None, nil
}

func dequeAppend(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	d.push(args[0])
	return core.None, nil
}

func dequePopleft(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	if d.head == len(d.items) {
		return core.Value{}, core.Errorf(core.IndexError, "pop from an empty deque")
	}
	return d.popFront(), nil
}

func dequePop(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	if d.head == len(d.items) {
		return core.Value{}, core.Errorf(core.IndexError, "pop from an empty deque")
	}
	return d.popBack(), nil
}

func dequeRemove(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	for i, v := range d.live() {
		eq := v.Is(args[0])
		if !eq {
			var err *core.Exception
			if eq, err = th.Equal(v, args[0]); err != nil {
				return core.Value{}, err
			}
		}
		if eq {
			d.removeAt(i)
			return core.None, nil
		}
	}
	return core.Value{}, core.Errorf(core.ValueError, "deque.remove(x): x not in deque")
}

func dequeClear(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	d.items, d.head = nil, 0
	d.muts++
	return core.None, nil
}

func dequeLen(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(len(d.live()))), nil
}

func dequeBool(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	return core.Bool(len(d.live()) > 0), nil
}

func dequeGetitem(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	l := d.live()
	i := core.Unwrap(args[0])
	if !i.IsSmallInt() {
		return core.Value{}, core.Errorf(core.TypeError, "sequence index must be integer, not '%s'", core.TypeName(args[0]))
	}
	n := i.Int64()
	if n < 0 {
		n += int64(len(l))
	}
	if n < 0 || n >= int64(len(l)) {
		return core.Value{}, core.Errorf(core.IndexError, "deque index out of range")
	}
	return l[n], nil
}

func dequeIterate(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	return core.ObjValue(dequeIterType, &dequeIter{d: d, muts: d.muts}), nil
}

func dequeRepr(th *core.Thread, self core.Value, d *waiterDeque, args []core.Value) (core.Value, *core.Exception) {
	var parts []string
	for _, v := range d.live() {
		r, err := th.Repr(v)
		if err != nil {
			return core.Value{}, err
		}
		parts = append(parts, r)
	}
	return core.NewStr("deque([" + strings.Join(parts, ", ") + "])"), nil
}

func dequeIterNext(th *core.Thread, self core.Value, it *dequeIter, args []core.Value) (core.Value, *core.Exception) {
	v, ok, err := it.Next(th)
	if err != nil {
		return core.Value{}, err
	}
	if !ok {
		return core.Value{}, core.NewException(core.StopIteration)
	}
	return v, nil
}
