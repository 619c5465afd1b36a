package core

import (
	"strings"
	"testing"
)

func builtinFn(t *testing.T, name string) Value {
	t.Helper()
	fn, ok := testBuiltins[name]
	if !ok {
		t.Fatalf("builtin %s missing from testBuiltins", name)
	}
	return NewBuiltin(name, fn)
}

// testBuiltins are the core's builtin functions the tests call by name
// (the builtins module, runtime/modules/builtins.go, lists them all).
var testBuiltins = map[string]BuiltinFunc{
	"abs": BuiltinAbs, "ascii": BuiltinASCII, "bin": BuiltinBin, "callable": BuiltinCallable,
	"chr": BuiltinChr, "divmod": BuiltinDivmod, "format": BuiltinFormat, "getattr": BuiltinGetattr,
	"hasattr": BuiltinHasattr, "hex": BuiltinHex, "input": BuiltinInput, "iter": BuiltinIter,
	"next": BuiltinNext, "oct": BuiltinOct, "ord": BuiltinOrd, "pow": BuiltinPow,
	"print": BuiltinPrint, "round": BuiltinRound,
}

func TestPrintAndInput(t *testing.T) {
	var out, errb strings.Builder
	th := NewThread(&out, &errb)
	th.Stdin = strings.NewReader("first line\nlast")
	print := builtinFn(t, "print")
	calls := []struct {
		args []Value
		kw   []string
	}{
		{[]Value{NewStr("a"), NewStr("b")}, nil},
		{[]Value{NewStr("a"), NewStr("b"), NewStr("-"), NewStr("!\n")}, []string{"sep", "end"}},
		{[]Value{NewStr("err"), NewStdStream(false)}, []string{"file"}},
		{[]Value{None, None}, []string{"sep", "end"}},
	}
	for _, c := range calls {
		if _, err := th.Call(print, c.args, c.kw); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := out.String(), "a b\na-b!\n\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got := errb.String(); got != "err\n" {
		t.Errorf("stderr = %q", got)
	}
	if _, err := th.Call(print, []Value{Int(1)}, []string{"sep"}); err == nil || err.Error() != "TypeError: sep must be None or a string, not int" {
		t.Errorf("print(sep=1): %v", err)
	}
	input := builtinFn(t, "input")
	for _, want := range []string{"first line", "last"} {
		v, err := th.Call(input, []Value{NewStr("> ")}, nil)
		if err != nil || str(v) != want {
			t.Errorf("input() = %q, %v; want %q", str(v), err, want)
		}
	}
	if _, err := th.Call(input, nil, nil); err == nil || err.Error() != "EOFError: EOF when reading a line" {
		t.Errorf("input() at EOF: %v", err)
	}
	if !strings.HasSuffix(out.String(), "\n> > ") {
		t.Errorf("prompts not written: %q", out.String())
	}
}

func TestOutputCap(t *testing.T) {
	var out strings.Builder
	th := NewThread(&out, nil)
	th.MaxOutput = 5
	if err := th.Write(true, "abc"); err != nil {
		t.Fatal(err)
	}
	if err := th.Write(true, "defg"); err == nil || !err.Matches(OSError) {
		t.Errorf("over the cap: %v", err)
	}
	if out.String() != "abcde" {
		t.Errorf("written %q", out.String())
	}
}

func TestIterNextGetattr(t *testing.T) {
	th := NewThread(nil, nil)
	n := 0
	counter := NewBuiltin("counter", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		n++
		return Int(int64(n)), nil
	})
	it := mustCall(t, th, builtinFn(t, "iter"), counter, Int(3))
	next := builtinFn(t, "next")
	var got []int64
	for {
		v, ok, err := th.Next(it)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		got = append(got, v.Int64())
	}
	if len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("iter(counter, 3) gave %v", got)
	}
	if v := mustCall(t, th, next, it, NewStr("done")); str(v) != "done" {
		t.Errorf("next(exhausted, 'done') = %v", v)
	}
	if _, err := th.Call(next, []Value{it}, nil); err == nil || !err.Matches(StopIteration) {
		t.Errorf("next(exhausted): %v", err)
	}
	if _, err := th.Call(next, []Value{NewStr("s")}, nil); err == nil || err.Error() != "TypeError: 'str' object is not an iterator" {
		t.Errorf("next('s'): %v", err)
	}
	getattr := builtinFn(t, "getattr")
	if v := mustCall(t, th, getattr, Int(1), NewStr("nope"), NewStr("dflt")); str(v) != "dflt" {
		t.Errorf("getattr default: %v", v)
	}
	if _, err := th.Call(getattr, []Value{Int(1), Int(2)}, nil); err == nil || err.Error() != "TypeError: attribute name must be string, not 'int'" {
		t.Errorf("getattr(1, 2): %v", err)
	}
	if _, err := th.Call(getattr, []Value{Int(1)}, nil); err == nil || err.Error() != "TypeError: getattr expected at least 2 arguments, got 1" {
		t.Errorf("getattr(1): %v", err)
	}
	if v := mustCall(t, th, builtinFn(t, "hasattr"), ObjectType.Value(), NewStr("__init__")); !v.Is(True) {
		t.Errorf("hasattr(object, '__init__') = %v", v)
	}
	if v := mustCall(t, th, builtinFn(t, "callable"), ObjectType.Value()); !v.Is(True) {
		t.Errorf("callable(object) false")
	}
	if v := mustCall(t, th, builtinFn(t, "callable"), NewStr("x")); !v.Is(False) {
		t.Errorf("callable('x') true")
	}
}
