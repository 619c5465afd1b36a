package core

import (
	"strings"
)

// dict: an insertion-ordered hash table laid out like CPython's compact
// dict: entries in insertion order plus an open-addressing index (with
// CPython's perturbed probing) once there are more than eight entries;
// smaller dicts are scanned linearly, which is faster than hashing for the
// typical instance or keyword dict. str keys use their cached hash and
// compare by content without calling Python code.

// Dict is a Python dict.
type Dict struct {
	entries []dictEntry // insertion order; deleted entries have key.t == nil
	index   []int32     // slots: entry index, or ixEmpty / ixDummy; nil for small dicts
	live    int
	// nonStr is set once a key that is not an exact str was added: until
	// then a str lookup that misses in a small dict needs no second scan
	// for str-subclass keys equal to it.
	nonStr bool
	// Version changes on every insertion or deletion of a key (not on value
	// replacement), so iterators can detect a size change.
	Version uint64
}

type dictEntry struct {
	key, val Value
	hash     int64
}

const (
	ixEmpty      = -1
	ixDummy      = -2
	smallDictMax = 8
)

// Item is one key/value pair.
type Item struct{ Key, Value Value }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictValue returns a new empty dict as a Python value.
func NewDictValue() Value { return Value{t: DictType, o: &Dict{}} }

// Value returns d as a Python dict.
func (d *Dict) Value() Value { return Value{t: DictType, o: d} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.live }

// dictOf returns the *Dict of a dict or dict subclass instance.
func dictOf(v Value) (*Dict, bool) {
	if v.t == DictType {
		return v.o.(*Dict), true
	}
	x, ok := baseOf(v, DictType).o.(*Dict)
	return x, ok
}

// AsDict returns the *Dict of a dict (or dict subclass instance).
func AsDict(v Value) (*Dict, bool) { return dictOf(v) }

// keyHash is hash(k) with fast paths for str and int keys.
func keyHash(th *Thread, k Value) (int64, *Exception) {
	switch k.t {
	case StrType:
		return k.o.(*Str).Hash(), nil
	case IntType:
		if k.o == nil {
			return hashInt64(int64(k.n)), nil
		}
	}
	if th == nil {
		return 0, Errorf(SystemError, "dict: hashing %s needs a thread", k.t.Name)
	}
	return th.Hash(k)
}

// keysEqual compares a stored key with a probe key of the same hash.
func keysEqual(th *Thread, stored, k Value) (bool, *Exception) {
	if stored.t == k.t && stored.n == k.n && stored.o == k.o {
		return true, nil
	}
	if stored.t == StrType && k.t == StrType {
		return stored.o.(*Str).S == k.o.(*Str).S, nil
	}
	if stored.t == IntType && k.t == IntType && stored.o == nil && k.o == nil {
		return false, nil
	}
	if stored.t == TupleType && k.t == TupleType {
		// Tuple keys (d[i, j]) compare item by item, as tuple == does.
		a, b := stored.o.(*Tuple).Items, k.o.(*Tuple).Items
		if len(a) != len(b) {
			return false, nil
		}
		for i := range a {
			eq, err := keysEqual(th, a[i], b[i])
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	if th == nil {
		return constEqual(stored, k), nil
	}
	return th.Equal(stored, k)
}

// constEqual compares constants without a Thread: numbers by value
// (1 == 1.0 == True), bytes by content; other kinds by identity.
func constEqual(a, b Value) bool {
	if x, ok, _ := numberAsFloat(a); ok {
		if y, ok, _ := numberAsFloat(b); ok {
			if IsInt(a) && IsInt(b) {
				ax, ab, _ := intOf(a)
				bx, bb, _ := intOf(b)
				return intCmp(ax, ab, bx, bb) == 0
			}
			if xi, xb, ok := intOf(a); ok {
				c, ok := intFloatCmp(xi, xb, y)
				return ok && c == 0
			}
			if yi, yb, ok := intOf(b); ok {
				c, ok := intFloatCmp(yi, yb, x)
				return ok && c == 0
			}
			return x == y
		}
	}
	if a.t == BytesType && b.t == BytesType {
		return string(a.o.(*Bytes).B) == string(b.o.(*Bytes).B)
	}
	return false
}

// lookup returns the entry index of k (hash h), or -1; for large dicts
// also the index slot where k is or would go.
func (d *Dict) lookup(th *Thread, k Value, h int64) (int, *Exception) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash != h || e.key.t == nil {
				continue
			}
			if e.key.t == StrType && k.t == StrType {
				// keysEqual's str case, without the call.
				if e.key.o.(*Str).S == k.o.(*Str).S {
					return i, nil
				}
				continue
			}
			eq, err := keysEqual(th, e.key, k)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	slot := perturb & mask
	for {
		ix := d.index[slot]
		if ix == ixEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && e.key.t == StrType && k.t == StrType {
				if e.key.o.(*Str).S == k.o.(*Str).S {
					return int(ix), nil
				}
			} else if e.hash == h {
				eq, err := keysEqual(th, e.key, k)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= 5
		slot = (slot*5 + perturb + 1) & mask
	}
}

// lookupStr finds a str key given as Go text and returns its entry index
// (or -1). The VM's global-name cache keeps that index while Version is
// unchanged: entries only move when a key is added or removed, which bumps
// Version.
func (d *Dict) lookupStr(k string) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key.t == StrType && e.key.o.(*Str).S == k {
				return i
			}
		}
		return d.lookupStrSub(k)
	}
	return d.lookupStrHash(k, hashString(k))
}

