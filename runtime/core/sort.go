package core

// list.sort and sorted(): a stable merge sort (binary insertion sort for
// short runs) that compares with `<` only, as CPython's sort does, and
// stops at the first failing comparison. reverse=True keeps equal items in
// their original order (CPython reverses, sorts, and reverses back).

const insertionRun = 32

func binaryInsertion[T any](a []T, less func(x, y T) (bool, *Exception)) *Exception {
	for i := 1; i < len(a); i++ {
		x := a[i]
		lo, hi := 0, i
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			lt, err := less(x, a[mid])
			if err != nil {
				return err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = x
	}
	return nil
}

func mergeSort[T any](a, buf []T, less func(x, y T) (bool, *Exception)) *Exception {
	if len(a) <= insertionRun {
		return binaryInsertion(a, less)
	}
	mid := len(a) / 2
	// The halves are sorted one after the other, so they share buf.
	if err := mergeSort(a[:mid], buf, less); err != nil {
		return err
	}
	if err := mergeSort(a[mid:], buf, less); err != nil {
		return err
	}
	// Already in order: nothing to merge.
	lt, err := less(a[mid], a[mid-1])
	if err != nil || !lt {
		return err
	}
	left := buf[:mid]
	copy(left, a[:mid])
	i, j, k := 0, mid, 0
	for i < len(left) && j < len(a) {
		lt, err := less(a[j], left[i])
		if err != nil {
			// Leave every item in the slice (some order) before failing.
			copy(a[k:], left[i:])
			return err
		}
		if lt {
			a[k] = a[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	copy(a[k:], left[i:])
	return nil
}

// stableSort sorts a in place.
func stableSort[T any](a []T, less func(x, y T) (bool, *Exception)) *Exception {
	if len(a) <= insertionRun {
		return binaryInsertion(a, less)
	}
	return mergeSort(a, make([]T, len(a)/2+1), less)
}

func reverseValues[T any](a []T) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

type keyed struct{ k, v Value }

// SortValues sorts items in place like list.sort(key=key, reverse=reverse);
// key may be the zero Value or None.
func (th *Thread) SortValues(items []Value, key Value, reverse bool) *Exception {
	if !key.IsValid() || key.IsNone() {
		if len(items) < 2 {
			return nil
		}
		if reverse {
			reverseValues(items)
		}
		if err := stableSort(items, th.lessFor(items)); err != nil {
			return err
		}
		if reverse {
			reverseValues(items)
		}
		return nil
	}
	pairs := make([]keyed, len(items))
	for i, v := range items {
		k, err := th.Call(key, []Value{v}, nil)
		if err != nil {
			return err
		}
		pairs[i] = keyed{k, v}
	}
	// The key is called even for a single item (it may raise), as in CPython.
	if len(items) < 2 {
		return nil
	}
	if reverse {
		reverseValues(pairs)
	}
	keys := make([]Value, len(pairs))
	for i := range pairs {
		keys[i] = pairs[i].k
	}
	less := th.lessFor(keys)
	err := stableSort(pairs, func(x, y keyed) (bool, *Exception) { return less(x.k, y.k) })
	if reverse {
		reverseValues(pairs)
	}
	for i := range pairs {
		items[i] = pairs[i].v
	}
	return err
}

// lessFor picks a comparison: a direct one when all items are small ints,
// floats or strs, else Python's <.
func (th *Thread) lessFor(items []Value) func(x, y Value) (bool, *Exception) {
	t := items[0].t
	switch t {
	case IntType, FloatType, StrType:
	default:
		return th.Less
	}
	for _, v := range items {
		if v.t != t || (t == IntType && v.o != nil) {
			return th.Less
		}
	}
	switch t {
	case IntType:
		return func(x, y Value) (bool, *Exception) { return int64(x.n) < int64(y.n), nil }
	case FloatType:
		return func(x, y Value) (bool, *Exception) { return x.Float64() < y.Float64(), nil }
	}
	return func(x, y Value) (bool, *Exception) { return x.o.(*Str).S < y.o.(*Str).S, nil }
}

// listSort is list.sort(*, key=None, reverse=False).
func listSort(th *Thread, args []Value, kw []string) (Value, *Exception) {
	l, err := listSelf("sort", args)
	if err != nil {
		return Value{}, err
	}
	if len(args)-len(kw) > 1 {
		return Value{}, Errorf(TypeError, "sort() takes no positional arguments")
	}
	var key, rev Value
	for _, k := range kw {
		if k != "key" && k != "reverse" {
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for sort()", k)
		}
	}
	if err := th.UnpackArgs("sort", args[1:], kw, "key?", &key, "reverse?", &rev); err != nil {
		return Value{}, err
	}
	reverse := false
	if rev.IsValid() {
		if reverse, err = th.Truth(rev); err != nil {
			return Value{}, err
		}
	}
	// As in CPython, the list looks empty while it is being sorted, and
	// changing it meanwhile is an error.
	items := l.Items
	l.Items = nil
	err = th.SortValues(items, key, reverse)
	if len(l.Items) != 0 && err == nil {
		err = Errorf(ValueError, "list modified during sort")
	}
	l.Items = items
	if err != nil {
		return Value{}, err
	}
	return None, nil
}
