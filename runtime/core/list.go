// This file is owned by TYPES (list methods); MODEL created only the struct
// and constructor that the rest of core needs.

package core

// List is a Python list.
type List struct {
	Items []Value
}

// NewList returns a list value holding items (not copied).
func NewList(items []Value) Value { return Value{t: ListType, o: &List{Items: items}} }