// lookupStrHash is lookupStr for a key whose hash the caller has (a code
// object's name): in a small dict the stored hashes rule out most entries
// without comparing strings.
func (d *Dict) lookupStrHash(k string, h int64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && e.key.t == StrType && e.key.o.(*Str).S == k {
				return i
			}
		}
		if !d.nonStr { // checked here: a call costs in wasm
			return -1
		}
		return d.lookupStrSub(k)
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	slot := perturb & mask
	for {
		ix := d.index[slot]
		if ix == ixEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if s, ok := strOf(e.key); ok && s.S == k {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		slot = (slot*5 + perturb + 1) & mask
	}
}

// lookupStrSub finds, in a small dict, a key of a str subclass equal to k
// (and of the same hash).
func (d *Dict) lookupStrSub(k string) int {
	if !d.nonStr {
		return -1
	}
	for i := range d.entries {
		if e := &d.entries[i]; e.key.t != nil && e.key.t != StrType {
			// A subclass with its own __hash__ holds its key under
			// another hash: equal text alone is not the same key.
			if s, ok := strOf(e.key); ok && s.S == k && e.hash == hashString(k) {
				return i
			}
		}
	}
	return -1
}

// insertIndex records entry i (hash h) in the index.
func (d *Dict) insertIndex(h int64, i int) {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	slot := perturb & mask
	for d.index[slot] >= 0 {
		perturb >>= 5
		slot = (slot*5 + perturb + 1) & mask
	}
	d.index[slot] = int32(i)
}

// grow makes room for one more entry: compacts deleted entries and
// rebuilds the index when the table is two thirds full.
func (d *Dict) grow() {
	n := len(d.entries)
	if d.index == nil {
		if n < smallDictMax {
			return
		}
	} else if n < len(d.index)*2/3 {
		return
	}
	if d.live < n {
		live := make([]dictEntry, 0, max(d.live*2, smallDictMax))
		for _, e := range d.entries {
			if e.key.t != nil {
				live = append(live, e)
			}
		}
		d.entries = live
		if len(live) < smallDictMax && d.index == nil {
			return
		}
	}
	size := 16
	for size*2/3 <= d.live*2+1 {
		size <<= 1
	}
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = ixEmpty
	}
	for i := range d.entries {
		d.insertIndex(d.entries[i].hash, i)
	}
}

func (d *Dict) appendEntry(k, v Value, h int64) {
	d.grow()
	d.entries = append(d.entries, dictEntry{key: k, val: v, hash: h})
	if k.t != StrType {
		d.nonStr = true
	}
	if d.index != nil {
		d.insertIndex(h, len(d.entries)-1)
	}
	d.live++
	d.Version++
}

// GetStr looks up a str key.
func (d *Dict) GetStr(k string) (Value, bool) {
	if i := d.lookupStr(k); i >= 0 {
		return d.entries[i].val, true
	}
	return Value{}, false
}

// SetStr stores a str key.
func (d *Dict) SetStr(k string, v Value) {
	if i := d.lookupStr(k); i >= 0 {
		d.entries[i].val = v
		return
	}
	kv := NewStr(k)
	d.appendEntry(kv, v, kv.o.(*Str).Hash())
}

// DelStr deletes a str key, reporting whether it was present.
func (d *Dict) DelStr(k string) bool {
	i := d.lookupStr(k)
	if i < 0 {
		return false
	}
	d.removeAt(i)
	return true
}

