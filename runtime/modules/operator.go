package modules

import (
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The operator module in Go: the operator functions and itemgetter,
// attrgetter, methodcaller (used as sort keys in hot loops).

func binaryFn(name string, op core.BinOp, inplace bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args, kw, 2, 2); err != nil {
			return core.Value{}, err
		}
		if inplace {
			return th.InPlace(op, args[0], args[1])
		}
		return th.Binary(op, args[0], args[1])
	}
}

func compareFn(name string, op core.CmpOp) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args, kw, 2, 2); err != nil {
			return core.Value{}, err
		}
		return th.Compare(op, args[0], args[1])
	}
}

func unaryFn(name string, f func(th *core.Thread, v core.Value) (core.Value, *core.Exception)) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		return f(th, args[0])
	}
}

// getter is itemgetter / attrgetter / methodcaller.
type getter struct {
	kind  byte // 'i', 'a', 'm'
	items []core.Value
	attrs [][]string // attrgetter: dotted names split
	name  string     // methodcaller
	args  []core.Value
	kw    []string
}

var (
	itemgetterType   = core.NewStaticType("itemgetter")
	attrgetterType   = core.NewStaticType("attrgetter")
	methodcallerType = core.NewStaticType("methodcaller")
)

func (g *getter) call(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	name := "itemgetter"
	switch g.kind {
	case 'a':
		name = "attrgetter"
	case 'm':
		name = "methodcaller"
	}
	if err := core.NoKwargs(name, kw); err != nil {
		return core.Value{}, err
	}
	if len(args) != 1 {
		return core.Value{}, core.Errorf(core.TypeError, "%s expected 1 argument, got %d", name, len(args))
	}
	obj := args[0]
	switch g.kind {
	case 'i':
		if len(g.items) == 1 {
			return th.GetItem(obj, g.items[0])
		}
		out := make([]core.Value, len(g.items))
		for i, k := range g.items {
			v, err := th.GetItem(obj, k)
			if err != nil {
				return core.Value{}, err
			}
			out[i] = v
		}
		return core.NewTuple(out), nil
	case 'a':
		get := func(path []string) (core.Value, *core.Exception) {
			v := obj
			for _, p := range path {
				var err *core.Exception
				if v, err = th.GetAttr(v, p); err != nil {
					return core.Value{}, err
				}
			}
			return v, nil
		}
		if len(g.attrs) == 1 {
			return get(g.attrs[0])
		}
		out := make([]core.Value, len(g.attrs))
		for i, p := range g.attrs {
			v, err := get(p)
			if err != nil {
				return core.Value{}, err
			}
			out[i] = v
		}
		return core.NewTuple(out), nil
	}
	f, err := th.GetAttr(obj, g.name)
	if err != nil {
		return core.Value{}, err
	}
	return th.Call(f, g.args, g.kw)
}

func (g *getter) repr(th *core.Thread, typeName string) (string, *core.Exception) {
	var parts []string
	switch g.kind {
	case 'i':
		for _, k := range g.items {
			r, err := th.Repr(k)
			if err != nil {
				return "", err
			}
			parts = append(parts, r)
		}
	case 'a':
		for _, p := range g.attrs {
			parts = append(parts, core.StrRepr(strings.Join(p, ".")))
		}
	case 'm':
		parts = append(parts, core.StrRepr(g.name))
		npos := len(g.args) - len(g.kw)
		for _, a := range g.args[:npos] {
			r, err := th.Repr(a)
			if err != nil {
				return "", err
			}
			parts = append(parts, r)
		}
		for i, k := range g.kw {
			r, err := th.Repr(g.args[npos+i])
			if err != nil {
				return "", err
			}
			parts = append(parts, k+"="+r)
		}
	}
	return "operator." + typeName + "(" + strings.Join(parts, ", ") + ")", nil
}

// getterMethods and getterFuncs are the method tables of itemgetter,
// attrgetter and methodcaller.
var getterMethods = []core.MethodDef[*getter]{
	{Name: "__repr__", Min: 0, Max: 0, Fn: getterRepr},
}

var getterFuncs = []core.FuncDef{
	{Name: "__call__", Fn: getterCall},
}

func init() {
	for _, t := range []*core.Type{itemgetterType, attrgetterType, methodcallerType} {
		t.Module = "operator"
		t.Call = func(th *core.Thread, fn core.Value, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return fn.Obj().(*getter).call(th, args, kw)
		}
		core.AddMethods(t, core.ObjectOf[*getter], getterMethods)
		core.AddFuncs(t, getterFuncs)
	}
	itemgetterType.AddStaticMethod("__new__", itemgetterNew)
	attrgetterType.AddStaticMethod("__new__", attrgetterNew)
	methodcallerType.AddStaticMethod("__new__", methodcallerNew)
}

