package snippets

import (
	"errors"
	"testing"
)

func TestSave(t *testing.T) {
	type step struct {
		code    string
		orig    string
		baseRev int64
		force   bool
		wantRev int64 // 0: want a conflict
		wantOri string
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"first save then follow-ups", []step{
			{"a", "h1", 0, false, 1, "h1"},
			{"ab", "h1", 1, false, 2, "h1"},
			{"abc", "h1", 2, false, 3, "h1"},
		}},
		{"a second tab with a stale revision conflicts", []step{
			{"a", "h1", 0, false, 1, "h1"},
			{"b", "h1", 0, false, 0, ""},
			{"b", "h1", 1, false, 2, "h1"},
		}},
		{"force overwrites and takes the new original", []step{
			{"a", "h1", 0, false, 1, "h1"},
			{"b", "h2", 0, true, 2, "h2"},
		}},
		{"the original an edit was made on is kept", []step{
			{"a", "h1", 0, false, 1, "h1"},
			{"b", "h2", 1, false, 2, "h1"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Store{KV: Memory{}}
			for i, st := range tt.steps {
				r, err := s.Save("deck", "ex", st.code, st.orig, st.baseRev, st.force, int64(i))
				if st.wantRev == 0 {
					var ce *ConflictError
					if !errors.Is(err, ErrConflict) || !errors.As(err, &ce) || ce.Current.Rev == 0 {
						t.Fatalf("step %d: err = %v, want a conflict carrying the stored record", i, err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if r.Rev != st.wantRev || r.Orig != st.wantOri || r.Code != st.code {
					t.Fatalf("step %d: got %+v, want rev %d orig %s", i, r, st.wantRev, st.wantOri)
				}
				got, ok, _ := s.Get("deck", "ex")
				if !ok || got != r {
					t.Fatalf("step %d: stored %+v, returned %+v", i, got, r)
				}
			}
		})
	}
}

func TestResetListImport(t *testing.T) {
	s := Store{KV: Memory{}}
	for _, k := range []struct{ deck, id string }{{"b", "x"}, {"a", "y"}, {"a", "x"}} {
		if _, err := s.Save(k.deck, k.id, "code "+k.id, "h", 0, false, 1); err != nil {
			t.Fatal(err)
		}
	}
	rs, _ := s.List("a")
	if len(rs) != 2 || rs[0].ID != "x" || rs[1].ID != "y" {
		t.Fatalf("List(a) = %+v", rs)
	}
	if err := s.Reset("a", "x"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Get("a", "x"); ok {
		t.Fatal("Reset left the edit")
	}
	if err := s.Reset("a", "x"); err != nil {
		t.Fatalf("second Reset: %v", err)
	}
	n, err := s.Import([]Record{{Deck: "b", ID: "x", Code: "imported", Orig: "h", Rev: 9}, {Deck: "c", ID: "z", Code: "new"}}, 5)
	if n != 2 || err != nil {
		t.Fatalf("Import = %d, %v", n, err)
	}
	got, _, _ := s.Get("b", "x")
	if got.Code != "imported" || got.Rev != 2 || got.Updated != 5 {
		t.Fatalf("imported over an edit: %+v (want rev 2: a new revision on top of the stored one)", got)
	}
	all, _ := s.List("")
	if len(all) != 3 {
		t.Fatalf("List() = %+v", all)
	}
	if n, err := s.Import([]Record{{Deck: "c", ID: "ok"}, {Deck: "", ID: "bad"}}, 6); n != 1 || err == nil {
		t.Fatalf("Import of a bad record = %d, %v", n, err)
	}
}

func TestValidate(t *testing.T) {
	s := Store{KV: Memory{}}
	for _, k := range [][2]string{{"", "x"}, {"d", ""}, {"d/e", "x"}, {"d", "x/y"}} {
		if _, err := s.Save(k[0], k[1], "c", "h", 0, false, 0); err == nil {
			t.Errorf("Save(%q, %q) accepted", k[0], k[1])
		}
		if _, _, err := s.Get(k[0], k[1]); err == nil {
			t.Errorf("Get(%q, %q) accepted", k[0], k[1])
		}
	}
}
