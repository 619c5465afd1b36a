package asyncio

import (
	"slices"
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// Method tables
//
// Each asyncio type lists its methods in tables at the top of its file, as
// core's built-in types do (core/method.go says how), each row naming a
// top-level function. Which table a method goes in follows what CPython
// writes it in, because that decides its argument errors:
//
//   - the _asyncio types written in C (Future, Task, their iterator, the
//     coroutines of Go code) use core.MethodDef rows ("Future.result()
//     takes no arguments (1 given)"), and core.FuncDef rows that read
//     their arguments with a clinicSig where a method takes keywords ("cancel() takes at most 1
//     argument (2 given)");
//   - the classes written in Python (BaseEventLoop, Queue, Handle) use
//     pyMethod rows, whose errors are a Python function's ("Queue.put()
//     missing 1 required positional argument: 'item'").

// pyMethod is a row of the method table of a class CPython writes in
// Python. Params lists the parameters after self, separated by spaces:
// "name=" is optional, "*args" takes the remaining positional arguments,
// and those after "*" or "*args" are keyword-only. Fn gets self as
// args[0], as a core.FuncDef does, and the parameters after it by
// position: the optional ones may be missing from the end of args (see
// opt) when they were not given, and the extra positional arguments of
// *args follow the parameters.
type pyMethod[T any] struct {
	Name   string
	Params string
	Fn     func(th *core.Thread, recv T, args []core.Value) (core.Value, *core.Exception)
}

// signature is a pyMethod's parsed Params, self included.
type signature struct {
	qual     string   // "Queue.put", as the messages name the function
	names    []string // the parameters that bind by position or keyword
	required int      // how many of names must be given
	maxpos   int      // how many of names bind by position
	varargs  bool     // *args: extra positional arguments are kept
}

func parseSignature(owner *core.Type, name, params string) *signature {
	s := &signature{qual: owner.Name + "." + name, names: []string{"self"}, required: 1, maxpos: 1}
	kwOnly := false
	for _, p := range strings.Fields(params) {
		switch {
		case p == "*":
			kwOnly = true
			continue
		case strings.HasPrefix(p, "*"):
			s.varargs, kwOnly = true, true
			continue
		}
		p, optional := strings.CutSuffix(p, "=")
		if !optional && !kwOnly {
			s.required++
		}
		if !kwOnly {
			s.maxpos++
		}
		s.names = append(s.names, p)
	}
	return s
}

// addPyMethods installs a pyMethod table in t's dict. recv returns the Go
// object of a receiver (core.ObjectOf, for most types).
func addPyMethods[T any](t *core.Type, recv func(core.Value) (T, bool), defs []pyMethod[T]) {
	fns := make([]core.FuncDef, len(defs))
	for i := range defs {
		d := &defs[i]
		sig := parseSignature(t, d.Name, d.Params)
		fns[i] = core.FuncDef{Name: d.Name, Fn: func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if n := len(args); len(kw) > 0 || n < sig.required || n > sig.maxpos && !sig.varargs {
				var err *core.Exception
				if args, err = sig.bind(args, kw); err != nil {
					return core.Value{}, err
				}
			}
			r, ok := recv(args[0])
			if !ok {
				return core.Value{}, core.Errorf(core.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, t.Name, core.TypeName(args[0]))
			}
			return d.Fn(th, r, args)
		}}
	}
	core.AddFuncs(t, fns)
}

// rowNames are the attributes a method table installs, for
// core.Type.MarkBorrows: the methods of the tables in this package never
// keep their args slice (they copy out the values they keep), so the VM
// may pass them a view of its stack instead of a copy.
func rowNames[T any](defs []core.MethodDef[T]) []string {
	names := make([]string, len(defs))
	for i, d := range defs {
		names[i] = d.Name[strings.LastIndexByte(d.Name, '.')+1:]
	}
	return names
}

// opt is the i-th argument of a pyMethod, or the zero Value when an
// optional parameter was not given.
func opt(args []core.Value, i int) core.Value {
	if i < len(args) {
		return args[i]
	}
	return core.Value{}
}

