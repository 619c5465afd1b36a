package core

import (
	"slices"
	"strconv"
	"strings"
)

// The methods and attributes of BaseException and its subclasses: args,
// str/repr per type, chaining attributes, notes, with_traceback, and
// exception groups (split, subgroup, derive).

// baseExceptionFuncs are BaseException's methods that read their own arguments.
var baseExceptionFuncs = []FuncDef{
	{"__init__", excInit},
	{"__str__", baseExceptionStr},
	{"__repr__", baseExceptionRepr},
	{"__setstate__", baseExceptionSetstate},
	{"__reduce__", baseExceptionReduce},
	{"with_traceback", baseExceptionWithTraceback},
	{"add_note", baseExceptionAddNote},
}

var baseExceptionGetSets = []GetSetDef{
	{"args", excArgs, excSetArgs},
	{"__cause__", excCause, excSetCause},
	{"__context__", excContext, excSetContext},
	{"__suppress_context__", excSuppressContext, excSetSuppressContext},
	{"__traceback__", excTraceback, excSetTraceback},
}

var keyErrorFuncs = []FuncDef{
	{"__str__", keyErrorStr},
}

// stopIterationFuncs and stopIterationGetSets serve StopIteration and
// StopAsyncIteration.
var stopIterationFuncs = []FuncDef{
	{"__init__", stopIterationInit},
}

var stopIterationGetSets = []GetSetDef{
	{"value", stopIterationValue, excSetPayload},
}

var systemExitFuncs = []FuncDef{
	{"__init__", systemExitInit},
}

var systemExitGetSets = []GetSetDef{
	{"code", systemExitCode, excSetPayload},
}

// kwExceptionFuncs serve NameError, AttributeError and ImportError, which
// take keyword attributes (excKeywords).
var kwExceptionFuncs = []FuncDef{
	{"__init__", kwExceptionInit},
}

var importErrorFuncs = []FuncDef{
	{"__str__", importErrorStr},
}

var importErrorGetSets = []GetSetDef{
	{"msg", importErrorMsg, nil},
}

var osErrorFuncs = []FuncDef{
	{"__init__", osErrorInit},
	{"__str__", osErrorStr},
}

var syntaxErrorFuncs = []FuncDef{
	{"__init__", syntaxErrorInit},
	{"__str__", syntaxErrorStr},
}

// baseExceptionGroupFuncs are BaseExceptionGroup's methods that read their own arguments.
var baseExceptionGroupFuncs = []FuncDef{
	{"__init__", baseExceptionGroupInit},
	{"__str__", baseExceptionGroupStr},
	{"derive", baseExceptionGroupDerive},
	{"split", baseExceptionGroupSplit},
	{"subgroup", baseExceptionGroupSubgroup},
}

var baseExceptionGroupGetSets = []GetSetDef{
	{"message", baseExceptionGroupMessage, nil},
	{"exceptions", baseExceptionGroupExceptions, nil},
}

// The attributes that exceptions keep in their dict (excDictGetSet).
var (
	osErrorAttrs     = []string{"errno", "strerror", "filename", "filename2"}
	syntaxErrorAttrs = []string{"msg", "print_file_and_line", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
)

// AsException returns the *Exception held by v, or nil.
func AsException(v Value) *Exception {
	e, _ := v.o.(*Exception)
	return e
}

func selfExc(v Value) *Exception {
	if e, ok := v.o.(*Exception); ok {
		return e
	}
	return &Exception{Type: BaseException}
}

// excNew is BaseException.__new__(cls, *args): args are stored even when
// a subclass's __init__ does not call the base __init__.
func excNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) == 0 {
		return Value{}, Errorf(TypeError, "BaseException.__new__(): not enough arguments")
	}
	cls := args[0].AsType()
	if cls == nil || !cls.IsSubtype(BaseException) {
		if cls != nil {
			return Value{}, Errorf(TypeError, "BaseException.__new__(%s): %s is not a subtype of BaseException", cls.Name, cls.Name)
		}
		return Value{}, Errorf(TypeError, "BaseException.__new__(X): X is not a type object (%s)", args[0].t.Name)
	}
	pos := args[1 : len(args)-len(kw)]
	if cls == OSError && len(pos) >= 2 && len(pos) <= 5 && pos[0].IsSmallInt() {
		if sub := errnoClass[pos[0].Int64()]; sub != nil {
			cls = sub
		}
	}
	e := NewException(cls, append([]Value(nil), pos...)...)
	return e.Value(), nil
}

