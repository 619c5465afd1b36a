package core

import (
	"strings"
)

// list, and what lists and tuples share: collecting an iterable,
// lexicographic comparison, reprs with recursion guards.

// listFuncs are List's methods (method.go says how to add one).
var listFuncs = []FuncDef{
	{"__init__", listInit},
	{"sort", listSort},
}

// listMethods is the list type's method table (method.go says how to add one).
var listMethods = []MethodDef[*List]{
	{"__len__", 0, 0, listLen},
	{"__getitem__", 1, 1, listGetitem},
	{"__setitem__", 2, 2, listSetitem},
	{"__delitem__", 1, 1, listDelitem},
	{"__iter__", 0, 0, listIter},
	{"__reversed__", 0, 0, listReversed},
	{"__contains__", 1, 1, listContains},
	{"__repr__", 0, 0, listRepr},
	{"__add__", 1, 1, listAdd},
	{"__iadd__", 1, 1, listIadd},
	{"__mul__", 1, 1, listMul},
	{"__rmul__", 1, 1, listMul},
	{"__imul__", 1, 1, listImul},
	{"append", 1, 1, listAppend},
	{"extend", 1, 1, listExtend},
	{"insert", 2, 2, listInsert},
	{"pop", 0, 1, listPop},
	{"remove", 1, 1, listRemove},
	{"index", 1, 3, listIndex},
	{"count", 1, 1, listCount},
	{"clear", 0, 0, listClear},
	{"copy", 0, 0, listCopy},
	{"reverse", 0, 0, listReverse},
}

// List is a Python list.
type List struct {
	Items []Value
}

// append adds v at the end. Past Go's small sizes append grows a slice by
// 1.25x, so building a long list copied its items about five times over
// (a third of the strings benchmark's allocation); doubling copies them
// about twice, for at most twice the room.
func (l *List) append(v Value) {
	if n := len(l.Items); n == cap(l.Items) && n >= 256 {
		items := make([]Value, n, 2*n)
		copy(items, l.Items)
		l.Items = items
	}
	l.Items = append(l.Items, v)
}

// NewList returns a list value holding items (not copied).
func NewList(items []Value) Value { return Value{t: ListType, o: &List{Items: items}} }

// listOf returns the *List of a list or list subclass instance.
func listOf(v Value) (*List, bool) {
	if v.t == ListType {
		return v.o.(*List), true
	}
	x, ok := baseOf(v, ListType).o.(*List)
	return x, ok
}

// AsList returns the items of a list (or list subclass instance).
func AsList(v Value) ([]Value, bool) {
	if l, ok := listOf(v); ok {
		return l.Items, true
	}
	return nil, false
}

// Collect returns the items of any iterable as a fresh slice (lists and
// tuples are copied directly).
func (th *Thread) Collect(v Value) ([]Value, *Exception) {
	items, err := th.collect(v)
	if err != nil {
		return nil, err
	}
	if v.t == ListType || v.t == TupleType {
		items = append([]Value(nil), items...)
	}
	return items, nil
}

