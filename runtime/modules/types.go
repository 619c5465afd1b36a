package modules

import "github.com/asynchrony/asynchrony/runtime/core"

// _types holds the Go helper behind types.coroutine (py/types.py has the
// rest of the types module).

func markIterableCoroutine(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_mark_iterable_coroutine", args, kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	return core.Bool(core.MarkIterableCoroutine(args[0])), nil
}

// initTypesHelpers fills _types, the Go helper of py/types.py.
func initTypesHelpers(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, funcs{"_mark_iterable_coroutine": markIterableCoroutine})
	return nil
}
