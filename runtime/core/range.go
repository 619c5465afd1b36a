package core

import "strconv"

// range objects (bounds that fit in int64) and their iterator.

// rangeMethods are Range's methods (method.go says how to add one).
var rangeGetSets = []GetSetDef{
	{"start", rangeStart, nil},
	{"stop", rangeStop, nil},
	{"step", rangeStep, nil},
}

var rangeMethods = []MethodDef[*Range]{
	{"__len__", 0, -1, rangeLenMethod},
	{"__bool__", 0, -1, rangeBool},
	{"__iter__", 0, -1, rangeIter},
	{"__reversed__", 0, -1, rangeReversed},
	{"__getitem__", 1, 1, rangeGetitem},
	{"__contains__", 1, 1, rangeContains},
	{"index", 1, 1, rangeIndex},
	{"count", 1, 1, rangeCount},
	{"__repr__", 0, -1, rangeRepr},
	{"__hash__", 0, -1, rangeHash},
}

// rangeFuncs are Range's methods that read their own arguments.
var rangeFuncs = []FuncDef{
	{"__eq__", rangeEq},
	{"__ne__", rangeNe},
}

// rangeIterFuncs are RangeIter's methods that read their own arguments.
var rangeIterFuncs = []FuncDef{
	{"__length_hint__", rangeIterLengthHint},
}

// Range is range(start, stop, step); Len is the number of items.
type Range struct {
	Start, Stop, Step int64
	Len               int64
}

func rangeLen(start, stop, step int64) int64 {
	var n int64
	if step > 0 && start < stop {
		n = int64((uint64(stop-start)-1)/uint64(step) + 1)
	} else if step < 0 && start > stop {
		n = int64((uint64(start-stop)-1)/uint64(-step) + 1)
	}
	return n
}

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int64) Value {
	return Value{t: RangeType, o: &Range{start, stop, step, rangeLen(start, stop, step)}}
}

// at returns the i-th item (0 <= i < Len).
func (r *Range) at(i int64) int64 { return r.Start + i*r.Step }

// RangeIter iterates a range.
type RangeIter struct {
	next, step, left int64
}

// Next implements Iterator.
func (it *RangeIter) Next(th *Thread) (Value, bool, *Exception) {
	if it.left <= 0 {
		return Value{}, false, nil
	}
	v := it.next
	it.next += it.step
	it.left--
	if it.left&0xffff == 0xffff && th != nil {
		// Go loops over a huge range (sum, set, list.extend, ...) never
		// reach the VM's periodic checks: check memory and cancel here.
		if err := th.checkLimits(); err != nil {
			return Value{}, false, err
		}
	}
	return Int(v), true, nil
}

// RangeIterType is the type of range iterators.
var RangeIterType = &Type{Name: "range_iterator"}

func rangeSelf(args []Value) (*Range, *Exception) {
	if len(args) == 0 || args[0].t != RangeType {
		return nil, Errorf(TypeError, "descriptor requires a 'range' object")
	}
	return args[0].o.(*Range), nil
}

func (th *Thread) rangeArg(v Value) (int64, *Exception) {
	r, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	if r.o != nil {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return r.Int64(), nil
}

func rangeNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := NoKwargs("range", kw); err != nil {
		return Value{}, err
	}
	a := args[1:]
	var vals [3]int64
	for i, v := range a {
		if i >= 3 {
			break
		}
		x, err := th.rangeArg(v)
		if err != nil {
			return Value{}, err
		}
		vals[i] = x
	}
	switch len(a) {
	case 0:
		return Value{}, Errorf(TypeError, "range expected at least 1 argument, got 0")
	case 1:
		return NewRange(0, vals[0], 1), nil
	case 2:
		return NewRange(vals[0], vals[1], 1), nil
	case 3:
		if vals[2] == 0 {
			return Value{}, Errorf(ValueError, "range() arg 3 must not be zero")
		}
		return NewRange(vals[0], vals[1], vals[2]), nil
	}
	return Value{}, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(a))
}

// rangeContainsInt reports whether x is one of r's items.
func (r *Range) containsInt(x int64) bool {
	if r.Len == 0 {
		return false
	}
	if r.Step > 0 {
		if x < r.Start || x >= r.Stop {
			return false
		}
		return (x-r.Start)%r.Step == 0
	}
	if x > r.Start || x <= r.Stop {
		return false
	}
	return (r.Start-x)%(-r.Step) == 0
}

func (r *Range) repr() string {
	s := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
	if r.Step != 1 {
		s += ", " + strconv.FormatInt(r.Step, 10)
	}
	return s + ")"
}

