package core

import "strings"

// Method tables
//
// The methods of a built-in type are listed in one table at the top of the
// file that owns the type, one entry per method, each naming a top-level
// function (as go.starlark.net's listMethods does):
//
//	var listMethods = []MethodDef[*List]{
//		{"__len__", 0, 0, listLen},
//		{"append", 1, 1, listAppend},
//		...
//	}
//
//	func listAppend(th *Thread, self Value, l *List, args []Value) (Value, *Exception) {
//		l.append(args[0])
//		return None, nil
//	}
//
// and installed once, in the file's init, with the function that gets the
// receiver's Go object out of a Value (instances of Python subclasses
// included):
//
//	AddMethods(ListType, listOf, listMethods)
//
// The tables are package-level composite literals of strings, numbers and
// top-level functions, which the linker lays out as data: startup only
// walks them to fill the type's dict.
//
// To add a method: write the function with the MethodDef signature (args
// holds the positional arguments after self, already counted), and add a
// row to the type's table. The name is the attribute. Min and Max bound
// the positional arguments after self, and keyword arguments are refused,
// with the messages CPython gives for the kind of method (methodArgCount):
// a slot wrapper's for the dunders CPython implements as slots
// ("expected 0 arguments, got 1"), one naming the type the table is
// installed on for a method of no argument or one ("set.add() takes
// exactly one argument (0 given)"), the argument clinic's for the others
// ("insert expected 2 arguments, got 1"). Where CPython words it
// otherwise ("deque.rotate expected at most 1 argument"), the name is
// written as the messages give it: the part after the dot is the
// attribute.
//
// Attributes computed in Go (gi_frame, __name__ of a builtin) are listed
// the same way in a GetSetDef table (generatorGetSets) and installed with
// AddGetSets.
//
// A method that reads its own arguments (keywords, optional arguments with
// messages of their own) is a BuiltinFunc listed in the type's FuncDef
// table (listFuncs beside listMethods) and installed with AddFuncs; it
// gets self as args[0]. Class and static methods are added beside the
// tables with AddClassMethod and AddStaticMethod. Rows that a loop makes
// (CompareMethods' six comparisons, BinaryMethods' operators and their
// reflections, int's and float's operator methods, attributes named by a
// list) are the only registration code left in the inits.

// MethodDef is one row of a built-in type's method table; T is the Go type
// of the receiver's object (*List, *Dict, ...).
type MethodDef[T any] struct {
	Name     string // the attribute, or "type.attr" for the rare messages that name the type where methodArgCount would not
	Min, Max int    // how many positional arguments after self; Max -1: not checked
	Fn       func(th *Thread, self Value, recv T, args []Value) (Value, *Exception)
}

// AddMethods installs a method table in t's dict. recv returns the Go
// object of a receiver of type t (or of a subclass), and false for other
// values; ObjectOf serves types whose Value holds a T directly.
func AddMethods[T any](t *Type, recv func(Value) (T, bool), defs []MethodDef[T]) {
	fns := make([]Builtin, len(defs)) // one allocation for the table
	for i := range defs {
		d := &defs[i]
		attr, shown := d.Name, ""
		if i := strings.LastIndexByte(d.Name, '.'); i >= 0 {
			attr, shown = d.Name[i+1:], d.Name
		}
		fns[i] = Builtin{Name: attr, Owner: t, Fn: MethodFunc(t, attr, shown, d.Min, d.Max, recv, d.Fn)}
		t.checkMutable(attr)
		t.Dict.SetStr(attr, Value{t: MethodDescriptorType, o: &fns[i]})
	}
}

// MethodFunc is one table row's BuiltinFunc, for methods made at init
// (AddMethods uses it for every row): it checks the positional count
// (unless hi < 0) with CPython's messages (methodArgCount; shown, when
// not empty, is the name they give), then the
// receiver, and calls fn with self's object and the arguments after it.
func MethodFunc[T any](owner *Type, attr, shown string, lo, hi int, recv func(Value) (T, bool), fn func(th *Thread, self Value, recv T, args []Value) (Value, *Exception)) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if n := len(args) - 1; hi >= 0 && (len(kw) != 0 || n < lo || n > hi) {
			if err := methodArgCount(owner, attr, shown, args[min(1, len(args)):], kw, lo, hi); err != nil {
				return Value{}, err
			}
		}
		if len(args) > 0 && args[0].t == owner {
			// An exact receiver holds its T (no call of recv).
			if r, ok := args[0].o.(T); ok {
				return fn(th, args[0], r, args[1:])
			}
		}
		r, err := selfOf(attr, owner, args, recv)
		if err != nil {
			return Value{}, err
		}
		return fn(th, args[0], r, args[1:])
	}
}

