package core

import "math/big"

// set and frozenset. The hash table reproduces CPython 3.11's
// setobject.c (linear probes then perturbation, the same growth policy,
// the same merge/intersection/difference strategies) so that, with
// CPython's hashes (hash.go), sets iterate in exactly CPython's order.

// setMethods are the methods set and frozenset share (method.go says how
// to add one); setOperators adds |, &, - and ^.
var setMethods = []MethodDef[*Set]{
	{"__len__", 0, 0, setLen},
	{"__iter__", 0, 0, setIter},
	{"__contains__", 1, 1, setContains},
	{"__repr__", 0, 0, setRepr},
	{"copy", 0, 0, setCopy},
	{"symmetric_difference", 1, 1, setSymmetricDifference},
	{"issubset", 1, 1, setIssubset},
	{"issuperset", 1, 1, setIssuperset},
	{"isdisjoint", 1, 1, setIsdisjoint},
}

// setFuncs take any number of other iterables.
var setFuncs = []FuncDef{
	{"union", setUnion},
	{"intersection", setIntersection},
	{"difference", setDifference},
}

var frozensetMethods = []MethodDef[*Set]{
	{"__hash__", 0, 0, setHash},
}

// setMutableMethods and setMutableFuncs are set's own, not frozenset's.
var setMutableMethods = []MethodDef[*Set]{
	{"add", 1, 1, setAdd},
	{"remove", 1, 1, setRemove},
	{"discard", 1, 1, setDiscard},
	{"pop", 0, 0, setPop},
	{"clear", 0, 0, setClear},
	{"symmetric_difference_update", 1, 1, setSymmetricDifferenceUpdate},
}

var setMutableFuncs = []FuncDef{
	{"__init__", setInit},
	{"update", setUpdateMethod},
	{"intersection_update", setIntersectionUpdate},
	{"difference_update", setDifferenceUpdate},
}

// Set is the payload of set and frozenset values.
type Set struct {
	table  []setEntry // power-of-two size; empty slots have key.t == nil, hash 0
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop() continues
	hash   int64      // frozenset hash cache (valid when hashed)
	hashed bool
}

type setEntry struct {
	key  Value
	hash int64 // -1 with key.t == nil marks a dummy (deleted) slot
}

const (
	setMinSize     = 8
	setLinearProbe = 9
	setPerturb     = 5
)

func newSet() *Set { return &Set{table: make([]setEntry, setMinSize)} }

