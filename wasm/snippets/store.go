// Package snippets keeps the reader's edits of slide examples: one record
// per deck and example, with a revision number so that two tabs saving the
// same example notice each other instead of silently overwriting, and the
// hash of the original code the edit started from so that the page can
// mark an edit whose original has since changed. The rules live in Store;
// where records are kept is a KV: IndexedDB in the browser (idb.go, js/wasm
// only), memory in native tests.
package snippets

import (
	"errors"
	"strings"
)

// Record is one saved edit.
type Record struct {
	Deck    string // deck slug
	ID      string // example id within the deck
	Code    string // the edited code
	Orig    string // hash of the deck's original code when the edit was made
	Rev     int64  // 1 on first save, +1 on every save
	Updated int64  // milliseconds since the Unix epoch
}

// Key is the record's storage key: deck and id, which cannot contain '/'.
func (r Record) Key() string { return Key(r.Deck, r.ID) }

// Key joins a deck slug and an example id into a storage key.
func Key(deck, id string) string { return deck + "/" + id }

// KV is where records live. Get reports found=false for a missing key.
type KV interface {
	Get(key string) (r Record, found bool, err error)
	Put(r Record) error
	Delete(key string) error
	All() ([]Record, error)
}

// ErrConflict means the stored record moved on (another tab saved) since
// the revision the caller edited; the caller decides whose edit wins.
var ErrConflict = errors.New("this example was changed in another tab")

// ConflictError carries the stored record that won the race.
type ConflictError struct{ Current Record }

func (e *ConflictError) Error() string { return ErrConflict.Error() }

// Is makes errors.Is(err, ErrConflict) true.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// Store applies the revision rules over a KV.
type Store struct{ KV KV }

func validate(deck, id string) error {
	if deck == "" || id == "" || strings.Contains(deck, "/") || strings.Contains(id, "/") {
		return errors.New("snippet needs a deck and an example id without '/'")
	}
	return nil
}

// Save stores code as the edit of deck/id. baseRev is the revision the
// editor's text started from (0: no saved edit). Unless force is set, a
// stored revision other than baseRev is a *ConflictError and nothing is
// written. It returns the record as stored.
func (s Store) Save(deck, id, code, orig string, baseRev int64, force bool, now int64) (Record, error) {
	if err := validate(deck, id); err != nil {
		return Record{}, err
	}
	cur, found, err := s.KV.Get(Key(deck, id))
	if err != nil {
		return Record{}, err
	}
	if !found {
		cur = Record{}
	}
	if cur.Rev != baseRev && !force {
		return Record{}, &ConflictError{Current: cur}
	}
	r := Record{Deck: deck, ID: id, Code: code, Orig: orig, Rev: cur.Rev + 1, Updated: now}
	if found && !force && cur.Orig != "" {
		// The edit still derives from the original it was first made on.
		r.Orig = cur.Orig
	}
	if err := s.KV.Put(r); err != nil {
		return Record{}, err
	}
	return r, nil
}

// Get returns the saved edit of deck/id, if any.
func (s Store) Get(deck, id string) (Record, bool, error) {
	if err := validate(deck, id); err != nil {
		return Record{}, false, err
	}
	return s.KV.Get(Key(deck, id))
}

// Reset removes the saved edit of deck/id (no error if there is none).
func (s Store) Reset(deck, id string) error {
	if err := validate(deck, id); err != nil {
		return err
	}
	return s.KV.Delete(Key(deck, id))
}

// List returns the saved edits of one deck, or of all decks if deck is "".
func (s Store) List(deck string) ([]Record, error) {
	all, err := s.KV.All()
	if err != nil {
		return nil, err
	}
	var out []Record
	for _, r := range all {
		if deck == "" || r.Deck == deck {
			out = append(out, r)
		}
	}
	return out, nil
}

// Import stores records (from an export), each as a new revision on top of
// whatever is stored, so open tabs see them as changes. It returns how many
// were stored; a record without deck or id is an error and stops the import.
func (s Store) Import(rs []Record, now int64) (int, error) {
	for i, r := range rs {
		if err := validate(r.Deck, r.ID); err != nil {
			return i, err
		}
		cur, _, err := s.KV.Get(r.Key())
		if err != nil {
			return i, err
		}
		r.Rev = cur.Rev + 1
		r.Updated = now
		if err := s.KV.Put(r); err != nil {
			return i, err
		}
	}
	return len(rs), nil
}
