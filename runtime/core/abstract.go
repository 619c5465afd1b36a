package core

import (
	"math"
	"math/big"

	"github.com/asynchrony/asynchrony/runtime/compile"
)

// The abstract operations: each does fast paths for common built-in types,
// then the dunder protocol, finding methods on the type through its MRO.

// TypeName returns the name of v's class as error messages show it.
func TypeName(v Value) string { return v.t.Name }

// callDescr calls an attribute found on type(self) with self as the first
// argument, binding it as attribute access would (functions and built-in
// methods without allocating a bound method).
func (th *Thread) callDescr(descr, self Value, args []Value, kw []string) (Value, *Exception) {
	switch descr.t {
	case MethodDescriptorType:
		b := descr.o.(*Builtin)
		if b.Borrows || noRetainTypes(self.t) {
			return th.callBuiltinSelf(b, self, args, kw)
		}
		full := make([]Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return b.Fn(th, full, kw)
	case FunctionType:
		return th.callFuncSelf(descr.o.(*Function), self, args, kw)
	}
	bound, err := th.bindDescr(descr, self, self.t)
	if err != nil {
		return Value{}, err
	}
	return th.Call(bound, args, kw)
}

// callMethod looks name up on type(v) and calls it; found=false when the
// type lacks it.
func (th *Thread) callMethod(v Value, name string, args ...Value) (res Value, found bool, err *Exception) {
	descr, ok := v.t.Lookup(name)
	if !ok {
		return Value{}, false, nil
	}
	if descr.IsNone() {
		// A dunder set to None (e.g. __hash__ = None) means "not supported".
		return Value{}, false, nil
	}
	res, err = th.callDescr(descr, v, args, nil)
	return res, true, err
}

// CallMethod calls v.name(*args) looking the method up on v's type (the
// way the interpreter calls special methods).
func (th *Thread) CallMethod(v Value, name string, args ...Value) (Value, *Exception) {
	res, found, err := th.callMethod(v, name, args...)
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, th.attrError(v, name)
	}
	return res, nil
}

// Call calls fn with positional arguments followed by keyword values
// named by kw.
func (th *Thread) Call(fn Value, args []Value, kw []string) (Value, *Exception) {
	if fn.t == nil {
		return Value{}, Errorf(SystemError, "call of a NULL value")
	}
	if c := fn.t.Call; c != nil {
		return c(th, fn, args, kw)
	}
	descr, ok := fn.t.Lookup("__call__")
	if !ok || descr.IsNone() {
		return Value{}, Errorf(TypeError, "'%s' object is not callable", fn.t.Name)
	}
	return th.callDescr(descr, fn, args, kw)
}

// Repr returns repr(v).
func (th *Thread) Repr(v Value) (string, *Exception) {
	if v.t == StrType {
		return StrRepr(v.o.(*Str).S), nil
	}
	if s, ok := fastStr(v); ok {
		return s, nil
	}
	if err := th.enterRepr(); err != nil {
		return "", err
	}
	r, found, err := th.callMethod(v, "__repr__")
	th.leaveRepr()
	if err != nil {
		return "", err
	}
	if !found {
		return "<" + v.t.FullName() + " object>", nil
	}
	s, ok := Unwrap(r).AsStr()
	if !ok || !r.t.IsSubtype(StrType) {
		return "", Errorf(TypeError, "__repr__ returned non-string (type %s)", r.t.Name)
	}
	return s, nil
}

// StrOf returns str(v).
func (th *Thread) StrOf(v Value) (string, *Exception) {
	if v.t == StrType {
		return v.o.(*Str).S, nil
	}
	if s, ok := fastStr(v); ok {
		return s, nil
	}
	r, found, err := th.callMethod(v, "__str__")
	if err != nil {
		return "", err
	}
	if !found {
		return th.Repr(v)
	}
	s, ok := Unwrap(r).AsStr()
	if !ok || !r.t.IsSubtype(StrType) {
		return "", Errorf(TypeError, "__str__ returned non-string (type %s)", r.t.Name)
	}
	return s, nil
}

// Format returns format(v, spec).
func (th *Thread) Format(v Value, spec string) (string, *Exception) {
	if spec == "" && v.t == StrType {
		return v.o.(*Str).S, nil
	}
	if r, ok, err := fastFormat(v, spec); ok {
		return r, err
	}
	r, found, err := th.callMethod(v, "__format__", NewStr(spec))
	if err != nil {
		return "", err
	}
	if !found {
		return "", Errorf(TypeError, "Type %s doesn't define __format__", v.t.Name)
	}
	s, ok := Unwrap(r).AsStr()
	if !ok {
		return "", Errorf(TypeError, "__format__ must return a str, not %s", r.t.Name)
	}
	return s, nil
}

