package core

import (
	"slices"
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/compile"
)

// functionFuncs are Function's methods (method.go says how to add one).
var functionFuncs = []FuncDef{
	{"__repr__", funcRepr},
	{"__get__", functionGet},
}

var functionGetSets = []GetSetDef{
	{"__name__", functionName, functionSetName},
	{"__qualname__", functionQualName, functionSetQualName},
	{"__doc__", functionDoc, functionSetDoc},
	{"__module__", functionModule, functionSetModule},
	{"__dict__", functionDict, nil},
	{"__globals__", functionGlobals, nil},
	{"__defaults__", functionDefaults, functionSetDefaults},
	{"__kwdefaults__", functionKwDefaults, nil},
	{"__annotations__", functionAnnotations, nil},
	{"__code__", functionCode, nil},
	{"__closure__", functionClosure, nil},
}

var cellGetSets = []GetSetDef{
	{"cell_contents", cellContents, nil},
}

var codeGetSets = []GetSetDef{
	{"co_name", codeName, nil},
	{"co_qualname", codeQualName, nil},
	{"co_filename", codeFilename, nil},
	{"co_firstlineno", codeFirstLineno, nil},
	{"co_argcount", codeArgCount, nil},
	{"co_flags", codeFlags, nil},
	{"co_varnames", codeVarNames, nil},
	{"co_cellvars", codeCellVars, nil},
	{"co_freevars", codeFreeVars, nil},
	{"co_nlocals", codeNLocals, nil},
	{"co_posonlyargcount", codePosOnlyArgCount, nil},
	{"co_kwonlyargcount", codeKwOnlyArgCount, nil},
}

// Function is a Python function: code plus the environment it closes over.
type Function struct {
	Code        *compile.Code
	Globals     *Dict
	Name        string
	QualName    string
	Defaults    []Value // for the last len(Defaults) positional parameters
	KwDefaults  *Dict   // keyword-only defaults, or nil
	Closure     []*Cell // values of the code's free variables
	Annotations *Dict
	Doc         Value
	Module      Value
	Dict        *Dict // function attributes (__wrapped__, ...), created on demand
}

// Cell holds a variable shared between a scope and its inner functions.
type Cell struct {
	V Value // zero Value when empty
}

// InstanceDict gives functions a __dict__.
func (f *Function) InstanceDict() *Dict {
	if f.Dict == nil {
		f.Dict = NewDict()
	}
	return f.Dict
}

// newFunction makes a function for code in globals (MAKE_FUNCTION).
func newFunction(th *Thread, code *compile.Code, globals *Dict) *Function {
	f := &Function{Code: code, Globals: globals, Name: code.Name, QualName: code.QualName, Doc: None}
	ext := codeExtOf(code)
	if code.Doc >= 0 {
		f.Doc = ext.consts[code.Doc]
	}
	if m, ok := globals.GetStr("__name__"); ok {
		f.Module = m
	} else {
		f.Module = None
	}
	return f
}

func funcOf(v Value) *Function { return v.o.(*Function) }

// callFunction is FunctionType.Call.
func callFunction(th *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
	return th.callFunc(fn.o.(*Function), args, kw)
}