// removeAt deletes entry i.
func (d *Dict) removeAt(i int) {
	e := &d.entries[i]
	if d.index != nil {
		mask := uint64(len(d.index) - 1)
		perturb := uint64(e.hash)
		slot := perturb & mask
		for d.index[slot] != int32(i) {
			perturb >>= 5
			slot = (slot*5 + perturb + 1) & mask
		}
		d.index[slot] = ixDummy
	}
	*e = dictEntry{}
	d.live--
	d.Version++
	if d.live == 0 {
		d.entries = d.entries[:0]
		if d.index != nil {
			for j := range d.index {
				d.index[j] = ixEmpty
			}
		}
	}
}

// Get looks up any hashable key.
func (d *Dict) Get(th *Thread, k Value) (Value, bool, *Exception) {
	if k.t == StrType && d.index == nil {
		if i := d.lookupStr(k.o.(*Str).S); i >= 0 {
			return d.entries[i].val, true, nil
		}
		return Value{}, false, nil
	}
	var h int64
	if s, ok := k.o.(*Str); ok && s.hash != 0 && k.t == StrType {
		h = s.hash // keyHash's first case, without the call
	} else {
		var err *Exception
		if h, err = keyHash(th, k); err != nil {
			return Value{}, false, err
		}
	}
	i, err := d.lookup(th, k, h)
	if err != nil || i < 0 {
		return Value{}, false, err
	}
	return d.entries[i].val, true, nil
}

// Set stores any hashable key. An existing equal key keeps its identity
// (as in CPython); only the value is replaced.
func (d *Dict) Set(th *Thread, k, v Value) *Exception {
	var h int64
	if s, ok := k.o.(*Str); ok && s.hash != 0 && k.t == StrType {
		h = s.hash // keyHash's first case, without the call
	} else {
		var err *Exception
		if h, err = keyHash(th, k); err != nil {
			return err
		}
	}
	i, err := d.lookup(th, k, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].val = v
		return nil
	}
	d.appendEntry(k, v, h)
	return nil
}

// Delete removes a key, reporting whether it was present.
func (d *Dict) Delete(th *Thread, k Value) (bool, *Exception) {
	h, err := keyHash(th, k)
	if err != nil {
		return false, err
	}
	i, err := d.lookup(th, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(i)
	return true, nil
}

// Pop removes a key and returns its value.
func (d *Dict) Pop(th *Thread, k Value) (Value, bool, *Exception) {
	h, err := keyHash(th, k)
	if err != nil {
		return Value{}, false, err
	}
	i, err := d.lookup(th, k, h)
	if err != nil || i < 0 {
		return Value{}, false, err
	}
	v := d.entries[i].val
	d.removeAt(i)
	return v, true, nil
}

// Next iterates: start with pos 0; it returns the next live item and the
// position to continue from, or ok=false at the end.
func (d *Dict) Next(pos int) (k, v Value, next int, ok bool) {
	for pos < len(d.entries) {
		e := &d.entries[pos]
		pos++
		if e.key.t != nil {
			return e.key, e.val, pos, true
		}
	}
	return Value{}, Value{}, pos, false
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key.t != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in order.
func (d *Dict) Values() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key.t != nil {
			out = append(out, e.val)
		}
	}
	return out
}

