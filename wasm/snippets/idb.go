//go:build js && wasm

package snippets

import (
	"context"
	"errors"
	"syscall/js"

	"github.com/hack-pad/go-indexeddb/idb"
)

const (
	dbName    = "asynchrony"
	dbVersion = 1
	storeName = "snippets"
)

// IDB is a KV in the browser's IndexedDB. Its methods block on channels:
// call them from a goroutine, never directly inside a js.FuncOf callback.
type IDB struct{ db *idb.Database }

// OpenIDB opens (creating on first use) the snippets database.
func OpenIDB(ctx context.Context) (*IDB, error) {
	f := idb.Global()
	if f == nil {
		return nil, errors.New("IndexedDB is not available (private mode or an old browser?)")
	}
	req, err := f.Open(ctx, dbName, dbVersion, func(db *idb.Database, oldVersion, newVersion uint) error {
		_, err := db.CreateObjectStore(storeName, idb.ObjectStoreOptions{})
		return err
	})
	if err != nil {
		return nil, err
	}
	db, err := req.Await(ctx)
	if err != nil {
		return nil, err
	}
	return &IDB{db: db}, nil
}

func toJS(r Record) js.Value {
	return js.ValueOf(map[string]any{
		"deck": r.Deck, "id": r.ID, "code": r.Code, "orig": r.Orig,
		"rev": float64(r.Rev), "updated": float64(r.Updated),
	})
}

// FromJS reads a record from a JS object with the fields toJS writes;
// missing fields are zero.
func FromJS(v js.Value) Record {
	str := func(k string) string {
		if f := v.Get(k); f.Type() == js.TypeString {
			return f.String()
		}
		return ""
	}
	num := func(k string) int64 {
		if f := v.Get(k); f.Type() == js.TypeNumber {
			return int64(f.Float())
		}
		return 0
	}
	return Record{Deck: str("deck"), ID: str("id"), Code: str("code"), Orig: str("orig"), Rev: num("rev"), Updated: num("updated")}
}

// ToJS is the page's view of a record.
func ToJS(r Record) js.Value { return toJS(r) }

func (s *IDB) store(mode idb.TransactionMode) (*idb.Transaction, *idb.ObjectStore, error) {
	txn, err := s.db.Transaction(mode, storeName)
	if err != nil {
		return nil, nil, err
	}
	st, err := txn.ObjectStore(storeName)
	return txn, st, err
}

// Get implements KV.
func (s *IDB) Get(key string) (Record, bool, error) {
	ctx := context.Background()
	_, st, err := s.store(idb.TransactionReadOnly)
	if err != nil {
		return Record{}, false, err
	}
	req, err := st.Get(js.ValueOf(key))
	if err != nil {
		return Record{}, false, err
	}
	v, err := req.Await(ctx)
	if err != nil {
		return Record{}, false, err
	}
	if v.IsUndefined() || v.IsNull() {
		return Record{}, false, nil
	}
	return FromJS(v), true, nil
}

// Put implements KV; it returns once the transaction has committed, so a
// quota error surfaces here.
func (s *IDB) Put(r Record) error {
	txn, st, err := s.store(idb.TransactionReadWrite)
	if err != nil {
		return err
	}
	if _, err := st.PutKey(js.ValueOf(r.Key()), toJS(r)); err != nil {
		return err
	}
	return txn.Await(context.Background())
}

// Delete implements KV.
func (s *IDB) Delete(key string) error {
	txn, st, err := s.store(idb.TransactionReadWrite)
	if err != nil {
		return err
	}
	if _, err := st.Delete(js.ValueOf(key)); err != nil {
		return err
	}
	return txn.Await(context.Background())
}

// All implements KV.
func (s *IDB) All() ([]Record, error) {
	_, st, err := s.store(idb.TransactionReadOnly)
	if err != nil {
		return nil, err
	}
	cur, err := st.OpenCursor(idb.CursorNext)
	if err != nil {
		return nil, err
	}
	var out []Record
	err = cur.Iter(context.Background(), func(c *idb.CursorWithValue) error {
		v, err := c.Value()
		if err != nil {
			return err
		}
		out = append(out, FromJS(v))
		return nil
	})
	return out, err
}
