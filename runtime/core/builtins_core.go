package core

import (
	"bufio"
	"io"
	"strings"
)

// The builtins functions of the class system and the I/O basics (print,
// input, getattr, isinstance, len, iter, ...). The builtins module lists
// them with all other builtin names in runtime/modules/builtins.go.

// CallerLocals is the namespace of the calling Python frame (vars(),
// dir(), locals()): that of a module or class body, or a snapshot of a
// function's variables (as CPython's locals() in a function).
func (th *Thread) CallerLocals() (Value, *Exception) {
	f := th.CurrentFrame()
	if f == nil {
		return Value{}, Errorf(SystemError, "locals(): no current frame")
	}
	if f.Locals != nil {
		return f.Locals.Value(), nil
	}
	d := NewDict()
	for i, name := range f.Code.VarNames {
		if i < len(f.Fast) && f.Fast[i].t != nil {
			d.SetStr(name, f.Fast[i])
		}
	}
	for i, c := range f.Cells {
		if c != nil && c.V.t != nil {
			d.SetStr(f.Code.CellName(i), c.V)
		}
	}
	return d.Value(), nil
}

// CallerGlobals is the globals dict of the calling Python frame
// (globals(), and eval and exec without a namespace).
func (th *Thread) CallerGlobals() (Value, *Exception) {
	f := th.CurrentFrame()
	if f == nil {
		return Value{}, Errorf(SystemError, "globals(): no current frame")
	}
	return f.Globals.Value(), nil
}

// StdStream is sys.stdout / sys.stderr: writes go to th.Write. Like
// CPython's, it has a __dict__: a program may replace its write method,
// which print then calls.
type StdStream struct {
	Stdout bool
	dict   *Dict
}

// InstanceDict gives the stream its __dict__.
func (s *StdStream) InstanceDict() *Dict {
	if s.dict == nil {
		s.dict = NewDict()
	}
	return s.dict
}

// writeReplaced reports whether a program set the stream's write.
func (s *StdStream) writeReplaced() bool {
	if s.dict == nil {
		return false
	}
	_, ok := s.dict.GetStr("write")
	return ok
}

// StdStreamType is the class of the standard streams.
var StdStreamType = &Type{Name: "TextIOWrapper"}

// NewStdStream returns a standard stream object for sys.
func NewStdStream(stdout bool) Value { return Value{t: StdStreamType, o: &StdStream{Stdout: stdout}} }

