package modules

import (
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The builtins module: every name a program has without an import, and
// where each lives. The functions of this package (enumerate ... reversed,
// sorted, min, max, sum, any, all, exec, eval, __import__, open, exit, quit)
// follow the lists.

// builtinFuncs are the builtin functions. borrows marks those that only
// read their arguments during the call (core.Builtin.Borrows): the VM then
// passes them a view of its stack instead of a copy.
var builtinFuncs = [...]struct {
	name    string
	fn      core.BuiltinFunc
	borrows bool
}{
	// The class system and attributes (core/class.go, core/builtins_core.go).
	{"__build_class__", core.BuildClass, false},
	{"callable", core.BuiltinCallable, true},
	{"delattr", core.BuiltinDelattr, false},
	{"dir", core.BuiltinDir, false},
	{"getattr", core.BuiltinGetattr, true},
	{"globals", core.BuiltinGlobals, false},
	{"hasattr", core.BuiltinHasattr, true},
	{"hash", core.BuiltinHash, true},
	{"id", core.BuiltinId, true},
	{"isinstance", core.BuiltinIsinstance, true},
	{"issubclass", core.BuiltinIssubclass, true},
	{"locals", core.BuiltinLocals, false},
	{"repr", core.BuiltinRepr, true},
	{"setattr", core.BuiltinSetattr, false},
	{"vars", core.BuiltinVars, false},

	// I/O (core/builtins_core.go; open is here).
	{"input", core.BuiltinInput, false},
	{"open", builtinOpen, false},
	{"print", core.BuiltinPrint, false},

	// Iteration (core/builtins_core.go, core/generator.go; the rest here).
	{"aiter", core.BuiltinAIter, false},
	{"all", anyAll("all", false), true},
	{"anext", core.BuiltinANext, false},
	{"any", anyAll("any", true), true},
	{"iter", core.BuiltinIter, false},
	{"len", core.BuiltinLen, true},
	{"max", minMax("max", core.Gt), true},
	{"min", minMax("min", core.Lt), true},
	{"next", core.BuiltinNext, false},
	{"sorted", builtinSorted, false},
	{"sum", builtinSum, true},

	// Numbers and text (core/builtins_types.go).
	{"abs", core.BuiltinAbs, true},
	{"ascii", core.BuiltinASCII, false},
	{"bin", core.BuiltinBin, false},
	{"chr", core.BuiltinChr, true},
	{"divmod", core.BuiltinDivmod, true},
	{"format", core.BuiltinFormat, true},
	{"hex", core.BuiltinHex, false},
	{"oct", core.BuiltinOct, false},
	{"ord", core.BuiltinOrd, true},
	{"pow", core.BuiltinPow, false},
	{"round", core.BuiltinRound, true},

	// Running code (here).
	{"__import__", builtinImport, false},
	{"eval", builtinEval, false},
	{"exec", builtinExec, false},
	{"exit", exitFunc("exit"), false},
	{"quit", exitFunc("quit"), false},
}

// builtinTypes are the builtin classes but the exceptions
// (core.ExceptionTypes(), all builtins too). A function, not a table, like
// builtinConsts: their values are pointers known only at run time, so a
// table would be filled by Go's package initialiser on every start.
func builtinTypes() []namedType {
	return []namedType{
		{"bool", core.BoolType},
		{"bytearray", core.ByteArrayType},
		{"bytes", core.BytesType},
		{"classmethod", core.ClassMethodType},
		{"complex", core.ComplexType},
		{"dict", core.DictType},
		{"enumerate", EnumerateType},
		{"filter", FilterType},
		{"float", core.FloatType},
		{"frozenset", core.FrozenSetType},
		{"int", core.IntType},
		{"list", core.ListType},
		{"map", MapType},
		{"object", core.ObjectType},
		{"property", core.PropertyType},
		{"range", core.RangeType},
		{"reversed", ReversedType},
		{"set", core.SetType},
		{"slice", core.SliceType},
		{"staticmethod", core.StaticMethodType},
		{"str", core.StrType},
		{"super", core.SuperType},
		{"tuple", core.TupleType},
		{"type", core.TypeType},
		{"zip", ZipType},
		// Old names of OSError.
		{"EnvironmentError", core.OSError},
		{"IOError", core.OSError},
	}
}

type namedType struct {
	name string
	t    *core.Type
}

// builtinConsts are the builtin constants.
func builtinConsts() []namedValue {
	return []namedValue{
		{"Ellipsis", core.Ellipsis},
		{"False", core.False},
		{"None", core.None},
		{"NotImplemented", core.NotImplemented},
		{"True", core.True},
		{"__debug__", core.True},
	}
}

type namedValue struct {
	name string
	v    core.Value
}

// builtinsTemplate is the builtins module every run starts from: built
// once, then copied (NewBuiltins), as its values are immutable and shared.
var builtinsTemplate = onceValue(func() *core.Module {
	m := core.NewModule("builtins")
	d := m.Dict
	for _, b := range builtinFuncs {
		v := core.NewBuiltin(b.name, b.fn)
		if b.borrows {
			core.Borrowing(v)
		}
		d.SetStr(b.name, v)
	}
	for _, b := range builtinTypes() {
		d.SetStr(b.name, b.t.Value())
	}
	for _, t := range core.ExceptionTypes() {
		d.SetStr(t.Name, t.Value())
	}
	for _, c := range builtinConsts() {
		d.SetStr(c.name, c.v)
	}
	return m
})

// NewBuiltins returns a fresh builtins module for one run.
func NewBuiltins() *core.Module {
	return &core.Module{Name: "builtins", Dict: builtinsTemplate().Dict.Copy()}
}

type enumerateIter struct {
	it core.Value
	i  int64
	bi core.Value // the count once it no longer fits in int64 (rare)
}

func (e *enumerateIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	x, ok, err := th.Next(e.it)
	if err != nil || !ok {
		return core.Value{}, ok, err
	}
	var n core.Value
	if e.bi.IsValid() {
		n = e.bi
		e.bi, err = th.Binary(core.Add, e.bi, core.Int(1))
		if err != nil {
			return core.Value{}, false, err
		}
	} else {
		n = core.Int(e.i)
		e.i++
	}
	return core.NewTuple([]core.Value{n, x}), true, nil
}

var EnumerateType = newIterType("enumerate", "builtins")

func enumerateNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOf("enumerate", args)
	if err != nil {
		return core.Value{}, err
	}
	var it, start core.Value
	if err := th.UnpackArgs("enumerate", args, kw, "iterable", &it, "start?", &start); err != nil {
		return core.Value{}, err
	}
	iter, err := th.Iter(it)
	if err != nil {
		return core.Value{}, err
	}
	e := &enumerateIter{it: iter}
	if start.IsValid() {
		if !core.IsInt(start) {
			if _, err := th.IndexValue(start); err != nil {
				return core.Value{}, core.Errorf(core.TypeError, "'%s' object cannot be interpreted as an integer", core.TypeName(start))
			}
		}
		s, err := th.IndexValue(start)
		if err != nil {
			return core.Value{}, err
		}
		if s.IsSmallInt() {
			e.i = s.Int64()
		} else {
			e.bi = s
		}
	}
	return wrap(cls, EnumerateType, e), nil
}