// callFunc calls a Python function: it binds the arguments into a new frame
// and runs it, or returns a generator/coroutine for such code.
//
// A function whose code is plain (codeExt.plainArgs) called with exactly
// its positional arguments is run here, in one Go function doing what
// newFrame, runFrame and releaseFrame do, with loops instead of copy and
// clear for the few values involved: under WebAssembly each Go call (and
// the memmove and memclr behind copy and clear) costs more than the work
// of a small Python call, and fib and methods are mostly such calls.
func (th *Thread) callFunc(f *Function, args []Value, kw []string) (Value, *Exception) {
	ext, _ := f.Code.Ext.(*codeExt)
	if ext == nil || ext.plainArgs != len(args) || len(kw) != 0 {
		return th.callFuncBind(f, args, kw)
	}
	var fr *Frame
	if n := len(ext.free); n > 0 {
		fr = ext.free[n-1]
		ext.free = ext.free[:n-1]
		fr.Func, fr.Globals = f, f.Globals
	} else {
		fr = th.newFrame(f.Code, f.Globals, nil, f)
	}
	fast := fr.Fast
	for i := 0; i < len(args); i++ {
		fast[i] = args[i]
	}
	if th.Depth >= th.recursionLimitVM() || th.Steps >= th.vm.checkAt || th.vm.ticks+1 >= reenterEvery {
		// The rare cases (a RecursionError, a switch point, the periodic
		// check of the limits) as resumeFrame.
		r, err := th.resumeFrame(fr, nil)
		if err == nil {
			th.releaseFrame(fr)
		}
		return r, err
	}
	th.vm.ticks++
	th.Depth++
	back := th.Frame
	fr.Back = back
	th.Frame = fr
	var v Value
	var err *Exception
	var st execStatus
	for {
		v, err, st = th.exec(fr, nil)
		if st != statusReenter {
			break
		}
	}
	th.Frame = back
	th.Depth--
	if err != nil || fr.exposed {
		return v, err
	}
	// releaseFrame's work, inline. A return leaves the stack empty below
	// f.sp, which the dispatch loop zeroes as it pops.
	for i := 0; i < len(fast); i++ {
		fast[i] = Value{}
	}
	stack := fr.Stack
	for i := 0; i < fr.sp && i < len(stack); i++ {
		stack[i] = Value{}
	}
	fr.sp, fr.PC, fr.LastI = 0, 0, 0
	fr.Blocks = fr.Blocks[:0]
	fr.Back, fr.Func = nil, nil
	if len(ext.free) < 64 {
		ext.free = append(ext.free, fr)
	}
	return v, nil
}

// callFuncBind is callFunc past the plain case: keyword arguments,
// defaults, *args and **kwargs, cells, generators and coroutines (and a
// code object not yet seen).
func (th *Thread) callFuncBind(f *Function, args []Value, kw []string) (Value, *Exception) {
	code := f.Code
	if ext := codeExtOf(code); ext.plainArgs == len(args) && len(kw) == 0 {
		return th.callFunc(f, args, kw)
	}
	fr := th.newFrame(code, f.Globals, nil, f)
	if len(kw) == 0 && len(args) == code.ArgCount && code.Flags&(compile.FlagVarArgs|compile.FlagVarKeywords) == 0 && code.KwOnlyCount == 0 {
		copy(fr.Fast, args)
	} else if err := th.bindArgs(f, fr, args, kw); err != nil {
		return Value{}, err
	}
	fr.initCells()
	if code.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) != 0 {
		return th.newGenerator(fr, f), nil
	}
	r, err := th.runFrame(fr)
	if err == nil {
		th.releaseFrame(fr)
	}
	return r, err
}

// bindArgs assigns arguments to parameters with CPython's error messages.
func (th *Thread) bindArgs(f *Function, fr *Frame, args []Value, kw []string) *Exception {
	code := f.Code
	n := code.ArgCount
	total := n + code.KwOnlyCount
	npos := len(args) - len(kw)
	locals := fr.Fast
	name := f.QualName
	varargs := code.Flags&compile.FlagVarArgs != 0
	varkw := code.Flags&compile.FlagVarKeywords != 0
	var kwdict *Dict
	if varkw {
		kwdict = NewDict()
		idx := total
		if varargs {
			idx++
		}
		locals[idx] = kwdict.Value()
	}
	m := npos
	if m > n {
		m = n
	}
	copy(locals, args[:m])
	if varargs {
		if npos > n {
			items := make([]Value, npos-n)
			copy(items, args[n:npos])
			locals[total] = NewTuple(items)
		} else {
			locals[total] = EmptyTuple()
		}
	}
	var posOnlyAsKw []string
	for j, k := range kw {
		v := args[npos+j]
		found := -1
		for i := code.PosOnlyCount; i < total; i++ {
			if code.VarNames[i] == k {
				found = i
				break
			}
		}
		if found < 0 {
			if varkw {
				kwdict.SetStr(k, v)
				continue
			}
			for i := 0; i < code.PosOnlyCount; i++ {
				if code.VarNames[i] == k {
					posOnlyAsKw = append(posOnlyAsKw, k)
					found = i
					break
				}
			}
			if found >= 0 {
				continue
			}
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		if locals[found].t != nil {
			return Errorf(TypeError, "%s() got multiple values for argument '%s'", name, k)
		}
		locals[found] = v
	}
	if len(posOnlyAsKw) > 0 {
		return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
			name, strings.Join(posOnlyAsKw, ", "))
	}
	if npos > n && !varargs {
		return tooManyPositional(f, npos, locals)
	}
	// Defaults for missing positionals.
	if npos < n {
		firstDefault := n - len(f.Defaults)
		var missing []string
		for i := npos; i < n; i++ {
			if locals[i].t != nil {
				continue
			}
			if i >= firstDefault {
				locals[i] = f.Defaults[i-firstDefault]
				continue
			}
			missing = append(missing, code.VarNames[i])
		}
		if len(missing) > 0 {
			return missingArgs(name, missing, "positional")
		}
	}
	if code.KwOnlyCount > 0 {
		var missing []string
		for i := n; i < total; i++ {
			if locals[i].t != nil {
				continue
			}
			if f.KwDefaults != nil {
				if d, ok := f.KwDefaults.GetStr(code.VarNames[i]); ok {
					locals[i] = d
					continue
				}
			}
			missing = append(missing, code.VarNames[i])
		}
		if len(missing) > 0 {
			return missingArgs(name, missing, "keyword-only")
		}
	}
	return nil
}

