package regex

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

var errBudget = errors.New("step budget")

// FuzzRe compiles random patterns and matches them against random
// subjects. Inputs from CPython's corpus (testdata/re/corpus.jsonl) must
// give CPython's results; every input must compile or fail with a
// positioned error, never panic, and match within a step budget with
// well-formed spans that a match at the found position reproduces.
func FuzzRe(f *testing.F) {
	cases := loadCorpus(f)
	known := map[string]corpusCase{}
	for i, c := range cases {
		if !c.Bytes {
			known[fmt.Sprintf("%q %d %q", c.P, c.F, c.S)] = c
			if i%7 == 0 {
				f.Add(c.P, c.S, uint16(c.F))
			}
		}
	}
	f.Fuzz(func(t *testing.T, pattern, subject string, flags uint16) {
		fl := int(flags) & (FlagIgnoreCase | FlagMultiline | FlagDotAll | FlagVerbose | FlagASCII)
		if c, ok := known[fmt.Sprintf("%q %d %q", pattern, fl, subject)]; ok {
			if d := runCase(c); d != "" {
				t.Fatalf("differs from CPython: %s", d)
			}
		}
		src := []rune(pattern)
		prog, _, err := Compile(src, true, fl)
		if err != nil {
			if err.Pos > len(src) || err.Pos < -1 || err.Msg == "" {
				t.Fatalf("bad error %+v for %q", err, pattern)
			}
			return
		}
		subj := []rune(subject)
		steps := 0
		check := func(n int) error {
			steps += n
			if steps > 1<<22 {
				return errBudget
			}
			return nil
		}
		m := NewMachine(prog)
		all, e := findAll(m, subj, check)
		if e != nil {
			return // a catastrophic pattern, stopped by the budget
		}
		for _, r := range all {
			caps := r[:len(r)-1]
			for g := 0; g < len(caps); g += 2 {
				a, b := caps[g], caps[g+1]
				if (a < 0) != (b < 0) || a > len(subj) || b > len(subj) {
					t.Fatalf("%q on %q: bad span %d of %v", pattern, subject, g/2, r)
				}
			}
			if caps[0] > caps[1] {
				t.Fatalf("%q on %q: match ends before it starts: %v", pattern, subject, r)
			}
		}
		if len(all) > 0 {
			r, e := m.Exec(subj, all[0][0], len(subj), ModeMatch, false, check)
			if e == nil && (r == nil || !reflect.DeepEqual(append(r.Caps, r.LastIndex), all[0])) {
				t.Fatalf("%q on %q: search found %v, match there gives %v", pattern, subject, all[0], r)
			}
		}
	})
}
