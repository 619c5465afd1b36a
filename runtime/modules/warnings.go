package modules

import "github.com/asynchrony/asynchrony/runtime/core"

// warnings (py/warnings.py) reads source lines for its messages through
// _sourceline, the same text tracebacks show.

// sourceLine is _sourceline(filename, lineno).
func sourceLine(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_sourceline", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	name, _ := core.Unwrap(args[0]).AsStr()
	line, err := th.IndexInt(args[1])
	if err != nil {
		return core.Value{}, err
	}
	return core.NewStr(th.SourceLine(name, line)), nil
}

// initWarnings adds the Go helper of py/warnings.py.
func initWarnings(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, funcs{"_sourceline": sourceLine})
	return nil
}
