package core

// tuple: an immutable sequence; its hash is CPython's (hash.go).

// tupleMethods is the tuple type's method table (method.go says how to add one).
var tupleMethods = []MethodDef[*Tuple]{
	{"__len__", 0, 0, tupleLen},
	{"__getitem__", 1, 1, tupleGetitem},
	{"__iter__", 0, 0, tupleIter},
	{"__contains__", 1, 1, tupleContains},
	{"__hash__", 0, 0, tupleHash},
	{"__repr__", 0, 0, tupleRepr},
	{"__add__", 1, 1, tupleAdd},
	{"index", 1, 3, tupleIndex},
	{"count", 1, 1, tupleCount},
	{"__getnewargs__", 0, 0, tupleGetnewargs},
	{"__mul__", 1, 1, tupleMul},
	{"__rmul__", 1, 1, tupleMul},
}

// Tuple is a Python tuple; its Items must not change once it is visible to
// Python code.
type Tuple struct {
	Items []Value
}

var emptyTuple = &Tuple{}

// NewTuple returns a tuple value holding items (not copied); the empty tuple
// is shared.
func NewTuple(items []Value) Value {
	if len(items) == 0 {
		return Value{t: TupleType, o: emptyTuple}
	}
	return Value{t: TupleType, o: &Tuple{Items: items}}
}

// EmptyTuple is ().
func EmptyTuple() Value { return Value{t: TupleType, o: emptyTuple} }

// tupleOf returns the *Tuple of a tuple or tuple subclass instance.
func tupleOf(v Value) (*Tuple, bool) {
	if v.t == TupleType {
		return v.o.(*Tuple), true
	}
	x, ok := baseOf(v, TupleType).o.(*Tuple)
	return x, ok
}

// AsTuple returns the items of a tuple (or tuple subclass instance).
func AsTuple(v Value) ([]Value, bool) {
	if t, ok := tupleOf(v); ok {
		return t.Items, true
	}
	return nil, false
}

// tupleGetItem is t[k].
func (th *Thread) tupleGetItem(self Value, t *Tuple, k Value) (Value, *Exception) {
	if k.t == IntType && k.o == nil {
		i, ok := seqIndex(int(int64(k.n)), len(t.Items))
		if !ok {
			return Value{}, Errorf(IndexError, "tuple index out of range")
		}
		return t.Items[i], nil
	}
	if k.t == SliceType {
		start, _, step, n, err := th.SliceIndices(k.o.(*Slice), len(t.Items))
		if err != nil {
			return Value{}, err
		}
		if step == 1 && n == len(t.Items) && self.t == TupleType {
			return self, nil
		}
		out := make([]Value, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = t.Items[j]
		}
		return NewTuple(out), nil
	}
	i, err := th.indexArg("tuple", k)
	if err != nil {
		return Value{}, err
	}
	return th.tupleGetItem(self, t, Int(int64(i)))
}

// TupleRepr returns repr of a tuple's items: "()", "(1,)", "(1, 2)".
func (th *Thread) TupleRepr(items []Value) (string, *Exception) {
	switch len(items) {
	case 0:
		return "()", nil
	case 1:
		s, err := th.Repr(items[0])
		return "(" + s + ",)", err
	}
	return th.seqRepr("(", items, ")")
}

func tupleNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cls, err := typeArg("tuple", args)
	if err != nil {
		return Value{}, err
	}
	if err := NoKwargs("tuple", kw); err != nil {
		return Value{}, err
	}
	if len(args) > 2 {
		return Value{}, Errorf(TypeError, "tuple expected at most 1 argument, got %d", len(args)-1)
	}
	var r Value
	switch {
	case len(args) == 1:
		r = EmptyTuple()
	case args[1].t == TupleType:
		r = args[1]
	default:
		items, err := th.Collect(args[1])
		if err != nil {
			return Value{}, err
		}
		r = NewTuple(items)
	}
	return WrapSubclass(cls, r), nil
}

func init() {
	t := TupleType
	t.AddStaticMethod("__new__", tupleNew)
	AddMethods(t, tupleOf, tupleMethods)
	AddMethods(t, tupleOf, CompareMethods(tupleCompare))
	t.AddClassMethod("__class_getitem__", classGetItem) // generic.go: list[int] etc.
}

func tupleLen(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	return Int(int64(len(t.Items))), nil
}

func tupleGetitem(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	return th.tupleGetItem(self, t, args[0])
}

func tupleIter(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	return NewTupleIter(t.Items), nil
}

func tupleContains(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	for _, v := range t.Items {
		eq, err := th.Equal(v, args[0])
		if err != nil || eq {
			return Bool(eq), err
		}
	}
	return False, nil
}

func tupleHash(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	h, err := th.HashTuple(t.Items)
	return Int(h), err
}

func tupleRepr(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	if len(t.Items) == 0 {
		return NewStr("()"), nil
	}
	if !th.ReprEnter(t) {
		return NewStr("(...)"), nil
	}
	defer th.ReprLeave(t)
	s, err := th.TupleRepr(t.Items)
	return NewStr(s), err
}

func tupleAdd(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	o, ok := tupleOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	out := make([]Value, 0, len(t.Items)+len(o.Items))
	return NewTuple(append(append(out, t.Items...), o.Items...)), nil
}

func tupleIndex(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	start, stop, err := th.seqRange(args[1:], len(t.Items))
	if err != nil {
		return Value{}, err
	}
	for i := start; i < stop; i++ {
		eq, err := th.Equal(t.Items[i], args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	return Value{}, Errorf(ValueError, "tuple.index(x): x not in tuple")
}

func tupleCount(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	n := 0
	for _, v := range t.Items {
		eq, err := th.Equal(v, args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func tupleGetnewargs(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	return NewTuple([]Value{NewTuple(t.Items)}), nil
}

func tupleMul(th *Thread, self Value, t *Tuple, args []Value) (Value, *Exception) {
	n, ok, err := th.repeatCount(args[0])
	if !ok || err != nil {
		if !ok {
			return NotImplemented, nil
		}
		return Value{}, err
	}
	if n == 1 && self.t == TupleType {
		return self, nil
	}
	items, err := repeatItems(t.Items, n)
	if err != nil {
		return Value{}, err
	}
	return NewTuple(items), nil
}

// tupleCompare is t < other & co.
func tupleCompare(th *Thread, op CmpOp, t *Tuple, other Value) (Value, *Exception) {
	o, ok := tupleOf(other)
	if !ok {
		return NotImplemented, nil
	}
	return th.compareSeq(op, t.Items, o.Items)
}
