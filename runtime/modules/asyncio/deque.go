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

func asDeque(v core.Value) *waiterDeque { return v.Obj().(*waiterDeque) }

func init() {
	t := dequeType
	t.Module = "asyncio"
	t.Final = true
	dequeIterType.Final = true
	t.AddStaticMethod("__new__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
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
	})
	t.AddMethod("__init__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return core.None, nil
	})
	t.AddMethod("append", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("append", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		d := asDeque(args[0])
		d.items = append(d.items, args[1])
		d.muts++
		return core.None, nil
	})
	t.AddMethod("popleft", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		d := asDeque(args[0])
		if d.head == len(d.items) {
			return core.Value{}, core.Errorf(core.IndexError, "pop from an empty deque")
		}
		v := d.items[d.head]
		d.items[d.head] = core.Value{}
		d.head++
		d.muts++
		d.compact()
		return v, nil
	})
	t.AddMethod("pop", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		d := asDeque(args[0])
		if d.head == len(d.items) {
			return core.Value{}, core.Errorf(core.IndexError, "pop from an empty deque")
		}
		n := len(d.items) - 1
		v := d.items[n]
		d.items[n] = core.Value{}
		d.items = d.items[:n]
		d.muts++
		return v, nil
	})
	t.AddMethod("remove", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("remove", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		d := asDeque(args[0])
		l := d.live()
		for i, v := range l {
			eq := v.Is(args[1])
			if !eq {
				var err *core.Exception
				if eq, err = th.Equal(v, args[1]); err != nil {
					return core.Value{}, err
				}
			}
			if eq {
				d.removeAt(i)
				return core.None, nil
			}
		}
		return core.Value{}, core.Errorf(core.ValueError, "deque.remove(x): x not in deque")
	})
	t.AddMethod("clear", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		d := asDeque(args[0])
		d.items, d.head = nil, 0
		d.muts++
		return core.None, nil
	})
	t.AddMethod("__len__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return core.Int(int64(len(asDeque(args[0]).live()))), nil
	})
	t.AddMethod("__bool__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return core.Bool(len(asDeque(args[0]).live()) > 0), nil
	})
	t.AddMethod("__getitem__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("__getitem__", args[1:], kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		l := asDeque(args[0]).live()
		i := core.Unwrap(args[1])
		if !i.IsSmallInt() {
			return core.Value{}, core.Errorf(core.TypeError, "sequence index must be integer, not '%s'", core.TypeName(args[1]))
		}
		n := i.Int64()
		if n < 0 {
			n += int64(len(l))
		}
		if n < 0 || n >= int64(len(l)) {
			return core.Value{}, core.Errorf(core.IndexError, "deque index out of range")
		}
		return l[n], nil
	})
	t.AddMethod("__iter__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		d := asDeque(args[0])
		return core.ObjValue(dequeIterType, &dequeIter{d: d, muts: d.muts}), nil
	})
	t.AddMethod("__repr__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var parts []string
		for _, v := range asDeque(args[0]).live() {
			r, err := th.Repr(v)
			if err != nil {
				return core.Value{}, err
			}
			parts = append(parts, r)
		}
		return core.NewStr("deque([" + strings.Join(parts, ", ") + "])"), nil
	})
	dequeIterType.AddMethod("__iter__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return args[0], nil
	})
	dequeIterType.AddMethod("__next__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		v, ok, err := args[0].Obj().(*dequeIter).Next(th)
		if err != nil {
			return core.Value{}, err
		}
		if !ok {
			return core.Value{}, core.NewException(core.StopIteration)
		}
		return v, nil
	})
}