// errnoClass maps errno values to OSError subclasses, as OSError(errno, msg) does.
var errnoClass = map[int64]*Type{}

func excInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	e := selfExc(args[0])
	if len(kw) > 0 {
		return Value{}, Errorf(TypeError, "%s() takes no keyword arguments", args[0].t.Name)
	}
	e.Args = append([]Value(nil), args[1:]...)
	return None, nil
}

// ExcStr is str(e) with CPython's per-type rules.
func (th *Thread) ExcStr(e *Exception) (string, *Exception) {
	return th.StrOf(e.Value())
}

func excArgsStr(th *Thread, e *Exception) (string, *Exception) {
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		return th.StrOf(e.Args[0])
	}
	return th.Repr(NewTuple(e.Args))
}

func excRepr(th *Thread, e *Exception, name string) (string, *Exception) {
	switch len(e.Args) {
	case 0:
		return name + "()", nil
	case 1:
		r, err := th.Repr(e.Args[0])
		return name + "(" + r + ")", err
	}
	r, err := th.Repr(NewTuple(e.Args))
	return name + r, err
}

// excAttr returns a value stored in the exception's dict, or None.
func excAttr(e *Exception, name string) Value {
	if e.Dict != nil {
		if v, ok := e.Dict.GetStr(name); ok {
			return v
		}
	}
	return None
}

// excDictGetSet is an attribute kept in the exception's dict that reads as
// None until set (OSError.errno, SyntaxError.lineno, NameError.name...).
func excDictGetSet(t *Type, name string) {
	t.AddGetSet(name, func(th *Thread, self Value) (Value, *Exception) {
		return excAttr(selfExc(self), name), nil
	}, func(th *Thread, self, v Value) *Exception {
		selfExc(self).GetDict().SetStr(name, v)
		return nil
	})
}

// strResult is a __str__ method's result from a string and error.
func strResult(s string, err *Exception) (Value, *Exception) { return NewStr(s), err }

