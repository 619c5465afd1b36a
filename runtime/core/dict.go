package core

// This first Dict is simple and correct; the TYPES engineer owns this file
// from now on (dict methods, views, a faster table).

// Dict is an insertion-ordered hash map from Python keys to values. Exact str
// keys use a Go map directly; other keys are found by their Python hash and
// compared with Python equality.
type Dict struct {
	entries []dictEntry      // insertion order; deleted entries have key.t == nil
	strIdx  map[string]int32 // exact str key -> entry index
	hashIdx map[int64][]int32
	live    int
	// Version changes on every insertion or deletion of a key (not on value
	// replacement), so iterators can detect a size change.
	Version uint64
}

type dictEntry struct {
	key, val Value
	hash     int64
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Value returns d as a Python dict.
func (d *Dict) Value() Value { return Value{t: DictType, o: d} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.live }

// GetStr looks up a str key.
func (d *Dict) GetStr(k string) (Value, bool) {
	if i, ok := d.strIdx[k]; ok {
		return d.entries[i].val, true
	}
	return Value{}, false
}

// SetStr stores a str key.
func (d *Dict) SetStr(k string, v Value) {
	if i, ok := d.strIdx[k]; ok {
		d.entries[i].val = v
		return
	}
	if d.strIdx == nil {
		d.strIdx = make(map[string]int32)
	}
	d.strIdx[k] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key: NewStr(k), val: v})
	d.live++
	d.Version++
}

// DelStr deletes a str key, reporting whether it was present.
func (d *Dict) DelStr(k string) bool {
	i, ok := d.strIdx[k]
	if !ok {
		return false
	}
	delete(d.strIdx, k)
	d.removeAt(i)
	return true
}

func (d *Dict) removeAt(i int32) {
	d.entries[i] = dictEntry{}
	d.live--
	d.Version++
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

// compact drops deleted entries and rebuilds the indexes.
func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live+d.live/2)
	d.strIdx, d.hashIdx = nil, nil
	for _, e := range old {
		if e.key.t == nil {
			continue
		}
		d.index(e, int32(len(d.entries)))
		d.entries = append(d.entries, e)
	}
}

func (d *Dict) index(e dictEntry, i int32) {
	if s, ok := strKey(e.key); ok {
		if d.strIdx == nil {
			d.strIdx = make(map[string]int32)
		}
		d.strIdx[s] = i
		return
	}
	if d.hashIdx == nil {
		d.hashIdx = make(map[int64][]int32)
	}
	d.hashIdx[e.hash] = append(d.hashIdx[e.hash], i)
}

// strKey reports whether k is looked up through the str index: exact strs,
// and instances of str subclasses that keep str's __eq__ and __hash__.
func strKey(k Value) (string, bool) {
	if k.t == StrType {
		return k.o.(*Str).S, true
	}
	if k.t != nil && !k.t.Static && k.t.Base == StrType {
		if eq, _ := k.t.Lookup("__eq__"); eq.o == strEqMethod() {
			if h, _ := k.t.Lookup("__hash__"); h.o == strHashMethod() {
				return Unwrap(k).o.(*Str).S, true
			}
		}
	}
	return "", false
}

func strEqMethod() any   { v, _ := StrType.Lookup("__eq__"); return v.o }
func strHashMethod() any { v, _ := StrType.Lookup("__hash__"); return v.o }

// find returns the index of key k (with hash h) or -1.
func (d *Dict) find(th *Thread, k Value, h int64) (int32, *Exception) {
	for _, i := range d.hashIdx[h] {
		e := &d.entries[i]
		if e.key.t == nil || e.hash != h {
			continue
		}
		eq, err := th.Equal(e.key, k)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// Get looks up any hashable key.
func (d *Dict) Get(th *Thread, k Value) (Value, bool, *Exception) {
	if s, ok := strKey(k); ok {
		v, ok := d.GetStr(s)
		return v, ok, nil
	}
	h, err := th.Hash(k)
	if err != nil {
		return Value{}, false, err
	}
	i, err := d.find(th, k, h)
	if err != nil || i < 0 {
		return Value{}, false, err
	}
	return d.entries[i].val, true, nil
}

// Set stores any hashable key. An existing equal key keeps its identity
// (as in CPython); only the value is replaced.
func (d *Dict) Set(th *Thread, k, v Value) *Exception {
	if s, ok := strKey(k); ok {
		if i, ok := d.strIdx[s]; ok {
			d.entries[i].val = v
			return nil
		}
		if d.strIdx == nil {
			d.strIdx = make(map[string]int32)
		}
		d.strIdx[s] = int32(len(d.entries))
		d.entries = append(d.entries, dictEntry{key: k, val: v})
		d.live++
		d.Version++
		return nil
	}
	h, err := th.Hash(k)
	if err != nil {
		return err
	}
	i, err := d.find(th, k, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].val = v
		return nil
	}
	e := dictEntry{key: k, val: v, hash: h}
	d.index(e, int32(len(d.entries)))
	d.entries = append(d.entries, e)
	d.live++
	d.Version++
	return nil
}

// Delete removes a key, reporting whether it was present.
func (d *Dict) Delete(th *Thread, k Value) (bool, *Exception) {
	if s, ok := strKey(k); ok {
		return d.DelStr(s), nil
	}
	h, err := th.Hash(k)
	if err != nil {
		return false, err
	}
	i, err := d.find(th, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	idx := d.hashIdx[h]
	for j, x := range idx {
		if x == i {
			d.hashIdx[h] = append(idx[:j:j], idx[j+1:]...)
			break
		}
	}
	d.removeAt(i)
	return true, nil
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

// Item is one key/value pair.
type Item struct{ Key, Value Value }

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
	c := &Dict{entries: make([]dictEntry, 0, d.live)}
	for _, e := range d.entries {
		if e.key.t != nil {
			c.index(e, int32(len(c.entries)))
			c.entries = append(c.entries, e)
		}
	}
	c.live = len(c.entries)
	return c
}

// Clear removes all items.
func (d *Dict) Clear() {
	d.entries, d.strIdx, d.hashIdx = nil, nil, nil
	d.live = 0
	d.Version++
}
