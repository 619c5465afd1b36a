package modules

import (
	"github.com/asynchrony/asynchrony/runtime/core"
)

// collections.deque in Go (module _collections): a ring buffer with an
// optional maxlen, CPython's methods, reprs and errors.

type deque struct {
	buf    []core.Value
	head   int
	n      int
	maxlen int // -1: unbounded
	state  int // bumped on every mutation, for "deque mutated during iteration"
}

// DequeType is collections.deque.
var DequeType = core.NewStaticType("deque")

// dequeMethods is the deque type's method table (core/method.go says how
// to add one). Names are written "deque.NAME" where CPython's argument
// messages say so.
// dequeFuncs are deque's methods that read their own arguments.
var dequeFuncs = []core.FuncDef{
	{Name: "__init__", Fn: dequeInitMethod},
}

var dequeGetSets = []core.GetSetDef{
	{Name: "maxlen", Get: dequeMaxlen},
}

var dequeMethods = []core.MethodDef[*deque]{
	{Name: "append", Min: 1, Max: 1, Fn: dequeAppend},
	{Name: "appendleft", Min: 1, Max: 1, Fn: dequeAppendleft},
	{Name: "pop", Min: 0, Max: 0, Fn: dequePop},
	{Name: "popleft", Min: 0, Max: 0, Fn: dequePopleft},
	{Name: "extend", Min: 1, Max: 1, Fn: dequeExtend},
	{Name: "extendleft", Min: 1, Max: 1, Fn: dequeExtendleft},
	{Name: "deque.rotate", Min: 0, Max: 1, Fn: dequeRotate},
	{Name: "clear", Min: 0, Max: 0, Fn: dequeClear},
	{Name: "copy", Min: 0, Max: 0, Fn: dequeCopy},
	{Name: "__copy__", Min: 0, Max: 0, Fn: dequeCopy},
	{Name: "__reduce__", Min: 0, Max: 0, Fn: dequeReduce},
	{Name: "count", Min: 1, Max: 1, Fn: dequeCount},
	{Name: "index", Min: 1, Max: 3, Fn: dequeIndex},
	{Name: "insert", Min: 2, Max: 2, Fn: dequeInsert},
	{Name: "remove", Min: 1, Max: 1, Fn: dequeRemove},
	{Name: "reverse", Min: 0, Max: 0, Fn: dequeReverse},
	{Name: "__len__", Min: 0, Max: 0, Fn: dequeLen},
	{Name: "__getitem__", Min: 1, Max: 1, Fn: dequeGetitem},
	{Name: "__setitem__", Min: 2, Max: 2, Fn: dequeSetitem},
	{Name: "__delitem__", Min: 1, Max: 1, Fn: dequeDelitem},
	{Name: "__contains__", Min: 1, Max: 1, Fn: dequeContains},
	{Name: "__iter__", Min: 0, Max: 0, Fn: dequeNewIter},
	{Name: "__reversed__", Min: 0, Max: 0, Fn: dequeNewRevIter},
	{Name: "__repr__", Min: 0, Max: 0, Fn: dequeRepr},
	{Name: "__add__", Min: 1, Max: 1, Fn: dequeAdd},
	{Name: "__iadd__", Min: 1, Max: 1, Fn: dequeIadd},
	{Name: "__mul__", Min: 1, Max: 1, Fn: dequeMul},
	{Name: "__rmul__", Min: 1, Max: 1, Fn: dequeMul},
	{Name: "__imul__", Min: 1, Max: 1, Fn: dequeImul},
}

func (d *deque) at(i int) *core.Value { return &d.buf[(d.head+i)%len(d.buf)] }