func missingArgs(fname string, names []string, kind string) *Exception {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return Errorf(TypeError, "%s() missing %d required %s argument%s: %s", fname, len(names), kind, s, list)
}

func tooManyPositional(f *Function, given int, locals []Value) *Exception {
	code := f.Code
	n := code.ArgCount
	kwonlyGiven := 0
	for i := n; i < n+code.KwOnlyCount; i++ {
		if locals[i].t != nil {
			kwonlyGiven++
		}
	}
	var sig string
	plural := n != 1
	if len(f.Defaults) > 0 {
		sig = "from " + strconv.Itoa(n-len(f.Defaults)) + " to " + strconv.Itoa(n)
		plural = true
	} else {
		sig = strconv.Itoa(n)
	}
	s := ""
	if plural {
		s = "s"
	}
	was := "was"
	if given != 1 {
		was = "were"
	}
	if kwonlyGiven > 0 {
		ks := ""
		if kwonlyGiven != 1 {
			ks = "s"
		}
		gs := ""
		if given != 1 {
			gs = "s"
		}
		return Errorf(TypeError, "%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			f.QualName, sig, s, given, gs, kwonlyGiven, ks)
	}
	return Errorf(TypeError, "%s() takes %s positional argument%s but %d %s given", f.QualName, sig, s, given, was)
}

func funcRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	f := funcOf(args[0])
	return NewStr("<function " + f.QualName + " at " + hexID(args[0]) + ">"), nil
}

func init() {
	FunctionType.Call = callFunction
	AddFuncs(FunctionType, functionFuncs)
	AddGetSets(FunctionType, functionGetSets)
	AddGetSets(CellType, cellGetSets)
	AddGetSets(CodeType, codeGetSets)
}

func functionName(th *Thread, self Value) (Value, *Exception) { return NewStr(funcOf(self).Name), nil }

func functionSetName(th *Thread, self, v Value) *Exception {
	s, err := funcNameArg(v)
	if err == nil {
		funcOf(self).Name = s
	}
	return err
}

func functionQualName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(funcOf(self).QualName), nil
}

func functionSetQualName(th *Thread, self, v Value) *Exception {
	s, err := funcNameArg(v)
	if err == nil {
		funcOf(self).QualName = s
	}
	return err
}

// funcNameArg is the str assigned to a function's __name__ or
// __qualname__ (CPython's message names __name__ for both).
func funcNameArg(v Value) (string, *Exception) {
	s, ok := v.AsStr()
	if !ok {
		return "", Errorf(TypeError, "__name__ must be set to a string object")
	}
	return s, nil
}

func functionDoc(th *Thread, self Value) (Value, *Exception) { return funcOf(self).Doc, nil }

func functionSetDoc(th *Thread, self, v Value) *Exception {
	funcOf(self).Doc = v
	return nil
}

func functionModule(th *Thread, self Value) (Value, *Exception) { return funcOf(self).Module, nil }

func functionSetModule(th *Thread, self, v Value) *Exception {
	funcOf(self).Module = v
	return nil
}

func functionDict(th *Thread, self Value) (Value, *Exception) {
	return funcOf(self).InstanceDict().Value(), nil
}

func functionGlobals(th *Thread, self Value) (Value, *Exception) {
	return funcOf(self).Globals.Value(), nil
}

func functionDefaults(th *Thread, self Value) (Value, *Exception) {
	f := funcOf(self)
	if len(f.Defaults) == 0 {
		return None, nil
	}
	return NewTuple(append([]Value(nil), f.Defaults...)), nil
}