type zipIter struct {
	its    []core.Value
	strict bool
	done   bool
}

func (z *zipIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if z.done || len(z.its) == 0 {
		return core.Value{}, false, nil
	}
	items := make([]core.Value, len(z.its))
	for i, it := range z.its {
		x, ok, err := th.Next(it)
		if err != nil {
			z.done = true
			return core.Value{}, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				return core.Value{}, false, z.strictError(th, i)
			}
			return core.Value{}, false, nil
		}
		items[i] = x
	}
	return core.NewTuple(items), true, nil
}

// strictError is zip(strict=True)'s complaint when iterator i ran out:
// shorter when i > 0, else longer if any later iterator still has items.
func (z *zipIter) strictError(th *core.Thread, i int) *core.Exception {
	plural := func(i int) string {
		if i == 1 {
			return "argument 1"
		}
		return "arguments 1-" + itoa(i)
	}
	if i > 0 {
		return core.Errorf(core.ValueError, "zip() argument %d is shorter than %s", i+1, plural(i))
	}
	for j := 1; j < len(z.its); j++ {
		_, ok, err := th.Next(z.its[j])
		if err != nil {
			return err
		}
		if ok {
			return core.Errorf(core.ValueError, "zip() argument %d is longer than %s", j+1, plural(j))
		}
	}
	return nil
}

