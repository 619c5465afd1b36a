package core

import (
	"math"
	"math/big"
	"testing"
)

// Table-driven tests of the built-in types through the abstract operations
// (method calls, operators, subscripts, constructors, builtins). Each
// expected string is what CPython 3.11 printed for repr(<expr>) (or the
// exception it raised) under PYTHONHASHSEED=0, recorded when the test was
// written.

// typesEnv evaluates the helpers below; a Python exception aborts the case
// through a panic caught by runTypesCase.
type pyErr struct{ e *Exception }

var tth *Thread

func must(v Value, err *Exception) Value {
	if err != nil {
		panic(pyErr{err})
	}
	return v
}

func S(s string) Value       { return NewStr(s) }
func I(x int64) Value        { return Int(x) }
func F(f float64) Value      { return Float(f) }
func BY(s string) Value      { return NewBytes([]byte(s)) }
func L(xs ...Value) Value    { return NewList(xs) }
func T(xs ...Value) Value    { return NewTuple(xs) }
func NR(a, b, c int64) Value { return NewRange(a, b, c) }
func BIG(s string) Value {
	b, _ := new(big.Int).SetString(s, 10)
	return BigInt(b)
}
func D(kv ...Value) Value {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(tth, kv[i], kv[i+1]); err != nil {
			panic(pyErr{err})
		}
	}
	return d.Value()
}
func SET(xs ...Value) Value                       { return must(tth.NewSetFromConstants(xs)) }
func sl(a, b, c Value) Value                      { return NewSlice(a, b, c) }
func m(v Value, name string, args ...Value) Value { return must(tth.CallMethodAttr(v, name, args...)) }
func mk(v Value, name string, kw []string, args ...Value) Value {
	return must(tth.Call(must(tth.GetAttr(v, name)), args, kw))
}
func b(op BinOp, x, y Value) Value      { return must(tth.Binary(op, x, y)) }
func cmp(op CmpOp, x, y Value) Value    { return must(tth.Compare(op, x, y)) }
func un(op UnaryOp, x Value) Value      { return must(tth.Unary(op, x)) }
func gi(c, k Value) Value               { return must(tth.GetItem(c, k)) }
func call(f Value, args ...Value) Value { return must(tth.Call(f, args, nil)) }
func callkw(f Value, kw []string, args ...Value) Value {
	return must(tth.Call(f, args, kw))
}
func attr(v Value, name string) Value { return must(tth.GetAttr(v, name)) }
func fn(name string, args ...Value) Value {
	f, ok := testBuiltins[name]
	if !ok {
		panic("no builtin " + name + " in testBuiltins")
	}
	return must(tth.Call(NewBuiltin(name, f), args, nil))
}
func hashOf(v Value) Value {
	h, err := tth.Hash(v)
	if err != nil {
		panic(pyErr{err})
	}
	return Int(h)
}
func lenOf(v Value) Value {
	n, err := tth.Len(v)
	if err != nil {
		panic(pyErr{err})
	}
	return Int(int64(n))
}
func sorted_(v Value, key Value, rev bool) Value {
	items, err := tth.Collect(v)
	if err != nil {
		panic(pyErr{err})
	}
	if err := tth.SortValues(items, key, rev); err != nil {
		panic(pyErr{err})
	}
	return NewList(items)
}
func modBy(n int64) Value {
	return NewBuiltin("mod", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		return th.Binary(Mod, args[0], Int(n))
	})
}
func fnMod10() Value { return modBy(10) }
func fnMod4() Value  { return modBy(4) }

func runTypesCase(f func() Value) (got string) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(pyErr)
			if !ok {
				panic(r)
			}
			msg, err := tth.StrOf(pe.e.Value())
			if err != nil {
				msg = "<str failed>"
			}
			got = pe.e.Type.Name + ": " + msg
		}
	}()
	v := f()
	s, err := tth.Repr(v)
	if err != nil {
		panic(pyErr{err})
	}
	return s
}