func getterCall(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return args[0].Obj().(*getter).call(th, args[1:], kw)
}

func getterRepr(th *core.Thread, self core.Value, g *getter, args []core.Value) (core.Value, *core.Exception) {
	s, err := g.repr(th, self.Type().Name)
	return core.NewStr(s), err
}

func itemgetterNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	rest, err := getterArgs("itemgetter", args, kw)
	if err != nil {
		return core.Value{}, err
	}
	return core.ObjValue(itemgetterType, &getter{kind: 'i', items: rest}), nil
}

func attrgetterNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	rest, err := getterArgs("attrgetter", args, kw)
	if err != nil {
		return core.Value{}, err
	}
	g := &getter{kind: 'a'}
	for _, a := range rest {
		s, ok := core.Unwrap(a).AsStr()
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "attribute name must be a string")
		}
		g.attrs = append(g.attrs, strings.Split(s, "."))
	}
	return core.ObjValue(attrgetterType, g), nil
}

func methodcallerNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	_, rest, err := newOf("methodcaller", args)
	if err != nil {
		return core.Value{}, err
	}
	if len(rest)-len(kw) < 1 {
		return core.Value{}, core.Errorf(core.TypeError, "methodcaller needs at least one argument, the method name")
	}
	s, ok := core.Unwrap(rest[0]).AsStr()
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "method name must be a string")
	}
	return core.ObjValue(methodcallerType, &getter{kind: 'm', name: s, args: rest[1:], kw: kw}), nil
}

func operatorFuncs() funcs {
	return funcs{
		"add":       binaryFn("add", core.Add, false),
		"sub":       binaryFn("sub", core.Sub, false),
		"mul":       binaryFn("mul", core.Mul, false),
		"matmul":    binaryFn("matmul", core.MatMul, false),
		"truediv":   binaryFn("truediv", core.TrueDiv, false),
		"floordiv":  binaryFn("floordiv", core.FloorDiv, false),
		"mod":       binaryFn("mod", core.Mod, false),
		"pow":       binaryFn("pow", core.Pow, false),
		"lshift":    binaryFn("lshift", core.LShift, false),
		"rshift":    binaryFn("rshift", core.RShift, false),
		"and_":      binaryFn("and_", core.And, false),
		"or_":       binaryFn("or_", core.Or, false),
		"xor":       binaryFn("xor", core.Xor, false),
		"iadd":      binaryFn("iadd", core.Add, true),
		"isub":      binaryFn("isub", core.Sub, true),
		"imul":      binaryFn("imul", core.Mul, true),
		"imatmul":   binaryFn("imatmul", core.MatMul, true),
		"itruediv":  binaryFn("itruediv", core.TrueDiv, true),
		"ifloordiv": binaryFn("ifloordiv", core.FloorDiv, true),
		"imod":      binaryFn("imod", core.Mod, true),
		"ipow":      binaryFn("ipow", core.Pow, true),
		"ilshift":   binaryFn("ilshift", core.LShift, true),
		"irshift":   binaryFn("irshift", core.RShift, true),
		"iand":      binaryFn("iand", core.And, true),
		"ior":       binaryFn("ior", core.Or, true),
		"ixor":      binaryFn("ixor", core.Xor, true),
		"lt":        compareFn("lt", core.Lt),
		"le":        compareFn("le", core.Le),
		"eq":        compareFn("eq", core.Eq),
		"ne":        compareFn("ne", core.Ne),
		"gt":        compareFn("gt", core.Gt),
		"ge":        compareFn("ge", core.Ge),
		"neg":       unaryFn("neg", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return th.Unary(core.Neg, v) }),
		"pos":       unaryFn("pos", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return th.Unary(core.Pos, v) }),
		"invert":    unaryFn("invert", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return th.Unary(core.Invert, v) }),
		"inv":       unaryFn("inv", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return th.Unary(core.Invert, v) }),
		"not_": unaryFn("not_", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
			t, err := th.Truth(v)
			return core.Bool(!t), err
		}),
		"truth": unaryFn("truth", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
			t, err := th.Truth(v)
			return core.Bool(t), err
		}),
		"index": unaryFn("index", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return th.IndexValue(v) }),
		"abs": unaryFn("abs", func(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
			abs, _ := th.Builtins.Dict.GetStr("abs")
			return th.Call(abs, []core.Value{v}, nil)
		}),
		"is_": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("is_", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			return core.Bool(args[0].Is(args[1])), nil
		},
		"is_not": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("is_not", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			return core.Bool(!args[0].Is(args[1])), nil
		},
		"getitem": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("getitem", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			return th.GetItem(args[0], args[1])
		},
		"setitem": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("setitem", args, kw, 3, 3); err != nil {
				return core.Value{}, err
			}
			return core.None, th.SetItem(args[0], args[1], args[2])
		},
		"delitem": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("delitem", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			return core.None, th.DelItem(args[0], args[1])
		},
		"contains": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("contains", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			ok, err := th.Contains(args[0], args[1])
			return core.Bool(ok), err
		},
		"concat": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("concat", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			if _, ok := args[0].Type().Lookup("__getitem__"); !ok {
				return core.Value{}, core.Errorf(core.TypeError, "'%s' object can't be concatenated", core.TypeName(args[0]))
			}
			return th.Binary(core.Add, args[0], args[1])
		},
		"countOf": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("countOf", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			n := 0
			err := th.Iterate(args[0], func(x core.Value) (bool, *core.Exception) {
				eq, err := sameOrEqual(th, x, args[1])
				if err != nil {
					return false, err
				}
				if eq {
					n++
				}
				return true, nil
			})
			return core.Int(int64(n)), err
		},
		"indexOf": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("indexOf", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			i, found := 0, -1
			err := th.Iterate(args[0], func(x core.Value) (bool, *core.Exception) {
				eq, err := sameOrEqual(th, x, args[1])
				if err != nil {
					return false, err
				}
				if eq {
					found = i
					return false, nil
				}
				i++
				return true, nil
			})
			if err != nil {
				return core.Value{}, err
			}
			if found < 0 {
				return core.Value{}, core.Errorf(core.ValueError, "sequence.index(x): x not in sequence")
			}
			return core.Int(int64(found)), nil
		},
		"length_hint": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("length_hint", args, kw, 1, 2); err != nil {
				return core.Value{}, err
			}
			if _, ok := args[0].Type().Lookup("__len__"); ok {
				n, err := th.Len(args[0])
				return core.Int(int64(n)), err
			}
			if _, ok := args[0].Type().Lookup("__length_hint__"); ok {
				return th.CallMethod(args[0], "__length_hint__")
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return core.Int(0), nil
		},
	}
}