func (d *deque) grow() {
	size := len(d.buf) * 2
	if size < 8 {
		size = 8
	}
	nb := make([]core.Value, size)
	for i := 0; i < d.n; i++ {
		nb[i] = *d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *deque) items() []core.Value {
	out := make([]core.Value, d.n)
	for i := range out {
		out[i] = *d.at(i)
	}
	return out
}

func (d *deque) pushBack(v core.Value) {
	if d.room(false) {
		*d.at(d.n) = v
		d.n++
	}
}

func (d *deque) pushFront(v core.Value) {
	if d.room(true) {
		d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
		d.buf[d.head] = v
		d.n++
	}
}

// room makes space for one more item at the front or the back, dropping
// one from the other end at maxlen; false when maxlen is 0.
func (d *deque) room(front bool) bool {
	d.state++
	if d.maxlen == 0 {
		return false
	}
	if d.n == d.maxlen {
		if front {
			d.popBack()
		} else {
			d.popFront()
		}
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	return true
}

func (d *deque) popBack() core.Value {
	d.state++
	p := d.at(d.n - 1)
	v := *p
	*p = core.Value{}
	d.n--
	return v
}

func (d *deque) popFront() core.Value {
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = core.Value{}
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	return v
}

func (d *deque) setItems(items []core.Value) {
	d.state++
	d.buf = make([]core.Value, max(8, len(items)))
	copy(d.buf, items)
	d.head, d.n = 0, len(items)
}

func dequeOf(v core.Value) (*deque, *core.Exception) {
	if d, ok := core.Unwrap(v).Obj().(*deque); ok {
		return d, nil
	}
	return nil, core.Errorf(core.TypeError, "descriptor requires a 'collections.deque' object but received '%s'", core.TypeName(v))
}

type dequeIter struct {
	d     *deque
	i     int
	rev   bool
	state int
}

func (it *dequeIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if it.d.state != it.state {
		return core.Value{}, false, core.Errorf(core.RuntimeError, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		return core.Value{}, false, nil
	}
	j := it.i
	if it.rev {
		j = it.d.n - 1 - it.i
	}
	it.i++
	return *it.d.at(j), true, nil
}

var (
	dequeIterType    = newIterType("_collections._deque_iterator", "_collections")
	dequeRevIterType = newIterType("_collections._deque_reverse_iterator", "_collections")
)

// index normalizes a deque index (negative from the end).
func (d *deque) index(th *core.Thread, k core.Value) (int, *core.Exception) {
	i, err := th.IndexInt(k)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, core.Errorf(core.IndexError, "deque index out of range")
	}
	return i, nil
}

func (d *deque) rotate(n int) {
	if d.n <= 1 {
		return
	}
	n %= d.n
	if n < 0 {
		n += d.n
	}
	if n == 0 {
		return
	}
	items := d.items()
	rot := append(append([]core.Value{}, items[d.n-n:]...), items[:d.n-n]...)
	d.setItems(rot)
}

func dequeAppend(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	d.pushBack(a[0])
	return core.None, nil
}

func dequeAppendleft(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	d.pushFront(a[0])
	return core.None, nil
}

func dequePop(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	if d.n == 0 {
		return core.Value{}, core.Errorf(core.IndexError, "pop from an empty deque")
	}
	return d.popBack(), nil
}

func dequePopleft(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	if d.n == 0 {
		return core.Value{}, core.Errorf(core.IndexError, "pop from an empty deque")
	}
	return d.popFront(), nil
}

func dequeRotate(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	n := 1
	if len(a) == 1 {
		var err *core.Exception
		if n, err = th.IndexInt(a[0]); err != nil {
			return core.Value{}, err
		}
	}
	d.rotate(n)
	return core.None, nil
}

func dequeClear(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	d.setItems(nil)
	return core.None, nil
}

func dequeReduce(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	maxlen := core.None
	if d.maxlen >= 0 {
		maxlen = core.Int(int64(d.maxlen))
	}
	return tuple(self.Type().Value(), tuple(core.NewList(d.items()), maxlen)), nil
}

func dequeCount(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	c := 0
	err := d.eachEqual(th, a[0], func() bool { c++; return true })
	return core.Int(int64(c)), err
}

// eachEqual calls f for each item equal to x, in order, until f returns
// false; a comparison that changes the deque stops it with CPython's
// RuntimeError.
func (d *deque) eachEqual(th *core.Thread, x core.Value, f func() bool) *core.Exception {
	state := d.state
	for _, y := range d.items() {
		eq, err := th.Equal(y, x)
		if err != nil {
			return err
		}
		if d.state != state {
			return core.Errorf(core.RuntimeError, "deque mutated during iteration")
		}
		if eq && !f() {
			return nil
		}
	}
	return nil
}

func dequeIndex(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	start, stop := 0, d.n
	if len(a) > 1 {
		s, err := th.IndexInt(a[1])
		if err != nil {
			return core.Value{}, err
		}
		start = clampIndex(s, d.n)
	}
	if len(a) > 2 {
		s, err := th.IndexInt(a[2])
		if err != nil {
			return core.Value{}, err
		}
		stop = clampIndex(s, d.n)
	}
	items := d.items()
	for i := start; i < stop && i < len(items); i++ {
		eq, err := th.Equal(items[i], a[0])
		if err != nil {
			return core.Value{}, err
		}
		if eq {
			return core.Int(int64(i)), nil
		}
	}
	r, err := th.Repr(a[0])
	if err != nil {
		return core.Value{}, err
	}
	return core.Value{}, core.Errorf(core.ValueError, "%s is not in deque", r)
}

func dequeInsert(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	i, err := th.IndexInt(a[0])
	if err != nil {
		return core.Value{}, err
	}
	if d.maxlen >= 0 && d.n >= d.maxlen {
		return core.Value{}, core.Errorf(core.IndexError, "deque already at its maximum size")
	}
	items := d.items()
	i = clampIndex(i, len(items))
	items = append(items[:i], append([]core.Value{a[1]}, items[i:]...)...)
	d.setItems(items)
	return core.None, nil
}

func dequeRemove(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	items := d.items()
	for i, x := range items {
		eq, err := th.Equal(x, a[0])
		if err != nil {
			return core.Value{}, err
		}
		if eq {
			d.setItems(append(items[:i], items[i+1:]...))
			return core.None, nil
		}
	}
	r, err := th.Repr(a[0])
	if err != nil {
		return core.Value{}, err
	}
	return core.Value{}, core.Errorf(core.ValueError, "%s is not in deque", r)
}

func dequeReverse(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	items := d.items()
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	d.setItems(items)
	return core.None, nil
}

func dequeLen(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(d.n)), nil
}

func dequeGetitem(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	if a[0].Type() == core.SliceType {
		return core.Value{}, core.Errorf(core.TypeError, "sequence index must be integer, not 'slice'")
	}
	i, err := d.index(th, a[0])
	if err != nil {
		return core.Value{}, err
	}
	return *d.at(i), nil
}

func dequeSetitem(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	i, err := d.index(th, a[0])
	if err != nil {
		return core.Value{}, err
	}
	*d.at(i) = a[1]
	return core.None, nil
}

func dequeDelitem(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	i, err := d.index(th, a[0])
	if err != nil {
		return core.Value{}, err
	}
	items := d.items()
	d.setItems(append(items[:i], items[i+1:]...))
	return core.None, nil
}

func dequeContains(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	found := false
	err := d.eachEqual(th, a[0], func() bool { found = true; return false })
	return core.Bool(found), err
}

func dequeNewIter(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	return core.ObjValue(dequeIterType, &dequeIter{d: d, state: d.state}), nil
}

func dequeNewRevIter(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	return core.ObjValue(dequeRevIterType, &dequeIter{d: d, state: d.state, rev: true}), nil
}

func dequeRepr(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	name := self.Type().Name
	if !th.ReprEnter(d) {
		return core.NewStr("[...]"), nil
	}
	defer th.ReprLeave(d)
	s, err := th.Repr(core.NewList(d.items()))
	if err != nil {
		return core.Value{}, err
	}
	if d.maxlen >= 0 {
		return core.NewStr(name + "(" + s + ", maxlen=" + itoa(d.maxlen) + ")"), nil
	}
	return core.NewStr(name + "(" + s + ")"), nil
}

func dequeAdd(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	o, ok := core.Unwrap(a[0]).Obj().(*deque)
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "can only concatenate deque (not \"%s\") to deque", core.TypeName(a[0]))
	}
	nd := &deque{maxlen: d.maxlen}
	for _, x := range append(d.items(), o.items()...) {
		nd.pushBack(x)
	}
	return core.ObjValue(DequeType, nd), nil
}