// ObjectOf returns v's Go object as a T, looking through an instance of a
// Python subclass to the built-in value it extends.
func ObjectOf[T any](v Value) (T, bool) {
	x, ok := v.o.(T)
	if !ok {
		x, ok = Unwrap(v).o.(T)
	}
	return x, ok
}

// receiverError is CPython's TypeError for a method of owner called on
// self of another type, or (self.t == nil) with no receiver at all.
func receiverError(name string, owner *Type, self Value) *Exception {
	switch {
	case self.t == nil && isSlotWrapper(owner, name):
		return Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", name, owner.tpName())
	case self.t == nil:
		return Errorf(TypeError, "unbound method %s.%s() needs an argument", owner.Name, name)
	case isSlotWrapper(owner, name):
		return Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, owner.tpName(), self.t.tpName())
	}
	return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.tpName(), self.t.tpName())
}

// CompareMethods returns the rows __lt__, __le__, __eq__, __ne__, __gt__
// and __ge__, each calling cmp with its operator and the other operand.
func CompareMethods[T any](cmp func(th *Thread, op CmpOp, recv T, other Value) (Value, *Exception)) []MethodDef[T] {
	defs := make([]MethodDef[T], 0, len(cmpNames))
	for op := Lt; op <= Ge; op++ {
		defs = append(defs, MethodDef[T]{cmpNames[op], 1, 1, func(th *Thread, self Value, recv T, args []Value) (Value, *Exception) {
			return cmp(th, op, recv, args[0])
		}})
	}
	return defs
}

// BinaryMethods returns the rows of the binary operators ops and their
// reflections (__and__, __rand__, ...), each calling bin with its
// operator, whether it is the reflection, and the other operand.
func BinaryMethods[T any](ops []BinOp, bin func(th *Thread, op BinOp, rev bool, recv T, other Value) (Value, *Exception)) []MethodDef[T] {
	defs := make([]MethodDef[T], 0, 2*len(ops))
	for _, op := range ops {
		defs = append(defs, MethodDef[T]{binDunders[op], 1, 1, func(th *Thread, self Value, recv T, args []Value) (Value, *Exception) {
			return bin(th, op, false, recv, args[0])
		}}, MethodDef[T]{binRDunders[op], 1, 1, func(th *Thread, self Value, recv T, args []Value) (Value, *Exception) {
			return bin(th, op, true, recv, args[0])
		}})
	}
	return defs
}

// FuncDef is a row for a method that reads its own arguments (keywords,
// optional arguments with their own messages): Fn gets self as args[0],
// as with AddMethod.
type FuncDef struct {
	Name string
	Fn   BuiltinFunc
}

// AddFuncs installs a table of FuncDef methods in t's dict.
func AddFuncs(t *Type, defs []FuncDef) {
	fns := make([]Builtin, len(defs))
	for i, d := range defs {
		fns[i] = Builtin{Name: d.Name, Fn: d.Fn, Owner: t}
		t.checkMutable(d.Name)
		t.Dict.SetStr(d.Name, Value{t: MethodDescriptorType, o: &fns[i]})
	}
}

// GetSetDef is one row of a built-in type's attribute table: a data
// descriptor read by Get and written by Set (nil: read-only). Both get
// self already checked to be an instance of the type, so they may assert
// its Go object (self.o.(*Generator)) where the type has no subclasses.
type GetSetDef struct {
	Name string
	Get  func(th *Thread, self Value) (Value, *Exception)
	Set  func(th *Thread, self, v Value) *Exception
}

// AddGetSets installs a table of GetSetDef attributes in t's dict.
func AddGetSets(t *Type, defs []GetSetDef) {
	gs := make([]GetSet, len(defs))
	for i, d := range defs {
		gs[i] = GetSet{Name: d.Name, Owner: t, Get: d.Get, Set: d.Set}
		t.checkMutable(d.Name)
		t.Dict.SetStr(d.Name, Value{t: GetSetType, o: &gs[i]})
	}
}

// selfMethod is a method returning its receiver (iterators' __iter__,
// awaitables' __await__).
func selfMethod[T any](th *Thread, self Value, recv T, args []Value) (Value, *Exception) {
	return self, nil
}

// selfOf returns a method's receiver, args[0], as a T, or CPython's
// TypeError for a missing or wrong receiver (for FuncDef methods, which
// read their own arguments).
func selfOf[T any](name string, owner *Type, args []Value, recv func(Value) (T, bool)) (T, *Exception) {
	var zero T
	if len(args) == 0 {
		return zero, receiverError(name, owner, Value{})
	}
	r, ok := recv(args[0])
	if !ok {
		return zero, receiverError(name, owner, args[0])
	}
	return r, nil
}