// excMatcher returns a predicate for split/subgroup's condition: an
// exception type, a tuple of them, or a callable.
func excMatcher(th *Thread, cond Value) (func(e *Exception) (bool, *Exception), *Exception) {
	if t := cond.AsType(); t != nil && t.IsSubtype(BaseException) {
		return func(e *Exception) (bool, *Exception) { return e.Type.IsSubtype(t), nil }, nil
	}
	if tup, ok := cond.o.(*Tuple); ok && cond.t == TupleType {
		var ts []*Type
		for _, it := range tup.Items {
			t := it.AsType()
			if t == nil || !t.IsSubtype(BaseException) {
				return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
			}
			ts = append(ts, t)
		}
		return func(e *Exception) (bool, *Exception) {
			for _, t := range ts {
				if e.Type.IsSubtype(t) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if cond.t.Call != nil || cond.t.IsSubtype(FunctionType) {
		return func(e *Exception) (bool, *Exception) {
			r, err := th.Call(cond, []Value{e.Value()}, nil)
			if err != nil {
				return false, err
			}
			return th.Truth(r)
		}, nil
	}
	if _, ok := cond.t.Lookup("__call__"); ok && cond.AsType() == nil {
		return func(e *Exception) (bool, *Exception) {
			r, err := th.Call(cond, []Value{e.Value()}, nil)
			if err != nil {
				return false, err
			}
			return th.Truth(r)
		}, nil
	}
	return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
}

// NewExceptionGroup is BaseExceptionGroup.__new__'s validation and choice
// of class: a BaseExceptionGroup of only Exceptions becomes an
// ExceptionGroup; an ExceptionGroup cannot hold BaseExceptions.
func NewExceptionGroup(th *Thread, cls *Type, msgV, excsV Value) (*Exception, *Exception) {
	msg, ok := msgV.AsStr()
	if !ok {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", msgV.t.Name)
	}
	u := Unwrap(excsV)
	var items []Value
	switch o := u.o.(type) {
	case *List:
		items = o.Items
	case *Tuple:
		items = o.Items
	default:
		if _, ok := excsV.t.Lookup("__getitem__"); !ok || excsV.t == DictType || excsV.t == SetType {
			return nil, Errorf(TypeError, "second argument (exceptions) must be a sequence")
		}
		it, err := th.Iter(excsV)
		if err != nil {
			return nil, err
		}
		for {
			v, ok, err := th.Next(it)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			items = append(items, v)
		}
	}
	if len(items) == 0 {
		return nil, Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	excs := make([]*Exception, len(items))
	allExc := true
	for i, it := range items {
		e := AsException(it)
		if e == nil {
			return nil, Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		excs[i] = e
		if !e.Type.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	if cls == BaseExceptionGroup {
		if allExc {
			cls = ExceptionGroup
		}
	} else if cls == ExceptionGroup {
		if !allExc {
			return nil, Errorf(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	} else if !allExc && cls.IsSubtype(ExceptionType) {
		return nil, Errorf(TypeError, "Cannot nest BaseExceptions in '%s'", cls.Name)
	}
	e := &Exception{Type: cls, Args: []Value{msgV, excsV}, Message: msg, Exceptions: excs}
	return e, nil
}

// derive is eg.derive(excs) called through Python (subclasses may override).
func (th *Thread) deriveGroup(eg *Exception, excs []*Exception) (*Exception, *Exception) {
	items := make([]Value, len(excs))
	for i, e := range excs {
		items[i] = e.Value()
	}
	r, err := th.CallMethod(eg.Value(), "derive", NewList(items))
	if err != nil {
		return nil, err
	}
	ne := AsException(r)
	if ne == nil || !ne.Type.IsSubtype(BaseExceptionGroup) {
		return nil, Errorf(TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	// The new group keeps the original's chaining, traceback and notes.
	ne.Cause, ne.Context, ne.SuppressContext, ne.Traceback = eg.Cause, eg.Context, eg.SuppressContext, eg.Traceback
	if n, ok := eg.GetDict().GetStr("__notes__"); ok {
		ne.GetDict().SetStr("__notes__", n)
	}
	return ne, nil
}

// splitGroup is CPython's exceptiongroup_split_recursive: it returns the
// matching and the remaining parts (nil when empty).
func (th *Thread) splitGroup(e *Exception, match func(*Exception) (bool, *Exception), wantRest bool) (m, rest *Exception, err *Exception) {
	ok, err := match(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.Type.IsSubtype(BaseExceptionGroup) {
		return nil, e, nil
	}
	var ms, rs []*Exception
	for _, c := range e.Exceptions {
		cm, cr, err := th.splitGroup(c, match, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if cm != nil {
			ms = append(ms, cm)
		}
		if wantRest && cr != nil {
			rs = append(rs, cr)
		}
	}
	if len(ms) > 0 {
		if m, err = th.deriveGroup(e, ms); err != nil {
			return nil, nil, err
		}
	}
	if len(rs) > 0 {
		if rest, err = th.deriveGroup(e, rs); err != nil {
			return nil, nil, err
		}
	}
	return m, rest, nil
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e.Value()
}

func init() {
	errnoClass = map[int64]*Type{
		1: PermissionError, 2: FileNotFoundError, 3: ProcessLookupError, 4: InterruptedError,
		10: ChildProcessError, 11: BlockingIOError, 13: PermissionError, 17: FileExistsError,
		20: NotADirectoryError, 21: IsADirectoryError, 32: BrokenPipeError, 103: ConnectionAbortedError,
		104: ConnectionResetError, 110: TimeoutError, 111: ConnectionRefusedError,
	}
	b := BaseException
	b.AddStaticMethod("__new__", excNew)
	AddFuncs(b, baseExceptionFuncs)
	AddGetSets(b, baseExceptionGetSets)
	b.Dict.SetStr("__dict__", Value{t: GetSetType, o: instanceDictGetSet(b)})
	AddFuncs(KeyError, keyErrorFuncs)
	for _, t := range []*Type{StopIteration, StopAsyncIteration} {
		AddFuncs(t, stopIterationFuncs)
		AddGetSets(t, stopIterationGetSets)
	}
	AddFuncs(SystemExit, systemExitFuncs)
	AddGetSets(SystemExit, systemExitGetSets)
	for _, t := range []*Type{NameError, AttributeError, ImportError} {
		AddFuncs(t, kwExceptionFuncs)
		_, names := excKeywords(t)
		for _, n := range names {
			excDictGetSet(t, n)
		}
	}
	AddFuncs(ImportError, importErrorFuncs)
	AddGetSets(ImportError, importErrorGetSets)
	AddFuncs(OSError, osErrorFuncs)
	for _, n := range osErrorAttrs {
		excDictGetSet(OSError, n)
	}
	AddFuncs(SyntaxError, syntaxErrorFuncs)
	for _, n := range syntaxErrorAttrs {
		excDictGetSet(SyntaxError, n)
	}
	g := BaseExceptionGroup
	g.AddStaticMethod("__new__", baseExceptionGroupNew)
	AddFuncs(g, baseExceptionGroupFuncs)
	AddGetSets(g, baseExceptionGroupGetSets)
	g.AddClassMethod("__class_getitem__", classGetItem)
}

func baseExceptionStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return strResult(excArgsStr(th, selfExc(args[0])))
}

func excArgs(th *Thread, self Value) (Value, *Exception) {
	return NewTuple(append([]Value(nil), selfExc(self).Args...)), nil
}

func excSetArgs(th *Thread, self, v Value) *Exception {
	items, err := th.collect(v)
	if err != nil {
		return err
	}
	selfExc(self).Args = items
	return nil
}

func excCause(th *Thread, self Value) (Value, *Exception) { return excOrNone(selfExc(self).Cause), nil }

func excSetCause(th *Thread, self, v Value) *Exception {
	c, err := excLink(v, "cause")
	if err == nil {
		e := selfExc(self)
		e.Cause, e.SuppressContext = c, true
	}
	return err
}

func excContext(th *Thread, self Value) (Value, *Exception) {
	return excOrNone(selfExc(self).Context), nil
}

func excSetContext(th *Thread, self, v Value) *Exception {
	c, err := excLink(v, "context")
	if err == nil {
		selfExc(self).Context = c
	}
	return err
}

func excSuppressContext(th *Thread, self Value) (Value, *Exception) {
	return Bool(selfExc(self).SuppressContext), nil
}

func excSetSuppressContext(th *Thread, self, v Value) *Exception {
	t, err := th.Truth(v)
	selfExc(self).SuppressContext = t
	return err
}

func excTraceback(th *Thread, self Value) (Value, *Exception) {
	if tb := selfExc(self).Traceback; tb != nil {
		return Value{t: TracebackType, o: tb}, nil
	}
	return None, nil
}

func excSetTraceback(th *Thread, self, v Value) *Exception {
	if v.IsNone() {
		selfExc(self).Traceback = nil
		return nil
	}
	tb, ok := v.o.(*Traceback)
	if !ok {
		return Errorf(TypeError, "__traceback__ must be a traceback or None")
	}
	selfExc(self).Traceback = tb
	return nil
}

// keyErrorStr shows the key's repr.
func keyErrorStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if e := selfExc(args[0]); len(e.Args) == 1 {
		return strResult(th.Repr(e.Args[0]))
	}
	return baseExceptionStr(th, args, kw)
}

func stopIterationInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if _, err := excInit(th, args, kw); err != nil {
		return Value{}, err
	}
	e := selfExc(args[0])
	e.Payload = None
	if len(e.Args) > 0 {
		e.Payload = e.Args[0]
	}
	return None, nil
}

func stopIterationValue(th *Thread, self Value) (Value, *Exception) {
	if p := selfExc(self).Payload; p.t != nil {
		return p, nil
	}
	return None, nil
}

// excSetPayload sets StopIteration.value and SystemExit.code.
func excSetPayload(th *Thread, self, v Value) *Exception {
	selfExc(self).Payload = v
	return nil
}

func systemExitInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if _, err := excInit(th, args, kw); err != nil {
		return Value{}, err
	}
	e := selfExc(args[0])
	switch len(e.Args) {
	case 0:
		e.Payload = None
	case 1:
		e.Payload = e.Args[0]
	default:
		e.Payload = NewTuple(e.Args)
	}
	return None, nil
}

func systemExitCode(th *Thread, self Value) (Value, *Exception) {
	e := selfExc(self)
	if e.Payload.t != nil {
		return e.Payload, nil
	}
	switch len(e.Args) {
	case 0:
		return None, nil
	case 1:
		return e.Args[0], nil
	}
	return NewTuple(e.Args), nil
}

// excKeywords returns the type among t and its bases whose __init__ takes
// keyword attributes, and their names: NameError(name=),
// AttributeError(name=, obj=), ImportError(name=, path=).
func excKeywords(t *Type) (*Type, []string) {
	for _, b := range t.MRO {
		switch b {
		case NameError:
			return b, []string{"name"}
		case AttributeError:
			return b, []string{"name", "obj"}
		case ImportError:
			return b, []string{"name", "path"}
		}
	}
	return nil, nil
}

func kwExceptionInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	npos := len(args) - len(kw)
	e := selfExc(args[0])
	t, names := excKeywords(args[0].t)
	e.Args = append([]Value(nil), args[1:npos]...)
	for i, k := range kw {
		if !slices.Contains(names, k) {
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, t.Name)
		}
		e.GetDict().SetStr(k, args[npos+i])
	}
	return None, nil
}

func importErrorMsg(th *Thread, self Value) (Value, *Exception) {
	if e := selfExc(self); len(e.Args) > 0 {
		return e.Args[0], nil
	}
	return None, nil
}

func importErrorStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if e := selfExc(args[0]); len(e.Args) == 1 {
		return strResult(th.StrOf(e.Args[0]))
	}
	return baseExceptionStr(th, args, kw)
}

// osErrorInit is OSError(errno, strerror[, filename[, winerror[,
// filename2]]]): as CPython, args keeps only errno and strerror once a
// filename is given.
func osErrorInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if _, err := excInit(th, args, kw); err != nil {
		return Value{}, err
	}
	e := selfExc(args[0])
	if n := len(e.Args); n >= 2 && n <= 5 {
		d := e.GetDict()
		d.SetStr("errno", e.Args[0])
		d.SetStr("strerror", e.Args[1])
		if n >= 3 {
			d.SetStr("filename", e.Args[2])
			if n == 5 {
				d.SetStr("filename2", e.Args[4])
			}
			e.Args = e.Args[:2:2]
		}
	}
	return None, nil
}

func osErrorStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return strResult(th.osErrorStr(selfExc(args[0])))
}

func (th *Thread) osErrorStr(e *Exception) (string, *Exception) {
	errno, strerror, fn := excAttr(e, "errno"), excAttr(e, "strerror"), excAttr(e, "filename")
	if errno.IsNone() && strerror.IsNone() {
		return excArgsStr(th, e)
	}
	es, err := th.StrOf(errno)
	if err != nil {
		return "", err
	}
	ss, err := th.StrOf(strerror)
	if err != nil {
		return "", err
	}
	s := "[Errno " + es + "] " + ss
	if !fn.IsNone() {
		fr, err := th.Repr(fn)
		if err != nil {
			return "", err
		}
		s += ": " + fr
		if fn2 := excAttr(e, "filename2"); !fn2.IsNone() {
			fr, err := th.Repr(fn2)
			if err != nil {
				return "", err
			}
			s += " -> " + fr
		}
	}
	return s, nil
}

// syntaxErrorInit is SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset)).
func syntaxErrorInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if _, err := excInit(th, args, kw); err != nil {
		return Value{}, err
	}
	e := selfExc(args[0])
	d := e.GetDict()
	if len(e.Args) >= 1 {
		d.SetStr("msg", e.Args[0])
	}
	if len(e.Args) == 2 {
		info, ok := e.Args[1].o.(*Tuple)
		if !ok || len(info.Items) < 4 || len(info.Items) > 6 {
			return Value{}, Errorf(IndexError, "tuple index out of range")
		}
		for i, v := range info.Items {
			d.SetStr(syntaxErrorAttrs[2+i], v)
		}
	}
	return None, nil
}

func syntaxErrorStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return strResult(th.syntaxErrorStr(selfExc(args[0])))
}

func (th *Thread) syntaxErrorStr(e *Exception) (string, *Exception) {
	msgV := excAttr(e, "msg")
	var msg string
	var err *Exception
	if msgV.IsNone() {
		msg, err = excArgsStr(th, e)
	} else {
		msg, err = th.StrOf(msgV)
	}
	if err != nil {
		return "", err
	}
	fn, _ := excAttr(e, "filename").AsStr()
	if i := strings.LastIndexByte(fn, '/'); i >= 0 {
		fn = fn[i+1:]
	}
	ln := excAttr(e, "lineno")
	switch {
	case fn != "" && ln.IsSmallInt():
		return msg + " (" + fn + ", line " + strconv.FormatInt(ln.Int64(), 10) + ")", nil
	case fn != "":
		return msg + " (" + fn + ")", nil
	case ln.IsSmallInt():
		return msg + " (line " + strconv.FormatInt(ln.Int64(), 10) + ")", nil
	}
	return msg, nil
}

func baseExceptionGroupNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments")
	}
	if len(args) != 3 {
		return Value{}, Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args)-1)
	}
	cls := args[0].AsType()
	if cls == nil {
		return Value{}, Errorf(TypeError, "BaseExceptionGroup.__new__(X): X is not a type object")
	}
	e, err := NewExceptionGroup(th, cls, args[1], args[2])
	if err != nil {
		return Value{}, err
	}
	return e.Value(), nil
}

func baseExceptionGroupStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	e := selfExc(args[0])
	n := len(e.Exceptions)
	return NewStr(e.Message + " (" + strconv.Itoa(n) + " sub-exception" + plural(n) + ")"), nil
}

func baseExceptionGroupMessage(th *Thread, self Value) (Value, *Exception) {
	return NewStr(selfExc(self).Message), nil
}

func baseExceptionGroupExceptions(th *Thread, self Value) (Value, *Exception) {
	excs := selfExc(self).Exceptions
	items := make([]Value, len(excs))
	for i, e := range excs {
		items[i] = e.Value()
	}
	return NewTuple(items), nil
}

// excLink is the exception a value assigned to __cause__ or __context__
// (what) stands for: nil for None.
func excLink(v Value, what string) (*Exception, *Exception) {
	if v.IsNone() {
		return nil, nil
	}
	if c := AsException(v); c != nil {
		return c, nil
	}
	return nil, Errorf(TypeError, "exception %s must be None or derive from BaseException", what)
}

func baseExceptionRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := excRepr(th, selfExc(args[0]), args[0].t.Name)
	return NewStr(s), err
}

func baseExceptionSetstate(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__setstate__", args[1:], kw, 1, 1); err != nil {
		return Value{}, err
	}
	if d, ok := args[1].o.(*Dict); ok {
		for _, it := range d.Items() {
			name, err := attrName(it.Key)
			if err != nil {
				return Value{}, err
			}
			if err := th.SetAttr(args[0], name, it.Value); err != nil {
				return Value{}, err
			}
		}
	} else if !args[1].IsNone() {
		return Value{}, Errorf(TypeError, "state is not a dictionary")
	}
	return None, nil
}

