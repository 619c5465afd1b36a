package compile

import (
	"reflect"
	"testing"
)

// The expected warnings are what CPython 3.11 prints for each program.
func TestSyntaxWarnings(t *testing.T) {
	const isLit = `"is" with a literal. Did you mean "=="?`
	tests := []struct {
		src  string
		want []Warning
	}{
		{"x = 1\nx is 1\n", []Warning{{2, isLit}}},
		{"x = 1\nif x is not 'a':\n    pass\n", []Warning{{2, `"is not" with a literal. Did you mean "!="?`}}},
		{"x = 1\n(x is -1, x is (1, 2), x is (), 1 is x, x is 2 * 3)\n", []Warning{{2, isLit}, {2, isLit}, {2, isLit}, {2, isLit}, {2, isLit}}},
		// Not literals: None, True, False, ..., names, displays, f-strings.
		{"x = 1\n(x is None, x is True, x is ..., x is [], x is (x,), x is f'{x}', x is not False)\n", nil},
		{"def f(v):\n    return v is 'a'\nx = 1 is 1\n", []Warning{{2, isLit}, {3, isLit}}},
		{"if 0:\n    x is 5\n", []Warning{{2, isLit}}},
		{"x = 1\nassert (x, 'msg')\nassert ()\nassert (1, 2)\n", []Warning{{2, "assertion is always true, perhaps remove parentheses?"}, {4, "assertion is always true, perhaps remove parentheses?"}}},
		{"z = [(1, 2) (3, 4)]\n", []Warning{{1, "'tuple' object is not callable; perhaps you missed a comma?"}}},
		{"None()\n5(1)\n...()\n{1: 2}()\nf'{1}'()\n[i for i in y]()\n", []Warning{
			{1, "'NoneType' object is not callable; perhaps you missed a comma?"},
			{2, "'int' object is not callable; perhaps you missed a comma?"},
			{3, "'ellipsis' object is not callable; perhaps you missed a comma?"},
			{4, "'dict' object is not callable; perhaps you missed a comma?"},
			{5, "'str' object is not callable; perhaps you missed a comma?"},
			{6, "'list' object is not callable; perhaps you missed a comma?"},
		}},
		{"[{1} [0]]\n5[0]\nTrue[0]\n(lambda: 0)[0]\n(i for i in y)[0]\n1.5[0]\n", []Warning{
			{1, "'set' object is not subscriptable; perhaps you missed a comma?"},
			{2, "'int' object is not subscriptable; perhaps you missed a comma?"},
			{3, "'bool' object is not subscriptable; perhaps you missed a comma?"},
			{4, "'function' object is not subscriptable; perhaps you missed a comma?"},
			{5, "'generator' object is not subscriptable; perhaps you missed a comma?"},
			{6, "'float' object is not subscriptable; perhaps you missed a comma?"},
		}},
		{"[[1, 2] [0, 1]]\n'a'[0.5]\n[1][None]\n(1,)['x']\n'ab'[f'{x}']\n[1][{}]\n'x'[b'']\n", []Warning{
			{1, "list indices must be integers or slices, not tuple; perhaps you missed a comma?"},
			{2, "str indices must be integers or slices, not float; perhaps you missed a comma?"},
			{3, "list indices must be integers or slices, not NoneType; perhaps you missed a comma?"},
			{4, "tuple indices must be integers or slices, not str; perhaps you missed a comma?"},
			{5, "str indices must be integers or slices, not str; perhaps you missed a comma?"},
			{6, "list indices must be integers or slices, not dict; perhaps you missed a comma?"},
			{7, "str indices must be integers or slices, not bytes; perhaps you missed a comma?"},
		}},
		// Fine: a dict display, slices, int and bool indices, names.
		{"{1: 2}[[]]\n'abc'['a':'b']\n[1][True]\n'ab'[-1]\nx = [1]\nx[1.5]\n", nil},
	}
	for _, tc := range tests {
		code, err := compileSrc(t, tc.src)
		if err != nil {
			t.Errorf("compile %q: %v", tc.src, err)
			continue
		}
		if !reflect.DeepEqual(code.Warnings, tc.want) {
			t.Errorf("compile %q: warnings\n%v\nwant\n%v", tc.src, code.Warnings, tc.want)
		}
	}
}
