package modules

import "github.com/asynchrony/asynchrony/runtime/core"

// The datetime and decimal modules are py/datetime.py and py/decimal.py;
// their Go part gives the modules' classes CPython's C type names
// ("datetime.date", "decimal.Decimal") for messages.

// setCName is _set_c_name(cls, "module.name"): messages then name the class
// as CPython names a C type, while its __name__ stays the short name.
func setCName(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_set_c_name", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	t := args[0].AsType()
	name, ok := args[1].AsStr()
	if t == nil || !ok || t.Static {
		return core.Value{}, core.Errorf(core.TypeError, "_set_c_name() needs a class and a str")
	}
	t.ShortName = t.Name
	t.Name = name
	return core.None, nil
}

// initCNamed adds _set_c_name to datetime and decimal, whose classes
// CPython defines in C modules.
func initCNamed(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, funcs{"_set_c_name": setCName})
	return nil
}