// Hash returns hash(v).
func (th *Thread) Hash(v Value) (int64, *Exception) {
	switch v.t {
	case IntType:
		if v.o == nil {
			return HashInt(v.Int64()), nil
		}
		return HashBigInt(v.o.(*big.Int)), nil
	case BoolType:
		return int64(v.n), nil
	case StrType:
		return v.o.(*Str).Hash(), nil
	case FloatType:
		return HashFloat(v.Float64()), nil
	case NoneType:
		return 0xFCA86420, nil
	case TupleType:
		return th.HashTuple(v.o.(*Tuple).Items)
	}
	descr, ok := v.t.Lookup("__hash__")
	if !ok || descr.IsNone() {
		return 0, Errorf(TypeError, "unhashable type: '%s'", v.t.tpName())
	}
	if descr.o == objectHashFn {
		return objectHash(v), nil
	}
	r, err := th.callDescr(descr, v, nil, nil)
	if err != nil {
		return 0, err
	}
	switch {
	case r.IsSmallInt() || r.IsBool():
		h := r.Int64()
		if h == -1 {
			h = -2
		}
		return h, nil
	case r.t == IntType:
		return HashBigInt(r.o.(*big.Int)), nil
	case r.t.IsSubtype(IntType):
		return th.Hash(Unwrap(r))
	}
	return 0, Errorf(TypeError, "__hash__ method should return an integer")
}

// HashInt is CPython's hash of an int (hash.go has the algorithms).
func HashInt(i int64) int64 { return hashInt64(i) }

// HashBigInt is CPython's hash of a large int.
func HashBigInt(b *big.Int) int64 { return hashBigInt(b) }

// HashFloat is CPython's hash of a float (integral floats hash as ints).
func HashFloat(f float64) int64 { return hashFloat(f) }

// HashString is CPython's hash of a str (with PYTHONHASHSEED=0).
func HashString(s string) int64 { return hashString(s) }

// HashTuple is CPython's tuple hash over the items' hashes.
func (th *Thread) HashTuple(items []Value) (int64, *Exception) {
	h := newTupleHasher()
	for _, it := range items {
		x, err := th.Hash(it)
		if err != nil {
			return 0, err
		}
		h.add(x)
	}
	return h.sum(len(items)), nil
}

// CmpOp is a rich comparison operator: compile's, the argument of
// COMPARE_OP, so the VM passes an instruction's argument on as it is.
type CmpOp = compile.CmpOp

// The comparison operators, in CPython's order (Py_LT ... Py_GE).
const (
	Lt = compile.Lt
	Le = compile.Le
	Eq = compile.Eq
	Ne = compile.Ne
	Gt = compile.Gt
	Ge = compile.Ge
)

var cmpNames = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpSwapped = [...]CmpOp{Gt, Ge, Eq, Ne, Lt, Le}

