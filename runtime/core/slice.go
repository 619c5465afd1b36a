package core

import "math"

// slice objects and the index arithmetic every sequence shares
// (CPython's PySlice_Unpack and PySlice_AdjustIndices).

// sliceFuncs are Slice's methods that read their own arguments.
var sliceGetSets = []GetSetDef{
	{"start", sliceStart, nil},
	{"stop", sliceStop, nil},
	{"step", sliceStep, nil},
}

var sliceFuncs = []FuncDef{
	{"__repr__", sliceRepr},
	{"indices", sliceIndices},
}

// Slice is a slice object; absent parts are None.
type Slice struct {
	Start, Stop, Step Value
}

// NewSlice returns a slice value (zero Values become None).
func NewSlice(start, stop, step Value) Value {
	if !start.IsValid() {
		start = None
	}
	if !stop.IsValid() {
		stop = None
	}
	if !step.IsValid() {
		step = None
	}
	return Value{t: SliceType, o: &Slice{start, stop, step}}
}

// sliceIndex converts a slice bound with __index__, clamping huge values
// as CPython's _PyEval_SliceIndex does.
func (th *Thread) sliceIndex(v Value) (int, *Exception) {
	if v.t == IntType && v.o == nil {
		return clampInt(int64(v.n)), nil
	}
	if _, _, ok := intOf(v); !ok {
		if _, has := v.t.Lookup("__index__"); !has {
			return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
	}
	r, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	if r.o != nil {
		if r.BigInt().Sign() < 0 {
			return math.MinInt32 * 4, nil
		}
		return math.MaxInt32 * 4, nil
	}
	return clampInt(r.Int64()), nil
}

func clampInt(x int64) int {
	const lim = 1 << 40
	if x > lim {
		return lim
	}
	if x < -lim {
		return -lim
	}
	return int(x)
}

// Indices resolves the slice against a sequence of the given length:
// start, stop, step and the number of selected items.
func (th *Thread) SliceIndices(s *Slice, length int) (start, stop, step, n int, err *Exception) {
	step = 1
	if !s.Step.IsNone() {
		if step, err = th.sliceIndex(s.Step); err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueError, "slice step cannot be zero")
			return
		}
	}
	if s.Start.IsNone() {
		if step < 0 {
			start = math.MaxInt32 * 4
		} else {
			start = 0
		}
	} else if start, err = th.sliceIndex(s.Start); err != nil {
		return
	}
	if s.Stop.IsNone() {
		if step < 0 {
			stop = math.MinInt32 * 4
		} else {
			stop = math.MaxInt32 * 4
		}
	} else if stop, err = th.sliceIndex(s.Stop); err != nil {
		return
	}
	start, stop, n = adjustIndices(length, start, stop, step)
	return
}

// clampIndex is a slice bound i of a sequence of length items: counted
// from the end when negative, then clamped to the range a step's
// direction can reach (-1 to length-1 going backwards, 0 to length
// forwards).
func clampIndex(i, length, step int) int {
	if i < 0 {
		i += length
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	} else if i >= length {
		if step < 0 {
			return length - 1
		}
		return length
	}
	return i
}

// adjustIndices is PySlice_AdjustIndices.
func adjustIndices(length, start, stop, step int) (int, int, int) {
	start, stop = clampIndex(start, length, step), clampIndex(stop, length, step)
	n := 0
	if step < 0 {
		if stop < start {
			n = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/step + 1
	}
	return start, stop, n
}

// seqIndex normalizes a sequence index (negative counts from the end);
// ok=false when it is out of range.
func seqIndex(i, length int) (int, bool) {
	if i < 0 {
		i += length
	}
	return i, i >= 0 && i < length
}

// indexArg converts a subscript to an int for sequences, with CPython's
// "<kind> indices must be integers or slices, not <type>" error.
func (th *Thread) indexArg(kind string, k Value) (int, *Exception) {
	if k.t == IntType && k.o == nil {
		return clampInt(int64(k.n)), nil
	}
	if _, _, ok := intOf(k); !ok {
		if _, has := k.t.Lookup("__index__"); !has {
			return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", kind, k.t.Name)
		}
	}
	r, err := th.IndexValue(k)
	if err != nil {
		return 0, err
	}
	if r.o != nil {
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	return clampInt(r.Int64()), nil
}

func sliceSelf(args []Value) (*Slice, *Exception) {
	if len(args) == 0 || args[0].t != SliceType {
		return nil, Errorf(TypeError, "descriptor requires a 'slice' object")
	}
	return args[0].o.(*Slice), nil
}

func sliceNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := NoKwargs("slice", kw); err != nil {
		return Value{}, err
	}
	a := args[1:]
	switch len(a) {
	case 0:
		return Value{}, Errorf(TypeError, "slice expected at least 1 argument, got 0")
	case 1:
		return NewSlice(None, a[0], None), nil
	case 2:
		return NewSlice(a[0], a[1], None), nil
	case 3:
		return NewSlice(a[0], a[1], a[2]), nil
	}
	return Value{}, Errorf(TypeError, "slice expected at most 3 arguments, got %d", len(a))
}

func init() {
	t := SliceType
	t.AddStaticMethod("__new__", sliceNew)
	AddFuncs(t, sliceFuncs)
	AddMethods(t, ObjectOf[*Slice], CompareMethods(sliceCompare))
	AddGetSets(t, sliceGetSets)
	t.AddAttr("__hash__", None)
}

func sliceRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := sliceSelf(args)
	if err != nil {
		return Value{}, err
	}
	parts := [3]string{}
	for i, v := range []Value{s.Start, s.Stop, s.Step} {
		if parts[i], err = th.Repr(v); err != nil {
			return Value{}, err
		}
	}
	return NewStr("slice(" + parts[0] + ", " + parts[1] + ", " + parts[2] + ")"), nil
}

func sliceIndices(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("indices", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := sliceSelf(args)
	if err != nil {
		return Value{}, err
	}
	n, err := th.IndexInt(args[1])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, Errorf(ValueError, "length should not be negative")
	}
	start, stop, step, _, err := th.SliceIndices(s, n)
	if err != nil {
		return Value{}, err
	}
	return NewTuple([]Value{Int(int64(start)), Int(int64(stop)), Int(int64(step))}), nil
}

func sliceCompare(th *Thread, op CmpOp, a *Slice, other Value) (Value, *Exception) {
	if other.t != SliceType {
		return NotImplemented, nil
	}
	b := other.o.(*Slice)
	return th.compareSeq(op, []Value{a.Start, a.Stop, a.Step}, []Value{b.Start, b.Stop, b.Step})
}

func sliceStart(th *Thread, self Value) (Value, *Exception) { return self.o.(*Slice).Start, nil }

func sliceStop(th *Thread, self Value) (Value, *Exception) { return self.o.(*Slice).Stop, nil }

func sliceStep(th *Thread, self Value) (Value, *Exception) { return self.o.(*Slice).Step, nil }
