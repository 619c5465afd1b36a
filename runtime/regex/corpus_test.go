package regex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
)

// corpusCase is one line of testdata/re/corpus.jsonl (scripts/re-corpus.py).
type corpusCase struct {
	P     string  `json:"p"`
	F     int     `json:"f"`
	S     string  `json:"s"`
	Bytes bool    `json:"b"`
	M     []int   `json:"m"`
	A     [][]int `json:"a"`
	E     []any   `json:"e"`
	W     []int   `json:"w"`
	X     [][]int `json:"x"`
}

func loadCorpus(t testing.TB) []corpusCase {
	f, err := os.Open("../../testdata/re/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []corpusCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c corpusCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

// findAll is finditer's loop: after an empty match the next one must not
// be empty at the same position.
func findAll(m *Machine, subj []rune, check Checker) ([][]int, error) {
	var out [][]int
	pos, mustAdv := 0, false
	for pos <= len(subj) {
		r, err := m.Exec(subj, pos, len(subj), ModeSearch, mustAdv, check)
		if err != nil || r == nil {
			return out, err
		}
		out = append(out, append(r.Caps, r.LastIndex))
		mustAdv = r.Caps[0] == r.Caps[1]
		pos = r.Caps[1]
	}
	return out, nil
}

// runCase returns a description of how our engine disagrees with CPython's
// recorded result, or "".
func runCase(c corpusCase) string {
	prog, _, perr := Compile([]rune(c.P), !c.Bytes, c.F)
	if c.E != nil {
		want := fmt.Sprint(c.E...)
		if perr == nil {
			return "compiled; CPython: " + want
		}
		kind := perr.Kind
		if kind == "" {
			kind = "error"
		}
		got := fmt.Sprint(kind, perr.Msg, perr.Pos)
		if kind != "error" {
			got = fmt.Sprint(kind, perr.Msg, -1)
		}
		if got != want {
			return "error " + got + "; CPython: " + want
		}
		return ""
	}
	if perr != nil {
		return "error " + perr.Error()
	}
	m := NewMachine(prog)
	subj := []rune(c.S)
	r, _ := m.Exec(subj, 0, len(subj), ModeSearch, false, nil)
	var got []int
	if r != nil {
		got = append(r.Caps, r.LastIndex)
	}
	if !reflect.DeepEqual(got, c.M) {
		return fmt.Sprintf("search %v; CPython %v", got, c.M)
	}
	all, _ := findAll(m, subj, nil)
	if (len(all) != 0 || len(c.A) != 0) && !reflect.DeepEqual(all, c.A) {
		return fmt.Sprintf("finditer %v; CPython %v", all, c.A)
	}
	for i, mode := range []Mode{ModeMatch, ModeFullMatch, ModeSearch} {
		r, _ := m.Exec(subj, c.W[0], c.W[1], mode, false, nil)
		var got []int
		if r != nil {
			got = append(r.Caps, r.LastIndex)
		}
		if !reflect.DeepEqual(got, c.X[i]) {
			return fmt.Sprintf("mode %d at %v: %v; CPython %v", mode, c.W, got, c.X[i])
		}
	}
	return ""
}

// TestCorpus replays CPython's results for the corpus's patterns.
func TestCorpus(t *testing.T) {
	cases := loadCorpus(t)
	fails := 0
	for _, c := range cases {
		if d := runCase(c); d != "" {
			fails++
			if fails <= 40 {
				t.Errorf("%q flags=%d subject=%q bytes=%v: %s", c.P, c.F, c.S, c.Bytes, d)
			}
		}
	}
	t.Logf("corpus: %d cases, %d differ", len(cases), fails)
}
