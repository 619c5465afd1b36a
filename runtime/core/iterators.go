package core

// Iterators over the built-in sequences. Each is a Go struct implementing
// Iterator (so th.Next advances it without a method call) whose type also
// has __iter__/__next__ for Python code.

// addIterMethods gives an iterator type __iter__ (returning itself) and
// __next__ (raising StopIteration at the end).
func addIterMethods(t *Type) {
	t.AddMethod("__iter__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs("__iter__", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		return args[0], nil
	})
	t.AddMethod("__next__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs("__next__", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		it, ok := args[0].o.(Iterator)
		if !ok {
			return Value{}, Errorf(TypeError, "descriptor '__next__' requires a '%s' object", t.Name)
		}
		v, ok, err := it.Next(th)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(StopIteration)
		}
		return v, nil
	})
}

// The iterator types.
var (
	ListIterType        = NewStaticType("list_iterator")
	ListRevIterType     = NewStaticType("list_reverseiterator")
	TupleIterType       = NewStaticType("tuple_iterator")
	StrIterType         = NewStaticType("str_iterator")
	StrASCIIIterType    = NewStaticType("str_ascii_iterator")
	BytesIterType       = NewStaticType("bytes_iterator")
	DictKeyIterType     = NewStaticType("dict_keyiterator")
	DictValueIterType   = NewStaticType("dict_valueiterator")
	DictItemIterType    = NewStaticType("dict_itemiterator")
	DictRevKeyIterType  = NewStaticType("dict_reversekeyiterator")
	DictRevValIterType  = NewStaticType("dict_reversevalueiterator")
	DictRevItemIterType = NewStaticType("dict_reverseitemiterator")
	SetIterType         = NewStaticType("set_iterator")
)

// ListIter iterates a list by index, seeing appends made while iterating
// (as CPython's list iterator does).
type ListIter struct {
	l *List
	i int
}

// Next implements Iterator.
func (it *ListIter) Next(th *Thread) (Value, bool, *Exception) {
	if it.l == nil || it.i >= len(it.l.Items) {
		it.l = nil
		return Value{}, false, nil
	}
	v := it.l.Items[it.i]
	it.i++
	return v, true, nil
}

// ListRevIter iterates a list backwards.
type ListRevIter struct {
	l *List
	i int
}

// Next implements Iterator.
func (it *ListRevIter) Next(th *Thread) (Value, bool, *Exception) {
	if it.l == nil || it.i < 0 || it.i >= len(it.l.Items) {
		it.l = nil
		return Value{}, false, nil
	}
	v := it.l.Items[it.i]
	it.i--
	return v, true, nil
}

// TupleIter iterates a tuple (or any fixed slice of values).
type TupleIter struct {
	items []Value
	i     int
}

// Next implements Iterator.
func (it *TupleIter) Next(th *Thread) (Value, bool, *Exception) {
	if it.i >= len(it.items) {
		return Value{}, false, nil
	}
	v := it.items[it.i]
	it.i++
	return v, true, nil
}

// NewListIter returns iter(list).
func NewListIter(l *List) Value { return Value{t: ListIterType, o: &ListIter{l: l}} }

// NewTupleIter returns an iterator over items (used for tuples).
func NewTupleIter(items []Value) Value { return Value{t: TupleIterType, o: &TupleIter{items: items}} }

// StrIter iterates the code points of a str.
type StrIter struct {
	s string
	i int
}

// Next implements Iterator.
func (it *StrIter) Next(th *Thread) (Value, bool, *Exception) {
	if it.i >= len(it.s) {
		return Value{}, false, nil
	}
	c := it.s[it.i]
	if c < 0x80 {
		it.i++
		return asciiStrs[c], true, nil
	}
	r, n := decodeRune(it.s[it.i:])
	it.i += n
	return NewStr(string(r)), true, nil
}

func init() {
	for _, t := range []*Type{ListIterType, ListRevIterType, TupleIterType, StrIterType, StrASCIIIterType, BytesIterType,
		DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValIterType,
		DictRevItemIterType, SetIterType} {
		t.Final = true
		addIterMethods(t)
	}
	ListIterType.AddMethod("__length_hint__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		it := args[0].o.(*ListIter)
		if it.l == nil {
			return Int(0), nil
		}
		return Int(int64(max(0, len(it.l.Items)-it.i))), nil
	})
	TupleIterType.AddMethod("__length_hint__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		it := args[0].o.(*TupleIter)
		return Int(int64(len(it.items) - it.i)), nil
	})
}