// rangeFind returns the index of x in r, or -1 (ints by arithmetic,
// other values by ==).
func (th *Thread) rangeFind(r *Range, x Value) (int64, *Exception) {
	if xi, xb, ok := intOf(x); ok && (x.t == IntType || x.t == BoolType) {
		if xb != nil || !r.containsInt(xi) {
			return -1, nil
		}
		return (xi - r.Start) / r.Step, nil
	}
	for i := int64(0); i < r.Len; i++ {
		eq, err := th.Equal(Int(r.at(i)), x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func init() {
	t := RangeType
	t.AddStaticMethod("__new__", rangeNew)
	AddMethods(t, ObjectOf[*Range], rangeMethods)
	AddFuncs(t, rangeFuncs)
	AddGetSets(t, rangeGetSets)

	it := RangeIterType
	it.Final = true
	addIterMethods(it)
	AddFuncs(it, rangeIterFuncs)
}

func rangeEqual(a, b *Range) bool {
	if a.Len != b.Len {
		return false
	}
	if a.Len == 0 {
		return true
	}
	if a.Start != b.Start {
		return false
	}
	return a.Len == 1 || a.Step == b.Step
}

func rangeLenMethod(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	return Int(r.Len), nil
}

func rangeBool(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	return Bool(r.Len != 0), nil
}

func rangeIter(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	return Value{t: RangeIterType, o: &RangeIter{r.Start, r.Step, r.Len}}, nil
}

func rangeReversed(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	return Value{t: RangeIterType, o: &RangeIter{r.Start + (r.Len-1)*r.Step, -r.Step, r.Len}}, nil
}

func rangeGetitem(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	if args[0].t == SliceType {
		start, _, step, n, err := th.SliceIndices(args[0].o.(*Slice), int(r.Len))
		if err != nil {
			return Value{}, err
		}
		ns := r.Start + int64(start)*r.Step
		nstep := r.Step * int64(step)
		return Value{t: RangeType, o: &Range{ns, ns + int64(n)*nstep, nstep, int64(n)}}, nil
	}
	i, err := th.indexArg("range", args[0])
	if err != nil {
		return Value{}, err
	}
	j, ok := seqIndex(i, int(r.Len))
	if !ok {
		return Value{}, Errorf(IndexError, "range object index out of range")
	}
	return Int(r.at(int64(j))), nil
}

func rangeContains(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	i, err := th.rangeFind(r, args[0])
	return Bool(i >= 0), err
}

func rangeIndex(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	i, err := th.rangeFind(r, args[0])
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		s, err := th.Repr(args[0])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(ValueError, "%s is not in range", s)
	}
	return Int(i), nil
}

func rangeCount(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	if args[0].t == IntType || args[0].t == BoolType {
		i, err := th.rangeFind(r, args[0])
		if i >= 0 {
			return Int(1), err
		}
		return Int(0), err
	}
	n := int64(0)
	for i := int64(0); i < r.Len; i++ {
		eq, err := th.Equal(Int(r.at(i)), args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func rangeRepr(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	return NewStr(r.repr()), nil
}

func rangeEq(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return rangeEqualArgs(args, true)
}

func rangeNe(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return rangeEqualArgs(args, false)
}

// rangeEqualArgs is __eq__ (want true) or __ne__ on [self, other].
func rangeEqualArgs(args []Value, want bool) (Value, *Exception) {
	a, err := rangeSelf(args)
	if err != nil || len(args) != 2 {
		return Value{}, Errorf(TypeError, "expected 1 argument")
	}
	if args[1].t != RangeType {
		return NotImplemented, nil
	}
	return Bool(rangeEqual(a, args[1].o.(*Range)) == want), nil
}

func rangeHash(th *Thread, self Value, r *Range, args []Value) (Value, *Exception) {
	// CPython hashes (len, start, step) with None for the parts that
	// do not matter.
	h := newTupleHasher()
	h.add(hashInt64(r.Len))
	switch r.Len {
	case 0:
		h.add(0xFCA86420)
		h.add(0xFCA86420)
	case 1:
		h.add(hashInt64(r.Start))
		h.add(0xFCA86420)
	default:
		h.add(hashInt64(r.Start))
		h.add(hashInt64(r.Step))
	}
	return Int(h.sum(3)), nil
}

func rangeIterLengthHint(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return Int(max(0, args[0].o.(*RangeIter).left)), nil
}

func rangeStart(th *Thread, self Value) (Value, *Exception) { return Int(self.o.(*Range).Start), nil }

func rangeStop(th *Thread, self Value) (Value, *Exception) { return Int(self.o.(*Range).Stop), nil }

func rangeStep(th *Thread, self Value) (Value, *Exception) { return Int(self.o.(*Range).Step), nil }