func initOperator(th *core.Thread, m *core.Module) *core.Exception {
	fns := operatorFuncs()
	setFuncs(m.Dict, fns)
	for name, fn := range fns {
		if strings.HasSuffix(name, "_") || name == "abs" || name == "index" || strings.HasPrefix(name, "is") || name == "countOf" || name == "indexOf" || name == "length_hint" {
			continue
		}
		m.Dict.SetStr("__"+name+"__", core.NewBuiltin(name, fn))
	}
	m.Dict.SetStr("__abs__", core.NewBuiltin("abs", fns["abs"]))
	m.Dict.SetStr("__index__", core.NewBuiltin("index", fns["index"]))
	m.Dict.SetStr("__not__", core.NewBuiltin("not_", fns["not_"]))
	m.Dict.SetStr("__and__", core.NewBuiltin("and_", fns["and_"]))
	m.Dict.SetStr("__or__", core.NewBuiltin("or_", fns["or_"]))
	for _, t := range []*core.Type{itemgetterType, attrgetterType, methodcallerType} {
		m.Dict.SetStr(t.Name, t.Value())
	}
	return nil
}

// getterArgs checks the arguments of itemgetter(...) or attrgetter(...)
// (the class first): at least one, none by keyword.
func getterArgs(name string, args []core.Value, kw []string) ([]core.Value, *core.Exception) {
	_, rest, err := newOf(name, args)
	if err != nil {
		return nil, err
	}
	if err := core.NoKwargs(name, kw); err != nil {
		return nil, err
	}
	if len(rest) == 0 {
		return nil, core.Errorf(core.TypeError, "%s expected 1 argument, got 0", name)
	}
	return rest, nil
}

// sameOrEqual is the comparison of countOf and indexOf (and of containers'
// searches): identity first, then ==.
func sameOrEqual(th *core.Thread, x, y core.Value) (bool, *core.Exception) {
	if x.Is(y) {
		return true, nil
	}
	return th.Equal(x, y)
}