var ZipType = newIterType("zip", "builtins")

func zipNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOf("zip", args)
	if err != nil {
		return core.Value{}, err
	}
	pos, kws, err := kwArgs("zip", args, kw, "strict")
	if err != nil {
		return core.Value{}, err
	}
	z := &zipIter{}
	if s, ok := kws["strict"]; ok {
		if z.strict, err = th.Truth(s); err != nil {
			return core.Value{}, err
		}
	}
	for _, a := range pos {
		it, err := th.Iter(a)
		if err != nil {
			return core.Value{}, err
		}
		z.its = append(z.its, it)
	}
	return wrap(cls, ZipType, z), nil
}

type mapIter struct {
	fn  core.Value
	its []core.Value
}

func (m *mapIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	args := make([]core.Value, len(m.its))
	for i, it := range m.its {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return core.Value{}, false, err
		}
		args[i] = x
	}
	r, err := th.Call(m.fn, args, nil)
	if err != nil {
		return core.Value{}, false, err
	}
	return r, true, nil
}

var MapType = newIterType("map", "builtins")

func mapNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOfNoKw("map", MapType, args, kw)
	if err != nil {
		return core.Value{}, err
	}
	if len(args) < 2 {
		return core.Value{}, core.Errorf(core.TypeError, "map() must have at least two arguments.")
	}
	m := &mapIter{fn: args[0]}
	for _, a := range args[1:] {
		it, err := th.Iter(a)
		if err != nil {
			return core.Value{}, err
		}
		m.its = append(m.its, it)
	}
	return wrap(cls, MapType, m), nil
}

type filterIter struct {
	fn, it core.Value
	invert bool // filterfalse
}

func (f *filterIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	for {
		x, ok, err := th.Next(f.it)
		if err != nil || !ok {
			return core.Value{}, false, err
		}
		r := x
		if !f.fn.IsNone() && !(f.fn.AsType() == core.BoolType) {
			r, err = th.Call(f.fn, []core.Value{x}, nil)
			if err != nil {
				return core.Value{}, false, err
			}
		}
		t, err := th.Truth(r)
		if err != nil {
			return core.Value{}, false, err
		}
		if t != f.invert {
			return x, true, nil
		}
	}
}

var FilterType = newIterType("filter", "builtins")

func filterNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOfNoKw("filter", FilterType, args, kw)
	if err != nil {
		return core.Value{}, err
	}
	if err := core.ArgCount("filter", args, nil, 2, 2); err != nil {
		return core.Value{}, err
	}
	it, err := th.Iter(args[1])
	if err != nil {
		return core.Value{}, err
	}
	return wrap(cls, FilterType, &filterIter{fn: args[0], it: it}), nil
}

// seqRevIter is reversed() over an object with __len__ and __getitem__.
type seqRevIter struct {
	seq core.Value
	i   int
}

func (r *seqRevIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if r.i < 0 {
		return core.Value{}, false, nil
	}
	v, err := th.GetItem(r.seq, core.Int(int64(r.i)))
	r.i--
	if err != nil {
		if err.Matches(core.IndexError) || err.Matches(core.StopIteration) {
			r.i = -1
			return core.Value{}, false, nil
		}
		return core.Value{}, false, err
	}
	return v, true, nil
}

