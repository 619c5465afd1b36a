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

// newExcType creates a built-in exception type with one base.
//
// One base, not a variadic list, and not inlined: the hierarchy below is
// made by Go's package initialiser on every start, and a variadic call
// inlined there is an allocation and a dozen stores at each of 70 sites,
// growing one function that V8 then compiles with its optimising tier.
//
//go:noinline
func newExcType(name string, base *Type) *Type {
	t := NewStaticType(name, base)
	t.Base = BaseException
	return t
}

// newExcGroupType creates ExceptionGroup, the one built-in exception with
// two bases.
func newExcGroupType() *Type {
	t := NewStaticType("ExceptionGroup", BaseExceptionGroup, ExceptionType)
	t.Base = BaseException
	return t
}

// The built-in exception hierarchy, as CPython 3.11's.
var (
	BaseException = newBaseException()

	BaseExceptionGroup = newExcType("BaseExceptionGroup", BaseException)
	GeneratorExit      = newExcType("GeneratorExit", BaseException)
	KeyboardInterrupt  = newExcType("KeyboardInterrupt", BaseException)
	SystemExit         = newExcType("SystemExit", BaseException)
	ExceptionType      = newExcType("Exception", BaseException) // Python's Exception (the Go name Exception is the struct)

	ArithmeticError     = newExcType("ArithmeticError", ExceptionType)
	FloatingPointError  = newExcType("FloatingPointError", ArithmeticError)
	OverflowError       = newExcType("OverflowError", ArithmeticError)
	ZeroDivisionError   = newExcType("ZeroDivisionError", ArithmeticError)
	AssertionError      = newExcType("AssertionError", ExceptionType)
	AttributeError      = newExcType("AttributeError", ExceptionType)
	BufferError         = newExcType("BufferError", ExceptionType)
	EOFError            = newExcType("EOFError", ExceptionType)
	ExceptionGroup      = newExcGroupType()
	ImportError         = newExcType("ImportError", ExceptionType)
	ModuleNotFoundError = newExcType("ModuleNotFoundError", ImportError)
	LookupError         = newExcType("LookupError", ExceptionType)
	IndexError          = newExcType("IndexError", LookupError)
	KeyError            = newExcType("KeyError", LookupError)
	MemoryError         = newExcType("MemoryError", ExceptionType)
	NameError           = newExcType("NameError", ExceptionType)
	UnboundLocalError   = newExcType("UnboundLocalError", NameError)

	OSError                = newExcType("OSError", ExceptionType)
	BlockingIOError        = newExcType("BlockingIOError", OSError)
	ChildProcessError      = newExcType("ChildProcessError", OSError)
	ConnectionError        = newExcType("ConnectionError", OSError)
	BrokenPipeError        = newExcType("BrokenPipeError", ConnectionError)
	ConnectionAbortedError = newExcType("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError = newExcType("ConnectionRefusedError", ConnectionError)
	ConnectionResetError   = newExcType("ConnectionResetError", ConnectionError)
	FileExistsError        = newExcType("FileExistsError", OSError)
	FileNotFoundError      = newExcType("FileNotFoundError", OSError)
	InterruptedError       = newExcType("InterruptedError", OSError)
	IsADirectoryError      = newExcType("IsADirectoryError", OSError)
	NotADirectoryError     = newExcType("NotADirectoryError", OSError)
	PermissionError        = newExcType("PermissionError", OSError)
	ProcessLookupError     = newExcType("ProcessLookupError", OSError)
	TimeoutError           = newExcType("TimeoutError", OSError)

	ReferenceError        = newExcType("ReferenceError", ExceptionType)
	RuntimeError          = newExcType("RuntimeError", ExceptionType)
	NotImplementedError   = newExcType("NotImplementedError", RuntimeError)
	RecursionError        = newExcType("RecursionError", RuntimeError)
	StopAsyncIteration    = newExcType("StopAsyncIteration", ExceptionType)
	StopIteration         = newExcType("StopIteration", ExceptionType)
	SyntaxError           = newExcType("SyntaxError", ExceptionType)
	IndentationError      = newExcType("IndentationError", SyntaxError)
	TabError              = newExcType("TabError", IndentationError)
	SystemError           = newExcType("SystemError", ExceptionType)
	TypeError             = newExcType("TypeError", ExceptionType)
	ValueError            = newExcType("ValueError", ExceptionType)
	UnicodeError          = newExcType("UnicodeError", ValueError)
	UnicodeDecodeError    = newExcType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError    = newExcType("UnicodeEncodeError", UnicodeError)
	UnicodeTranslateError = newExcType("UnicodeTranslateError", UnicodeError)

	Warning                   = newExcType("Warning", ExceptionType)
	BytesWarning              = newExcType("BytesWarning", Warning)
	DeprecationWarning        = newExcType("DeprecationWarning", Warning)
	EncodingWarning           = newExcType("EncodingWarning", Warning)
	FutureWarning             = newExcType("FutureWarning", Warning)
	ImportWarning             = newExcType("ImportWarning", Warning)
	PendingDeprecationWarning = newExcType("PendingDeprecationWarning", Warning)
	ResourceWarning           = newExcType("ResourceWarning", Warning)
	RuntimeWarning            = newExcType("RuntimeWarning", Warning)
	SyntaxWarning             = newExcType("SyntaxWarning", Warning)
	UnicodeWarning            = newExcType("UnicodeWarning", Warning)
	UserWarning               = newExcType("UserWarning", Warning)
)

func newBaseException() *Type {
	t := NewStaticType("BaseException")
	return t
}

// ExceptionTypes lists the built-in exception classes in the order they
// are added to builtins. A function rather than a table: a table of
// pointers known only at run time is filled by the package initialiser on
// every start (see newExcType).
func ExceptionTypes() []*Type {
	return []*Type{
		BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, ExceptionType,
		ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
		AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError,
		LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
		BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
		ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
		InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
		TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
		StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError,
		TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
		UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning,
		FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning,
		SyntaxWarning, UnicodeWarning, UserWarning,
	}
}
