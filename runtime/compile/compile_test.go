package compile

import (
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime/syntax"
)

func compileSrc(t *testing.T, src string) (*Code, *syntax.Error) {
	t.Helper()
	mod, err := syntax.Parse("t.py", []byte(src))
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	return Compile(mod, "t.py", []byte(src))
}

// findCode returns the code object named name (depth-first), or nil.
func findCode(c *Code, name string) *Code {
	if c.Name == name {
		return c
	}
	for _, k := range c.Consts {
		if k.Kind == ConstCode {
			if r := findCode(k.Code, name); r != nil {
				return r
			}
		}
	}
	return nil
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		src  string
		msg  string
		line int
	}{
		{"return 5\n", "'return' outside function", 1},
		{"x = 1\nbreak\n", "'break' outside loop", 2},
		{"continue\n", "'continue' not properly in loop", 1},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level", 1},
		{"def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3},
		{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3},
		{"def f(a):\n    global a\n", "name 'a' is parameter and global", 2},
		{"await x\n", "'await' outside function", 1},
		{"def f():\n    await x\n", "'await' outside async function", 2},
		{"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3},
		{"async def f():\n    yield from g\n", "'yield from' inside async function", 2},
		{"def f():\n    return [x async for x in g]\n", "asynchronous comprehension outside of an asynchronous function", 2},
		{"yield 1\n", "'yield' outside function", 1},
		{"a, *b, *c = x\n", "multiple starred expressions in assignment", 1},
		{"f(x=1, x=2)\n", "keyword argument repeated: x", 1},
		{"class C:\n    [y := 1 for i in x]\n", "assignment expression within a comprehension cannot be used in a class body", 2},
	}
	for _, tt := range tests {
		_, err := compileSrc(t, tt.src)
		if err == nil {
			t.Errorf("%q: compiled, want %q", tt.src, tt.msg)
			continue
		}
		if err.Msg != tt.msg || err.Line != tt.line {
			t.Errorf("%q: got %q at line %d, want %q at line %d", tt.src, err.Msg, err.Line, tt.msg, tt.line)
		}
	}
}

func TestScopes(t *testing.T) {
	tests := []struct {
		src   string
		code  string // code object to inspect
		wants []string
	}{
		// Locals are slots, globals go through LOAD_GLOBAL.
		{"def f(a):\n    b = a\n    return g\n", "f", []string{"LOAD_FAST            a", "STORE_FAST           b", "LOAD_GLOBAL          g"}},
		// A captured variable becomes a cell in the outer function and free in the inner.
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "f", []string{"STORE_DEREF          x", "LOAD_CLOSURE         x"}},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "g", []string{"LOAD_DEREF           x"}},
		// nonlocal writes the outer cell.
		{"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n", "g", []string{"STORE_DEREF          x"}},
		// global in a function.
		{"def f():\n    global x\n    x = 1\n", "f", []string{"STORE_GLOBAL         x"}},
		// Class bodies use the namespace dict; methods capture __class__ for super().
		{"class C:\n    a = 1\n    def m(self):\n        return super().m()\n", "C", []string{"STORE_NAME           a", "LOAD_CLOSURE         __class__"}},
		// Private names are mangled inside classes.
		{"class C:\n    def m(self):\n        return self.__x\n", "m", []string{"LOAD_ATTR            _C__x"}},
		{"class _C:\n    __y = 1\n", "_C", []string{"STORE_NAME           _C__y"}},
		{"class C:\n    __z__ = 1\n", "C", []string{"STORE_NAME           __z__"}},
		// Comprehensions are functions; the walrus target binds in the enclosing function.
		{"def f(xs):\n    return [y := x for x in xs]\n", "<listcomp>", []string{"LOAD_FAST            .0", "STORE_DEREF          y"}},
		// Class-level names used in a method are not captured from the class.
		{"def f():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n", "m", []string{"LOAD_DEREF           v"}},
		{"def f():\n    v = 1\n    class C:\n        w = v\n", "C", []string{"LOAD_CLASSDEREF      v"}},
	}
	for _, tt := range tests {
		code, err := compileSrc(t, tt.src)
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		c := findCode(code, tt.code)
		if c == nil {
			t.Errorf("%q: no code %s", tt.src, tt.code)
			continue
		}
		dis := c.Disassemble()
		for _, w := range tt.wants {
			if !strings.Contains(dis, w) {
				t.Errorf("%q: code %s lacks %q:\n%s", tt.src, tt.code, w, dis)
			}
		}
	}
}

