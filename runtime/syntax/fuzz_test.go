package syntax

import (
	"testing"
	"time"
)

// checkSpans verifies the invariants every parsed tree must satisfy: each
// node (except parameter lists, which may be empty) has a valid start
// that does not come after its end.
func checkSpans(t *testing.T, m *Module) {
	Inspect(m, func(n Node) bool {
		if _, ok := n.(*Arguments); ok {
			return true
		}
		a, b := n.Span()
		if !a.IsValid() || b.Before(a) {
			t.Fatalf("bad span %v-%v for %T", a, b, n)
		}
		return true
	})
}

func addSeeds(f *testing.F) {
	for _, c := range parseCases {
		f.Add([]byte(c.src))
	}
	for _, c := range errorCases {
		f.Add([]byte(c.src))
	}
}

// FuzzScan checks that the scanner never panics and stops in bounded time.
func FuzzScan(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		toks, err := scanAll("<fuzz>", normalizeNewlines(src))
		if err == nil && (len(toks) == 0 || toks[len(toks)-1].kind != EOF) {
			t.Fatalf("token stream does not end with EOF")
		}
		if err != nil && (err.Line < 1 || err.Msg == "") {
			t.Fatalf("malformed error %+v", err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("scan took %v for %d bytes", d, len(src))
		}
	})
}

// FuzzParse checks that Parse never panics (a recovered panic shows as
// "internal parser error"), returns *Error on failure, produces valid spans,
// and stops in bounded time.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		m, err := Parse("<fuzz>", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if e.Msg == "internal parser error" || e.Line < 1 {
				t.Fatalf("parser fault: %+v", e)
			}
		} else {
			checkSpans(t, m)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("parse took %v for %d bytes", d, len(src))
		}
	})
}