func dequeIadd(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	if _, err := dequeExtend(th, self, d, a); err != nil {
		return core.Value{}, err
	}
	return self, nil
}

func dequeMul(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	nd, err := d.repeated(th, a[0])
	if err != nil {
		return core.Value{}, err
	}
	return core.ObjValue(DequeType, nd), nil
}

func dequeImul(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	nd, err := d.repeated(th, a[0])
	if err != nil {
		return core.Value{}, err
	}
	d.setItems(nd.items())
	return self, nil
}

func dequeExtend(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	return core.None, d.extend(th, a[0], false)
}

func dequeExtendleft(th *core.Thread, self core.Value, d *deque, a []core.Value) (core.Value, *core.Exception) {
	return core.None, d.extend(th, a[0], true)
}

// extend appends (or, left, prepends) the items of src.
func (d *deque) extend(th *core.Thread, src core.Value, left bool) *core.Exception {
	if o, ok := core.Unwrap(src).Obj().(*deque); ok && o == d {
		src = core.NewList(d.items())
	}
	return th.Iterate(src, func(x core.Value) (bool, *core.Exception) {
		if left {
			d.pushFront(x)
		} else {
			d.pushBack(x)
		}
		return true, nil
	})
}

// repeated is d's items n times over, in a new deque with d's maxlen.
func (d *deque) repeated(th *core.Thread, nv core.Value) (*deque, *core.Exception) {
	n, err := th.IndexInt(nv)
	if err != nil {
		return nil, err
	}
	nd := &deque{maxlen: d.maxlen}
	items := d.items()
	for i := 0; i < n; i++ {
		for _, x := range items {
			nd.pushBack(x)
		}
	}
	return nd, nil
}