// Compare evaluates a rich comparison `a op b` with CPython's rules: the
// reflected method of a proper subclass of a's type goes first;
// NotImplemented from both sides falls back to identity for == and !=, and
// is a TypeError otherwise.
func (th *Thread) Compare(op CmpOp, a, b Value) (Value, *Exception) {
	if a.t == b.t {
		switch a.t {
		case IntType:
			if a.o == nil && b.o == nil {
				return Bool(cmpOrdered(op, a.Int64(), b.Int64())), nil
			}
		case FloatType:
			return Bool(cmpOrdered(op, a.Float64(), b.Float64())), nil
		case StrType:
			return Bool(cmpOrdered(op, a.o.(*Str).S, b.o.(*Str).S)), nil
		}
	}
	name := cmpNames[op]
	rname := cmpNames[cmpSwapped[op]]
	checkedReverse := false
	if a.t != b.t && b.t.IsSubtype(a.t) {
		if _, ok := b.t.Lookup(rname); ok {
			checkedReverse = true
			r, err := th.richCall(b, rname, a)
			if err != nil || !r.Is(NotImplemented) {
				return r, err
			}
		}
	}
	r, err := th.richCall(a, name, b)
	if err != nil || !r.Is(NotImplemented) {
		return r, err
	}
	if !checkedReverse {
		r, err := th.richCall(b, rname, a)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	switch op {
	case Eq:
		return Bool(a.Is(b)), nil
	case Ne:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'",
		cmpSymbols[op], a.t.tpName(), b.t.tpName())
}

// richCall calls a comparison method of v's type; object's defaults are
// answered without a call (they only know identity).
func (th *Thread) richCall(v Value, name string, other Value) (Value, *Exception) {
	d, ok := v.t.Lookup(name)
	if !ok || d.IsNone() {
		return NotImplemented, nil
	}
	if d.o == objectEqFn {
		if v.Is(other) {
			return True, nil
		}
		return NotImplemented, nil
	}
	if d.t == MethodDescriptorType {
		for _, f := range objectOrderFns {
			if d.o == f {
				return NotImplemented, nil
			}
		}
	}
	return th.callDescr(d, v, []Value{other}, nil)
}

// cmpOrdered applies a comparison operator to two ints, floats or strings.
func cmpOrdered[T int64 | float64 | string](op CmpOp, a, b T) bool {
	switch op {
	case Lt:
		return a < b
	case Le:
		return a <= b
	case Eq:
		return a == b
	case Ne:
		return a != b
	case Gt:
		return a > b
	}
	return a >= b
}

// Equal is `a == b` as containers use it (PyObject_RichCompareBool):
// identical objects are equal without calling __eq__.
func (th *Thread) Equal(a, b Value) (bool, *Exception) {
	if a.Is(b) {
		return true, nil
	}
	if a.t == b.t {
		switch a.t {
		case IntType:
			if a.o == nil && b.o == nil {
				return false, nil // identical payloads were caught above
			}
		case StrType:
			return a.o.(*Str).S == b.o.(*Str).S, nil
		case FloatType:
			return a.Float64() == b.Float64(), nil
		}
	}
	r, err := th.Compare(Eq, a, b)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

// Less is `a < b` as a truth value (for sorting, min, max).
func (th *Thread) Less(a, b Value) (bool, *Exception) {
	if a.t == b.t {
		switch a.t {
		case IntType:
			if a.o == nil && b.o == nil {
				return a.Int64() < b.Int64(), nil
			}
		case FloatType:
			return a.Float64() < b.Float64(), nil
		case StrType:
			return a.o.(*Str).S < b.o.(*Str).S, nil
		}
	}
	r, err := th.Compare(Lt, a, b)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

// Truth returns bool(v).
func (th *Thread) Truth(v Value) (bool, *Exception) {
	switch v.t {
	case BoolType:
		return v.n != 0, nil
	case NoneType:
		return false, nil
	case IntType:
		if v.o == nil {
			return v.n != 0, nil
		}
		return true, nil // big ints are never zero
	case FloatType:
		return v.Float64() != 0, nil
	case StrType:
		return v.o.(*Str).S != "", nil
	case ListType:
		return len(v.o.(*List).Items) != 0, nil
	case TupleType:
		return len(v.o.(*Tuple).Items) != 0, nil
	case DictType:
		return v.o.(*Dict).Len() != 0, nil
	}
	if descr, ok := v.t.Lookup("__bool__"); ok && !descr.IsNone() {
		r, err := th.callDescr(descr, v, nil, nil)
		if err != nil {
			return false, err
		}
		if r.t != BoolType {
			return false, Errorf(TypeError, "__bool__ should return bool, returned %s", r.t.Name)
		}
		return r.n != 0, nil
	}
	if _, ok := v.t.Lookup("__len__"); ok {
		n, err := th.Len(v)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(v).
func (th *Thread) Len(v Value) (int, *Exception) {
	switch v.t {
	case StrType:
		return StrLen(v.o.(*Str)), nil
	case ListType:
		return len(v.o.(*List).Items), nil
	case TupleType:
		return len(v.o.(*Tuple).Items), nil
	case DictType:
		return v.o.(*Dict).Len(), nil
	}
	r, found, err := th.callMethod(v, "__len__")
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", v.t.Name)
	}
	r = Unwrap(r)
	if r.t == BoolType || r.IsSmallInt() {
		if r.Int64() < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return int(r.Int64()), nil
	}
	if r.t == IntType {
		if r.o.(*big.Int).Sign() < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", r.t.Name)
}

// Iterator is implemented by built-in iterator objects so that Next can
// advance them without a method call or a StopIteration.
type Iterator interface {
	Next(th *Thread) (Value, bool, *Exception)
}

// Iter returns iter(v).
func (th *Thread) Iter(v Value) (Value, *Exception) {
	descr, ok := v.t.Lookup("__iter__")
	if ok && !descr.IsNone() {
		it, err := th.callDescr(descr, v, nil, nil)
		if err != nil {
			return Value{}, err
		}
		if _, ok := it.o.(Iterator); !ok {
			if nx, ok := it.t.Lookup("__next__"); !ok || nx.IsNone() {
				return Value{}, Errorf(TypeError, "iter() returned non-iterator of type '%s'", it.t.Name)
			}
		}
		return it, nil
	}
	if !ok {
		if gi, ok := v.t.Lookup("__getitem__"); ok && !gi.IsNone() {
			return Value{t: SeqIterType, o: &seqIter{seq: v}}, nil
		}
	}
	return Value{}, Errorf(TypeError, "'%s' object is not iterable", v.t.Name)
}

// Next advances an iterator: ok=false when it is exhausted (a StopIteration
// raised by a __next__ method is consumed).
func (th *Thread) Next(it Value) (v Value, ok bool, err *Exception) {
	// The common iterators by their concrete type first: asserting to the
	// Iterator interface looks up an itab, which is slow under WebAssembly
	// (8% of loops.py there).
	switch o := it.o.(type) {
	case *ListIter:
		if it.t.Static {
			return o.Next(th)
		}
	case *RangeIter:
		if it.t.Static {
			return o.Next(th)
		}
	case *Generator:
		if it.t == GeneratorType {
			// Resumed directly, as FOR_ITER does, rather than through
			// __next__: sum(x for x in ...) and list(genexp) take this.
			v, done, err := o.Resume(th, None, nil)
			return v, !done && err == nil, err
		}
	}
	if i, isIt := it.o.(Iterator); isIt && it.t.Static {
		return i.Next(th)
	}
	r, found, err := th.callMethod(it, "__next__")
	if err != nil {
		if err.Type.IsSubtype(StopIteration) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	if !found {
		return Value{}, false, Errorf(TypeError, "'%s' object is not an iterator", it.t.Name)
	}
	return r, true, nil
}

// seqIter iterates an object through __getitem__(0), (1), ... until
// IndexError or StopIteration.
type seqIter struct {
	seq  Value
	i    int64
	done bool
}

func (s *seqIter) Next(th *Thread) (Value, bool, *Exception) {
	if s.done {
		return Value{}, false, nil
	}
	v, err := th.GetItem(s.seq, Int(s.i))
	if err != nil {
		if err.Type.IsSubtype(IndexError) || err.Type.IsSubtype(StopIteration) {
			s.done = true
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	s.i++
	return v, true, nil
}

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel Value
	done         bool
}

func (c *callIter) Next(th *Thread) (Value, bool, *Exception) {
	if c.done {
		return Value{}, false, nil
	}
	v, err := th.Call(c.fn, nil, nil)
	if err != nil {
		if err.Type.IsSubtype(StopIteration) {
			c.done = true
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	eq, err := th.Equal(v, c.sentinel)
	if err != nil {
		return Value{}, false, err
	}
	if eq {
		c.done = true
		return Value{}, false, nil
	}
	return v, true, nil
}

// GetItem returns v[k].
func (th *Thread) GetItem(v, k Value) (Value, *Exception) {
	if v.t == DictType {
		// DictGetItem for an exact dict (no __missing__), two Go calls
		// nearer: d[k] in a loop is mostly calls under wasm.
		r, ok, err := v.o.(*Dict).Get(th, k)
		if !ok && err == nil {
			err = NewException(KeyError, k)
		}
		return r, err
	}
	if r, ok, err := th.fastGetItem(v, k); ok {
		return r, err
	}
	r, found, err := th.callMethod(v, "__getitem__", k)
	if found || err != nil {
		return r, err
	}
	if cls := v.AsType(); cls != nil {
		if cls == TypeType {
			// type[X] is special-cased by CPython (type has no __class_getitem__).
			return classGetItem(th, []Value{v, k}, nil)
		}
		if cg, ok := cls.Lookup("__class_getitem__"); ok {
			bound, err := th.bindDescr(cg, Value{}, cls)
			if err != nil {
				return Value{}, err
			}
			return th.Call(bound, []Value{k}, nil)
		}
		return Value{}, Errorf(TypeError, "type '%s' is not subscriptable", cls.Name)
	}
	return Value{}, Errorf(TypeError, "'%s' object is not subscriptable", v.t.Name)
}

// SetItem does v[k] = x.
func (th *Thread) SetItem(v, k, x Value) *Exception {
	if v.t == DictType {
		return v.o.(*Dict).Set(th, k, x)
	}
	if ok, err := th.fastSetItem(v, k, x); ok {
		return err
	}
	_, found, err := th.callMethod(v, "__setitem__", k, x)
	if !found && err == nil {
		return Errorf(TypeError, "'%s' object does not support item assignment", v.t.Name)
	}
	return err
}

// DelItem does del v[k].
func (th *Thread) DelItem(v, k Value) *Exception {
	_, found, err := th.callMethod(v, "__delitem__", k)
	if !found && err == nil {
		return Errorf(TypeError, "'%s' object doesn't support item deletion", v.t.Name)
	}
	return err
}

// Contains returns `x in container`.
func (th *Thread) Contains(container, x Value) (bool, *Exception) {
	if container.t == DictType {
		_, ok, err := container.o.(*Dict).Get(th, x)
		return ok, err
	}
	if ok, handled, err := th.fastContains(container, x); handled {
		return ok, err
	}
	r, found, err := th.callMethod(container, "__contains__", x)
	if err != nil {
		return false, err
	}
	if found {
		return th.Truth(r)
	}
	_, hasIter := container.t.Lookup("__iter__")
	_, hasGetItem := container.t.Lookup("__getitem__")
	if !hasIter && !hasGetItem {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", container.t.Name)
	}
	it, err := th.Iter(container)
	if err != nil {
		return false, err
	}
	for {
		v, ok, err := th.Next(it)
		if err != nil || !ok {
			return false, err
		}
		eq, err := th.Equal(v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// BinOp is a binary arithmetic operator: compile's, the argument of
// BINARY_OP and INPLACE_OP, so the VM passes an instruction's argument on
// as it is.
type BinOp = compile.BinOp

// The binary operators.
const (
	Add      = compile.Add
	Sub      = compile.Sub
	Mul      = compile.Mul
	MatMul   = compile.MatMul
	TrueDiv  = compile.TrueDiv
	FloorDiv = compile.FloorDiv
	Mod      = compile.Mod
	Pow      = compile.Pow
	LShift   = compile.LShift
	RShift   = compile.RShift
	And      = compile.And
	Or       = compile.Or
	Xor      = compile.Xor
)

// The operators' spellings in error messages and their methods, by BinOp.
var (
	binSymbols     = [...]string{"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"}
	inplaceSymbols = [...]string{"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="}
	binDunders     = [...]string{"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"}
	binRDunders    = [...]string{"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"}
	binIDunders    = [...]string{"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"}
)

// binaryOp1 is CPython's binary_op1: a.__op__(b) and b.__rop__(a) in the
// right order; NotImplemented when neither applies.
func (th *Thread) binaryOp1(op BinOp, a, b Value) (Value, *Exception) {
	return th.binaryMethods(a, b, binDunders[op], binRDunders[op])
}

// binaryMethods tries a.name(b) then b.rname(a) with the subclass-first
// rule; NotImplemented when neither applies.
func (th *Thread) binaryMethods(a, b Value, name, rname string) (Value, *Exception) {
	var rdescr Value
	rok := false
	if a.t != b.t {
		rdescr, rok = b.t.Lookup(rname)
		if rok && rdescr.IsNone() {
			rok = false
		}
	}
	if rok && b.t.IsSubtype(a.t) {
		if ad, _ := a.t.Lookup(rname); !ad.Is(rdescr) {
			r, err := th.callDescr(rdescr, b, []Value{a}, nil)
			if err != nil || !r.Is(NotImplemented) {
				return r, err
			}
			rok = false
		}
	}
	if d, ok := a.t.Lookup(name); ok && !d.IsNone() {
		r, err := th.callDescr(d, a, []Value{b}, nil)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if rok {
		return th.callDescr(rdescr, b, []Value{a}, nil)
	}
	return NotImplemented, nil
}

// Binary evaluates `a op b`.
func (th *Thread) Binary(op BinOp, a, b Value) (Value, *Exception) {
	if a.o == nil && b.o == nil && a.t == IntType && b.t == IntType {
		if r, ok := smallIntBinary(op, a.Int64(), b.Int64()); ok {
			return r, nil
		}
	}
	if r, ok, err := FastBinary(op, a, b); ok {
		return r, err
	}
	r, err := th.binaryOp1(op, a, b)
	if err != nil {
		return Value{}, err
	}
	if !r.Is(NotImplemented) {
		return r, nil
	}
	return Value{}, binaryError(op, binSymbols[op], a, b)
}

// binaryError is the TypeError for unsupported operands, with CPython's
// special messages for sequence concatenation and repetition.
func binaryError(op BinOp, sym string, a, b Value) *Exception {
	ua := Unwrap(a).t
	isSeq := func(t *Type) bool {
		return t == StrType || t == ListType || t == TupleType || t == BytesType || t == ByteArrayType
	}
	switch {
	case op == Add && (ua == BytesType || ua == ByteArrayType):
		return Errorf(TypeError, "can't concat %s to %s", b.t.Name, a.t.Name)
	case op == Add && isSeq(ua):
		return Errorf(TypeError, "can only concatenate %s (not \"%s\") to %s", ua.Name, b.t.Name, ua.Name)
	case op == Mul && isSeq(ua):
		return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", b.t.Name)
	case op == Mul && isSeq(Unwrap(b).t):
		return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", a.t.Name)
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.t.tpName(), b.t.tpName())
}

// smallIntBinary does int arithmetic that cannot overflow int64 inline;
// ok=false sends the operation to the int type's methods.
func smallIntBinary(op BinOp, x, y int64) (Value, bool) {
	switch op {
	case Add:
		s := x + y
		if (s > x) == (y > 0) {
			return Int(s), true
		}
	case Sub:
		s := x - y
		if (s < x) == (y > 0) {
			return Int(s), true
		}
	case And:
		return Int(x & y), true
	case Or:
		return Int(x | y), true
	case Xor:
		return Int(x ^ y), true
	}
	return Value{}, false
}

// InPlace evaluates `a op= b`: __iop__ first, then the binary operator.
func (th *Thread) InPlace(op BinOp, a, b Value) (Value, *Exception) {
	if a.o == nil && b.o == nil && a.t == IntType && b.t == IntType {
		if r, ok := smallIntBinary(op, a.Int64(), b.Int64()); ok {
			return r, nil
		}
	}
	if a.t != ListType { // list += extends in place (__iadd__)
		if r, ok, err := FastBinary(op, a, b); ok {
			return r, err
		}
	}
	if d, ok := a.t.Lookup(binIDunders[op]); ok && !d.IsNone() {
		r, err := th.callDescr(d, a, []Value{b}, nil)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	r, err := th.binaryOp1(op, a, b)
	if err != nil {
		return Value{}, err
	}
	if !r.Is(NotImplemented) {
		return r, nil
	}
	return Value{}, binaryError(op, inplaceSymbols[op], a, b)
}

// UnaryOp is a unary operator.
type UnaryOp int

// The unary operators.
const (
	Neg UnaryOp = iota
	Pos
	Invert
	Not
)

var unaryNames = [...]string{"__neg__", "__pos__", "__invert__"}
var unarySymbols = [...]string{"-", "+", "~"}

// Unary evaluates a unary operator.
func (th *Thread) Unary(op UnaryOp, v Value) (Value, *Exception) {
	if op == Not {
		t, err := th.Truth(v)
		return Bool(!t), err
	}
	if v.IsSmallInt() {
		switch op {
		case Neg:
			if v.Int64() != math.MinInt64 {
				return Int(-v.Int64()), nil
			}
		case Pos:
			return v, nil
		case Invert:
			return Int(^v.Int64()), nil
		}
	}
	r, found, err := th.callMethod(v, unaryNames[op])
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, Errorf(TypeError, "bad operand type for unary %s: '%s'", unarySymbols[op], v.t.Name)
	}
	return r, nil
}

// enterRepr counts a repr call against the recursion limit, as CPython's
// PyObject_Repr does (sharing the counter with Python calls), so runaway
// __repr__ recursion and deeply nested containers raise RecursionError
// instead of overflowing the Go stack.
func (th *Thread) enterRepr() *Exception {
	if th.Depth >= th.recursionLimitVM() {
		return Errorf(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	th.Depth++
	return nil
}

func (th *Thread) leaveRepr() { th.Depth-- }

// Resumable is implemented by generators, coroutines and Go objects that
// `yield from` / `await` can delegate to (e.g. an asyncio future's
// awaitable). Resume continues with a sent value (exc == nil) or by raising
// exc at the suspension point. It returns (yielded, false, nil) when it
// suspends, (result, true, nil) when it returns, or (_, _, err) when it
// raises.
type Resumable interface {
	Resume(th *Thread, send Value, exc *Exception) (Value, bool, *Exception)
}
