package core

import (
	"math"
	"math/big"
)

// Value is a Python value. None, bools, ints that fit in int64 and floats are
// held inline (no allocation); everything else points to a heap object. The
// zero Value (t == nil) means "no value" (unbound local, NULL) and is never
// visible to Python code.
//
// The heap object o must always be a pointer (so that == on Values and on
// their o fields never panics and compares identity).
type Value struct {
	t *Type  // the value's class
	n uint64 // inline payload: int64 bits (int, bool 0/1), float64 bits
	o any    // heap object (*Str, *List, *Tuple, *Dict, *Type, *Exception, *Instance, *big.Int, ...)
}

// The singletons. They are package-level values but immutable; they are
// initialized with the variables (before any init function runs).
var (
	None           = Value{t: NoneType}
	True           = Value{t: BoolType, n: 1}
	False          = Value{t: BoolType, n: 0}
	NotImplemented = Value{t: NotImplementedType, o: &singleton{"NotImplemented"}}
	Ellipsis       = Value{t: EllipsisType, o: &singleton{"Ellipsis"}}
)

// singleton gives NotImplemented and Ellipsis distinct identities.
type singleton struct{ name string }

// Int returns a small int.
func Int(i int64) Value { return Value{t: IntType, n: uint64(i)} }

// Float returns a float.
func Float(f float64) Value { return Value{t: FloatType, n: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return Value{t: BoolType, n: 1}
	}
	return Value{t: BoolType}
}

// BigInt returns an int, normalized to the inline form when it fits in int64.
// b must not be modified afterwards.
func BigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Value{t: IntType, o: b}
}

// ObjValue wraps a heap object o (a pointer) whose class is t.
func ObjValue(t *Type, o any) Value { return Value{t: t, o: o} }

// Type returns the value's class (type(v)).
func (v Value) Type() *Type { return v.t }

// IsValid reports whether v holds a value (is not the zero Value).
func (v Value) IsValid() bool { return v.t != nil }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.t == NoneType }

// IsSmallInt reports whether v is an exact int held inline.
func (v Value) IsSmallInt() bool { return v.t == IntType && v.o == nil }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.t == BoolType }

// IsFloat reports whether v is an exact float.
func (v Value) IsFloat() bool { return v.t == FloatType }

// Int64 returns the inline int payload (meaningful for small ints and bools).
func (v Value) Int64() int64 { return int64(v.n) }

// Float64 returns the inline float payload (meaningful for exact floats).
func (v Value) Float64() float64 { return math.Float64frombits(v.n) }

// Obj returns the heap object, or nil for inline values.
func (v Value) Obj() any { return v.o }

// BigInt returns the *big.Int of a large exact int, or nil.
func (v Value) BigInt() *big.Int {
	b, _ := v.o.(*big.Int)
	return b
}

// Is reports Python identity (`is`). Inline values are identical when their
// type and payload are equal.
func (v Value) Is(w Value) bool { return v.t == w.t && v.n == w.n && v.o == w.o }

// AsType returns the *Type held by a type value (a class), or nil.
func (v Value) AsType() *Type {
	t, _ := v.o.(*Type)
	return t
}

// AsStr returns the Go string of an exact str, or ok=false.
func (v Value) AsStr() (string, bool) {
	if v.t == StrType {
		return v.o.(*Str).S, true
	}
	return "", false
}

// Instance is an instance of a user-defined class (one that is not an
// exception class). Base is the built-in part for subclasses of built-in
// types (list, dict, int, str...), e.g. Int(3) for an IntEnum member; it is
// the zero Value for subclasses of object.
type Instance struct {
	Dict *Dict
	Base Value
}

// NewInstance creates an instance of the user class cls with an empty
// __dict__ and the given built-in part (zero Value for plain objects).
func NewInstance(cls *Type, base Value) Value {
	// One allocation for the instance, its dict and (when the class's
	// instances had few attributes so far) room for their entries: an
	// object with two attributes then costs one allocation, not three.
	if h := cls.attrHint; h > 0 && h <= 2 {
		a := &instanceWith2{}
		a.dict.entries = a.small[:0:2]
		a.inst.Dict = &a.dict
		a.inst.Base = base
		return Value{t: cls, o: &a.inst}
	} else if h > 0 && h <= instanceSmallEntries {
		a := &instanceWithEntries{}
		a.dict.entries = a.small[:0:instanceSmallEntries]
		a.inst.Dict = &a.dict
		a.inst.Base = base
		return Value{t: cls, o: &a.inst}
	}
	a := &instanceWithDict{}
	if h := cls.attrHint; h > 0 {
		a.dict.entries = make([]dictEntry, 0, h)
	}
	a.inst.Dict = &a.dict
	a.inst.Base = base
	return Value{t: cls, o: &a.inst}
}

type instanceWithDict struct {
	inst Instance
	dict Dict
}

// instanceSmallEntries is how many attributes fit in an instance's own
// allocation.
const instanceSmallEntries = 4

type instanceWithEntries struct {
	inst  Instance
	dict  Dict
	small [instanceSmallEntries]dictEntry
}

type instanceWith2 struct {
	inst  Instance
	dict  Dict
	small [2]dictEntry
}

// noteInstanceSize records that an instance of the user class cls has n
// attributes, so later instances are allocated with room for them.
func noteInstanceSize(cls *Type, n int) {
	if n > int(cls.attrHint) && !cls.Static && n <= 64 {
		cls.attrHint = int32(n)
	}
}

// Unwrap returns the built-in part of an instance of a subclass of a built-in
// type (so built-in methods work on subclass instances); other values are
// returned unchanged.
func Unwrap(v Value) Value {
	if in, ok := v.o.(*Instance); ok && in.Base.t != nil {
		return in.Base
	}
	return v
}

// baseOf returns the built-in value of type t that v, an instance of a
// Python subclass of t, extends, or the zero Value. The receivers (listOf,
// strOf, ...) check v.t == t first and call it for the rest.
func baseOf(v Value, t *Type) Value {
	if v.t == nil || v.t.Static || !v.t.IsSubtype(t) {
		return Value{}
	}
	if u := Unwrap(v); u.t == t {
		return u
	}
	return Value{}
}
