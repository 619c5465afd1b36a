package core

import (
	"fmt"
	"strings"
)

// Exception is an instance of BaseException or any subclass, built-in or
// user-defined. Python exceptions travel through Go code as *Exception
// return values (nil means success).
type Exception struct {
	Type *Type
	Args []Value
	Dict *Dict // instance attributes; created on first use

	Cause           *Exception // __cause__ (nil is None)
	Context         *Exception // __context__ (nil is None)
	SuppressContext bool       // __suppress_context__
	Traceback       *Traceback // __traceback__ (nil is None)

	// Payload is StopIteration.value / StopAsyncIteration.value and
	// SystemExit.code (zero Value means not set; reads give None).
	Payload Value

	// Exception groups: the message and the nested exceptions.
	Message    string
	Exceptions []*Exception
}

// Traceback is one entry of an exception's traceback: the frame it passed
// through and where. The VM (traceback.go) creates and formats them; the
// chain runs from the outermost frame (tb_next order).
type Traceback struct {
	Next  *Traceback
	Frame *Frame
	Line  int // 1-based line being executed
	Lasti int // instruction offset, for position markers
}

// Value returns the exception as a Python value.
func (e *Exception) Value() Value { return Value{t: e.Type, o: e} }

// Error makes *Exception usable as a Go error for diagnostics: "Type: msg".
func (e *Exception) Error() string {
	s := excStrGo(e)
	if s == "" {
		return e.Type.Name
	}
	return e.Type.Name + ": " + s
}

// NewException creates an exception of type t with the given args.
func NewException(t *Type, args ...Value) *Exception {
	e := &Exception{Type: t, Args: args}
	if t.IsSubtype(StopIteration) || t.IsSubtype(StopAsyncIteration) || t.IsSubtype(SystemExit) {
		if len(args) > 0 {
			e.Payload = args[0]
		}
	}
	return e
}

// Errorf creates an exception of type t with a formatted message as its
// only argument. A format with no arguments is still formatted when it holds
// a verb or "%%" (as go vet assumes), so "%%c" reads "%c".
func Errorf(t *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 || strings.IndexByte(format, '%') >= 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return &Exception{Type: t, Args: []Value{NewStr(msg)}}
}

// Matches reports whether e is an instance of t (or a subclass).
func (e *Exception) Matches(t *Type) bool { return e.Type.IsSubtype(t) }

// GetDict returns the exception's attribute dict, creating it.
func (e *Exception) GetDict() *Dict {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	return e.Dict
}

// excStrGo is str(e) for the built-in exception types when no Python
// code needs to run (args are strs/ints); used by Error().
func excStrGo(e *Exception) string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if s, ok := e.Args[0].AsStr(); ok {
			if e.Type.IsSubtype(KeyError) {
				return "'" + s + "'"
			}
			return s
		}
		if e.Args[0].IsSmallInt() {
			return fmt.Sprint(e.Args[0].Int64())
		}
	}
	return fmt.Sprintf("%d args", len(e.Args))
}

// The built-in exception classes, made from exceptionTree when the
// package is initialised.
var (
	BaseException *Type

	BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, ExceptionType *Type

	ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError *Type
	AttributeError, BufferError, EOFError, ExceptionGroup, ImportError                    *Type
	ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError                   *Type
	NameError, UnboundLocalError                                                          *Type

	OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError                            *Type
	ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError *Type
	InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError             *Type
	TimeoutError                                                                                             *Type

	ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration *Type
	StopIteration, SyntaxError, IndentationError, TabError, SystemError                   *Type
	TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError           *Type
	UnicodeTranslateError                                                                 *Type

	Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning                *Type
	ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning *Type
	UnicodeWarning, UserWarning                                                              *Type
)