var ReversedType = newIterType("reversed", "builtins")

func reversedNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOfNoKw("reversed", ReversedType, args, kw)
	if err != nil {
		return core.Value{}, err
	}
	if err := core.ArgCount("reversed", args, nil, 1, 1); err != nil {
		return core.Value{}, err
	}
	seq := args[0]
	if rv, ok := seq.Type().Lookup("__reversed__"); ok {
		if rv.IsNone() {
			return core.Value{}, core.Errorf(core.TypeError, "'%s' object is not reversible", core.TypeName(seq))
		}
		return th.CallMethod(seq, "__reversed__")
	}
	_, hasLen := seq.Type().Lookup("__len__")
	gi, hasGet := seq.Type().Lookup("__getitem__")
	if !hasLen || !hasGet || gi.IsNone() || seq.Type().IsSubtype(core.DictType) {
		return core.Value{}, core.Errorf(core.TypeError, "'%s' object is not reversible", core.TypeName(seq))
	}
	n, err := th.Len(seq)
	if err != nil {
		return core.Value{}, err
	}
	return wrap(cls, ReversedType, &seqRevIter{seq: seq, i: n - 1}), nil
}

func builtinSorted(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return core.Value{}, core.Errorf(core.TypeError, "sorted expected 1 argument, got %d", npos)
	}
	var key, reverse core.Value
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "reverse":
			reverse = args[npos+i]
		default:
			return core.Value{}, core.Errorf(core.TypeError, "'%s' is an invalid keyword argument for sort()", k)
		}
	}
	items, err := th.Collect(args[0])
	if err != nil {
		return core.Value{}, err
	}
	// Collect may return the list's own backing array: copy.
	items = append([]core.Value(nil), items...)
	rev := false
	if reverse.IsValid() {
		if rev, err = th.Truth(reverse); err != nil {
			return core.Value{}, err
		}
	}
	if err := th.SortValues(items, key, rev); err != nil {
		return core.Value{}, err
	}
	return core.NewList(items), nil
}