// NewSetValue returns a new empty set.
func NewSetValue() Value { return Value{t: SetType, o: newSet()} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// setOf returns the *Set of a set/frozenset (or subclass instance).
func setOf(v Value) (*Set, bool) {
	if v.t == SetType || v.t == FrozenSetType {
		return v.o.(*Set), true
	}
	if v.t == nil || v.t.Static || !(v.t.IsSubtype(SetType) || v.t.IsSubtype(FrozenSetType)) {
		return nil, false
	}
	u := Unwrap(v)
	if u.t == SetType || u.t == FrozenSetType {
		return u.o.(*Set), true
	}
	return nil, false
}

// AsSet returns the elements of a set or frozenset in iteration order.
func AsSet(v Value) ([]Value, bool) {
	s, ok := setOf(v)
	if !ok {
		return nil, false
	}
	return s.elems(), true
}

func (s *Set) elems() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key.t != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// lookkey returns the slot of key (or the empty slot ending the search:
// found=false).
func (s *Set) lookkey(th *Thread, key Value, hash int64) (int, bool, *Exception) {
	mask := len(s.table) - 1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.key.t == nil && e.hash == 0 {
				return j, false, nil
			}
			if e.hash == hash && e.key.t != nil {
				eq, err := keysEqual(th, e.key, key)
				if err != nil {
					return 0, false, err
				}
				if eq {
					return j, true, nil
				}
			}
		}
		perturb >>= setPerturb
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// addEntry is set_add_entry.
func (s *Set) addEntry(th *Thread, key Value, hash int64) *Exception {
	mask := len(s.table) - 1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	free := -1
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.key.t == nil && e.hash == 0 {
				if free >= 0 {
					s.used++
					s.table[free] = setEntry{key, hash}
					s.hashed = false
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key, hash}
				s.hashed = false
				if s.fill*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash && e.key.t != nil {
				eq, err := keysEqual(th, e.key, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
			} else if e.hash == -1 && e.key.t == nil && free < 0 {
				free = j
			}
		}
		perturb >>= setPerturb
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// insertClean is set_insert_clean: place a key known to be absent in a
// table without dummies.
func insertClean(table []setEntry, key Value, hash int64) {
	mask := len(table) - 1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		if table[i].key.t == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+setLinearProbe <= mask {
			for j := i + 1; j <= i+setLinearProbe; j++ {
				if table[j].key.t == nil {
					table[j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= setPerturb
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize is set_table_resize.
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if e.key.t != nil {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// add inserts key.
func (s *Set) add(th *Thread, key Value) *Exception {
	h, err := keyHash(th, key)
	if err != nil {
		return err
	}
	return s.addEntry(th, key, h)
}

// contains reports whether key is present.
func (s *Set) contains(th *Thread, key Value) (bool, *Exception) {
	h, err := keyHash(th, key)
	if err != nil {
		return false, err
	}
	_, found, err := s.lookkey(th, key, h)
	return found, err
}

// discardEntry removes key (hash known), reporting whether it was there.
func (s *Set) discardEntry(th *Thread, key Value, hash int64) (bool, *Exception) {
	j, found, err := s.lookkey(th, key, hash)
	if err != nil || !found {
		return false, err
	}
	s.table[j] = setEntry{hash: -1}
	s.used--
	s.hashed = false
	return true, nil
}

func (s *Set) clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.finger = 0, 0, 0
	s.hashed = false
}

// merge is set_merge (update from another set).
func (s *Set) merge(th *Thread, o *Set) *Exception {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		s.hashed = false
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key.t != nil {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.hashed = false
		return nil
	}
	for _, e := range o.table {
		if e.key.t != nil {
			if err := s.addEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// setUpdate is set_update_internal.
func (th *Thread) setUpdate(s *Set, v Value) *Exception {
	if o, ok := setOf(v); ok {
		return s.merge(th, o)
	}
	if v.t == DictType {
		d := v.o.(*Dict)
		if (s.fill+d.live)*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + d.live) * 2)
		}
		for _, e := range d.entries {
			if e.key.t != nil {
				if err := s.addEntry(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	switch v.t {
	case ListType, TupleType:
		return th.setAddAll(s, th.seqItems(v))
	}
	return th.Iterate(v, func(x Value) (bool, *Exception) {
		return true, s.add(th, x)
	})
}

func (th *Thread) seqItems(v Value) []Value {
	if v.t == ListType {
		return v.o.(*List).Items
	}
	return v.o.(*Tuple).Items
}

// setAddAll adds items in order (BUILD_SET, set comprehensions).
func (th *Thread) setAddAll(s *Set, items []Value) *Exception {
	for i := 0; i < len(items); i++ {
		if err := s.add(th, items[i]); err != nil {
			return err
		}
	}
	return nil
}

// NewSetFrom builds a set from items added in order (for BUILD_SET).
func (th *Thread) NewSetFrom(items []Value) (Value, *Exception) {
	s := newSet()
	if err := th.setAddAll(s, items); err != nil {
		return Value{}, err
	}
	return Value{t: SetType, o: s}, nil
}

// NewSetFromConstants builds a set display whose items are all constants:
// CPython compiles those (with more than two items) to a frozenset
// constant merged into an empty set, which gives a different table layout
// (and iteration order) than adding the items one by one.
func (th *Thread) NewSetFromConstants(items []Value) (Value, *Exception) {
	if len(items) <= 2 {
		return th.NewSetFrom(items)
	}
	fs1 := newSet()
	if err := th.setAddAll(fs1, items); err != nil {
		return Value{}, err
	}
	fs := newSet() // rebuilt from its own order, as CPython's compiler does
	if err := th.setAddAll(fs, fs1.elems()); err != nil {
		return Value{}, err
	}
	s := newSet()
	if err := s.merge(th, fs); err != nil {
		return Value{}, err
	}
	return Value{t: SetType, o: s}, nil
}

// NewFrozenSetConst builds a frozenset constant (CPython folds a set
// display of more than two constants into one, which a SET_UPDATE then
// merges into an empty set: see NewSetFromConstants). Constants hash
// without running Python code, so no Thread is needed; ok=false if an
// item is not a constant.
//
// CPython's compiler then rebuilds every frozenset constant from its own
// iteration order (merge_consts_recursive), which can change the layout
// again; so the set is built twice here.
func NewFrozenSetConst(items []Value) (Value, bool) {
	s := newSet()
	for _, it := range items {
		h, ok := constHash(it)
		if !ok {
			return Value{}, false
		}
		if err := s.addEntry(nil, it, h); err != nil {
			return Value{}, false
		}
	}
	again := newSet()
	for _, e := range s.table {
		if e.key.t != nil {
			again.addEntry(nil, e.key, e.hash)
		}
	}
	return Value{t: FrozenSetType, o: again}, true
}

// constHash hashes a constant (None, bool, int, float, str, bytes, or a
// tuple or frozenset of constants).
func constHash(v Value) (int64, bool) {
	switch v.t {
	case NoneType:
		return 0xFCA86420, true
	case BoolType:
		return int64(v.n), true
	case IntType:
		if v.o == nil {
			return hashInt64(int64(v.n)), true
		}
		return hashBigInt(v.o.(*big.Int)), true
	case FloatType:
		return hashFloat(v.Float64()), true
	case StrType:
		return v.o.(*Str).Hash(), true
	case BytesType:
		return hashBytes(v.o.(*Bytes).B), true
	case FrozenSetType:
		return v.o.(*Set).frozenHash(), true
	case TupleType:
		th := newTupleHasher()
		items := v.o.(*Tuple).Items
		for _, it := range items {
			h, ok := constHash(it)
			if !ok {
				return 0, false
			}
			th.add(h)
		}
		return th.sum(len(items)), true
	}
	return 0, false
}

// SetAdd adds x to a set value (for SET_ADD in comprehensions).
func (th *Thread) SetAdd(set Value, x Value) *Exception {
	s, ok := setOf(set)
	if !ok {
		return Errorf(SystemError, "SetAdd on %s", set.t.Name)
	}
	return s.add(th, x)
}

// copySet is set_copy.
func (th *Thread) copySet(s *Set) *Set {
	c := newSet()
	c.merge(th, s)
	return c
}

// intersect is set_intersection with another set.
func (th *Thread) intersect(a, b *Set) (*Set, *Exception) {
	if a == b {
		return th.copySet(a), nil
	}
	r := newSet()
	if b.used > a.used {
		a, b = b, a
	}
	for _, e := range b.table {
		if e.key.t == nil {
			continue
		}
		_, found, err := a.lookkey(th, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if found {
			if err := r.addEntry(th, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// intersectIter is set_intersection with a non-set iterable.
func (th *Thread) intersectIter(a *Set, v Value) (*Set, *Exception) {
	if o, ok := setOf(v); ok {
		return th.intersect(a, o)
	}
	items, err := th.collect(v)
	if err != nil {
		return nil, err
	}
	r := newSet()
	for _, x := range items {
		h, err := keyHash(th, x)
		if err != nil {
			return nil, err
		}
		_, found, err := a.lookkey(th, x, h)
		if err != nil {
			return nil, err
		}
		if found {
			if err := r.addEntry(th, x, h); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// differenceUpdate removes other's elements from s.
func (th *Thread) differenceUpdate(s *Set, v Value) *Exception {
	if o, ok := setOf(v); ok {
		if o == s {
			s.clear()
			return nil
		}
		for _, e := range o.table {
			if e.key.t != nil {
				if _, err := s.discardEntry(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	items, err := th.collect(v)
	if err != nil {
		return err
	}
	for _, x := range items {
		h, err := keyHash(th, x)
		if err != nil {
			return err
		}
		if _, err := s.discardEntry(th, x, h); err != nil {
			return err
		}
	}
	return nil
}

// difference is set_difference.
func (th *Thread) difference(a *Set, v Value) (*Set, *Exception) {
	otherSize := -1
	var o *Set
	if s, ok := setOf(v); ok {
		o, otherSize = s, s.used
	} else if v.t == DictType {
		otherSize = v.o.(*Dict).live
	}
	if otherSize < 0 || a.used>>2 > otherSize {
		r := th.copySet(a)
		return r, th.differenceUpdate(r, v)
	}
	r := newSet()
	for _, e := range a.table {
		if e.key.t == nil {
			continue
		}
		var found bool
		var err *Exception
		if o != nil {
			_, found, err = o.lookkey(th, e.key, e.hash)
		} else {
			_, found, err = v.o.(*Dict).Get(th, e.key)
		}
		if err != nil {
			return nil, err
		}
		if !found {
			if err := r.addEntry(th, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// symmetricDifferenceUpdate is set_symmetric_difference_update.
func (th *Thread) symmetricDifferenceUpdate(s *Set, v Value) *Exception {
	o, ok := setOf(v)
	if ok && o == s {
		s.clear()
		return nil
	}
	if !ok {
		o = newSet()
		if err := th.setUpdate(o, v); err != nil {
			return err
		}
	}
	for _, e := range o.table {
		if e.key.t == nil {
			continue
		}
		found, err := s.discardEntry(th, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// setBinary applies |, &, -, ^ to two sets, returning a new set.
func (th *Thread) setBinary(op BinOp, a, b *Set) (*Set, *Exception) {
	switch op {
	case Or:
		r := th.copySet(a)
		return r, r.merge(th, b)
	case And:
		return th.intersect(a, b)
	case Sub:
		return th.difference(a, Value{t: SetType, o: b})
	case Xor:
		r := th.copySet(b)
		return r, th.symmetricDifferenceUpdate(r, Value{t: SetType, o: a})
	}
	return nil, Errorf(SystemError, "bad set operator")
}

// isSubset reports a <= b.
func (th *Thread) isSubset(a, b *Set) (bool, *Exception) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.table {
		if e.key.t == nil {
			continue
		}
		_, found, err := b.lookkey(th, e.key, e.hash)
		if err != nil || !found {
			return false, err
		}
	}
	return true, nil
}

// setCompare is the rich comparison of sets (subset order).
func (th *Thread) setCompare(op CmpOp, a, b *Set) (Value, *Exception) {
	switch op {
	case Eq, Ne:
		if a.used != b.used {
			return Bool(op == Ne), nil
		}
		sub, err := th.isSubset(a, b)
		return Bool(sub == (op == Eq)), err
	case Le:
		sub, err := th.isSubset(a, b)
		return Bool(sub), err
	case Ge:
		sub, err := th.isSubset(b, a)
		return Bool(sub), err
	case Lt:
		if a.used >= b.used {
			return False, nil
		}
		sub, err := th.isSubset(a, b)
		return Bool(sub), err
	default:
		if b.used >= a.used {
			return False, nil
		}
		sub, err := th.isSubset(b, a)
		return Bool(sub), err
	}
}

// frozensetHashOf computes (and caches) hash(frozenset).
func (s *Set) frozenHash() int64 {
	if s.hashed {
		return s.hash
	}
	var x uint64
	for _, e := range s.table {
		if e.key.t != nil {
			x ^= shuffleBits(uint64(e.hash))
		}
	}
	s.hash = frozensetHash(x, s.used)
	s.hashed = true
	return s.hash
}

// SetIter iterates a set in table order.
type SetIter struct {
	s    *Set
	pos  int
	size int
	done bool
}

// Next implements Iterator.
func (it *SetIter) Next(th *Thread) (Value, bool, *Exception) {
	if it.done {
		return Value{}, false, nil
	}
	if it.s.used != it.size {
		it.done = true
		return Value{}, false, Errorf(RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.s.table) {
		e := it.s.table[it.pos]
		it.pos++
		if e.key.t != nil {
			return e.key, true, nil
		}
	}
	it.done = true
	return Value{}, false, nil
}

// sameSetKind wraps a result set in the type of the receiver's base
// (set or frozenset).
func sameSetKind(self Value, s *Set) Value {
	if Unwrap(self).t == FrozenSetType {
		return Value{t: FrozenSetType, o: s}
	}
	return Value{t: SetType, o: s}
}

func setSelf(name string, args []Value) (*Set, *Exception) {
	return selfOf(name, SetType, args, setOf)
}

// setKeyArg hashes a key for contains/remove/discard; a set used as a key
// is looked up as the equal frozenset, as CPython does.
func setKeyArg(th *Thread, x Value) (Value, int64, *Exception) {
	h, err := keyHash(th, x)
	if err != nil {
		if o, ok := setOf(x); ok && Unwrap(x).t == SetType {
			fs := Value{t: FrozenSetType, o: th.copySet(o)}
			return fs, fs.o.(*Set).frozenHash(), nil
		}
		return Value{}, 0, err
	}
	return x, h, nil
}

func (th *Thread) setRepr(self Value, s *Set) (string, *Exception) {
	name := self.t.Name
	base := Unwrap(self).t
	if s.used == 0 {
		return name + "()", nil
	}
	if !th.ReprEnter(s) {
		return name + "(...)", nil
	}
	defer th.ReprLeave(s)
	body, err := th.seqRepr("{", s.elems(), "}")
	if err != nil {
		return "", err
	}
	if self.t == SetType {
		return body, nil
	}
	if base == SetType && self.t != SetType || base == FrozenSetType {
		return name + "(" + body + ")", nil
	}
	return body, nil
}

func setNewFunc(frozen bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		name := "set"
		if frozen {
			name = "frozenset"
		}
		cls, err := typeArg(name, args)
		if err != nil {
			return Value{}, err
		}
		if !frozen {
			return WrapSubclass(cls, NewSetValue()), nil
		}
		if err := NoKwargs(name, kw); err != nil {
			return Value{}, err
		}
		if len(args) > 2 {
			return Value{}, Errorf(TypeError, "frozenset expected at most 1 argument, got %d", len(args)-1)
		}
		if len(args) == 2 && args[1].t == FrozenSetType && cls == FrozenSetType {
			return args[1], nil
		}
		s := newSet()
		if len(args) == 2 {
			if err := th.setUpdate(s, args[1]); err != nil {
				return Value{}, err
			}
		}
		return WrapSubclass(cls, Value{t: FrozenSetType, o: s}), nil
	}
}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		frozen := t == FrozenSetType
		t.AddStaticMethod("__new__", setNewFunc(frozen))
		AddMethods(t, setOf, setMethods)
		AddMethods(t, setOf, CompareMethods(setCompareMethod))
		AddMethods(t, setOf, setOperators(!frozen))
		AddFuncs(t, setFuncs)
		if frozen {
			AddMethods(t, setOf, frozensetMethods)
			continue
		}
		t.AddAttr("__hash__", None)
		AddMethods(t, setOf, setMutableMethods)
		AddFuncs(t, setMutableFuncs)
	}
}

func setHash(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	return Int(s.frozenHash()), nil
}

func setLen(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	return Int(int64(s.used)), nil
}

func setIter(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	return Value{t: SetIterType, o: &SetIter{s: s, size: s.used}}, nil
}

func setContains(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	k, h, err := setKeyArg(th, args[0])
	if err != nil {
		return Value{}, err
	}
	_, found, err := s.lookkey(th, k, h)
	return Bool(found), err
}

func setRepr(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	r, err := th.setRepr(self, s)
	return NewStr(r), err
}

func setSymmetricDifference(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	r := newSet()
	if err := th.setUpdate(r, args[0]); err != nil {
		return Value{}, err
	}
	return sameSetKind(self, r), th.symmetricDifferenceUpdate(r, Value{t: SetType, o: s})
}

func setAdd(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	return None, s.add(th, args[0])
}

func setRemove(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	k, h, err := setKeyArg(th, args[0])
	if err != nil {
		return Value{}, err
	}
	found, err := s.discardEntry(th, k, h)
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, NewException(KeyError, args[0])
	}
	return None, nil
}

func setDiscard(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	k, h, err := setKeyArg(th, args[0])
	if err != nil {
		return Value{}, err
	}
	_, err = s.discardEntry(th, k, h)
	return None, err
}

func setPop(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	if s.used == 0 {
		return Value{}, Errorf(KeyError, "pop from an empty set")
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key.t == nil {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{hash: -1}
	s.used--
	s.finger = i + 1
	s.hashed = false
	return k, nil
}

func setClear(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	s.clear()
	return None, nil
}

func setSymmetricDifferenceUpdate(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	return None, th.symmetricDifferenceUpdate(s, args[0])
}

func setInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := setSelf("__init__", args)
	if err != nil {
		return Value{}, err
	}
	if err := NoKwargs("set", kw); err != nil {
		return Value{}, err
	}
	if len(args) > 2 {
		return Value{}, Errorf(TypeError, "set expected at most 1 argument, got %d", len(args)-1)
	}
	if s.used > 0 {
		s.clear()
	}
	if len(args) == 2 {
		return None, th.setUpdate(s, args[1])
	}
	return None, nil
}

// setOperators returns the rows of |, &, - and ^, reflected, and (for
// set) in place.
func setOperators(inPlace bool) []MethodDef[*Set] {
	var defs []MethodDef[*Set]
	for _, op := range []BinOp{Or, And, Sub, Xor} {
		defs = append(defs, MethodDef[*Set]{binDunders[op], 1, 1, func(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
			o, ok := setOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			r, err := th.setBinary(op, s, o)
			if err != nil {
				return Value{}, err
			}
			return sameSetKind(self, r), nil
		}}, MethodDef[*Set]{binRDunders[op], 1, 1, func(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
			o, ok := setOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			r, err := th.setBinary(op, o, s)
			if err != nil {
				return Value{}, err
			}
			return sameSetKind(args[0], r), nil
		}})
		if inPlace {
			defs = append(defs, MethodDef[*Set]{binIDunders[op], 1, 1, func(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
				o, ok := setOf(args[0])
				if !ok {
					return NotImplemented, nil
				}
				var err *Exception
				switch op {
				case Or:
					err = s.merge(th, o)
				case And:
					var r *Set
					if r, err = th.intersect(s, o); err == nil {
						*s = *r
					}
				case Sub:
					err = th.differenceUpdate(s, args[0])
				case Xor:
					err = th.symmetricDifferenceUpdate(s, args[0])
				}
				return self, err
			}})
		}
	}
	return defs
}

// setCompareMethod is s < other & co. (subset and superset tests).
func setCompareMethod(th *Thread, op CmpOp, s *Set, other Value) (Value, *Exception) {
	o, ok := setOf(other)
	if !ok {
		return NotImplemented, nil
	}
	return th.setCompare(op, s, o)
}

func setCopy(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	if self.t == FrozenSetType {
		return self, nil
	}
	return sameSetKind(self, th.copySet(s)), nil
}

// setMulti is union, intersection and difference: f folds each other
// iterable into a copy of the receiver.
func setMulti(th *Thread, name string, args []Value, kw []string, f func(th *Thread, acc *Set, other Value) (*Set, *Exception)) (Value, *Exception) {
	s, err := setSelf(name, args)
	if err != nil {
		return Value{}, err
	}
	if err := NoKwargs(Unwrap(args[0]).t.Name+"."+name, kw); err != nil {
		return Value{}, err
	}
	acc := th.copySet(s)
	for _, o := range args[1:] {
		if acc, err = f(th, acc, o); err != nil {
			return Value{}, err
		}
	}
	return sameSetKind(args[0], acc), nil
}

func setUnion(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return setMulti(th, "union", args, kw, func(th *Thread, acc *Set, o Value) (*Set, *Exception) {
		return acc, th.setUpdate(acc, o)
	})
}

func setIntersection(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return setMulti(th, "intersection", args, kw, (*Thread).intersectIter)
}

func setDifference(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return setMulti(th, "difference", args, kw, (*Thread).difference)
}

func setIssubset(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	return th.setSubsetMethod(s, args[0], false)
}

func setIssuperset(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	return th.setSubsetMethod(s, args[0], true)
}

// setSubsetMethod is s.issubset(other), or s.issuperset(other) when
// super is set; other may be any iterable.
func (th *Thread) setSubsetMethod(s *Set, other Value, super bool) (Value, *Exception) {
	o, ok := setOf(other)
	if !ok {
		var err *Exception
		if o, err = th.iterableToSet(other); err != nil {
			return Value{}, err
		}
	}
	if super {
		s, o = o, s
	}
	sub, err := th.isSubset(s, o)
	return Bool(sub), err
}

func setIsdisjoint(th *Thread, self Value, s *Set, args []Value) (Value, *Exception) {
	items, err := th.collect(args[0])
	if err != nil {
		return Value{}, err
	}
	for _, x := range items {
		ok, err := s.contains(th, x)
		if err != nil || ok {
			return Bool(!ok), err
		}
	}
	return True, nil
}

func setUpdateMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := NoKwargs("set.update", kw); err != nil {
		return Value{}, err
	}
	s, err := setSelf("update", args)
	if err != nil {
		return Value{}, err
	}
	for _, o := range args[1:] {
		if err := th.setUpdate(s, o); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

func setIntersectionUpdate(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := setSelf("intersection_update", args)
	if err != nil {
		return Value{}, err
	}
	acc := th.copySet(s)
	for _, o := range args[1:] {
		if acc, err = th.intersectIter(acc, o); err != nil {
			return Value{}, err
		}
	}
	*s = *acc
	return None, nil
}

func setDifferenceUpdate(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := setSelf("difference_update", args)
	if err != nil {
		return Value{}, err
	}
	for _, o := range args[1:] {
		if err := th.differenceUpdate(s, o); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}