func functionSetDefaults(th *Thread, self, v Value) *Exception {
	f := funcOf(self)
	if v.IsNone() {
		f.Defaults = nil
		return nil
	}
	tu, ok := v.o.(*Tuple)
	if !ok {
		return Errorf(TypeError, "__defaults__ must be set to a tuple object")
	}
	f.Defaults = append([]Value(nil), tu.Items...)
	return nil
}

func functionKwDefaults(th *Thread, self Value) (Value, *Exception) {
	f := funcOf(self)
	if f.KwDefaults == nil {
		return None, nil
	}
	return f.KwDefaults.Value(), nil
}

func functionAnnotations(th *Thread, self Value) (Value, *Exception) {
	f := funcOf(self)
	if f.Annotations == nil {
		f.Annotations = NewDict()
	}
	return f.Annotations.Value(), nil
}

func functionCode(th *Thread, self Value) (Value, *Exception) {
	return Value{t: CodeType, o: funcOf(self).Code}, nil
}

func functionClosure(th *Thread, self Value) (Value, *Exception) {
	f := funcOf(self)
	if len(f.Closure) == 0 {
		return None, nil
	}
	items := make([]Value, len(f.Closure))
	for i, c := range f.Closure {
		items[i] = Value{t: CellType, o: c}
	}
	return NewTuple(items), nil
}

func cellContents(th *Thread, self Value) (Value, *Exception) {
	c := self.o.(*Cell)
	if c.V.t == nil {
		return Value{}, Errorf(ValueError, "Cell is empty")
	}
	return c.V, nil
}

func codeOf(v Value) *compile.Code { return v.o.(*compile.Code) }

func codeName(th *Thread, self Value) (Value, *Exception) { return NewStr(codeOf(self).Name), nil }

func codeQualName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(codeOf(self).QualName), nil
}

func codeFilename(th *Thread, self Value) (Value, *Exception) {
	return NewStr(codeOf(self).Filename), nil
}

func codeFirstLineno(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(codeOf(self).FirstLine)), nil
}

func codeArgCount(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(codeOf(self).ArgCount)), nil
}

func codeFlags(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(codeFlagsCPython(codeOf(self)))), nil
}

func codeVarNames(th *Thread, self Value) (Value, *Exception) {
	return strTuple(codeOf(self).VarNames), nil
}

// CPython numbers cell and free variables in name order; ours are in
// order of first use, so show them sorted.
func codeCellVars(th *Thread, self Value) (Value, *Exception) {
	return strTuple(slices.Sorted(slices.Values(codeOf(self).CellVars))), nil
}

func codeFreeVars(th *Thread, self Value) (Value, *Exception) {
	return strTuple(slices.Sorted(slices.Values(codeOf(self).FreeVars))), nil
}

func codeNLocals(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(len(codeOf(self).VarNames))), nil
}

func codePosOnlyArgCount(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(codeOf(self).PosOnlyCount)), nil
}

func codeKwOnlyArgCount(th *Thread, self Value) (Value, *Exception) {
	return Int(int64(codeOf(self).KwOnlyCount)), nil
}

// strTuple is a tuple of the strings ns.
func strTuple(ns []string) Value {
	items := make([]Value, len(ns))
	for i, n := range ns {
		items[i] = NewStr(n)
	}
	return NewTuple(items)
}

// codeFlagsCPython maps our code flags to CPython's co_flags bits (what
// inspect.iscoroutinefunction and friends test).
func codeFlagsCPython(c *compile.Code) int {
	f := 0
	if c.Flags&compile.FlagNewLocals != 0 {
		f |= 0x3 // OPTIMIZED | NEWLOCALS
	}
	if c.Flags&compile.FlagVarArgs != 0 {
		f |= 0x4
	}
	if c.Flags&compile.FlagVarKeywords != 0 {
		f |= 0x8
	}
	if len(c.FreeVars) == 0 && len(c.CellVars) == 0 {
		f |= 0x40 // NOFREE
	}
	if c.Flags&compile.FlagGenerator != 0 {
		f |= 0x20
	}
	if c.Flags&compile.FlagCoroutine != 0 {
		f |= 0x80
	}
	if c.Flags&compile.FlagAsyncGenerator != 0 {
		f |= 0x200
	}
	return f
}
