// This file is owned by TYPES (tuple methods); MODEL created only the struct
// and constructor that the rest of core needs.

package core

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