// minMax is min() (op Lt) and max() (op Gt).
func minMax(name string, op core.CmpOp) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		npos := len(args) - len(kw)
		var key, def core.Value
		for i, k := range kw {
			switch k {
			case "key":
				key = args[npos+i]
			case "default":
				def = args[npos+i]
			default:
				return core.Value{}, core.Errorf(core.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
			}
		}
		if key.IsNone() {
			key = core.Value{}
		}
		pos := args[:npos]
		if npos == 0 {
			return core.Value{}, core.Errorf(core.TypeError, "%s expected at least 1 argument, got 0", name)
		}
		if npos > 1 && def.IsValid() {
			return core.Value{}, core.Errorf(core.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		var best, bestKey core.Value
		consider := func(x core.Value) (bool, *core.Exception) {
			k := x
			if key.IsValid() {
				var err *core.Exception
				if k, err = th.Call(key, []core.Value{x}, nil); err != nil {
					return false, err
				}
			}
			if !best.IsValid() {
				best, bestKey = x, k
				return true, nil
			}
			r, err := th.Compare(op, k, bestKey)
			if err != nil {
				return false, err
			}
			better, err := th.Truth(r)
			if err != nil {
				return false, err
			}
			if better {
				best, bestKey = x, k
			}
			return true, nil
		}
		if npos == 1 {
			if err := th.Iterate(pos[0], consider); err != nil {
				return core.Value{}, err
			}
		} else {
			for _, x := range pos {
				if _, err := consider(x); err != nil {
					return core.Value{}, err
				}
			}
		}
		if !best.IsValid() {
			if def.IsValid() {
				return def, nil
			}
			return core.Value{}, core.Errorf(core.ValueError, "%s() arg is an empty sequence", name)
		}
		return best, nil
	}
}

func builtinSum(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	npos := len(args) - len(kw)
	var start core.Value
	for i, k := range kw {
		if k != "start" {
			return core.Value{}, core.Errorf(core.TypeError, "sum() got an unexpected keyword argument '%s'", k)
		}
		start = args[npos+i]
	}
	switch {
	case npos == 0:
		return core.Value{}, core.Errorf(core.TypeError, "sum() takes at least 1 positional argument (0 given)")
	case npos > 2 || npos == 2 && start.IsValid():
		return core.Value{}, core.Errorf(core.TypeError, "sum() takes at most 2 arguments (%d given)", len(args))
	case npos == 2:
		start = args[1]
	}
	if !start.IsValid() {
		start = core.Int(0)
	}
	switch core.Unwrap(start).Type() {
	case core.StrType:
		return core.Value{}, core.Errorf(core.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case core.BytesType:
		return core.Value{}, core.Errorf(core.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	case core.ByteArrayType:
		return core.Value{}, core.Errorf(core.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	acc := start
	err := th.Iterate(args[0], func(x core.Value) (bool, *core.Exception) {
		// Fast paths: small ints without overflow, floats.
		if acc.IsSmallInt() && x.IsSmallInt() {
			a, b := acc.Int64(), x.Int64()
			if s := a + b; (s > a) == (b > 0) {
				acc = core.Int(s)
				return true, nil
			}
		} else if acc.IsFloat() && x.IsFloat() {
			acc = core.Float(acc.Float64() + x.Float64())
			return true, nil
		}
		var err *core.Exception
		acc, err = th.Binary(core.Add, acc, x)
		return err == nil, err
	})
	if err != nil {
		return core.Value{}, err
	}
	return acc, nil
}

// anyAll is any() (want true) and all() (want false).
func anyAll(name string, want bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		found := false
		err := th.Iterate(args[0], func(x core.Value) (bool, *core.Exception) {
			t, err := th.Truth(x)
			if err != nil {
				return false, err
			}
			if t == want {
				found = true
				return false, nil
			}
			return true, nil
		})
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(found == want), nil
	}
}

// builtinOpen refuses: programs run without a file system.
func builtinOpen(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var file core.Value
	if len(args) > len(kw) {
		file = args[0]
	}
	name := "file"
	if file.IsValid() {
		if r, err := th.Repr(file); err == nil {
			name = r
		}
	}
	e := core.Errorf(core.OSError, "open(%s): there are no files here: programs in this runtime cannot read or write files", name)
	return core.Value{}, e
}

// exitFunc is exit()/quit(): raise SystemExit(code).
func exitFunc(name string) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var code core.Value
		if err := th.UnpackArgs(name, args, kw, "code?", &code); err != nil {
			return core.Value{}, err
		}
		if !code.IsValid() {
			return core.Value{}, core.NewException(core.SystemExit)
		}
		return core.Value{}, core.NewException(core.SystemExit, code)
	}
}

// execNamespace resolves exec/eval's namespaces: the given globals (or
// locals) dict, else the caller's globals.
func execNamespace(th *core.Thread, name string, globals, locals core.Value) (*core.Dict, *core.Exception) {
	ns := globals
	if locals.IsValid() && !locals.IsNone() {
		ns = locals
	}
	if !ns.IsValid() || ns.IsNone() {
		g, err := th.CallerGlobals()
		if err != nil {
			return nil, err
		}
		ns = g
	}
	d, ok := core.AsDict(ns)
	if !ok {
		return nil, core.Errorf(core.TypeError, "%s() globals must be a dict, not %s", name, core.TypeName(ns))
	}
	return d, nil
}

// runSource runs Python source in a namespace dict, as a module body.
func runSource(th *core.Thread, d *core.Dict, src string) *core.Exception {
	if th.ExecModuleSource == nil {
		return core.Errorf(core.SystemError, "no compiler in this run")
	}
	name := "__main__"
	if n, ok := d.GetStr("__name__"); ok {
		if s, ok := n.AsStr(); ok {
			name = s
		}
	}
	return th.ExecModuleSource(th, &core.Module{Name: name, Dict: d}, "<string>", src)
}

// builtinExec is exec(source, globals=None, locals=None) for source
// strings. Without a namespace it runs in the caller's globals (CPython
// would use a function's locals).
func builtinExec(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var src, globals, locals core.Value
	if err := th.UnpackArgs("exec", args, kw, "source", &src, "globals?", &globals, "locals?", &locals); err != nil {
		return core.Value{}, err
	}
	s, ok := core.Unwrap(src).AsStr()
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "exec() arg 1 must be a string, bytes or code object")
	}
	d, err := execNamespace(th, "exec", globals, locals)
	if err != nil {
		return core.Value{}, err
	}
	return core.None, runSource(th, d, s)
}