var typesCases = []struct {
	py   string
	eval func() Value
	want string
}{
	{"'a,b,,c'.split(',')", func() Value { return m(S("a,b,,c"), "split", S(",")) }, "['a', 'b', '', 'c']"},
	{"'  a  b c '.split()", func() Value { return m(S("  a  b c "), "split") }, "['a', 'b', 'c']"},
	{"'a b c'.split(None, 1)", func() Value { return m(S("a b c"), "split", None, I(1)) }, "['a', 'b c']"},
	{"'a b c'.rsplit(None, 1)", func() Value { return m(S("a b c"), "rsplit", None, I(1)) }, "['a b', 'c']"},
	{"'a,b,c'.rsplit(',', 1)", func() Value { return m(S("a,b,c"), "rsplit", S(","), I(1)) }, "['a,b', 'c']"},
	{"'x'.join(['a','b','c'])", func() Value { return m(S("x"), "join", L(S("a"), S("b"), S("c"))) }, "'axbxc'"},
	{"'x'.join(['a', 1])", func() Value { return m(S("x"), "join", L(S("a"), I(1))) }, "TypeError: sequence item 1: expected str instance, int found"},
	{"'hello'.replace('l', 'L')", func() Value { return m(S("hello"), "replace", S("l"), S("L")) }, "'heLLo'"},
	{"'hello'.replace('l', 'L', 1)", func() Value { return m(S("hello"), "replace", S("l"), S("L"), I(1)) }, "'heLlo'"},
	{"'héllo wörld'.find('w')", func() Value { return m(S("héllo wörld"), "find", S("w")) }, "6"},
	{"'héllo wörld'.rfind('l')", func() Value { return m(S("héllo wörld"), "rfind", S("l")) }, "9"},
	{"'abcabc'.find('c', 3)", func() Value { return m(S("abcabc"), "find", S("c"), I(3)) }, "5"},
	{"'abcabc'.find('c', -2, -1)", func() Value { return m(S("abcabc"), "find", S("c"), I(-2), I(-1)) }, "-1"},
	{"'abc'.index('z')", func() Value { return m(S("abc"), "index", S("z")) }, "ValueError: substring not found"},
	{"'aaa'.count('a')", func() Value { return m(S("aaa"), "count", S("a")) }, "3"},
	{"'aaa'.count('')", func() Value { return m(S("aaa"), "count", S("")) }, "4"},
	{"'Hello World'.upper()", func() Value { return m(S("Hello World"), "upper") }, "'HELLO WORLD'"},
	{"'Straße'.upper()", func() Value { return m(S("Straße"), "upper") }, "'STRASSE'"},
	{"'Hello World'.lower()", func() Value { return m(S("Hello World"), "lower") }, "'hello world'"},
	{"\"they're bill's friends\".title()", func() Value { return m(S("they're bill's friends"), "title") }, "\"They'Re Bill'S Friends\""},
	{"'hELLO wORLD'.capitalize()", func() Value { return m(S("hELLO wORLD"), "capitalize") }, "'Hello world'"},
	{"'Hello'.swapcase()", func() Value { return m(S("Hello"), "swapcase") }, "'hELLO'"},
	{"'  xx  '.strip()", func() Value { return m(S("  xx  "), "strip") }, "'xx'"},
	{"'xxhixx'.strip('x')", func() Value { return m(S("xxhixx"), "strip", S("x")) }, "'hi'"},
	{"'  xx  '.lstrip()", func() Value { return m(S("  xx  "), "lstrip") }, "'xx  '"},
	{"'  xx  '.rstrip()", func() Value { return m(S("  xx  "), "rstrip") }, "'  xx'"},
	{"'abc'.center(8, '*')", func() Value { return m(S("abc"), "center", I(8), S("*")) }, "'**abc***'"},
	{"'abc'.center(9)", func() Value { return m(S("abc"), "center", I(9)) }, "'   abc   '"},
	{"'ab'.center(5)", func() Value { return m(S("ab"), "center", I(5)) }, "'  ab '"},
	{"'abc'.ljust(6, '-')", func() Value { return m(S("abc"), "ljust", I(6), S("-")) }, "'abc---'"},
	{"'abc'.rjust(6)", func() Value { return m(S("abc"), "rjust", I(6)) }, "'   abc'"},
	{"'-42'.zfill(6)", func() Value { return m(S("-42"), "zfill", I(6)) }, "'-00042'"},
	{"'a=b=c'.partition('=')", func() Value { return m(S("a=b=c"), "partition", S("=")) }, "('a', '=', 'b=c')"},
	{"'a=b=c'.rpartition('=')", func() Value { return m(S("a=b=c"), "rpartition", S("=")) }, "('a=b', '=', 'c')"},
	{"'abc'.partition('z')", func() Value { return m(S("abc"), "partition", S("z")) }, "('abc', '', '')"},
	{"'a\\nb\\r\\nc\\n'.splitlines()", func() Value { return m(S("a\nb\r\nc\n"), "splitlines") }, "['a', 'b', 'c']"},
	{"'a\\nb\\r\\nc\\n'.splitlines(True)", func() Value { return m(S("a\nb\r\nc\n"), "splitlines", True) }, "['a\\n', 'b\\r\\n', 'c\\n']"},
	{"'abc'.startswith(('x', 'a'))", func() Value { return m(S("abc"), "startswith", T(S("x"), S("a"))) }, "True"},
	{"'abc'.endswith('bc')", func() Value { return m(S("abc"), "endswith", S("bc")) }, "True"},
	{"'abc'.startswith(1)", func() Value { return m(S("abc"), "startswith", I(1)) }, "TypeError: startswith first arg must be str or a tuple of str, not int"},
	{"'123'.isdigit()", func() Value { return m(S("123"), "isdigit") }, "True"},
	{"'abc'.isalpha()", func() Value { return m(S("abc"), "isalpha") }, "True"},
	{"''.isalpha()", func() Value { return m(S(""), "isalpha") }, "False"},
	{"'Hello World'.istitle()", func() Value { return m(S("Hello World"), "istitle") }, "True"},
	{"'abc1'.islower()", func() Value { return m(S("abc1"), "islower") }, "True"},
	{"'   '.isspace()", func() Value { return m(S("   "), "isspace") }, "True"},
	{"'_a1'.isidentifier()", func() Value { return m(S("_a1"), "isidentifier") }, "True"},
	{"'a\\tb'.expandtabs(4)", func() Value { return m(S("a\tb"), "expandtabs", I(4)) }, "'a   b'"},
	{"'{} {}'.format(1, 'x')", func() Value { return m(S("{} {}"), "format", I(1), S("x")) }, "'1 x'"},
	{"'{1}{0}{1}'.format('a', 'b')", func() Value { return m(S("{1}{0}{1}"), "format", S("a"), S("b")) }, "'bab'"},
	{"'{0[1]}'.format([5, 6])", func() Value { return m(S("{0[1]}"), "format", L(I(5), I(6))) }, "'6'"},
	{"'{:>{w}}'.format('x', w=4)", func() Value { return mk(S("{:>{w}}"), "format", []string{"w"}, S("x"), I(4)) }, "'   x'"},
	{"'{!r:>6}'.format('a')", func() Value { return m(S("{!r:>6}"), "format", S("a")) }, "\"   'a'\""},
	{"'{{}} {}'.format(1)", func() Value { return m(S("{{}} {}"), "format", I(1)) }, "'{} 1'"},
	{"'{0}{}'.format(1, 2)", func() Value { return m(S("{0}{}"), "format", I(1), I(2)) }, "ValueError: cannot switch from manual field specification to automatic field numbering"},
	{"'{'.format()", func() Value { return m(S("{"), "format") }, "ValueError: Single '{' encountered in format string"},
	{"'}'.format()", func() Value { return m(S("}"), "format") }, "ValueError: Single '}' encountered in format string"},
	{"'{}'.format()", func() Value { return m(S("{}"), "format") }, "IndexError: Replacement index 0 out of range for positional args tuple"},
	{"'{:,.2f}'.format(1234567.891)", func() Value { return m(S("{:,.2f}"), "format", F(1234567.891)) }, "'1,234,567.89'"},
	{"'%s-%r-%d' % ('a', 'b', 3)", func() Value { return b(Mod, S("%s-%r-%d"), T(S("a"), S("b"), I(3))) }, "\"a-'b'-3\""},
	{"'%5.2f|%-5d|%05d' % (3.14159, 42, -7)", func() Value { return b(Mod, S("%5.2f|%-5d|%05d"), T(F(3.14159), I(42), I(-7))) }, "' 3.14|42   |-0007'"},
	{"'%(a)s %(b)s' % {'a': 1, 'b': 2}", func() Value { return b(Mod, S("%(a)s %(b)s"), D(S("a"), I(1), S("b"), I(2))) }, "'1 2'"},
	{"'%x %X %#o %e %g %%' % (255, 255, 8, 12345.678, 0.0001)", func() Value { return b(Mod, S("%x %X %#o %e %g %%"), T(I(255), I(255), I(8), F(12345.678), F(0.0001))) }, "'ff FF 0o10 1.234568e+04 0.0001 %'"},
	{"'%d' % 'a'", func() Value { return b(Mod, S("%d"), S("a")) }, "TypeError: %d format: a real number is required, not str"},
	{"'%d %d' % (1,)", func() Value { return b(Mod, S("%d %d"), T(I(1))) }, "TypeError: not enough arguments for format string"},
	{"'%d' % (1, 2)", func() Value { return b(Mod, S("%d"), T(I(1), I(2))) }, "TypeError: not all arguments converted during string formatting"},
	{"'abc' * 3", func() Value { return b(Mul, S("abc"), I(3)) }, "'abcabcabc'"},
	{"'abc' + 'déf'", func() Value { return b(Add, S("abc"), S("déf")) }, "'abcdéf'"},
	{"'abc' + 1", func() Value { return b(Add, S("abc"), I(1)) }, "TypeError: can only concatenate str (not \"int\") to str"},
	{"'héllo'[1]", func() Value { return gi(S("héllo"), I(1)) }, "'é'"},
	{"'héllo'[-1]", func() Value { return gi(S("héllo"), I(-1)) }, "'o'"},
	{"'héllo'[1:4]", func() Value { return gi(S("héllo"), sl(I(1), I(4), None)) }, "'éll'"},
	{"'héllo'[::-1]", func() Value { return gi(S("héllo"), sl(None, None, I(-1))) }, "'olléh'"},
	{"'abc'[5]", func() Value { return gi(S("abc"), I(5)) }, "IndexError: string index out of range"},
	{"'abc'['x']", func() Value { return gi(S("abc"), S("x")) }, "TypeError: string indices must be integers, not 'str'"},
	{"'it\\'s'", func() Value { return S("it's") }, "\"it's\""},
	{"'a\"b\\'c'", func() Value { return S("a\"b'c") }, "'a\"b\\'c'"},
	{"'tab\\there\\x00\\u00e9\\u2028'", func() Value { return S("tab\there\x00é\u2028") }, "'tab\\there\\x00é\\u2028'"},
	{"[1, 2, 3][1:]", func() Value { return gi(L(I(1), I(2), I(3)), sl(I(1), None, None)) }, "[2, 3]"},
	{"[1, 2, 3][::-2]", func() Value { return gi(L(I(1), I(2), I(3)), sl(None, None, I(-2))) }, "[3, 1]"},
	{"[1, 2, 3][3]", func() Value { return gi(L(I(1), I(2), I(3)), I(3)) }, "IndexError: list index out of range"},
	{"[1, 2] + [3]", func() Value { return b(Add, L(I(1), I(2)), L(I(3))) }, "[1, 2, 3]"},
	{"[1, 2] + (3,)", func() Value { return b(Add, L(I(1), I(2)), T(I(3))) }, "TypeError: can only concatenate list (not \"tuple\") to list"},
	{"[0] * 3", func() Value { return b(Mul, L(I(0)), I(3)) }, "[0, 0, 0]"},
	{"[1, 2] * 1.5", func() Value { return b(Mul, L(I(1), I(2)), F(1.5)) }, "TypeError: can't multiply sequence by non-int of type 'float'"},
	{"[1, 2, 3].index(2)", func() Value { return m(L(I(1), I(2), I(3)), "index", I(2)) }, "1"},
	{"[1, 2, 3].index(5)", func() Value { return m(L(I(1), I(2), I(3)), "index", I(5)) }, "ValueError: 5 is not in list"},
	{"[1, 2, 3].pop()", func() Value { return m(L(I(1), I(2), I(3)), "pop") }, "3"},
	{"[].pop()", func() Value { return m(L(), "pop") }, "IndexError: pop from empty list"},
	{"[1].remove(2)", func() Value { return m(L(I(1)), "remove", I(2)) }, "ValueError: list.remove(x): x not in list"},
	{"[1, 2] < [1, 3]", func() Value { return cmp(Lt, L(I(1), I(2)), L(I(1), I(3))) }, "True"},
	{"[1, 2] == [1, 2]", func() Value { return cmp(Eq, L(I(1), I(2)), L(I(1), I(2))) }, "True"},
	{"(1, 2) < (1, 2, 0)", func() Value { return cmp(Lt, T(I(1), I(2)), T(I(1), I(2), I(0))) }, "True"},
	{"[1] < (1,)", func() Value { return cmp(Lt, L(I(1)), T(I(1))) }, "TypeError: '<' not supported between instances of 'list' and 'tuple'"},
	{"(1,)", func() Value { return T(I(1)) }, "(1,)"},
	{"()", func() Value { return T() }, "()"},
	{"((1, 'a'), [2.5, None])", func() Value { return T(T(I(1), S("a")), L(F(2.5), None)) }, "((1, 'a'), [2.5, None])"},
	{"(1, 2, 1).count(1)", func() Value { return m(T(I(1), I(2), I(1)), "count", I(1)) }, "2"},
	{"(1, 2)[5]", func() Value { return gi(T(I(1), I(2)), I(5)) }, "IndexError: tuple index out of range"},
	{"{'a': 1, 2: [3]}", func() Value { return D(S("a"), I(1), I(2), L(I(3))) }, "{'a': 1, 2: [3]}"},
	{"{}", func() Value { return D() }, "{}"},
	{"{'a': 1}['b']", func() Value { return gi(D(S("a"), I(1)), S("b")) }, "KeyError: 'b'"},
	{"{'a': 1}.get('b', 5)", func() Value { return m(D(S("a"), I(1)), "get", S("b"), I(5)) }, "5"},
	{"{'a': 1, 'b': 2}.keys()", func() Value { return m(D(S("a"), I(1), S("b"), I(2)), "keys") }, "dict_keys(['a', 'b'])"},
	{"{'a': 1, 'b': 2}.items()", func() Value { return m(D(S("a"), I(1), S("b"), I(2)), "items") }, "dict_items([('a', 1), ('b', 2)])"},
	{"{'a': 1, 'b': 2}.values()", func() Value { return m(D(S("a"), I(1), S("b"), I(2)), "values") }, "dict_values([1, 2])"},
	{"{'a': 1, 'b': 2}.pop('a')", func() Value { return m(D(S("a"), I(1), S("b"), I(2)), "pop", S("a")) }, "1"},
	{"{'a': 1}.pop('z')", func() Value { return m(D(S("a"), I(1)), "pop", S("z")) }, "KeyError: 'z'"},
	{"{'a': 1, 'b': 2}.popitem()", func() Value { return m(D(S("a"), I(1), S("b"), I(2)), "popitem") }, "('b', 2)"},
	{"{}.popitem()", func() Value { return m(D(), "popitem") }, "KeyError: 'popitem(): dictionary is empty'"},
	{"{'a': 1} | {'b': 2}", func() Value { return b(Or, D(S("a"), I(1)), D(S("b"), I(2))) }, "{'a': 1, 'b': 2}"},
	{"{1: 'a', 1.0: 'b', True: 'c'}", func() Value { return D(I(1), S("a"), F(1.0), S("b"), True, S("c")) }, "{1: 'c'}"},
	{"{'a': 1, 'b': 2}.keys() & {'b', 'c'}", func() Value { return b(And, m(D(S("a"), I(1), S("b"), I(2)), "keys"), SET(S("b"), S("c"))) }, "{'b'}"},
	{"{'a': 1} == {'a': 1.0}", func() Value { return cmp(Eq, D(S("a"), I(1)), D(S("a"), F(1.0))) }, "True"},
	{"{3, 1, 2, 100, 33, 17}", func() Value { return SET(I(3), I(1), I(2), I(100), I(33), I(17)) }, "{1, 2, 3, 100, 33, 17}"},
	{"{'banana', 'apple', 'cherry', 'date'}", func() Value { return SET(S("banana"), S("apple"), S("cherry"), S("date")) }, "{'date', 'banana', 'cherry', 'apple'}"},
	{"{-1, -2, 10**20, 2**61, 7}", func() Value { return SET(I(-1), I(-2), BIG("100000000000000000000"), BIG("2305843009213693952"), I(7)) }, "{2305843009213693952, -1, 7, 100000000000000000000, -2}"},
	{"set(range(20)) - {3, 5}", func() Value { return b(Sub, call(SetType.Value(), NR(0, 20, 1)), SET(I(3), I(5))) }, "{0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}"},
	{"{1, 2, 3} & {2, 3, 4}", func() Value { return b(And, SET(I(1), I(2), I(3)), SET(I(2), I(3), I(4))) }, "{2, 3}"},
	{"{1, 2, 3} | {40, 50, 9}", func() Value { return b(Or, SET(I(1), I(2), I(3)), SET(I(40), I(50), I(9))) }, "{1, 2, 3, 50, 40, 9}"},
	{"{1, 2, 3} ^ {2, 3, 4}", func() Value { return b(Xor, SET(I(1), I(2), I(3)), SET(I(2), I(3), I(4))) }, "{1, 4}"},
	{"{1, 2} <= {1, 2, 3}", func() Value { return cmp(Le, SET(I(1), I(2)), SET(I(1), I(2), I(3))) }, "True"},
	{"set()", func() Value { return SET() }, "set()"},
	{"frozenset({1, 2})", func() Value { return call(FrozenSetType.Value(), SET(I(1), I(2))) }, "frozenset({1, 2})"},
	{"frozenset()", func() Value { return call(FrozenSetType.Value()) }, "frozenset()"},
	{"hash(frozenset({1, 2, 3}))", func() Value { return hashOf(call(FrozenSetType.Value(), SET(I(1), I(2), I(3)))) }, "-272375401224217160"},
	{"hash((1, 'a', 2.5))", func() Value { return hashOf(T(I(1), S("a"), F(2.5))) }, "-8030008116423961961"},
	{"hash('hello')", func() Value { return hashOf(S("hello")) }, "-2096571579003691106"},
	{"set([5, 3, 8, 1]).pop()", func() Value { return m(call(SetType.Value(), L(I(5), I(3), I(8), I(1))), "pop") }, "8"},
	{"set().pop()", func() Value { return m(SET(), "pop") }, "KeyError: 'pop from an empty set'"},
	{"{1}.remove(2)", func() Value { return m(SET(I(1)), "remove", I(2)) }, "KeyError: 2"},
	{"range(10)", func() Value { return NR(0, 10, 1) }, "range(0, 10)"},
	{"range(1, 10, 3)", func() Value { return NR(1, 10, 3) }, "range(1, 10, 3)"},
	{"list(range(10, 0, -3))", func() Value { return call(ListType.Value(), NR(10, 0, -3)) }, "[10, 7, 4, 1]"},
	{"range(10)[2:8:2]", func() Value { return gi(NR(0, 10, 1), sl(I(2), I(8), I(2))) }, "range(2, 8, 2)"},
	{"range(10)[-1]", func() Value { return gi(NR(0, 10, 1), I(-1)) }, "9"},
	{"range(3)[5]", func() Value { return gi(NR(0, 3, 1), I(5)) }, "IndexError: range object index out of range"},
	{"len(range(0, 100, 7))", func() Value { return lenOf(NR(0, 100, 7)) }, "15"},
	{"range(0, 100, 7).index(14)", func() Value { return m(NR(0, 100, 7), "index", I(14)) }, "2"},
	{"range(0, 100, 7).index(15)", func() Value { return m(NR(0, 100, 7), "index", I(15)) }, "ValueError: 15 is not in range"},
	{"slice(1, None, 2)", func() Value { return sl(I(1), None, I(2)) }, "slice(1, None, 2)"},
	{"slice(1, 10, 2).indices(5)", func() Value { return m(sl(I(1), I(10), I(2)), "indices", I(5)) }, "(1, 5, 2)"},
	{"b'ab\\x00\\xff\"'", func() Value { return BY("ab\x00\xff\"") }, "b'ab\\x00\\xff\"'"},
	{"b'abc'[1]", func() Value { return gi(BY("abc"), I(1)) }, "98"},
	{"b'abc'[1:]", func() Value { return gi(BY("abc"), sl(I(1), None, None)) }, "b'bc'"},
	{"'héllo'.encode()", func() Value { return m(S("héllo"), "encode") }, "b'h\\xc3\\xa9llo'"},
	{"b'h\\xc3\\xa9'.decode()", func() Value { return m(BY("h\xc3\xa9"), "decode") }, "'hé'"},
	{"b'\\xff'.decode()", func() Value { return m(BY("\xff"), "decode") }, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"'é'.encode('ascii')", func() Value { return m(S("é"), "encode", S("ascii")) }, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
	{"bytearray(b'ab')", func() Value { return call(ByteArrayType.Value(), BY("ab")) }, "bytearray(b'ab')"},
	{"bytes(3)", func() Value { return call(BytesType.Value(), I(3)) }, "b'\\x00\\x00\\x00'"},
	{"bytes([65, 66])", func() Value { return call(BytesType.Value(), L(I(65), I(66))) }, "b'AB'"},
	{"b'a,b'.split(b',')", func() Value { return m(BY("a,b"), "split", BY(",")) }, "[b'a', b'b']"},
	{"b'ab'.hex()", func() Value { return m(BY("ab"), "hex") }, "'6162'"},
	{"int('  -12_345 ')", func() Value { return call(IntType.Value(), S("  -12_345 ")) }, "-12345"},
	{"int('ff', 16)", func() Value { return call(IntType.Value(), S("ff"), I(16)) }, "255"},
	{"int('0x1f', 0)", func() Value { return call(IntType.Value(), S("0x1f"), I(0)) }, "31"},
	{"int('x')", func() Value { return call(IntType.Value(), S("x")) }, "ValueError: invalid literal for int() with base 10: 'x'"},
	{"int(None)", func() Value { return call(IntType.Value(), None) }, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"},
	{"int(3.99)", func() Value { return call(IntType.Value(), F(3.99)) }, "3"},
	{"int(-3.99)", func() Value { return call(IntType.Value(), F(-3.99)) }, "-3"},
	{"int(1e20)", func() Value { return call(IntType.Value(), F(1e20)) }, "100000000000000000000"},
	{"int(float('inf'))", func() Value { return call(IntType.Value(), F(math.Inf(1))) }, "OverflowError: cannot convert float infinity to integer"},
	{"int('12', 1)", func() Value { return call(IntType.Value(), S("12"), I(1)) }, "ValueError: int() base must be >= 2 and <= 36, or 0"},
	{"int(12, 10)", func() Value { return call(IntType.Value(), I(12), I(10)) }, "TypeError: int() can't convert non-string with explicit base"},
	{"float('1e3')", func() Value { return call(FloatType.Value(), S("1e3")) }, "1000.0"},
	{"float(' nan ')", func() Value { return call(FloatType.Value(), S(" nan ")) }, "nan"},
	{"float('abc')", func() Value { return call(FloatType.Value(), S("abc")) }, "ValueError: could not convert string to float: 'abc'"},
	{"float(10**20)", func() Value { return call(FloatType.Value(), BIG("100000000000000000000")) }, "1e+20"},
	{"float([])", func() Value { return call(FloatType.Value(), L()) }, "TypeError: float() argument must be a string or a real number, not 'list'"},
	{"str(12.5)", func() Value { return call(StrType.Value(), F(12.5)) }, "'12.5'"},
	{"str(b'ab', 'utf-8')", func() Value { return call(StrType.Value(), BY("ab"), S("utf-8")) }, "'ab'"},
	{"bool([])", func() Value { return call(BoolType.Value(), L()) }, "False"},
	{"bool('x')", func() Value { return call(BoolType.Value(), S("x")) }, "True"},
	{"list('abc')", func() Value { return call(ListType.Value(), S("abc")) }, "['a', 'b', 'c']"},
	{"tuple([1, 2])", func() Value { return call(TupleType.Value(), L(I(1), I(2))) }, "(1, 2)"},
	{"tuple(1)", func() Value { return call(TupleType.Value(), I(1)) }, "TypeError: 'int' object is not iterable"},
	{"dict([('a', 1), ('b', 2)])", func() Value { return call(DictType.Value(), L(T(S("a"), I(1)), T(S("b"), I(2)))) }, "{'a': 1, 'b': 2}"},
	{"dict([1])", func() Value { return call(DictType.Value(), L(I(1))) }, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
	{"dict([(1, 2, 3)])", func() Value { return call(DictType.Value(), L(T(I(1), I(2), I(3)))) }, "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
	{"dict(a=1, b=2)", func() Value { return callkw(DictType.Value(), []string{"a", "b"}, I(1), I(2)) }, "{'a': 1, 'b': 2}"},
	{"2**100", func() Value { return b(Pow, I(2), I(100)) }, "1267650600228229401496703205376"},
	{"-2**63", func() Value { return un(Neg, b(Pow, I(2), I(63))) }, "-9223372036854775808"},
	{"9223372036854775807 + 1", func() Value { return b(Add, I(9223372036854775807), I(1)) }, "9223372036854775808"},
	{"-9223372036854775808 - 1", func() Value { return b(Sub, I(-9223372036854775808), I(1)) }, "-9223372036854775809"},
	{"3037000500 * 3037000500", func() Value { return b(Mul, I(3037000500), I(3037000500)) }, "9223372037000250000"},
	{"-7 // 2", func() Value { return b(FloorDiv, I(-7), I(2)) }, "-4"},
	{"-7 % 2", func() Value { return b(Mod, I(-7), I(2)) }, "1"},
	{"7 % -3", func() Value { return b(Mod, I(7), I(-3)) }, "-2"},
	{"7 / 2", func() Value { return b(TrueDiv, I(7), I(2)) }, "3.5"},
	{"1 / 0", func() Value { return b(TrueDiv, I(1), I(0)) }, "ZeroDivisionError: division by zero"},
	{"1 // 0", func() Value { return b(FloorDiv, I(1), I(0)) }, "ZeroDivisionError: integer division or modulo by zero"},
	{"1.0 / 0", func() Value { return b(TrueDiv, F(1.0), I(0)) }, "ZeroDivisionError: float division by zero"},
	{"1.5 // 0.0", func() Value { return b(FloorDiv, F(1.5), F(0)) }, "ZeroDivisionError: float floor division by zero"},
	{"1.5 % 0.0", func() Value { return b(Mod, F(1.5), F(0)) }, "ZeroDivisionError: float modulo"},
	{"-7.5 // 2", func() Value { return b(FloorDiv, F(-7.5), I(2)) }, "-4.0"},
	{"-7.5 % 2", func() Value { return b(Mod, F(-7.5), I(2)) }, "0.5"},
	{"2 ** -1", func() Value { return b(Pow, I(2), I(-1)) }, "0.5"},
	{"0 ** -1", func() Value { return b(Pow, I(0), I(-1)) }, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
	{"2.0 ** 0.5", func() Value { return b(Pow, F(2.0), F(0.5)) }, "1.4142135623730951"},
	{"10**30 // 7", func() Value { return b(FloorDiv, b(Pow, I(10), I(30)), I(7)) }, "142857142857142857142857142857"},
	{"-(10**30) % 7", func() Value { return b(Mod, un(Neg, b(Pow, I(10), I(30))), I(7)) }, "6"},
	{"10**30 / 3", func() Value { return b(TrueDiv, b(Pow, I(10), I(30)), I(3)) }, "3.333333333333333e+29"},
	{"1 << 70", func() Value { return b(LShift, I(1), I(70)) }, "1180591620717411303424"},
	{"-(2**70) >> 3", func() Value { return b(RShift, un(Neg, b(Pow, I(2), I(70))), I(3)) }, "-147573952589676412928"},
	{"1 << -1", func() Value { return b(LShift, I(1), I(-1)) }, "ValueError: negative shift count"},
	{"True + True", func() Value { return b(Add, True, True) }, "2"},
	{"True & False", func() Value { return b(And, True, False) }, "False"},
	{"True | 2", func() Value { return b(Or, True, I(2)) }, "3"},
	{"1 + 2.5", func() Value { return b(Add, I(1), F(2.5)) }, "3.5"},
	{"1 == 1.0", func() Value { return cmp(Eq, I(1), F(1.0)) }, "True"},
	{"2**53 + 1 == float(2**53 + 1)", func() Value { return cmp(Eq, I(9007199254740993), F(9007199254740992)) }, "False"},
	{"2**53 + 1 > float(2**53)", func() Value { return cmp(Gt, I(9007199254740993), F(9007199254740992)) }, "True"},
	{"10**400 > 1e308", func() Value { return cmp(Gt, b(Pow, I(10), I(400)), F(1e308)) }, "True"},
	{"1 < float('nan')", func() Value { return cmp(Lt, I(1), F(math.NaN())) }, "False"},
	{"round(2.5)", func() Value { return fn("round", F(2.5)) }, "2"},
	{"round(3.5)", func() Value { return fn("round", F(3.5)) }, "4"},
	{"round(-0.5)", func() Value { return fn("round", F(-0.5)) }, "0"},
	{"round(2.675, 2)", func() Value { return fn("round", F(2.675), I(2)) }, "2.67"},
	{"round(0.125, 2)", func() Value { return fn("round", F(0.125), I(2)) }, "0.12"},
	{"round(1234.5678, -2)", func() Value { return fn("round", F(1234.5678), I(-2)) }, "1200.0"},
	{"round(25, -1)", func() Value { return fn("round", I(25), I(-1)) }, "20"},
	{"round(35, -1)", func() Value { return fn("round", I(35), I(-1)) }, "40"},
	{"round(-150, -2)", func() Value { return fn("round", I(-150), I(-2)) }, "-200"},
	{"round(7)", func() Value { return fn("round", I(7)) }, "7"},
	{"round(1e300, 2)", func() Value { return fn("round", F(1e300), I(2)) }, "1e+300"},
	{"round(float('inf'))", func() Value { return fn("round", F(math.Inf(1))) }, "OverflowError: cannot convert float infinity to integer"},
	{"divmod(-7, 2)", func() Value { return fn("divmod", I(-7), I(2)) }, "(-4, 1)"},
	{"divmod(7.5, -2)", func() Value { return fn("divmod", F(7.5), I(-2)) }, "(-4.0, -0.5)"},
	{"divmod('a', 2)", func() Value { return fn("divmod", S("a"), I(2)) }, "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
	{"pow(3, 4, 5)", func() Value { return fn("pow", I(3), I(4), I(5)) }, "1"},
	{"pow(3, -1, 7)", func() Value { return fn("pow", I(3), I(-1), I(7)) }, "5"},
	{"pow(2, 10, -7)", func() Value { return fn("pow", I(2), I(10), I(-7)) }, "-5"},
	{"pow(2, 0.5)", func() Value { return fn("pow", I(2), F(0.5)) }, "1.4142135623730951"},
	{"abs(-5)", func() Value { return fn("abs", I(-5)) }, "5"},
	{"abs(-2.5)", func() Value { return fn("abs", F(-2.5)) }, "2.5"},
	{"abs('x')", func() Value { return fn("abs", S("x")) }, "TypeError: bad operand type for abs(): 'str'"},
	{"hex(255)", func() Value { return fn("hex", I(255)) }, "'0xff'"},
	{"hex(-255)", func() Value { return fn("hex", I(-255)) }, "'-0xff'"},
	{"bin(10)", func() Value { return fn("bin", I(10)) }, "'0b1010'"},
	{"oct(64)", func() Value { return fn("oct", I(64)) }, "'0o100'"},
	{"hex(2.5)", func() Value { return fn("hex", F(2.5)) }, "TypeError: 'float' object cannot be interpreted as an integer"},
	{"chr(233)", func() Value { return fn("chr", I(233)) }, "'é'"},
	{"chr(-1)", func() Value { return fn("chr", I(-1)) }, "ValueError: chr() arg not in range(0x110000)"},
	{"ord('€')", func() Value { return fn("ord", S("€")) }, "8364"},
	{"ord('ab')", func() Value { return fn("ord", S("ab")) }, "TypeError: ord() expected a character, but string of length 2 found"},
	{"format(1234.5, ',.1f')", func() Value { return fn("format", F(1234.5), S(",.1f")) }, "'1,234.5'"},
	{"format(42, 'x')", func() Value { return fn("format", I(42), S("x")) }, "'2a'"},
	{"format('ab', '>4')", func() Value { return fn("format", S("ab"), S(">4")) }, "'  ab'"},
	{"format(True)", func() Value { return fn("format", True) }, "'True'"},
	{"ascii('é')", func() Value { return fn("ascii", S("é")) }, "\"'\\\\xe9'\""},
	{"(255).bit_length()", func() Value { return m(I(255), "bit_length") }, "8"},
	{"(-1).bit_length()", func() Value { return m(I(-1), "bit_length") }, "1"},
	{"(1024).to_bytes(2, 'big')", func() Value { return m(I(1024), "to_bytes", I(2), S("big")) }, "b'\\x04\\x00'"},
	{"int.from_bytes(b'\\x04\\x00', 'big')", func() Value { return m(IntType.Value(), "from_bytes", BY("\x04\x00"), S("big")) }, "1024"},
	{"(0.5).as_integer_ratio()", func() Value { return m(F(0.5), "as_integer_ratio") }, "(1, 2)"},
	{"(2.0).is_integer()", func() Value { return m(F(2.0), "is_integer") }, "True"},
	{"1e16", func() Value { return F(1e16) }, "1e+16"},
	{"0.1 + 0.2", func() Value { return b(Add, F(0.1), F(0.2)) }, "0.30000000000000004"},
	{"[3, 1, 2]", func() Value { return sorted_(L(I(3), I(1), I(2)), None, false) }, "[1, 2, 3]"},
	{"sorted(['b', 'A', 'c'], key=str.lower)", func() Value { return sorted_(L(S("b"), S("A"), S("c")), attr(StrType.Value(), "lower"), false) }, "['A', 'b', 'c']"},
	{"sorted([(1, 'b'), (0, 'z'), (1, 'a')], reverse=True)", func() Value { return sorted_(L(T(I(1), S("b")), T(I(0), S("z")), T(I(1), S("a"))), None, true) }, "[(1, 'b'), (1, 'a'), (0, 'z')]"},
	{"sorted([1, 'a'])", func() Value { return sorted_(L(I(1), S("a")), None, false) }, "TypeError: '<' not supported between instances of 'str' and 'int'"},
	{"sorted(range(100, 0, -7), key=lambda x: x % 10)", func() Value { return sorted_(call(ListType.Value(), NR(100, 0, -7)), fnMod10(), false) }, "[100, 30, 51, 72, 2, 93, 23, 44, 65, 86, 16, 37, 58, 79, 9]"},
	{"sorted(range(50, 0, -3), key=lambda x: x % 4, reverse=True)", func() Value { return sorted_(call(ListType.Value(), NR(50, 0, -3)), fnMod4(), true) }, "[47, 35, 23, 11, 50, 38, 26, 14, 2, 41, 29, 17, 5, 44, 32, 20, 8]"},
	{"(1.5).hex()", func() Value { return m(F(1.5), "hex") }, "'0x1.8000000000000p+0'"},
	{"(5e-324).hex()", func() Value { return m(F(5e-324), "hex") }, "'0x0.0000000000001p-1022'"},
	{"float.fromhex('0x1.8p1')", func() Value { return m(FloatType.Value(), "fromhex", S("0x1.8p1")) }, "3.0"},
	{"float.fromhex('-1.8')", func() Value { return m(FloatType.Value(), "fromhex", S("-1.8")) }, "-1.5"},
	{"'İx'.lower()", func() Value { return m(S("İx"), "lower") }, "'i̇x'"},
	{"'ΣΑΣ ΟΔΟΣ'.lower()", func() Value { return m(S("ΣΑΣ ΟΔΟΣ"), "lower") }, "'σας οδος'"},
	{"'ﬁne'.upper()", func() Value { return m(S("ﬁne"), "upper") }, "'FINE'"},
	{"1 % 0", func() Value { return b(Mod, I(1), I(0)) }, "ZeroDivisionError: integer modulo by zero"},
	{"divmod(1, 0)", func() Value { return fn("divmod", I(1), I(0)) }, "ZeroDivisionError: integer division or modulo by zero"},
	{"b'ab'.center(6, b'*')", func() Value { return m(BY("ab"), "center", I(6), BY("*")) }, "b'**ab**'"},
	{"b'a=b'.partition(b'=')", func() Value { return m(BY("a=b"), "partition", BY("=")) }, "(b'a', b'=', b'b')"},
	{"b'hello world'.title()", func() Value { return m(BY("hello world"), "title") }, "b'Hello World'"},
	{"b'\\xe9a'.upper()", func() Value { return m(BY("\xe9a"), "upper") }, "b'\\xe9A'"},
	{"b'ab1'.isalnum()", func() Value { return m(BY("ab1"), "isalnum") }, "True"},
	{"b'a\\r\\nb\\x0bc'.splitlines()", func() Value { return m(BY("a\r\nb\x0bc"), "splitlines") }, "[b'a', b'b\\x0bc']"},
	{"bytearray(b'ab').zfill(4)", func() Value { return m(call(ByteArrayType.Value(), BY("ab")), "zfill", I(4)) }, "bytearray(b'00ab')"},
	{"b'a b  c'.rsplit(None, 1)", func() Value { return m(BY("a b  c"), "rsplit", None, I(1)) }, "[b'a b', b'c']"},
}

func TestBuiltinTypes(t *testing.T) {
	tth = NewThread(nil, nil)
	_ = math.Inf
	for _, c := range typesCases {
		if got := runTypesCase(c.eval); got != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.py, got, c.want)
		}
	}
}
