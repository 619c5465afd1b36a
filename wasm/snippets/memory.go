package snippets

import "sort"

// Memory is a KV in a map, for tests and for browsers without IndexedDB.
type Memory map[string]Record

// Get implements KV.
func (m Memory) Get(key string) (Record, bool, error) {
	r, ok := m[key]
	return r, ok, nil
}

// Put implements KV.
func (m Memory) Put(r Record) error {
	m[r.Key()] = r
	return nil
}

// Delete implements KV.
func (m Memory) Delete(key string) error {
	delete(m, key)
	return nil
}

// All implements KV, in key order as IndexedDB returns them.
func (m Memory) All() ([]Record, error) {
	out := make([]Record, 0, len(m))
	for _, r := range m {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out, nil
}
