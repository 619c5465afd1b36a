package modules

import (
	"math"
	goruntime "runtime"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The sys module: argv, the standard streams (writes go through th.Write),
// exit, the recursion limit, version facts, modules (the run's
// sys.modules dict) and an empty path. version_info, float_info and
// implementation are built in py/sys.py.

func platform() string {
	switch goruntime.GOOS {
	case "js", "wasip1":
		return "emscripten" // what CPython reports when it runs in a browser
	case "windows":
		return "win32"
	}
	return goruntime.GOOS
}

// stdinType is sys.stdin: read/readline/readlines over the run's input.
var stdinType = core.NewStaticType("TextIOWrapper")

type stdin struct{}

// stdinMethods is sys.stdin's method table; readline reads the core's
// shared buffered reader, as input() does, so both see the same stream
// position.
var stdinMethods = []core.FuncDef{
	{Name: "readline", Fn: stdinReadline},
	{Name: "read", Fn: stdinRead},
	{Name: "readlines", Fn: stdinReadlines},
	{Name: "__iter__", Fn: stdinIter},
	{Name: "__next__", Fn: stdinNext},
	{Name: "isatty", Fn: stdinIsatty},
	{Name: "__repr__", Fn: stdinRepr},
}

func init() {
	stdinType.Module = "_io"
	core.AddFuncs(stdinType, stdinMethods)
}

func stdinReadline(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return core.NewStr(th.ReadLine()), nil
}

func stdinRead(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	lines, err := readAllLines(th)
	if err != nil {
		return core.Value{}, err
	}
	s := ""
	for _, l := range lines {
		s += l
	}
	return core.NewStr(s), nil
}

func stdinReadlines(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	lines, err := readAllLines(th)
	if err != nil {
		return core.Value{}, err
	}
	vs := make([]core.Value, len(lines))
	for i, l := range lines {
		vs[i] = core.NewStr(l)
	}
	return core.NewList(vs), nil
}

func stdinIter(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return args[0], nil
}

func stdinNext(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	l, err := th.CallMethod(args[0], "readline")
	if err != nil {
		return core.Value{}, err
	}
	if s, _ := l.AsStr(); s == "" {
		return core.Value{}, core.NewException(core.StopIteration)
	}
	return l, nil
}

func stdinIsatty(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return core.False, nil
}

func stdinRepr(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return core.NewStr("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"), nil
}

func readAllLines(th *core.Thread) ([]string, *core.Exception) {
	var lines []string
	for {
		l, err := th.CallMethod(core.ObjValue(stdinType, &stdin{}), "readline")
		if err != nil {
			return nil, err
		}
		s, _ := l.AsStr()
		if s == "" {
			return lines, nil
		}
		lines = append(lines, s)
	}
}

func initSys(th *core.Thread, m *core.Module) *core.Exception {
	d := m.Dict
	argv := make([]core.Value, len(th.Argv))
	for i, a := range th.Argv {
		argv[i] = core.NewStr(a)
	}
	if len(argv) == 0 {
		argv = []core.Value{core.NewStr("")}
	}
	d.SetStr("argv", core.NewList(argv))
	d.SetStr("orig_argv", core.NewList(append([]core.Value{core.NewStr("python3")}, argv...)))
	d.SetStr("stdout", core.NewStdStream(true))
	d.SetStr("stderr", core.NewStdStream(false))
	d.SetStr("stdin", core.ObjValue(stdinType, &stdin{}))
	d.SetStr("__stdout__", core.NewStdStream(true))
	d.SetStr("__stderr__", core.NewStdStream(false))
	d.SetStr("__stdin__", core.ObjValue(stdinType, &stdin{}))
	d.SetStr("modules", th.Modules.Value())
	d.SetStr("path", core.NewList(nil))
	d.SetStr("meta_path", core.NewList(nil))
	d.SetStr("builtin_module_names", builtinModuleNames())
	d.SetStr("platform", core.NewStr(platform()))
	d.SetStr("byteorder", core.NewStr("little"))
	d.SetStr("maxsize", core.Int(math.MaxInt64))
	d.SetStr("maxunicode", core.Int(0x10ffff))
	d.SetStr("version", core.NewStr("3.11.7 (asynchrony, Go runtime)"))
	d.SetStr("hexversion", core.Int(0x030b07f0))
	d.SetStr("api_version", core.Int(1013))
	d.SetStr("copyright", core.NewStr("Copyright (c) 2001-2023 Python Software Foundation."))
	d.SetStr("executable", core.NewStr(""))
	d.SetStr("prefix", core.NewStr(""))
	d.SetStr("dont_write_bytecode", core.True)
	setFuncs(d, map[string]core.BuiltinFunc{
		"exit": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			var code core.Value
			if err := th.UnpackArgs("exit", args, kw, "status?", &code); err != nil {
				return core.Value{}, err
			}
			if !code.IsValid() {
				return core.Value{}, core.NewException(core.SystemExit)
			}
			return core.Value{}, core.NewException(core.SystemExit, code)
		},
		"getrecursionlimit": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("getrecursionlimit", args, kw, 0, 0); err != nil {
				return core.Value{}, err
			}
			return core.Int(int64(th.RecursionLimit)), nil
		},
		"setrecursionlimit": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("setrecursionlimit", args, kw, 1, 1); err != nil {
				return core.Value{}, err
			}
			if !core.IsInt(args[0]) {
				return core.Value{}, core.Errorf(core.TypeError, "'%s' object cannot be interpreted as an integer", core.TypeName(args[0]))
			}
			n, ok := core.AsInt64(args[0])
			if !ok || n > math.MaxInt32 {
				return core.Value{}, core.Errorf(core.OverflowError, "Python int too large to convert to C int")
			}
			if n < 1 {
				return core.Value{}, core.Errorf(core.ValueError, "recursion limit must be greater or equal than 1")
			}
			if int(n) <= th.Depth {
				return core.Value{}, core.Errorf(core.RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, th.Depth)
			}
			th.RecursionLimit = int(n)
			return core.None, nil
		},
		"getswitchinterval": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("getswitchinterval", args, kw, 0, 0); err != nil {
				return core.Value{}, err
			}
			return core.Float(th.SwitchInterval()), nil
		},
		"setswitchinterval": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("setswitchinterval", args, kw, 1, 1); err != nil {
				return core.Value{}, err
			}
			if !core.IsInt(args[0]) && !args[0].Type().IsSubtype(core.FloatType) {
				return core.Value{}, core.Errorf(core.TypeError, "must be real number, not %s", core.TypeName(args[0]))
			}
			v, err := th.FloatValue(args[0])
			if err != nil {
				return core.Value{}, err
			}
			if !(v > 0) {
				return core.Value{}, core.Errorf(core.ValueError, "switch interval must be strictly positive")
			}
			th.SetSwitchInterval(v)
			return core.None, nil
		},
		"excepthook": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("excepthook", args, kw, 3, 3); err != nil {
				return core.Value{}, err
			}
			if e, ok := core.Unwrap(args[1]).Obj().(*core.Exception); ok {
				th.PrintException(e)
			}
			return core.None, nil
		},
		"get_int_max_str_digits": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("get_int_max_str_digits", args, kw, 0, 0); err != nil {
				return core.Value{}, err
			}
			return core.Int(int64(th.IntMaxStrDigits)), nil
		},
		"set_int_max_str_digits": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			var v core.Value
			if err := th.UnpackArgs("set_int_max_str_digits", args, kw, "maxdigits", &v); err != nil {
				return core.Value{}, err
			}
			n, err := th.IndexInt(v)
			if err != nil {
				return core.Value{}, err
			}
			if n != 0 && n < 640 {
				return core.Value{}, core.Errorf(core.ValueError, "maxdigits must be 0 or larger than 640")
			}
			th.IntMaxStrDigits = n
			return core.None, nil
		},
		"exc_info": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("exc_info", args, kw, 0, 0); err != nil {
				return core.Value{}, err
			}
			e := th.Exc
			if e == nil {
				return tuple(core.None, core.None, core.None), nil
			}
			tb := core.None
			if v, err := th.GetAttr(e.Value(), "__traceback__"); err == nil {
				tb = v
			}
			return tuple(e.Type.Value(), e.Value(), tb), nil
		},
		"exception": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("exception", args, kw, 0, 0); err != nil {
				return core.Value{}, err
			}
			if th.Exc == nil {
				return core.None, nil
			}
			return th.Exc.Value(), nil
		},
		"_getframe": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("_getframe", args, kw, 0, 1); err != nil {
				return core.Value{}, err
			}
			depth := 0
			if len(args) == 1 {
				var err *core.Exception
				if depth, err = th.IndexInt(args[0]); err != nil {
					return core.Value{}, err
				}
			}
			f := th.CurrentFrame()
			for ; depth > 0 && f != nil; depth-- {
				f = f.Back
			}
			if f == nil {
				return core.Value{}, core.Errorf(core.ValueError, "call stack is not deep enough")
			}
			return f.Value(), nil
		},
		"intern": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("intern", args, kw, 1, 1); err != nil {
				return core.Value{}, err
			}
			if args[0].Type() != core.StrType {
				return core.Value{}, core.Errorf(core.TypeError, "intern() argument must be str, not %s", core.TypeName(args[0]))
			}
			return args[0], nil
		},
		"getdefaultencoding": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			return core.NewStr("utf-8"), nil
		},
		"getsizeof": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if len(args) == 0 {
				return core.Value{}, core.Errorf(core.TypeError, "getsizeof() missing required argument 'object' (pos 1)")
			}
			// An estimate: CPython's object header plus 8 bytes per item.
			n, err := th.Len(args[0])
			if err != nil {
				n = 0
			}
			return core.Int(int64(56 + 8*n)), nil
		},
	})
	return nil
}

func builtinModuleNames() core.Value {
	names := []core.Value{core.NewStr("builtins"), core.NewStr("sys")}
	return core.NewTuple(names)
}