// bind puts keyword arguments in their parameters' places, with a Python
// function's errors: the result holds every parameter, then the extra
// positional arguments of *args.
func (s *signature) bind(args []core.Value, kw []string) ([]core.Value, *core.Exception) {
	npos := len(args) - len(kw)
	bound := make([]core.Value, len(s.names), max(len(s.names), npos))
	copy(bound, args[:min(npos, s.maxpos)])
	for i, k := range kw {
		j := slices.Index(s.names, k)
		switch {
		case j < 0:
			return nil, core.Errorf(core.TypeError, "%s() got an unexpected keyword argument '%s'", s.qual, k)
		case bound[j].IsValid():
			return nil, core.Errorf(core.TypeError, "%s() got multiple values for argument '%s'", s.qual, k)
		}
		bound[j] = args[npos+i]
	}
	if npos > s.maxpos {
		if !s.varargs {
			return nil, s.tooMany(npos)
		}
		bound = append(bound, args[s.maxpos:npos]...)
	}
	var missing []string
	for j, v := range bound[:s.required] {
		if !v.IsValid() {
			missing = append(missing, "'"+s.names[j]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, core.Errorf(core.TypeError, "%s() missing %d required positional argument%s: %s", s.qual, len(missing), plural(len(missing)), joinNames(missing))
	}
	return bound, nil
}

func (s *signature) tooMany(npos int) *core.Exception {
	takes := strconv.Itoa(s.maxpos)
	if s.required < s.maxpos {
		takes = "from " + strconv.Itoa(s.required) + " to " + takes
	}
	was := "was"
	if npos != 1 {
		was = "were"
	}
	return core.Errorf(core.TypeError, "%s() takes %s positional argument%s but %d %s given", s.qual, takes, plural(s.maxpos), npos, was)
}

// joinNames lists names as CPython's missing-argument message does:
// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
func joinNames(names []string) string {
	switch n := len(names); n {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	default:
		return strings.Join(names[:n-1], ", ") + ", and " + names[n-1]
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// clinicSig is the signature of a C method of _asyncio that takes
// keywords: names are its parameters, of which the first posonly are
// positional-only, the first required must be given, and the first maxpos
// may be given by position (the rest are keyword-only).
type clinicSig struct {
	name                      string
	names                     []string
	posonly, required, maxpos int
}

// unpack assigns args to out (one per parameter; absent ones keep the
// zero Value) with the errors of CPython's argument clinic.
func (s *clinicSig) unpack(args []core.Value, kw []string, out ...*core.Value) *core.Exception {
	nargs, nkw := len(args)-len(kw), len(kw)
	minpos := min(s.required, s.maxpos)
	switch {
	case nargs+nkw > len(s.names):
		what := "argument"
		if nargs == 0 {
			what = "keyword argument"
		}
		return core.Errorf(core.TypeError, "%s() takes at most %d %s%s (%d given)", s.name, len(s.names), what, plural(len(s.names)), nargs+nkw)
	case nargs > s.maxpos && s.maxpos == 0:
		return core.Errorf(core.TypeError, "%s() takes no positional arguments", s.name)
	case nargs > s.maxpos:
		return core.Errorf(core.TypeError, "%s() takes %s %d positional argument%s (%d given)", s.name, atMostOrExactly(minpos < s.maxpos), s.maxpos, plural(s.maxpos), nargs)
	case nargs < min(s.posonly, minpos):
		n := min(s.posonly, minpos)
		return core.Errorf(core.TypeError, "%s() takes %s %d positional argument%s (%d given)", s.name, atLeastOrExactly(n < s.maxpos), n, plural(n), nargs)
	}
	for i := range nargs {
		*out[i] = args[i]
	}
	used := 0
	for i := max(nargs, s.posonly); i < len(s.names); i++ {
		found := false
		for j, k := range kw {
			if k == s.names[i] {
				*out[i], found = args[nargs+j], true
				used++
				break
			}
		}
		if !found && i < s.required {
			return core.Errorf(core.TypeError, "%s() missing required argument '%s' (pos %d)", s.name, s.names[i], i+1)
		}
	}
	if used < nkw {
		for _, k := range kw {
			for i, name := range s.names[:nargs] {
				if k == name && i >= s.posonly {
					return core.Errorf(core.TypeError, "argument for %s() given by name ('%s') and position (%d)", s.name, k, i+1)
				}
			}
		}
		for _, k := range kw {
			if i := slices.Index(s.names, k); i < max(nargs, s.posonly) {
				return core.Errorf(core.TypeError, "'%s' is an invalid keyword argument for %s()", k, s.name)
			}
		}
	}
	return nil
}

func atMostOrExactly(atMost bool) string {
	if atMost {
		return "at most"
	}
	return "exactly"
}

func atLeastOrExactly(atLeast bool) string {
	if atLeast {
		return "at least"
	}
	return "exactly"
}