func baseExceptionReduce(th *Thread, args []Value, kw []string) (Value, *Exception) {
	e := selfExc(args[0])
	items := []Value{args[0].t.Value(), NewTuple(append([]Value(nil), e.Args...))}
	if e.Dict != nil && e.Dict.Len() > 0 {
		items = append(items, e.Dict.Value())
	}
	return NewTuple(items), nil
}

func baseExceptionWithTraceback(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("with_traceback", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	e := selfExc(args[0])
	if args[1].IsNone() {
		e.Traceback = nil
	} else if tb, ok := args[1].o.(*Traceback); ok {
		e.Traceback = tb
	} else {
		return Value{}, Errorf(TypeError, "__traceback__ must be a traceback or None")
	}
	return args[0], nil
}

func baseExceptionAddNote(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("add_note", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	s, ok := args[1].AsStr()
	if !ok {
		return Value{}, Errorf(TypeError, "note must be a str, not '%s'", args[1].t.Name)
	}
	e := selfExc(args[0])
	if n, ok := e.GetDict().GetStr("__notes__"); ok {
		l, ok := n.o.(*List)
		if !ok {
			return Value{}, Errorf(TypeError, "Cannot add note: __notes__ is not a list")
		}
		l.Items = append(l.Items, NewStr(s))
		return None, nil
	}
	e.Dict.SetStr("__notes__", NewList([]Value{NewStr(s)}))
	return None, nil
}

func baseExceptionGroupInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return None, nil // __new__ did the work; subclasses may pass other arguments to their own __init__
}

func baseExceptionGroupDerive(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("derive", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	e, err := NewExceptionGroup(th, BaseExceptionGroup, NewStr(selfExc(args[0]).Message), args[1])
	if err != nil {
		return Value{}, err
	}
	return e.Value(), nil
}

func baseExceptionGroupSplit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.splitGroupMethod("split", args, kw)
}

func baseExceptionGroupSubgroup(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.splitGroupMethod("subgroup", args, kw)
}

// splitGroupMethod is eg.split(match) (a tuple of the matching and the
// rest) and eg.subgroup(match) (the matching part alone).
func (th *Thread) splitGroupMethod(name string, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount(name, args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	match, err := excMatcher(th, args[1])
	if err != nil {
		return Value{}, err
	}
	split := name == "split"
	m, r, err := th.splitGroup(selfExc(args[0]), match, split)
	if err != nil {
		return Value{}, err
	}
	if !split {
		return excOrNone(m), nil
	}
	return NewTuple([]Value{excOrNone(m), excOrNone(r)}), nil
}