// builtinEval is eval(expression, globals=None, locals=None) for
// expression strings: the expression runs as the right-hand side of an
// assignment to a temporary name.
func builtinEval(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var src, globals, locals core.Value
	if err := th.UnpackArgs("eval", args, kw, "source", &src, "globals?", &globals, "locals?", &locals); err != nil {
		return core.Value{}, err
	}
	s, ok := core.Unwrap(src).AsStr()
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "eval() arg 1 must be a string, bytes or code object")
	}
	d, err := execNamespace(th, "eval", globals, locals)
	if err != nil {
		return core.Value{}, err
	}
	const tmp = "__eval_result__"
	if err := runSource(th, d, tmp+" = ("+strings.TrimSpace(s)+"\n)"); err != nil {
		return core.Value{}, err
	}
	v, _ := d.GetStr(tmp)
	d.DelStr(tmp)
	return v, nil
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(),
// level=0): the module, or for a dotted name without a fromlist its top
// package (what `import a.b` binds).
func builtinImport(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var name, globals, locals, fromlist, level core.Value
	if err := th.UnpackArgs("__import__", args, kw, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return core.Value{}, err
	}
	s, ok := core.Unwrap(name).AsStr()
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "module name must be a string")
	}
	if level.IsValid() {
		n, err := th.IndexInt(level)
		if err != nil {
			return core.Value{}, err
		}
		if n < 0 {
			return core.Value{}, core.Errorf(core.ValueError, "level must be >= 0")
		}
		if n > 0 {
			// Relative imports need a package, which a run never has.
			g, ok := core.AsDict(globals)
			if !ok {
				return core.Value{}, core.Errorf(core.TypeError, "globals must be a dict")
			}
			if _, ok := g.GetStr("__name__"); !ok {
				return core.Value{}, core.NewException(core.KeyError, core.NewStr("'__name__' not in globals"))
			}
			return core.Value{}, core.Errorf(core.ImportError, "attempted relative import with no known parent package")
		}
	}
	if s == "" {
		return core.Value{}, core.Errorf(core.ValueError, "Empty module name")
	}
	m, err := th.Import(s)
	if err != nil {
		return core.Value{}, err
	}
	wantsModule := false
	if fromlist.IsValid() {
		if wantsModule, err = th.Truth(fromlist); err != nil {
			return core.Value{}, err
		}
	}
	if i := strings.IndexByte(s, '.'); i >= 0 && !wantsModule {
		top, err := th.Import(s[:i])
		if err != nil {
			return core.Value{}, err
		}
		return top.Value(), nil
	}
	return m.Value(), nil
}

func init() {
	EnumerateType.AddClassMethod("__class_getitem__", core.ClassGetItem)
	EnumerateType.AddStaticMethod("__new__", enumerateNew)
	ZipType.AddStaticMethod("__new__", zipNew)
	MapType.AddStaticMethod("__new__", mapNew)
	FilterType.AddStaticMethod("__new__", filterNew)
	ReversedType.AddStaticMethod("__new__", reversedNew)
}

func itoa(i int) string { return strconv.Itoa(i) }