// exceptionTree is the built-in exception hierarchy, as CPython 3.11's:
// each class after its bases, in the order they are added to builtins.
//
// A table of addresses (static data) walked by one loop, rather than one
// initialiser per class. Go's package initialiser is one function that
// every start runs once, and in WebAssembly each store of a pointer into a
// package variable leaves through the function's loop header: V8 charges
// every such jump by its distance, so seventy more of them in a large
// initialiser make V8 compile it with its optimising tier (measured in
// Node: 0.3-0.8 s of compiler time on a 2-core machine, for code that
// runs once).
var exceptionTree = [...]struct {
	t     **Type
	name  string
	bases [2]**Type // nil: none (BaseException)
}{
	{&BaseException, "BaseException", [2]**Type{}},

	{&BaseExceptionGroup, "BaseExceptionGroup", [2]**Type{&BaseException}},
	{&GeneratorExit, "GeneratorExit", [2]**Type{&BaseException}},
	{&KeyboardInterrupt, "KeyboardInterrupt", [2]**Type{&BaseException}},
	{&SystemExit, "SystemExit", [2]**Type{&BaseException}},
	{&ExceptionType, "Exception", [2]**Type{&BaseException}}, // Python's Exception (the Go name Exception is the struct)

	{&ArithmeticError, "ArithmeticError", [2]**Type{&ExceptionType}},
	{&FloatingPointError, "FloatingPointError", [2]**Type{&ArithmeticError}},
	{&OverflowError, "OverflowError", [2]**Type{&ArithmeticError}},
	{&ZeroDivisionError, "ZeroDivisionError", [2]**Type{&ArithmeticError}},
	{&AssertionError, "AssertionError", [2]**Type{&ExceptionType}},
	{&AttributeError, "AttributeError", [2]**Type{&ExceptionType}},
	{&BufferError, "BufferError", [2]**Type{&ExceptionType}},
	{&EOFError, "EOFError", [2]**Type{&ExceptionType}},
	{&ExceptionGroup, "ExceptionGroup", [2]**Type{&BaseExceptionGroup, &ExceptionType}},
	{&ImportError, "ImportError", [2]**Type{&ExceptionType}},
	{&ModuleNotFoundError, "ModuleNotFoundError", [2]**Type{&ImportError}},
	{&LookupError, "LookupError", [2]**Type{&ExceptionType}},
	{&IndexError, "IndexError", [2]**Type{&LookupError}},
	{&KeyError, "KeyError", [2]**Type{&LookupError}},
	{&MemoryError, "MemoryError", [2]**Type{&ExceptionType}},
	{&NameError, "NameError", [2]**Type{&ExceptionType}},
	{&UnboundLocalError, "UnboundLocalError", [2]**Type{&NameError}},

	{&OSError, "OSError", [2]**Type{&ExceptionType}},
	{&BlockingIOError, "BlockingIOError", [2]**Type{&OSError}},
	{&ChildProcessError, "ChildProcessError", [2]**Type{&OSError}},
	{&ConnectionError, "ConnectionError", [2]**Type{&OSError}},
	{&BrokenPipeError, "BrokenPipeError", [2]**Type{&ConnectionError}},
	{&ConnectionAbortedError, "ConnectionAbortedError", [2]**Type{&ConnectionError}},
	{&ConnectionRefusedError, "ConnectionRefusedError", [2]**Type{&ConnectionError}},
	{&ConnectionResetError, "ConnectionResetError", [2]**Type{&ConnectionError}},
	{&FileExistsError, "FileExistsError", [2]**Type{&OSError}},
	{&FileNotFoundError, "FileNotFoundError", [2]**Type{&OSError}},
	{&InterruptedError, "InterruptedError", [2]**Type{&OSError}},
	{&IsADirectoryError, "IsADirectoryError", [2]**Type{&OSError}},
	{&NotADirectoryError, "NotADirectoryError", [2]**Type{&OSError}},
	{&PermissionError, "PermissionError", [2]**Type{&OSError}},
	{&ProcessLookupError, "ProcessLookupError", [2]**Type{&OSError}},
	{&TimeoutError, "TimeoutError", [2]**Type{&OSError}},

	{&ReferenceError, "ReferenceError", [2]**Type{&ExceptionType}},
	{&RuntimeError, "RuntimeError", [2]**Type{&ExceptionType}},
	{&NotImplementedError, "NotImplementedError", [2]**Type{&RuntimeError}},
	{&RecursionError, "RecursionError", [2]**Type{&RuntimeError}},
	{&StopAsyncIteration, "StopAsyncIteration", [2]**Type{&ExceptionType}},
	{&StopIteration, "StopIteration", [2]**Type{&ExceptionType}},
	{&SyntaxError, "SyntaxError", [2]**Type{&ExceptionType}},
	{&IndentationError, "IndentationError", [2]**Type{&SyntaxError}},
	{&TabError, "TabError", [2]**Type{&IndentationError}},
	{&SystemError, "SystemError", [2]**Type{&ExceptionType}},
	{&TypeError, "TypeError", [2]**Type{&ExceptionType}},
	{&ValueError, "ValueError", [2]**Type{&ExceptionType}},
	{&UnicodeError, "UnicodeError", [2]**Type{&ValueError}},
	{&UnicodeDecodeError, "UnicodeDecodeError", [2]**Type{&UnicodeError}},
	{&UnicodeEncodeError, "UnicodeEncodeError", [2]**Type{&UnicodeError}},
	{&UnicodeTranslateError, "UnicodeTranslateError", [2]**Type{&UnicodeError}},

	{&Warning, "Warning", [2]**Type{&ExceptionType}},
	{&BytesWarning, "BytesWarning", [2]**Type{&Warning}},
	{&DeprecationWarning, "DeprecationWarning", [2]**Type{&Warning}},
	{&EncodingWarning, "EncodingWarning", [2]**Type{&Warning}},
	{&FutureWarning, "FutureWarning", [2]**Type{&Warning}},
	{&ImportWarning, "ImportWarning", [2]**Type{&Warning}},
	{&PendingDeprecationWarning, "PendingDeprecationWarning", [2]**Type{&Warning}},
	{&ResourceWarning, "ResourceWarning", [2]**Type{&Warning}},
	{&RuntimeWarning, "RuntimeWarning", [2]**Type{&Warning}},
	{&SyntaxWarning, "SyntaxWarning", [2]**Type{&Warning}},
	{&UnicodeWarning, "UnicodeWarning", [2]**Type{&Warning}},
	{&UserWarning, "UserWarning", [2]**Type{&Warning}},
}

// exceptionsMade makes the classes of exceptionTree; nothing reads it.
var exceptionsMade = makeExceptionTypes()

func makeExceptionTypes() bool {
	for _, e := range exceptionTree {
		var bases []*Type
		for _, b := range e.bases {
			if b != nil {
				bases = append(bases, *b)
			}
		}
		t := NewStaticType(e.name, bases...)
		if len(bases) > 0 {
			t.Base = BaseException
		}
		*e.t = t
	}
	return true
}

// ExceptionTypes lists the built-in exception classes in the order they
// are added to builtins.
func ExceptionTypes() []*Type {
	ts := make([]*Type, len(exceptionTree))
	for i, e := range exceptionTree {
		ts[i] = *e.t
	}
	return ts
}
