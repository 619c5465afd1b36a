package modules

import "github.com/asynchrony/asynchrony/runtime/core"

// The decimal module is py/decimal.py; its Go part gives the module's
// classes CPython's C type names ("decimal.Decimal") for messages, as
// datetime's does. numbers and fractions are Python only.

func init() {
	goModules["decimal"] = initCNamed
	core.MarkNative("decimal")
	pyModules = append(pyModules, "decimal", "numbers", "fractions")
}

// initCNamed gives a Python module the _set_c_name helper.
func initCNamed(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, map[string]core.BuiltinFunc{"_set_c_name": setCName})
	return nil
}