// dequeCompare compares two deques as lists of their items.
func dequeCompare(th *core.Thread, op core.CmpOp, d *deque, other core.Value) (core.Value, *core.Exception) {
	o, ok := core.Unwrap(other).Obj().(*deque)
	if !ok {
		return core.NotImplemented, nil
	}
	return th.Compare(op, core.NewList(d.items()), core.NewList(o.items()))
}

// clampIndex applies Python's slice-index clamping.
func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

func dequeCopy(th *core.Thread, self core.Value, d *deque, _ []core.Value) (core.Value, *core.Exception) {
	nd := &deque{maxlen: d.maxlen}
	nd.setItems(d.items())
	if self.Type() == DequeType {
		return core.ObjValue(DequeType, nd), nil
	}
	args := []core.Value{core.NewList(d.items())}
	if d.maxlen >= 0 {
		args = append(args, core.Int(int64(d.maxlen)))
	}
	return th.Call(self.Type().Value(), args, nil)
}

// dequeNew is deque.__new__: an empty deque, which __init__ fills (as in
// CPython, so that calling __init__ again refills it, and a subclass's
// __init__ decides its own arguments).
func dequeNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, _, err := newOf("deque", args)
	if err != nil {
		return core.Value{}, err
	}
	return wrap(cls, DequeType, &deque{maxlen: -1}), nil
}

