package modules

import (
	"bytes"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime/compile"
	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// runPy runs a program with this package's registry and builtins (as
// runtime.Run does) and returns its stdout, and stderr with a traceback
// when it raised.
func runPy(t *testing.T, src string) (string, string) {
	t.Helper()
	return runPyClock(t, src, "")
}

// runPyClock is runPy with the run's clock set ("real"; "" for virtual),
// as runtime.Options.Clock sets it.
func runPyClock(t *testing.T, src, clock string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	th := core.NewThread(&out, &errb)
	if clock == "real" {
		th.SetRealClock()
	}
	th.Registry = Registry()
	th.Builtins = NewBuiltins()
	th.ExecModuleSource = func(th *core.Thread, m *core.Module, filename, src string) *core.Exception {
		code, exc := compileSrc(th, filename, src)
		if exc != nil {
			return exc
		}
		if _, ok := m.Dict.GetStr("__builtins__"); !ok {
			m.Dict.SetStr("__builtins__", th.Builtins.Value())
		}
		return th.ExecCode(code, m.Dict)
	}
	code, exc := compileSrc(th, "prog.py", src)
	if exc == nil {
		main := core.NewModule("__main__")
		main.Dict.SetStr("__builtins__", th.Builtins.Value())
		th.Modules.SetStr("__main__", main.Value())
		exc = th.ExecCode(code, main.Dict)
	}
	if exc != nil {
		th.PrintException(exc)
	}
	return out.String(), errb.String()
}

func compileSrc(th *core.Thread, filename, src string) (*compile.Code, *core.Exception) {
	th.AddSource(filename, src)
	mod, err := syntax.Parse(filename, []byte(src))
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			return nil, core.NewSyntaxError(se)
		}
		return nil, core.Errorf(core.SyntaxError, "%s", err.Error())
	}
	code, serr := compile.Compile(mod, filename, []byte(src))
	if serr != nil {
		return nil, core.NewSyntaxError(serr)
	}
	return code, nil
}

// pyCase is a program and the stdout CPython 3.11 prints for it (the
// expected outputs were produced by running python3 on each program).
type pyCase struct {
	name, src, want string
}

func runCases(t *testing.T, cases []pyCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs := runPy(t, strings.TrimLeft(c.src, "\n"))
			if out != c.want || errs != "" {
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", out, c.want, errs)
			}
		})
	}
}