// Iterate calls f for each item of the iterable v until f returns false
// or an error.
func (th *Thread) Iterate(v Value, f func(x Value) (bool, *Exception)) *Exception {
	switch v.t {
	case ListType:
		// As ListIter, without allocating it (sum(buf) in a loop): the
		// length is read again at each step, since f may change the list.
		l := v.o.(*List)
		for i := 0; i < len(l.Items); i++ {
			if more, err := f(l.Items[i]); err != nil || !more {
				return err
			}
		}
		return nil
	case TupleType:
		for _, x := range v.o.(*Tuple).Items {
			if more, err := f(x); err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := th.Iter(v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		if more, err := f(x); err != nil || !more {
			return err
		}
	}
}

// collect returns the items of an iterable; for exact lists and tuples
// the result aliases their storage (callers must not modify it).
func (th *Thread) collect(v Value) ([]Value, *Exception) {
	switch v.t {
	case ListType:
		return v.o.(*List).Items, nil
	case TupleType:
		return v.o.(*Tuple).Items, nil
	case DictType:
		return v.o.(*Dict).Keys(), nil
	}
	it, err := th.Iter(v)
	if err != nil {
		return nil, err
	}
	if r, ok := it.o.(*RangeIter); ok {
		if err := checkAlloc(int(r.left), valueSize); err != nil {
			return nil, err
		}
		// The ints made here rather than by a call of Next each (as
		// Next does, the limits are checked every 64k items).
		out := make([]Value, max(0, r.left))
		for i := range out {
			out[i] = Int(r.next)
			r.next += r.step
			if r.left--; r.left&0xffff == 0xffff {
				if err := th.checkLimits(); err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	}
	var out []Value
	for {
		x, ok, err := th.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// compareSeq is the rich comparison of two sequences (list or tuple).
func (th *Thread) compareSeq(op CmpOp, a, b []Value) (Value, *Exception) {
	if len(a) != len(b) && (op == Eq || op == Ne) {
		return Bool(op == Ne), nil
	}
	n := min(len(a), len(b))
	i := 0
	for ; i < n; i++ {
		eq, err := th.Equal(a[i], b[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			break
		}
	}
	if i >= n {
		return Bool(cmpOrdered(op, int64(len(a)), int64(len(b)))), nil
	}
	switch op {
	case Eq:
		return False, nil
	case Ne:
		return True, nil
	}
	return th.Compare(op, a[i], b[i])
}

// ReprEnter marks the container o as being repr'd; false means it already
// is (a recursive container, shown as [...] or {...}), as CPython's
// Py_ReprEnter. A true result is paired with ReprLeave.
func (th *Thread) ReprEnter(o any) bool {
	if th.reprGuard[o] {
		return false
	}
	if th.reprGuard == nil {
		th.reprGuard = map[any]bool{}
	}
	th.reprGuard[o] = true
	return true
}

// ReprLeave ends the ReprEnter of o.
func (th *Thread) ReprLeave(o any) { delete(th.reprGuard, o) }

// seqRepr writes open + repr(items joined by ", ") + close.
func (th *Thread) seqRepr(open string, items []Value, close string) (string, *Exception) {
	var b strings.Builder
	b.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := th.Repr(items[i])
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func listSelf(name string, args []Value) (*List, *Exception) {
	return selfOf(name, ListType, args, listOf)
}

// listIndexRange parses index/count's optional start and stop.
func (th *Thread) seqRange(args []Value, n int) (int, int, *Exception) {
	start, stop := 0, n
	var err *Exception
	if len(args) > 0 {
		if start, err = th.sliceIndex(args[0]); err != nil {
			return 0, 0, err
		}
		if start < 0 {
			start = max(0, start+n)
		}
	}
	if len(args) > 1 {
		if stop, err = th.sliceIndex(args[1]); err != nil {
			return 0, 0, err
		}
		if stop < 0 {
			stop = max(0, stop+n)
		}
	}
	return start, min(stop, n), nil
}

// listGetItem is l[k].
func (th *Thread) listGetItem(self Value, l *List, k Value) (Value, *Exception) {
	if k.t == IntType && k.o == nil {
		i, ok := seqIndex(int(int64(k.n)), len(l.Items))
		if !ok {
			return Value{}, Errorf(IndexError, "list index out of range")
		}
		return l.Items[i], nil
	}
	if k.t == SliceType {
		start, _, step, n, err := th.SliceIndices(k.o.(*Slice), len(l.Items))
		if err != nil {
			return Value{}, err
		}
		out := make([]Value, n)
		if step == 1 {
			copy(out, l.Items[start:start+n])
		} else {
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out[i] = l.Items[j]
			}
		}
		return NewList(out), nil
	}
	i, err := th.indexArg("list", k)
	if err != nil {
		return Value{}, err
	}
	return th.listGetItem(self, l, Int(int64(i)))
}

// listSetItem is l[k] = v.
func (th *Thread) listSetItem(l *List, k, v Value) *Exception {
	if k.t == SliceType {
		return th.listSetSlice(l, k.o.(*Slice), v)
	}
	i, err := th.indexArg("list", k)
	if err != nil {
		return err
	}
	j, ok := seqIndex(i, len(l.Items))
	if !ok {
		return Errorf(IndexError, "list assignment index out of range")
	}
	l.Items[j] = v
	return nil
}

func (th *Thread) listSetSlice(l *List, s *Slice, v Value) *Exception {
	var src []Value
	if vl, ok := listOf(v); ok && vl == l {
		src = append([]Value(nil), l.Items...)
	} else {
		if _, ok := v.t.Lookup("__iter__"); !ok {
			if _, ok := v.t.Lookup("__getitem__"); !ok {
				if s.Step.IsNone() || s.Step.Is(Int(1)) {
					return Errorf(TypeError, "can only assign an iterable")
				}
				return Errorf(TypeError, "must assign iterable to extended slice")
			}
		}
		items, err := th.Collect(v)
		if err != nil {
			return err
		}
		src = items
	}
	start, stop, step, n, err := th.SliceIndices(s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		tail := append([]Value(nil), l.Items[stop:]...)
		l.Items = append(append(l.Items[:start], src...), tail...)
		return nil
	}
	if len(src) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[j] = src[i]
	}
	return nil
}

// listDelItem is del l[k].
func (th *Thread) listDelItem(l *List, k Value) *Exception {
	if k.t == SliceType {
		start, _, step, n, err := th.SliceIndices(k.o.(*Slice), len(l.Items))
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if step < 0 {
			start = start + (n-1)*step
			step = -step
		}
		if step == 1 {
			l.Items = append(l.Items[:start], l.Items[start+n:]...)
			return nil
		}
		out := l.Items[:start]
		next := start
		for i := start; i < len(l.Items); i++ {
			if i == next && n > 0 {
				next += step
				n--
				continue
			}
			out = append(out, l.Items[i])
		}
		clear(l.Items[len(out):])
		l.Items = out
		return nil
	}
	i, err := th.indexArg("list", k)
	if err != nil {
		return err
	}
	j, ok := seqIndex(i, len(l.Items))
	if !ok {
		return Errorf(IndexError, "list assignment index out of range")
	}
	copy(l.Items[j:], l.Items[j+1:])
	l.Items[len(l.Items)-1] = Value{}
	l.Items = l.Items[:len(l.Items)-1]
	return nil
}

// repeatItems is items * n.
func repeatItems(items []Value, n int) ([]Value, *Exception) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if len(items)*n > 1<<28 || len(items)*n/n != len(items) {
		return nil, Errorf(MemoryError, "")
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// repeatCount converts the right operand of sequence * n (NotImplemented
// when it is not an integer).
func (th *Thread) repeatCount(v Value) (int, bool, *Exception) {
	if _, _, ok := intOf(v); !ok {
		if _, has := v.t.Lookup("__index__"); !has {
			return 0, false, nil
		}
	}
	r, err := th.IndexValue(v)
	if err != nil {
		return 0, true, err
	}
	if r.o != nil {
		if r.BigInt().Sign() < 0 {
			return 0, true, nil
		}
		return 0, true, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return int(clampInt(r.Int64())), true, nil
}

func listNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cls, err := typeArg("list", args)
	if err != nil {
		return Value{}, err
	}
	return WrapSubclass(cls, NewList(nil)), nil
}

func listInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	l, err := listSelf("__init__", args)
	if err != nil {
		return Value{}, err
	}
	if err := NoKwargs("list", kw); err != nil {
		return Value{}, err
	}
	if len(args) > 2 {
		return Value{}, Errorf(TypeError, "list expected at most 1 argument, got %d", len(args)-1)
	}
	l.Items = l.Items[:0]
	if len(args) == 2 {
		items, err := th.Collect(args[1])
		if err != nil {
			return Value{}, err
		}
		l.Items = items
	}
	return None, nil
}

// ListAppend appends v to a list value (for the VM's LIST_APPEND).
func ListAppend(l Value, v Value) {
	ll := l.o.(*List)
	ll.Items = append(ll.Items, v)
}

func init() {
	t := ListType
	t.AddStaticMethod("__new__", listNew)
	AddFuncs(t, listFuncs)
	t.AddAttr("__hash__", None)
	t.AddClassMethod("__class_getitem__", classGetItem) // generic.go: list[int] etc.
	AddMethods(t, listOf, listMethods)
	AddMethods(t, listOf, CompareMethods(listCompare))
}

func listLen(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	return Int(int64(len(l.Items))), nil
}

func listGetitem(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	return th.listGetItem(self, l, args[0])
}

func listSetitem(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	return None, th.listSetItem(l, args[0], args[1])
}

func listDelitem(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	return None, th.listDelItem(l, args[0])
}

func listIter(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	return NewListIter(l), nil
}

func listReversed(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	return Value{t: ListRevIterType, o: &ListRevIter{l: l, i: len(l.Items) - 1}}, nil
}

func listContains(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	for i := 0; i < len(l.Items); i++ {
		eq, err := th.Equal(l.Items[i], args[0])
		if err != nil || eq {
			return Bool(eq), err
		}
	}
	return False, nil
}

func listRepr(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	if len(l.Items) == 0 {
		return NewStr("[]"), nil
	}
	if !th.ReprEnter(l) {
		return NewStr("[...]"), nil
	}
	defer th.ReprLeave(l)
	s, err := th.seqRepr("[", l.Items, "]")
	return NewStr(s), err
}

func listAdd(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	o, ok := listOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	out := make([]Value, 0, len(l.Items)+len(o.Items))
	return NewList(append(append(out, l.Items...), o.Items...)), nil
}

func listIadd(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	if _, err := listExtend(th, self, l, args); err != nil {
		return Value{}, err
	}
	return self, nil
}

func listImul(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	items, ok, err := th.listRepeated(l, args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return NotImplemented, nil
	}
	l.Items = items
	return self, nil
}

// listRepeated is l's items repeated by count (l * count), with ok false
// when count is not an integer (the operator's NotImplemented).
func (th *Thread) listRepeated(l *List, count Value) ([]Value, bool, *Exception) {
	n, ok, err := th.repeatCount(count)
	if !ok || err != nil {
		return nil, ok, err
	}
	items, err := repeatItems(l.Items, n)
	return items, true, err
}

func listAppend(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	l.append(args[0])
	return None, nil
}

func listExtend(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	items, err := th.collect(args[0])
	if err != nil {
		return Value{}, err
	}
	l.Items = append(l.Items, items...)
	return None, nil
}

func listInsert(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	i, err := th.IndexInt(args[0])
	if err != nil {
		return Value{}, err
	}
	n := len(l.Items)
	if i < 0 {
		i = max(0, i+n)
	}
	i = min(i, n)
	l.Items = append(l.Items, Value{})
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = args[1]
	return None, nil
}

func listPop(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	if len(l.Items) == 0 {
		return Value{}, Errorf(IndexError, "pop from empty list")
	}
	i := len(l.Items) - 1
	if len(args) == 1 {
		j, err := th.IndexInt(args[0])
		if err != nil {
			return Value{}, err
		}
		var ok bool
		if i, ok = seqIndex(j, len(l.Items)); !ok {
			return Value{}, Errorf(IndexError, "pop index out of range")
		}
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[len(l.Items)-1] = Value{}
	l.Items = l.Items[:len(l.Items)-1]
	return v, nil
}

func listRemove(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	for i := 0; i < len(l.Items); i++ {
		eq, err := th.Equal(l.Items[i], args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = Value{}
			l.Items = l.Items[:len(l.Items)-1]
			return None, nil
		}
	}
	return Value{}, Errorf(ValueError, "list.remove(x): x not in list")
}

func listIndex(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	start, stop, err := th.seqRange(args[1:], len(l.Items))
	if err != nil {
		return Value{}, err
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		eq, err := th.Equal(l.Items[i], args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	r, err := th.Repr(args[0])
	if err != nil {
		return Value{}, err
	}
	return Value{}, Errorf(ValueError, "%s is not in list", r)
}

func listCount(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	n := 0
	for i := 0; i < len(l.Items); i++ {
		eq, err := th.Equal(l.Items[i], args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func listClear(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	// A small list that is cleared is usually refilled (a buffer):
	// give it a fresh array of the same capacity, one allocation
	// instead of regrowing from empty. The old array is left as it
	// was for any Go loop still reading it.
	if c := cap(l.Items); c > 0 && c <= 32 {
		l.Items = make([]Value, 0, c)
	} else {
		l.Items = nil
	}
	return None, nil
}

func listCopy(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	return NewList(append([]Value(nil), l.Items...)), nil
}

func listReverse(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
		l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	}
	return None, nil
}

func listMul(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
	items, ok, err := th.listRepeated(l, args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return NotImplemented, nil
	}
	return NewList(items), nil
}

// listCompare is l < other & co.
func listCompare(th *Thread, op CmpOp, l *List, other Value) (Value, *Exception) {
	o, ok := listOf(other)
	if !ok {
		return NotImplemented, nil
	}
	return th.compareSeq(op, l.Items, o.Items)
}
