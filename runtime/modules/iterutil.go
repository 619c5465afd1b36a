package modules

import (
	"github.com/asynchrony/asynchrony/runtime/core"
)

// Helpers shared by the Go modules: iterator types, argument checks.

// newIterType creates a static iterator type whose instances hold a Go
// value implementing core.Iterator (so th.Next advances them without a
// method call); its methods are iterMethods.
func newIterType(name, module string) *core.Type {
	t := core.NewStaticType(name)
	t.Module = module
	core.AddFuncs(t, iterMethods)
	return t
}

// iterMethods are the methods of every newIterType: __iter__ returns self
// and __next__ raises StopIteration at the end. (They are FuncDefs, not a
// MethodDef[core.Iterator] table: an interface type argument would link
// another copy of the generic helpers.)
var iterMethods = []core.FuncDef{
	{Name: "__iter__", Fn: iterSelf},
	{Name: "__next__", Fn: iterNext},
}

func iterSelf(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("__iter__", args[1:], kw, 0, 0); err != nil {
		return core.Value{}, err
	}
	return args[0], nil
}

func iterNext(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("__next__", args[1:], kw, 0, 0); err != nil {
		return core.Value{}, err
	}
	it, ok := core.Unwrap(args[0]).Obj().(core.Iterator)
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "'%s' object is not an iterator", core.TypeName(args[0]))
	}
	v, ok, err := it.Next(th)
	if err != nil {
		return core.Value{}, err
	}
	if !ok {
		return core.Value{}, core.NewException(core.StopIteration)
	}
	return v, nil
}

// newOf returns the class a __new__ was called for and the remaining
// arguments.
func newOf(name string, args []core.Value) (*core.Type, []core.Value, *core.Exception) {
	if len(args) == 0 {
		return nil, nil, core.Errorf(core.TypeError, "%s.__new__(): not enough arguments", name)
	}
	cls := args[0].AsType()
	if cls == nil {
		return nil, nil, core.Errorf(core.TypeError, "%s.__new__(X): X is not a type object (%s)", name, core.TypeName(args[0]))
	}
	return cls, args[1:], nil
}

// newOfNoKw is newOf for a type t whose own constructor takes no keyword
// arguments (a subclass's __init__ may take them).
func newOfNoKw(name string, t *core.Type, args []core.Value, kw []string) (*core.Type, []core.Value, *core.Exception) {
	cls, rest, err := newOf(name, args)
	if err == nil && cls == t && len(kw) > 0 {
		err = core.Errorf(core.TypeError, "%s() takes no keyword arguments", name)
	}
	return cls, rest, err
}

// wrap returns a Go object as an instance of cls: directly when cls is the
// built-in type t itself, else as a subclass instance whose built-in part
// is the object.
func wrap(cls, t *core.Type, o any) core.Value {
	v := core.ObjValue(t, o)
	if cls == t || cls == nil {
		return v
	}
	return core.WrapSubclass(cls, v)
}

// kwArgs splits keyword arguments out of a vectorcall argument list into a
// map, checking names against allowed; the positional arguments are
// returned.
func kwArgs(fname string, args []core.Value, kw []string, allowed ...string) ([]core.Value, map[string]core.Value, *core.Exception) {
	npos := len(args) - len(kw)
	if len(kw) == 0 {
		return args, nil, nil
	}
	m := make(map[string]core.Value, len(kw))
	for i, k := range kw {
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
				break
			}
		}
		if !ok {
			return nil, nil, core.Errorf(core.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		m[k] = args[npos+i]
	}
	return args[:npos], m, nil
}

func str(s string) core.Value { return core.NewStr(s) }

func tuple(items ...core.Value) core.Value { return core.NewTuple(items) }