// Items returns the items in order.
func (d *Dict) Items() []Item {
	out := make([]Item, 0, d.live)
	for _, e := range d.entries {
		if e.key.t != nil {
			out = append(out, Item{e.key, e.val})
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{entries: make([]dictEntry, 0, d.live), nonStr: d.nonStr}
	for _, e := range d.entries {
		if e.key.t != nil {
			c.entries = append(c.entries, e)
		}
	}
	c.live = len(c.entries)
	if c.live > smallDictMax {
		c.entries = append(c.entries, dictEntry{})[:c.live] // leave room
		size := 16
		for size*2/3 <= c.live*2+1 {
			size <<= 1
		}
		c.index = make([]int32, size)
		for i := range c.index {
			c.index[i] = ixEmpty
		}
		for i := range c.entries {
			c.insertIndex(c.entries[i].hash, i)
		}
	}
	return c
}

// Clear removes all items.
func (d *Dict) Clear() {
	d.entries, d.index = nil, nil
	d.live = 0
	d.Version++
}

// popLast removes and returns the last item (popitem).
func (d *Dict) popLast() (Item, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.key.t != nil {
			d.removeAt(i)
			d.entries = d.entries[:i]
			return Item{e.key, e.val}, true
		}
	}
	return Item{}, false
}

// Update merges src (a dict, a mapping with keys(), or an iterable of
// pairs) into d, as dict.update does.
func (th *Thread) DictUpdate(d *Dict, src Value) *Exception {
	if s, ok := dictOf(src); ok && (src.t == DictType || !hasOverride(src.t, "keys")) {
		for _, e := range s.entries {
			if e.key.t != nil {
				if err := d.setHashed(th, e.key, e.val, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if _, ok := src.t.Lookup("keys"); ok {
		keys, err := th.CallMethodAttr(src, "keys")
		if err != nil {
			return err
		}
		ks, err := th.Collect(keys)
		if err != nil {
			return err
		}
		for _, k := range ks {
			v, err := th.GetItem(src, k)
			if err != nil {
				return err
			}
			if err := d.Set(th, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := th.Iter(src)
	if err != nil {
		return err
	}
	for n := 0; ; n++ {
		x, ok, err := th.Next(it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		var pair []Value
		switch {
		case x.t == TupleType:
			pair = x.o.(*Tuple).Items
		case x.t == ListType:
			pair = x.o.(*List).Items
		default:
			if _, ok := x.t.Lookup("__iter__"); !ok {
				return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			if pair, err = th.Collect(x); err != nil {
				return err
			}
		}
		if len(pair) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		if err := d.Set(th, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

// hasOverride reports whether a user subclass redefines a method.
func hasOverride(t *Type, name string) bool {
	if t.Static {
		return false
	}
	v, _ := t.Lookup(name)
	base, _ := t.Base.Lookup(name)
	return !v.Is(base)
}

// setHashed stores k with a known hash.
func (d *Dict) setHashed(th *Thread, k, v Value, h int64) *Exception {
	i, err := d.lookup(th, k, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].val = v
		return nil
	}
	d.appendEntry(k, v, h)
	return nil
}

// dictRepr is repr(d).
func (th *Thread) dictRepr(d *Dict) (string, *Exception) {
	if d.live == 0 {
		return "{}", nil
	}
	if !th.ReprEnter(d) {
		return "{...}", nil
	}
	defer th.ReprLeave(d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.t == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := th.Repr(e.key)
		if err != nil {
			return "", err
		}
		v, err := th.Repr(e.val)
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// dictEqual compares two dicts' items.
func (th *Thread) dictEqual(a, b *Dict) (bool, *Exception) {
	if a.live != b.live {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key.t == nil {
			continue
		}
		j, err := b.lookup(th, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if j < 0 {
			return false, nil
		}
		eq, err := th.Equal(e.val, b.entries[j].val)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// DictIter iterates a dict's keys, values or items.
type DictIter struct {
	d     *Dict
	pos   int
	size  int
	kind  byte // 'k', 'v', 'i'
	rev   bool
	ended bool
}

// Next implements Iterator.
func (it *DictIter) Next(th *Thread) (Value, bool, *Exception) {
	if it.ended {
		return Value{}, false, nil
	}
	d := it.d
	if d.live != it.size {
		it.ended = true
		it.size = -1
		return Value{}, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	var e *dictEntry
	if it.rev {
		for it.pos >= 0 && it.pos < len(d.entries) {
			c := &d.entries[it.pos]
			it.pos--
			if c.key.t != nil {
				e = c
				break
			}
		}
	} else {
		for it.pos < len(d.entries) {
			c := &d.entries[it.pos]
			it.pos++
			if c.key.t != nil {
				e = c
				break
			}
		}
	}
	if e == nil {
		it.ended = true
		return Value{}, false, nil
	}
	switch it.kind {
	case 'k':
		return e.key, true, nil
	case 'v':
		return e.val, true, nil
	}
	return NewTuple([]Value{e.key, e.val}), true, nil
}

func newDictIter(d *Dict, kind byte, rev bool) Value {
	it := &DictIter{d: d, size: d.live, kind: kind, rev: rev}
	var t *Type
	switch kind {
	case 'k':
		t = DictKeyIterType
		if rev {
			t = DictRevKeyIterType
		}
	case 'v':
		t = DictValueIterType
		if rev {
			t = DictRevValIterType
		}
	default:
		t = DictItemIterType
		if rev {
			t = DictRevItemIterType
		}
	}
	if rev {
		it.pos = len(d.entries) - 1
	}
	return Value{t: t, o: it}
}

// NewDictIter returns iter(d) over the keys.
func NewDictIter(d *Dict) Value { return newDictIter(d, 'k', false) }
