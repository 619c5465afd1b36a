package syntax

import (
	"strings"
	"testing"
)

// TestInspectOrder checks the order Inspect visits names in (parameters are
// *Arg nodes, not names; a def's annotations come before its defaults).
func TestInspectOrder(t *testing.T) {
	cases := []struct{ src, want string }{
		{"a = b + c", "a b c"},
		{"@d\ndef f(x: t = v, *y, k=w, **z) -> r:\n    return u", "d t v w r u"},
		{"class C(B, metaclass=M):\n    def m(self): pass", "B M"},
		{"[e for i in s if c]", "e i s c"},
		{"{k: v for k, v in d}", "k v k v d"},
		{"f(a, *b, c=d, **e)", "f a b d e"},
		{"match s:\n    case P(x, y=z) if g: h", "s P g h"},
		{"try:\n    a\nexcept E as n:\n    b\nelse:\n    c\nfinally:\n    d", "a E b c d"},
		{"with m as n, o: p", "m n o p"},
		{"x = lambda q, r=s: q if r else t", "x s q r t"},
		{`f"{a!r:{b}}"`, "a b"},
	}
	for _, c := range cases {
		m, err := Parse("<test>", []byte(c.src))
		if err != nil {
			t.Fatalf("Parse(%q): %v", c.src, err)
		}
		var names []string
		Inspect(m, func(n Node) bool {
			if id, ok := n.(*Name); ok {
				names = append(names, id.Id)
			}
			return true
		})
		if got := strings.Join(names, " "); got != c.want {
			t.Errorf("Inspect(%q) names = %q, want %q", c.src, got, c.want)
		}
	}
}

type depthCounter struct{ depth, max int }

func (d *depthCounter) Visit(n Node) Visitor {
	if n == nil {
		d.depth--
		return nil
	}
	d.depth++
	if d.depth > d.max {
		d.max = d.depth
	}
	return d
}

func TestWalkBalanced(t *testing.T) {
	m, err := Parse("<test>", []byte("def f():\n    return [x for x in (1, 2)]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := &depthCounter{}
	Walk(d, m)
	// Module > FunctionDef > Return > ListComp > Comprehension > Tuple > Constant
	if d.depth != 0 || d.max != 7 {
		t.Errorf("Walk: final depth %d, max depth %d; want 0 and 7", d.depth, d.max)
	}
}

func TestInspectSkipsChildren(t *testing.T) {
	m, err := Parse("<test>", []byte("def f(a):\n    b\nc\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Inspect(m, func(n Node) bool {
		if id, ok := n.(*Name); ok {
			names = append(names, id.Id)
		}
		_, isDef := n.(*FunctionDef)
		return !isDef
	})
	if got := strings.Join(names, " "); got != "c" {
		t.Errorf("names outside the def = %q, want %q", got, "c")
	}
}
