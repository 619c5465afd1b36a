package compile

import "testing"

// Expected values are CPython 3.11's (ast.unparse of each annotation,
// and its future-import errors).
func TestFutureAnnotationsUnparse(t *testing.T) {
	for _, c := range []struct{ ann, want string }{
		{"'x'", `'x'`},
		{"list[int]", "list[int]"},
		{"tuple[int, ...]", "tuple[int, ...]"},
		{"dict[str, 'A'] | None", "dict[str, 'A'] | None"},
		{"Callable[[int], None]", "Callable[[int], None]"},
		{`Literal["a", 1, -2.5, None, True, b'x']`, "Literal['a', 1, -2.5, None, True, b'x']"},
		{"x.y.z", "x.y.z"},
		{"a[1:2, ::3]", "a[1:2, ::3]"},
		{`'it\'s'`, `"it's"`},
		{"f(1, k=2)[0]", "f(1, k=2)[0]"},
	} {
		src := "from __future__ import annotations\nv: " + c.ann + "\n"
		code, err := compileSrc(t, src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		found := false
		for _, k := range code.Consts {
			if k.Kind == ConstStr && k.Str == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no constant %q in %v", c.ann, c.want, code.Consts)
		}
	}
}

func TestFutureImportErrors(t *testing.T) {
	for _, c := range []struct {
		src, msg string
		line     int
	}{
		{"x = 1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file", 2},
		{"from __future__ import braces\n", "not a chance", 1},
		{"from __future__ import nope\n", "future feature nope is not defined", 1},
	} {
		_, err := compileSrc(t, c.src)
		if err == nil || err.Msg != c.msg || err.Line != c.line {
			t.Errorf("%q: got %v, want %q at line %d", c.src, err, c.msg, c.line)
		}
	}
	for _, src := range []string{"\"doc\"\nfrom __future__ import annotations, division\nimport sys\n", "from __future__ import (generator_stop)\n"} {
		if _, err := compileSrc(t, src); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}
