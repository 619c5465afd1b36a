package core

// Iterators over the built-in sequences. Each is a Go struct implementing
// Iterator (so th.Next advances it without a method call) whose type also
// has __iter__/__next__ for Python code.

// iteratorMethods are __iter__ (returning the iterator) and __next__ of
// the iterator types implemented in Go (their Value holds an Iterator).
var iteratorMethods = []MethodDef[Iterator]{
	{"__iter__", 0, 0, selfMethod[Iterator]},
	{"__next__", 0, 0, iteratorNext},
}

var listIterMethods = []MethodDef[*ListIter]{
	{"__length_hint__", 0, 0, listIterLengthHint},
}

var tupleIterMethods = []MethodDef[*TupleIter]{
	{"__length_hint__", 0, 0, tupleIterLengthHint},
}

func addIterMethods(t *Type) { AddMethods(t, ObjectOf[Iterator], iteratorMethods) }

func iteratorNext(th *Thread, self Value, it Iterator, args []Value) (Value, *Exception) {
	v, ok, err := it.Next(th)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, NewException(StopIteration)
	}
	return v, nil
}

func listIterLengthHint(th *Thread, self Value, it *ListIter, args []Value) (Value, *Exception) {
	if it.l == nil {
		return Int(0), nil
	}
	return Int(int64(max(0, len(it.l.Items)-it.i))), nil
}

func tupleIterLengthHint(th *Thread, self Value, it *TupleIter, args []Value) (Value, *Exception) {
	return Int(int64(len(it.items) - it.i)), nil
}

// The iterator types.
var (
	ListIterType        = &Type{Name: "list_iterator"}
	ListRevIterType     = &Type{Name: "list_reverseiterator"}
	TupleIterType       = &Type{Name: "tuple_iterator"}
	StrIterType         = &Type{Name: "str_iterator"}
	StrASCIIIterType    = &Type{Name: "str_ascii_iterator"}
	BytesIterType       = &Type{Name: "bytes_iterator"}
	DictKeyIterType     = &Type{Name: "dict_keyiterator"}
	DictValueIterType   = &Type{Name: "dict_valueiterator"}
	DictItemIterType    = &Type{Name: "dict_itemiterator"}
	DictRevKeyIterType  = &Type{Name: "dict_reversekeyiterator"}
	DictRevValIterType  = &Type{Name: "dict_reversevalueiterator"}
	DictRevItemIterType = &Type{Name: "dict_reverseitemiterator"}
	SetIterType         = &Type{Name: "set_iterator"}
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
	AddMethods(ListIterType, ObjectOf[*ListIter], listIterMethods)
	AddMethods(TupleIterType, ObjectOf[*TupleIter], tupleIterMethods)
}