func TestQualNamesAndFlags(t *testing.T) {
	src := `
def outer():
    def inner():
        pass
    return lambda: 1
class K:
    def meth(self):
        pass
    async def am(self):
        await x
def gen():
    yield 1
async def agen():
    yield 1
def args(a, /, b, *c, d, e=1, **f):
    pass
`
	code, err := compileSrc(t, src)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, qual string
		flags      int
	}{
		{"inner", "outer.<locals>.inner", FlagNewLocals},
		{"<lambda>", "outer.<locals>.<lambda>", FlagNewLocals},
		{"meth", "K.meth", FlagNewLocals},
		{"am", "K.am", FlagNewLocals | FlagCoroutine},
		{"gen", "gen", FlagNewLocals | FlagGenerator},
		{"agen", "agen", FlagNewLocals | FlagAsyncGenerator},
		{"args", "args", FlagNewLocals | FlagVarArgs | FlagVarKeywords},
	}
	for _, tt := range tests {
		c := findCode(code, tt.name)
		if c == nil {
			t.Errorf("no code %s", tt.name)
			continue
		}
		if c.QualName != tt.qual || c.Flags != tt.flags {
			t.Errorf("%s: qualname %q flags %#x, want %q %#x", tt.name, c.QualName, c.Flags, tt.qual, tt.flags)
		}
	}
	a := findCode(code, "args")
	if a.ArgCount != 2 || a.PosOnlyCount != 1 || a.KwOnlyCount != 2 ||
		strings.Join(a.VarNames, ",") != "a,b,d,e,c,f" {
		t.Errorf("args: argcount %d posonly %d kwonly %d varnames %v", a.ArgCount, a.PosOnlyCount, a.KwOnlyCount, a.VarNames)
	}
}

func TestConstantFoldingAndSpans(t *testing.T) {
	code, err := compileSrc(t, "x = -5\ny = (1, 2, -3.5)\nz = 2 * 3 + 1\nprint(x +\n  y)\n")
	if err != nil {
		t.Fatal(err)
	}
	dis := code.Disassemble()
	for _, w := range []string{"LOAD_CONST           -5", "LOAD_CONST           (1, 2, -3.5)", "LOAD_CONST           7"} {
		if !strings.Contains(dis, w) {
			t.Errorf("missing %q:\n%s", w, dis)
		}
	}
	// The BINARY_OP of `x +\n  y` spans two lines.
	for i, in := range code.Instrs {
		if in.Op == BINARY_OP && code.Spans[i].Line == 4 {
			sp := code.Spans[i]
			if sp.Line != 4 || sp.EndLine != 5 || sp.Col != 6 || sp.EndCol != 3 {
				t.Errorf("BINARY_OP span %+v", sp)
			}
		}
	}
}

func TestZeroArgSuperCell(t *testing.T) {
	code, err := compileSrc(t, "class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n")
	if err != nil {
		t.Fatal(err)
	}
	if m := findCode(code, "m"); len(m.FreeVars) != 1 || m.FreeVars[0] != "__class__" {
		t.Errorf("m free vars %v, want [__class__]", m.FreeVars)
	}
	if n := findCode(code, "n"); len(n.FreeVars) != 0 {
		t.Errorf("n free vars %v, want none", n.FreeVars)
	}
	if c := findCode(code, "C"); len(c.CellVars) != 1 || c.CellVars[0] != "__class__" {
		t.Errorf("C cell vars %v", c.CellVars)
	}
}

func TestStackDepth(t *testing.T) {
	tests := []struct {
		src string
		max int
	}{
		{"x = 1\n", 2},
		{"f(a, b, c)\n", 5},
		{"for i in x:\n    try:\n        a\n    except E as e:\n        b\n", 5},
	}
	for _, tt := range tests {
		code, err := compileSrc(t, tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if code.StackSize > tt.max || code.StackSize < 2 {
			t.Errorf("%q: stack size %d, want at most %d", tt.src, code.StackSize, tt.max)
		}
	}
}

// Positions of compile-stage errors as `python3 FILE` reports them (UTF-8
// byte offsets, read by a sys.excepthook).
func TestCompileErrorPositions(t *testing.T) {
	tests := []struct {
		src                    string
		line, col, eline, ecol int
	}{
		{"x = 'é'; return 5\n", 1, 11, 1, 19},
		{"def f():\n    x = 'é'; from m import *\n", 2, 29, 2, 30},
		{"def f():\n    from math import *\n", 2, 22, 2, 23},
		{"a, *b, *c = range(5)\n", 1, 1, 1, 10},
		{"def f():\n    'é'; nonlocal q\n", 2, 11, 2, 21},
		{"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", 3, 1, 4, 9},
	}
	for _, tt := range tests {
		_, err := compileSrc(t, tt.src)
		if err == nil {
			t.Errorf("%q: compiled, want an error", tt.src)
			continue
		}
		if err.Line != tt.line || err.Col != tt.col || err.EndLine != tt.eline || err.EndCol != tt.ecol {
			t.Errorf("%q: %s at %d %d %d %d, want %d %d %d %d", tt.src, err.Msg,
				err.Line, err.Col, err.EndLine, err.EndCol, tt.line, tt.col, tt.eline, tt.ecol)
		}
	}
}
