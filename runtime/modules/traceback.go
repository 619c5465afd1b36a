package modules

import (
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// traceback: printing and formatting exceptions as the interpreter does
// for an uncaught one (print_exc, format_exc, print_exception,
// format_exception, format_exception_only). The stack-walking parts
// (extract_tb, print_stack, FrameSummary, ...) are not provided.

func initTraceback(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, map[string]core.BuiltinFunc{
		"format_exc": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			var limit, chain core.Value
			if err := th.UnpackArgs("format_exc", args, kw, "limit?", &limit, "chain?", &chain); err != nil {
				return core.Value{}, err
			}
			s, err := formatCurrent(th, limit, chain)
			return core.NewStr(s), err
		},
		"print_exc": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			var limit, file, chain core.Value
			if err := th.UnpackArgs("print_exc", args, kw, "limit?", &limit, "file?", &file, "chain?", &chain); err != nil {
				return core.Value{}, err
			}
			s, err := formatCurrent(th, limit, chain)
			if err != nil {
				return core.Value{}, err
			}
			return core.None, writeTo(th, file, s)
		},
		"format_exception": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			var exc, value, tb, limit, chain core.Value
			if err := th.UnpackArgs("format_exception", args, kw, "exc", &exc, "value?", &value, "tb?", &tb, "limit?", &limit, "chain?", &chain); err != nil {
				return core.Value{}, err
			}
			s, err := formatGiven(th, exc, value, limit, chain)
			if err != nil {
				return core.Value{}, err
			}
			return chunks(s), nil
		},
		"print_exception": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			var exc, value, tb, limit, file, chain core.Value
			if err := th.UnpackArgs("print_exception", args, kw, "exc", &exc, "value?", &value, "tb?", &tb, "limit?", &limit, "file?", &file, "chain?", &chain); err != nil {
				return core.Value{}, err
			}
			s, err := formatGiven(th, exc, value, limit, chain)
			if err != nil {
				return core.Value{}, err
			}
			return core.None, writeTo(th, file, s)
		},
		"format_exception_only": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			var exc, value core.Value
			if err := th.UnpackArgs("format_exception_only", args, kw, "exc", &exc, "value?", &value); err != nil {
				return core.Value{}, err
			}
			e, err := givenException(exc, value)
			if err != nil || e == nil {
				return chunks("NoneType: None\n"), err
			}
			only := *e
			only.Traceback, only.Cause, only.Context = nil, nil, nil
			return chunks(th.FormatException(&only)), nil
		},
	})
	return nil
}

// formatCurrent formats the exception being handled (sys.exc_info()).
func formatCurrent(th *core.Thread, limit, chain core.Value) (string, *core.Exception) {
	if th.Exc == nil {
		return "NoneType: None\n", nil
	}
	return format(th, th.Exc, limit, chain)
}

// formatGiven formats print_exception's argument: an exception, or (3.9
// style) a type followed by the exception as value.
func formatGiven(th *core.Thread, exc, value, limit, chain core.Value) (string, *core.Exception) {
	e, err := givenException(exc, value)
	if err != nil {
		return "", err
	}
	if e == nil {
		return "NoneType: None\n", nil
	}
	return format(th, e, limit, chain)
}

func givenException(exc, value core.Value) (*core.Exception, *core.Exception) {
	if value.IsValid() && !value.IsNone() {
		exc = value
	}
	if exc.IsNone() {
		return nil, nil
	}
	e := core.AsException(exc)
	if e == nil {
		return nil, core.Errorf(core.TypeError, "Exception expected for value, %s found", core.TypeName(exc))
	}
	return e, nil
}

// format is the interpreter's report of e; limit keeps that many frames of
// each traceback (the outermost ones), chain=False drops the causes and
// contexts.
func format(th *core.Thread, e *core.Exception, limit, chain core.Value) (string, *core.Exception) {
	n := -1
	if limit.IsValid() && !limit.IsNone() {
		l, err := th.IndexInt(limit)
		if err != nil {
			return "", err
		}
		if l < 0 {
			return "", core.Errorf(core.NotImplementedError, "traceback: a negative limit is not supported")
		}
		n = l
	}
	withChain := true
	if chain.IsValid() {
		var err *core.Exception
		if withChain, err = th.Truth(chain); err != nil {
			return "", err
		}
	}
	if n >= 0 || !withChain {
		e = trimmed(e, n, withChain, map[*core.Exception]*core.Exception{})
	}
	return th.FormatException(e), nil
}

// trimmed copies e (and its chain) with each traceback cut to n entries
// (n < 0: all) and, without chain, no cause or context.
func trimmed(e *core.Exception, n int, chain bool, done map[*core.Exception]*core.Exception) *core.Exception {
	if e == nil {
		return nil
	}
	if c, ok := done[e]; ok {
		return c
	}
	c := *e
	done[e] = &c
	if n >= 0 {
		var head, tail *core.Traceback
		for tb, i := e.Traceback, 0; tb != nil && i < n; tb, i = tb.Next, i+1 {
			entry := *tb
			entry.Next = nil
			if tail == nil {
				head = &entry
			} else {
				tail.Next = &entry
			}
			tail = &entry
		}
		c.Traceback = head
	}
	if chain {
		c.Cause = trimmed(e.Cause, n, chain, done)
		c.Context = trimmed(e.Context, n, chain, done)
	} else {
		c.Cause, c.Context = nil, nil
	}
	return &c
}

// chunks splits a report into format_exception's list: one string per
// line, except that a frame's "  File" line and the source and marker
// lines under it form one string, and so do a chaining message and the
// blank lines around it.
func chunks(s string) core.Value {
	var out []core.Value
	lines := strings.SplitAfter(s, "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" {
			continue
		}
		if line == "\n" && i+2 < len(lines) && lines[i+2] == "\n" &&
			(strings.HasPrefix(lines[i+1], "During handling") || strings.HasPrefix(lines[i+1], "The above exception")) {
			out = append(out, core.NewStr(line+lines[i+1]+lines[i+2]))
			i += 2
			continue
		}
		if n := len(out); n > 0 && strings.HasPrefix(line, "    ") {
			prev, _ := out[n-1].AsStr()
			if strings.HasPrefix(strings.TrimLeft(prev, " |+-"), "File \"") {
				out[n-1] = core.NewStr(prev + line)
				continue
			}
		}
		out = append(out, core.NewStr(line))
	}
	return core.NewList(out)
}

// writeTo writes s to file (default sys.stderr) with its write method.
func writeTo(th *core.Thread, file core.Value, s string) *core.Exception {
	if !file.IsValid() || file.IsNone() {
		sys, err := th.Import("sys")
		if err != nil {
			return err
		}
		if file, err = th.GetAttr(sys.Value(), "stderr"); err != nil {
			return err
		}
	}
	_, err := th.CallMethod(file, "write", core.NewStr(s))
	return err
}
