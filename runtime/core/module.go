package core

import "strings"

// Module is a Python module object.
type Module struct {
	Name string
	Dict *Dict
}

// ModuleDef describes an importable module: Init fills a Go module's dict;
// Source, if set, is Python source executed as the module's body (after
// Init, so Go helpers are visible to it).
type ModuleDef struct {
	Name   string
	Init   func(th *Thread, m *Module) *Exception
	Source string
}

// NewModule returns a module with __name__ set (and __doc__ None).
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", NewStr(name))
	m.Dict.SetStr("__doc__", None)
	return m
}

// sourceFileLoaderType stands for the importlib loader CPython puts in a
// script's __loader__.
var sourceFileLoaderType = func() *Type {
	t := NewStaticType("SourceFileLoader")
	t.Module = "_frozen_importlib_external"
	return t
}()

// NewMainModule returns the __main__ module of a script run from filename,
// with the globals CPython gives it, in its order (what globals() and dir()
// show).
func NewMainModule(filename string, builtins *Module) *Module {
	m := NewModule("__main__")
	m.Dict.SetStr("__package__", None)
	m.Dict.SetStr("__loader__", Value{t: sourceFileLoaderType, o: &Object{}})
	m.Dict.SetStr("__spec__", None)
	m.Dict.SetStr("__annotations__", NewDict().Value())
	if builtins != nil {
		m.Dict.SetStr("__builtins__", builtins.Value())
	}
	m.Dict.SetStr("__file__", NewStr(filename))
	m.Dict.SetStr("__cached__", None)
	return m
}

// Value returns the module as a Python value.
func (m *Module) Value() Value { return Value{t: ModuleType, o: m} }

// Import returns the module called name (dotted names import their parents
// first and bind the child as an attribute of the parent), consulting
// sys.modules, then the registry; an unknown name raises
// ModuleNotFoundError as CPython does.
func (th *Thread) Import(name string) (*Module, *Exception) {
	if v, ok := th.Modules.GetStr(name); ok {
		if m, ok := v.o.(*Module); ok {
			return m, nil
		}
		if v.IsNone() {
			return nil, Errorf(ModuleNotFoundError, "import of %s halted; None in sys.modules", name)
		}
		return nil, Errorf(ImportError, "sys.modules[%q] is not a module", name)
	}
	var parent *Module
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		p, err := th.Import(name[:i])
		if err != nil {
			return nil, err
		}
		parent = p
		// The parent may have imported the child, or put it in sys.modules
		// under this name as os does with os.path.
		if v, ok := th.Modules.GetStr(name); ok {
			if m, ok := v.o.(*Module); ok {
				return m, nil
			}
		}
	}
	def, ok := th.Registry[name]
	if !ok {
		var err *Exception
		if parent != nil {
			err = Errorf(ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, parent.Name)
			if _, isPkg := parent.Dict.GetStr("__path__"); isPkg {
				err = Errorf(ModuleNotFoundError, "No module named '%s'", name)
			}
		} else {
			err = Errorf(ModuleNotFoundError, "No module named '%s'", name)
		}
		err.GetDict().SetStr("name", NewStr(name))
		return nil, err
	}
	m := NewModule(name)
	// Registered before running so that circular imports see the partial module.
	th.Modules.SetStr(name, m.Value())
	if def.Init != nil {
		if err := def.Init(th, m); err != nil {
			th.Modules.DelStr(name)
			return nil, err
		}
	}
	if def.Source != "" {
		if th.ExecModuleSource == nil {
			th.Modules.DelStr(name)
			return nil, Errorf(ImportError, "cannot run Python source of module '%s': no interpreter", name)
		}
		if err := th.ExecModuleSource(th, m, "<frozen "+name+">", def.Source); err != nil {
			th.Modules.DelStr(name)
			return nil, err
		}
	}
	// The module may have replaced itself in sys.modules.
	if v, ok := th.Modules.GetStr(name); ok {
		if mm, ok := v.o.(*Module); ok {
			m = mm
		}
	}
	if parent != nil {
		parent.Dict.SetStr(name[strings.LastIndexByte(name, '.')+1:], m.Value())
	}
	return m, nil
}

// nativeFiles are the sources of embedded Python modules that stand for
// CPython's C modules (decimal): their frames are left out of tracebacks,
// as a C function's are. Filled by init functions only.
var nativeFiles = map[string]bool{}

// MarkNative leaves the frames of the embedded module name's code out of
// tracebacks. Call it from an init function.
func MarkNative(name string) { nativeFiles["<frozen "+name+">"] = true }

// importName is IMPORT_NAME: `import a.b` binds the top package; with a
// fromlist the module itself is returned.
func (th *Thread) importName(name string, fromlist, level Value) (Value, *Exception) {
	if level.IsSmallInt() && level.Int64() > 0 {
		return Value{}, Errorf(ImportError, "attempted relative import with no known parent package")
	}
	m, err := th.Import(name)
	if err != nil {
		return Value{}, err
	}
	if fromlist.IsNone() {
		if i := strings.IndexByte(name, '.'); i >= 0 {
			top, err := th.Import(name[:i])
			if err != nil {
				return Value{}, err
			}
			return top.Value(), nil
		}
	}
	return m.Value(), nil
}

// importFrom is IMPORT_FROM: an attribute of the module, or its submodule.
func (th *Thread) importFrom(mod Value, name string) (Value, *Exception) {
	v, ok, err := th.LookupAttr(mod, name)
	if err != nil {
		return Value{}, err
	}
	if ok {
		return v, nil
	}
	m, isMod := mod.o.(*Module)
	if isMod {
		if sub, err := th.Import(m.Name + "." + name); err == nil {
			return sub.Value(), nil
		}
		e := Errorf(ImportError, "cannot import name '%s' from '%s' (unknown location)", name, m.Name)
		e.GetDict().SetStr("name", NewStr(m.Name))
		return Value{}, e
	}
	return Value{}, Errorf(ImportError, "cannot import name '%s'", name)
}

// importStar is `from m import *`.
func (th *Thread) importStar(f *Frame, mod Value) *Exception {
	m, ok := mod.o.(*Module)
	if !ok {
		return Errorf(ImportError, "import * of a non-module")
	}
	dst := f.Locals
	if dst == nil {
		dst = f.Globals
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		return th.Iterate(all, func(n Value) (bool, *Exception) {
			s, _ := n.AsStr()
			v, err := th.GetAttr(mod, s)
			if err == nil {
				dst.SetStr(s, v)
			}
			return true, err
		})
	}
	for _, it := range m.Dict.Items() {
		s, ok := it.Key.AsStr()
		if !ok || strings.HasPrefix(s, "_") {
			continue
		}
		dst.SetStr(s, it.Value)
	}
	return nil
}