// IsInstance is isinstance(obj, cls) with tuples and __instancecheck__.
func (th *Thread) IsInstance(obj, cls Value) (bool, *Exception) {
	if c := cls.AsType(); c != nil {
		if obj.t == c {
			return true, nil
		}
		if cls.t == TypeType {
			return obj.t.IsSubtype(c), nil
		}
	}
	if tup, ok := cls.o.(*Tuple); ok && cls.t == TupleType {
		for _, it := range tup.Items {
			ok, err := th.IsInstance(obj, it)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if ic, ok := cls.t.Lookup("__instancecheck__"); ok {
		r, err := th.callDescr(ic, cls, []Value{obj}, nil)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	}
	return false, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// IsSubclass is issubclass(c, cls) with tuples and __subclasscheck__.
func (th *Thread) IsSubclass(c, cls Value) (bool, *Exception) {
	if t := cls.AsType(); t != nil && cls.t == TypeType {
		sub := c.AsType()
		if sub == nil {
			return false, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return sub.IsSubtype(t), nil
	}
	if tup, ok := cls.o.(*Tuple); ok && cls.t == TupleType {
		for _, it := range tup.Items {
			ok, err := th.IsSubclass(c, it)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if sc, ok := cls.t.Lookup("__subclasscheck__"); ok {
		r, err := th.callDescr(sc, cls, []Value{c}, nil)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	}
	return false, Errorf(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

// Callable is callable(v).
func Callable(v Value) bool {
	if v.t.Call != nil {
		return true
	}
	c, ok := v.t.Lookup("__call__")
	return ok && !c.IsNone()
}

// optStr reads print's sep/end: None means the default.
func optStr(v Value, name, def string) (string, *Exception) {
	if v.t == nil || v.IsNone() {
		return def, nil
	}
	s, ok := Unwrap(v).AsStr()
	if !ok {
		return "", Errorf(TypeError, "%s must be None or a string, not %s", name, v.t.Name)
	}
	return s, nil
}

// stdStream returns sys.stdout (or stderr) when sys was imported and the
// stream replaced, else the zero Value (write through th.Write).
func (th *Thread) stdStream(stdout bool) Value {
	sys, ok := th.Modules.GetStr("sys")
	if !ok {
		return Value{}
	}
	m, ok := sys.o.(*Module)
	if !ok {
		return Value{}
	}
	name := "stdout"
	if !stdout {
		name = "stderr"
	}
	f, ok := m.Dict.GetStr(name)
	if !ok {
		return Value{}
	}
	if s, ok := f.o.(*StdStream); ok && s.Stdout == stdout && !s.writeReplaced() {
		return Value{}
	}
	return f
}

// BuiltinPrint is builtins.print.
func BuiltinPrint(th *Thread, args []Value, kw []string) (Value, *Exception) {
	npos := len(args) - len(kw)
	var sepV, endV, file, flush Value
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep":
			sepV = v
		case "end":
			endV = v
		case "file":
			file = v
		case "flush":
			flush = v
		default:
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	sep, err := optStr(sepV, "sep", " ")
	if err != nil {
		return Value{}, err
	}
	end, err := optStr(endV, "end", "\n")
	if err != nil {
		return Value{}, err
	}
	if file.t == nil || file.IsNone() {
		file = th.stdStream(true)
	}
	std, isStd := file.o.(*StdStream)
	if isStd && std.writeReplaced() {
		isStd = false
	}
	if file.t == nil || isStd {
		var sb strings.Builder
		for i, a := range args[:npos] {
			if i > 0 {
				sb.WriteString(sep)
			}
			s, err := th.StrOf(a)
			if err != nil {
				// CPython has already written the earlier pieces.
				th.Write(!isStd || std.Stdout, sb.String())
				return Value{}, err
			}
			sb.WriteString(s)
		}
		sb.WriteString(end)
		return None, th.Write(!isStd || std.Stdout, sb.String())
	}
	// A Python file object gets each piece in its own write call, as
	// CPython's print does.
	write, err := th.GetAttr(file, "write")
	if err != nil {
		return Value{}, err
	}
	put := func(s string) *Exception {
		_, err := th.Call(write, []Value{NewStr(s)}, nil)
		return err
	}
	for i, a := range args[:npos] {
		if i > 0 {
			if err := put(sep); err != nil {
				return Value{}, err
			}
		}
		s, err := th.StrOf(a)
		if err != nil {
			return Value{}, err
		}
		if err := put(s); err != nil {
			return Value{}, err
		}
	}
	if err := put(end); err != nil {
		return Value{}, err
	}
	if flush.t != nil {
		if f, err := th.Truth(flush); err != nil {
			return Value{}, err
		} else if f {
			if _, err := th.CallMethodAttr(file, "flush"); err != nil {
				return Value{}, err
			}
		}
	}
	return None, nil
}

// CallMethodAttr calls v.name(*args) with a full attribute lookup (as
// Python code calling a method does).
func (th *Thread) CallMethodAttr(v Value, name string, args ...Value) (Value, *Exception) {
	f, err := th.GetAttr(v, name)
	if err != nil {
		return Value{}, err
	}
	return th.Call(f, args, nil)
}

// BuiltinInput is builtins.input.
func BuiltinInput(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("input", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		s, err := th.StrOf(args[0])
		if err != nil {
			return Value{}, err
		}
		if f := th.stdStream(true); f.t != nil {
			if _, err := th.CallMethodAttr(f, "write", NewStr(s)); err != nil {
				return Value{}, err
			}
		} else if err := th.Write(true, s); err != nil {
			return Value{}, err
		}
	}
	line := th.ReadLine()
	if line == "" {
		return Value{}, Errorf(EOFError, "EOF when reading a line")
	}
	return NewStr(strings.TrimSuffix(line, "\n")), nil
}

// ReadLine reads the next line of the run's stdin as sys.stdin.readline()
// does: with its newline (none on a last line that lacks one; a "\r"
// before it is kept, as CPython's stdin does not translate newlines), ""
// at the end of input. input() reads through it too, so both share one
// position.
func (th *Thread) ReadLine() string {
	if th.Stdin == nil {
		return ""
	}
	if th.stdin == nil {
		th.stdin = bufio.NewReader(th.Stdin)
	}
	line, err := th.stdin.ReadString('\n')
	if err != nil && err != io.EOF {
		return ""
	}
	return line
}

// BuiltinGetattr is builtins.getattr.
func BuiltinGetattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("getattr", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	if len(args) == 3 {
		v, ok, err := th.LookupAttr(args[0], name)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return args[2], nil
		}
		return v, nil
	}
	return th.GetAttr(args[0], name)
}

// BuiltinNext is builtins.next.
func BuiltinNext(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("next", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	it := args[0]
	if _, isIt := it.o.(Iterator); !isIt || !it.t.Static {
		if nx, ok := it.t.Lookup("__next__"); !ok || nx.IsNone() {
			return Value{}, Errorf(TypeError, "'%s' object is not an iterator", it.t.Name)
		}
	}
	if i, isIt := it.o.(Iterator); isIt && it.t.Static {
		v, ok, err := i.Next(th)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return Value{}, NewException(StopIteration)
		}
		return v, nil
	}
	v, err := th.CallMethod(it, "__next__")
	if err != nil && len(args) == 2 && err.Type.IsSubtype(StopIteration) {
		return args[1], nil
	}
	return v, err
}

// BuiltinVars is builtins.vars.
func BuiltinVars(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("vars", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return th.CallerLocals()
	}
	d, ok, err := th.LookupAttr(args[0], "__dict__")
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeError, "vars() argument must have __dict__ attribute")
	}
	return d, nil
}

// BuiltinDir is builtins.dir.
func BuiltinDir(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("dir", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		l, err := th.CallerLocals()
		if err != nil {
			return Value{}, err
		}
		keys := []Value{}
		if d, ok := Unwrap(l).o.(*Dict); ok {
			keys = d.Keys()
		}
		if err := th.sortStrs(keys); err != nil {
			return Value{}, err
		}
		return NewList(keys), nil
	}
	r, err := th.CallMethod(args[0], "__dir__")
	if err != nil {
		return Value{}, err
	}
	it, err := th.Iter(r)
	if err != nil {
		return Value{}, err
	}
	var items []Value
	for {
		v, ok, err := th.Next(it)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		items = append(items, v)
	}
	if err := th.sortStrs(items); err != nil {
		return Value{}, err
	}
	return NewList(items), nil
}

// sortStrs sorts a list of strs in place (insertion order for equal
// elements is irrelevant: names are unique).
func (th *Thread) sortStrs(items []Value) *Exception {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0; j-- {
			less, err := th.Less(items[j], items[j-1])
			if err != nil {
				return err
			}
			if !less {
				break
			}
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	return nil
}

// BuiltinSetattr is builtins.setattr.
func BuiltinSetattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("setattr", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, th.SetAttr(args[0], name, args[2])
}

// BuiltinDelattr is builtins.delattr.
func BuiltinDelattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("delattr", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, th.DelAttr(args[0], name)
}

// BuiltinHasattr is builtins.hasattr.
func BuiltinHasattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("hasattr", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	_, ok, err := th.LookupAttr(args[0], name)
	return Bool(ok), err
}

// BuiltinIsinstance is builtins.isinstance.
func BuiltinIsinstance(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("isinstance", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	ok, err := th.IsInstance(args[0], args[1])
	return Bool(ok), err
}

// BuiltinIssubclass is builtins.issubclass.
func BuiltinIssubclass(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("issubclass", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	ok, err := th.IsSubclass(args[0], args[1])
	return Bool(ok), err
}

// BuiltinId is builtins.id.
func BuiltinId(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("id", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	return Int(ID(args[0])), nil
}

// BuiltinCallable is builtins.callable.
func BuiltinCallable(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("callable", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	return Bool(Callable(args[0])), nil
}

// BuiltinHash is builtins.hash.
func BuiltinHash(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("hash", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	h, err := th.Hash(args[0])
	return Int(h), err
}

// BuiltinRepr is builtins.repr.
func BuiltinRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("repr", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := th.Repr(args[0])
	return NewStr(s), err
}

// BuiltinLen is builtins.len.
func BuiltinLen(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("len", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	n, err := th.Len(args[0])
	return Int(int64(n)), err
}

// BuiltinIter is builtins.iter.
func BuiltinIter(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("iter", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		if !Callable(args[0]) {
			return Value{}, Errorf(TypeError, "iter(v, w): v must be callable")
		}
		return Value{t: CallIterType, o: &callIter{fn: args[0], sentinel: args[1]}}, nil
	}
	return th.Iter(args[0])
}

// BuiltinGlobals is builtins.globals.
func BuiltinGlobals(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("globals", args, kw, 0, 0); err != nil {
		return Value{}, err
	}
	return th.CallerGlobals()
}

// BuiltinLocals is builtins.locals.
func BuiltinLocals(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("locals", args, kw, 0, 0); err != nil {
		return Value{}, err
	}
	return th.CallerLocals()
}

// stdStreamMethods are sys.stdout's and sys.stderr's.
var stdStreamMethods = []MethodDef[*StdStream]{
	{"write", 1, 1, stdStreamWrite},
	{"flush", 0, 0, stdStreamFlush},
	{"isatty", 0, 0, stdStreamIsatty},
	{"__repr__", 0, 0, stdStreamRepr},
}

func init() { AddMethods(StdStreamType, ObjectOf[*StdStream], stdStreamMethods) }

func stdStreamWrite(th *Thread, self Value, st *StdStream, args []Value) (Value, *Exception) {
	s, ok := Unwrap(args[0]).AsStr()
	if !ok {
		return Value{}, Errorf(TypeError, "write() argument must be str, not %s", args[0].t.Name)
	}
	if err := th.Write(st.Stdout, s); err != nil {
		return Value{}, err
	}
	return Int(int64(len([]rune(s)))), nil
}

func stdStreamFlush(th *Thread, self Value, st *StdStream, args []Value) (Value, *Exception) {
	return None, nil
}

func stdStreamIsatty(th *Thread, self Value, st *StdStream, args []Value) (Value, *Exception) {
	return False, nil
}

func stdStreamRepr(th *Thread, self Value, st *StdStream, args []Value) (Value, *Exception) {
	if st.Stdout {
		return NewStr("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"), nil
	}
	return NewStr("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"), nil
}