func dequeInit(th *core.Thread, d *deque, args []core.Value, kw []string) *core.Exception {
	var iterable, maxlen core.Value
	for _, k := range kw {
		if k != "iterable" && k != "maxlen" {
			// CPython's argument parser's wording, not a function's.
			return core.Errorf(core.TypeError, "'%s' is an invalid keyword argument for deque()", k)
		}
	}
	if err := th.UnpackArgs("deque", args, kw, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
		return err
	}
	d.maxlen = -1
	if maxlen.IsValid() && !maxlen.IsNone() {
		if !core.IsInt(maxlen) { // an int itself: CPython does not call __index__ here
			return core.Errorf(core.TypeError, "an integer is required")
		}
		n, err := th.IndexInt(maxlen)
		if err != nil {
			return err
		}
		if n < 0 {
			return core.Errorf(core.ValueError, "maxlen must be non-negative")
		}
		d.maxlen = n
	}
	d.setItems(nil)
	if iterable.IsValid() {
		return th.Iterate(iterable, func(x core.Value) (bool, *core.Exception) {
			d.pushBack(x)
			return true, nil
		})
	}
	return nil
}

func init() {
	t := DequeType
	t.Module = "collections"
	core.AddMethods(t, core.ObjectOf[*deque], dequeMethods)
	core.AddMethods(t, core.ObjectOf[*deque], core.CompareMethods(dequeCompare))
	t.AddStaticMethod("__new__", dequeNew)
	core.AddFuncs(t, dequeFuncs)
	core.AddGetSets(t, dequeGetSets)
	t.AddAttr("__hash__", core.None)
	t.AddClassMethod("__class_getitem__", core.ClassGetItem)
}

// dequeInitMethod is deque.__init__(iterable=(), maxlen=None).
func dequeInitMethod(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	d, err := dequeOf(args[0])
	if err != nil {
		return core.Value{}, err
	}
	return core.None, dequeInit(th, d, args[1:], kw)
}

func dequeMaxlen(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	d, err := dequeOf(self)
	if err != nil {
		return core.Value{}, err
	}
	if d.maxlen < 0 {
		return core.None, nil
	}
	return core.Int(int64(d.maxlen)), nil
}

func initCollectionsBase(th *core.Thread, m *core.Module) *core.Exception {
	m.Dict.SetStr("deque", DequeType.Value())
	m.Dict.SetStr("_field_getter", core.NewBuiltin("_field_getter", fieldGetter))
	// collections.abc.Callable[[A], R]: a GenericAlias that prints its
	// parameters in brackets (CPython's _CallableGenericAlias).
	m.Dict.SetStr("_callable_alias", core.NewBuiltin("_callable_alias", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("_callable_alias", args, kw, 2, 2); err != nil {
			return core.Value{}, err
		}
		items, ok := core.AsTuple(args[1])
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "_callable_alias: args must be a tuple")
		}
		return core.NewGenericAlias(args[0], append([]core.Value(nil), items...), true), nil
	}))
	return nil
}

// fieldGetter returns the descriptor behind a namedtuple's field: a
// read-only attribute in Go (field access is hot), reading item index of
// the tuple. (CPython's is a _tuplegetter; this one reprs as an attribute
// of 'tuple' objects. Assignment says "can't set attribute", as CPython's;
// del still says "not writable" where CPython says "can't delete attribute".)
func fieldGetter(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_field_getter", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	index, err := th.IndexInt(args[0])
	if err != nil {
		return core.Value{}, err
	}
	name, _ := args[1].AsStr()
	get := func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		items, ok := core.AsTuple(core.Unwrap(self))
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", index, core.TypeName(self))
		}
		if index >= len(items) {
			return core.Value{}, core.Errorf(core.IndexError, "tuple index out of range")
		}
		return items[index], nil
	}
	set := func(th *core.Thread, self, v core.Value) *core.Exception {
		return core.Errorf(core.AttributeError, "can't set attribute")
	}
	return core.ObjValue(core.GetSetType, &core.GetSet{Name: name, Owner: core.TupleType, Get: get, Set: set}), nil
}
