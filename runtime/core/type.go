package core

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Type is a Python class: a built-in type defined in Go or a class created
// by a class statement or type(name, bases, dict).
type Type struct {
	Name     string // tp_name: what messages call the class
	QualName string
	// ShortName, when set, is __name__ for a class whose Name is a C-style
	// dotted tp_name ("datetime.date"), as CPython's C types have.
	ShortName string
	Module    string  // "builtins" for built-in types, "__main__" or the module's name otherwise
	Bases     []*Type // __bases__
	MRO       []*Type // __mro__, starting with the type itself
	Dict      *Dict   // the class namespace (read-only for built-in types after init)
	Meta      *Type   // the metaclass: type(cls)

	// Base is the built-in type whose layout instances have: ObjectType for
	// plain classes, ListType for subclasses of list, BaseException for
	// exception classes, ...
	Base *Type

	// Static types are defined in Go and shared by all runs; their dicts
	// must not change once a run starts.
	Static bool

	// Final types cannot be subclassed (bool, NoneType, function, ...).
	Final bool

	// Abstract is set when a non-empty __abstractmethods__ is assigned to
	// the class (abc.ABCMeta does): instantiating it is a TypeError.
	Abstract bool

	// Call, when set, implements calling an instance of this type from Go
	// (functions, builtins, bound methods, types); it bypasses the
	// __call__ lookup.
	Call func(th *Thread, fn Value, args []Value, kw []string) (Value, *Exception)

	// Resume, when set, resumes an instance of this type, a coroutine
	// written in Go (asyncio's): `await x` delegates to x itself, and
	// YIELD_FROM calls Resume without asserting Resumable, an itab lookup
	// under WebAssembly.
	Resume func(self Value, th *Thread, send Value, exc *Exception) (Value, bool, *Exception)

	// DictOf, when set, is DictHolder's InstanceDict for the instances of
	// this exact type: instanceDict calls it instead of asserting
	// DictHolder, an itab lookup under WebAssembly, on every method lookup.
	DictOf func(self Value) *Dict

	// flat is the merged MRO namespace of a static type, built on first use.
	flatOnce sync.Once
	flat     map[string]Value

	// cache memoizes MRO lookups on non-static classes; it is cleared
	// (with the subclasses' caches) whenever the class or an ancestor
	// changes.
	cache      map[string]Value
	recent     [1 << recentBits]recentLookup
	subclasses []*Type // non-static direct subclasses, for cache invalidation
	staticSubs []*Type // static direct subclasses (of a static type), for __subclasses__

	// version identifies the current state of the class's MRO namespaces
	// (0 = not assigned yet); see VersionTag.
	version uint64

	// hooks caches which attribute hooks the class overrides (hooksValid
	// is cleared with the cache).
	hooksValid bool
	hooks      attrHooks
	// ctorInit is the Python __init__ that calling the class runs after
	// object.__new__ (callOnStack), or nil when calling it takes the
	// generic path; valid while ctorVer is the class's version.
	ctorInit *Function
	ctorVer  uint64
	// slotsOnly: the class's instances have no __dict__ (__slots__ without
	// it, and no base with one).
	slotsOnly bool

	// attrHint is the most attributes an instance of this (non-static)
	// class has had: new instances get room for that many (NewInstance).
	attrHint int32
}

// attrHooks records overridden attribute-access methods of a class.
type attrHooks struct {
	getattribute, getattr, setattr, delattr bool
}

// attrHooks returns which of __getattribute__, __getattr__, __setattr__ and
// __delattr__ the class overrides (static types override none).
func (t *Type) attrHooks() attrHooks {
	if t.Static {
		return attrHooks{}
	}
	if !t.hooksValid {
		ga, _ := t.Lookup("__getattribute__")
		_, gat := t.Lookup("__getattr__")
		sa, _ := t.Lookup("__setattr__")
		da, _ := t.Lookup("__delattr__")
		t.hooks = attrHooks{
			getattribute: ga.o != objectGetAttribute && ga.o != typeGetAttribute,
			getattr:      gat,
			setattr:      sa.o != objectSetAttr && sa.o != typeSetAttr,
			delattr:      da.o != objectDelAttr && da.o != typeDelAttr,
		}
		t.hooksValid = true
	}
	return t.hooks
}

// Value returns the class as a Python value.
func (t *Type) Value() Value { return Value{t: t.Meta, o: t} }

// NewStaticType creates a built-in type with the given bases (ObjectType
// when none are given). Its Base is itself; call before any run starts.
func NewStaticType(name string, bases ...*Type) *Type {
	_ = staticTypesDone // so that Go completes staticTypes before any caller's initialiser runs
	t := &Type{Name: name, Bases: bases}
	completeStaticType(t)
	return t
}

// completeStaticType makes t, declared as &Type{Name: ...} with its Bases
// if not object, a built-in type: its dict, version, MRO and metatype.
func completeStaticType(t *Type) {
	t.QualName, t.Module, t.Dict, t.Static = t.Name, "builtins", NewDict(), true
	t.version = typeVersions.Add(1) // fixed: static types never change
	if len(t.Bases) == 0 && t.Name != "object" {
		t.Bases = []*Type{ObjectType}
	}
	for _, b := range t.Bases {
		b.staticSubs = append(b.staticSubs, t)
	}
	t.Meta = TypeType
	t.Base = t
	mro, err := c3MRO(t, t.Bases)
	if err != "" {
		panic("core: static type " + t.Name + ": " + err)
	}
	t.MRO = mro
}

// staticTypes are the built-in types declared as static data, each a
// package variable set to &Type{Name: ...} in the file that implements
// it, listed here by the variable's address (static data too, where a
// list of the pointers themselves would be filled at start) in the order
// they are completed (a type after its bases). The linker lays out a composite literal's address, so the
// declarations cost the start nothing; completeStaticTypes then finishes
// them in one loop. One initialiser per type (NewStaticType) would put a
// call and a pointer store per type into the package's initialiser, which
// V8 then compiles with its optimising tier (see exceptionTree).
var staticTypes = [...]**Type{
	&StdStreamType, &ComplexType, &ContextType, &ContextVarType, &TokenType,
	&tokenMissing, &DictKeysType, &DictValuesType, &DictItemsType,
	&asyncGenWrappedType, &asyncGenASendType, &asyncGenAThrowType,
	&coroWrapperType, &anextAwaitableType, &GenericAliasType, &ListIterType,
	&ListRevIterType, &TupleIterType, &StrIterType, &StrASCIIIterType,
	&BytesIterType, &DictKeyIterType, &DictValueIterType, &DictItemIterType,
	&DictRevKeyIterType, &DictRevValIterType, &DictRevItemIterType,
	&SetIterType, &RangeIterType, &memberType, &NoneType, &NotImplementedType,
	&EllipsisType, &IntType, &BoolType, &FloatType, &StrType, &BytesType,
	&ByteArrayType, &ListType, &TupleType, &DictType, &SetType, &FrozenSetType,
	&RangeType, &SliceType, &ModuleType, &FunctionType, &BuiltinType,
	&MethodDescriptorType, &MethodType, &GetSetType, &PropertyType,
	&StaticMethodType, &ClassMethodType, &SuperType, &CellType, &CodeType,
	&FrameType, &TracebackType, &GeneratorType, &CoroutineType,
	&AsyncGeneratorType, &MappingProxyType, &SeqIterType, &CallIterType,
	&UnionType,
}

// staticTypesDone records that staticTypes are complete; nothing reads it.
var staticTypesDone = completeStaticTypes()

func completeStaticTypes() bool {
	for _, t := range staticTypes {
		completeStaticType(*t)
	}
	return true
}

// IsSubtype reports whether t is sub (or a subclass of sub), by MRO.
func (t *Type) IsSubtype(sub *Type) bool {
	if t == sub {
		return true
	}
	for _, m := range t.MRO {
		if m == sub {
			return true
		}
	}
	return false
}

// Lookup finds name in the class's MRO dicts (the attribute as stored,
// without descriptor binding); ok=false when absent.
func (t *Type) Lookup(name string) (Value, bool) {
	if t.Static {
		t.flatOnce.Do(t.flatten)
		v, ok := t.flat[name]
		return v, ok
	}
	// A direct-mapped cache keyed by the name's address and length answers
	// repeated lookups of the same name string (the compiled code's names)
	// without hashing it. The slot keeps the string alive, and str bytes
	// never change, so an address match is a name match.
	p := unsafe.StringData(name)
	// Names are often substrings of one source text a few bytes apart:
	// a multiplicative hash spreads neighbouring addresses over the slots.
	h := (uint64(uintptr(unsafe.Pointer(p))) + uint64(len(name))) * 0x9E3779B97F4A7C15
	slot := &t.recent[h>>(64-recentBits)]
	if slot.p == p && slot.n == len(name) && p != nil {
		return slot.v, slot.v.t != nil
	}
	v, ok := t.lookupCached(name)
	*slot = recentLookup{p: p, n: len(name), v: v}
	return v, ok
}

// recentBits sizes a class's direct-mapped lookup cache (2^recentBits slots).
const recentBits = 5

// recentLookup is one slot of a class's direct-mapped lookup cache.
type recentLookup struct {
	p *byte
	n int
	v Value // zero Value: not found
}

// lookupCached is Lookup through the class's map cache.
func (t *Type) lookupCached(name string) (Value, bool) {
	if v, ok := t.cache[name]; ok {
		return v, v.t != nil
	}
	var found Value
	for _, m := range t.MRO {
		if v, ok := m.Dict.GetStr(name); ok {
			found = v
			break
		}
	}
	if t.cache == nil {
		t.cache = make(map[string]Value)
	}
	t.cache[name] = found // a zero Value caches the miss
	return found, found.t != nil
}

// flatten merges the MRO namespaces of a static type, first wins.
func (t *Type) flatten() {
	t.flat = make(map[string]Value)
	for i := len(t.MRO) - 1; i >= 0; i-- {
		d := t.MRO[i].Dict
		for _, it := range d.Items() {
			if s, ok := it.Key.AsStr(); ok {
				t.flat[s] = it.Value
			}
		}
	}
}

// typeVersions hands out version tags; shared by all runs, it only needs
// to be unique.
var typeVersions atomic.Uint64

// VersionTag returns a number that stays the same as long as attribute
// lookups on the class return the same results, for inline caches: a
// cached (type, tag) pair is valid while t.VersionTag() == tag. It changes
// when the class or one of its bases is modified.
func (t *Type) VersionTag() uint64 {
	if t.version == 0 {
		t.version = typeVersions.Add(1)
	}
	return t.version
}

// Changed must be called after the class namespace is modified: it drops
// the lookup caches of the class and all its subclasses.
func (t *Type) Changed() {
	if t.Static {
		return
	}
	t.cache = nil
	t.recent = [len(t.recent)]recentLookup{}
	t.hooksValid = false
	t.version = 0
	for _, s := range t.subclasses {
		s.Changed()
	}
}

// checkMutable panics when a static type's dict is modified after its
// flattened namespace was built (a programming error, not a Python error).
func (t *Type) checkMutable(name string) {
	if t.Static && t.flat != nil {
		panic("core: " + t.Name + "." + name + " added after the type was first used")
	}
}

// AddMethod registers a method implemented in Go: args[0] is self.
func (t *Type) AddMethod(name string, fn BuiltinFunc) {
	t.checkMutable(name)
	t.Dict.SetStr(name, Value{t: MethodDescriptorType, o: &Builtin{Name: name, Fn: fn, Owner: t}})
}

// AddClassMethod registers a class method implemented in Go: args[0] is the class.
func (t *Type) AddClassMethod(name string, fn BuiltinFunc) {
	t.checkMutable(name)
	f := Value{t: BuiltinType, o: &Builtin{Name: name, Fn: fn, Owner: t}}
	t.Dict.SetStr(name, Value{t: ClassMethodType, o: &ClassMethod{Func: f}})
}

// AddStaticMethod registers a static method implemented in Go.
func (t *Type) AddStaticMethod(name string, fn BuiltinFunc) {
	t.checkMutable(name)
	f := Value{t: BuiltinType, o: &Builtin{Name: name, Fn: fn, Owner: t}}
	t.Dict.SetStr(name, Value{t: StaticMethodType, o: &StaticMethod{Func: f}})
}

// AddAttr stores a plain class attribute.
func (t *Type) AddAttr(name string, v Value) {
	t.checkMutable(name)
	t.Dict.SetStr(name, v)
}

// AddGetSet registers a data descriptor implemented in Go (set may be nil
// for a read-only attribute).
func (t *Type) AddGetSet(name string, get func(th *Thread, self Value) (Value, *Exception), set func(th *Thread, self, v Value) *Exception) {
	t.checkMutable(name)
	t.Dict.SetStr(name, Value{t: GetSetType, o: &GetSet{Name: name, Owner: t, Get: get, Set: set}})
}

// tpName is CPython's tp_name, which error messages use: the bare name
// for classes made by class statements, the dotted one for other types.
func (t *Type) tpName() string {
	if t.Static {
		return t.FullName()
	}
	return t.Name
}

// FullName is the name used in reprs: "module.QualName", or just the name
// for builtins.
func (t *Type) FullName() string {
	if t.Module == "builtins" || t.Module == "" {
		return t.QualName
	}
	return t.Module + "." + t.QualName
}

// The built-in types. Their behaviour is registered by the files that own
// them (int.go, str.go, ...) through AddMethod & co. in init functions.
var (
	ObjectType = newObjectType()
	TypeType   = newTypeType()

	NoneType           = &Type{Name: "NoneType"}
	NotImplementedType = &Type{Name: "NotImplementedType"}
	EllipsisType       = &Type{Name: "ellipsis"}
	IntType            = &Type{Name: "int"}
	BoolType           = &Type{Name: "bool", Bases: []*Type{IntType}}
	FloatType          = &Type{Name: "float"}
	StrType            = &Type{Name: "str"}
	BytesType          = &Type{Name: "bytes"}
	ByteArrayType      = &Type{Name: "bytearray"}
	ListType           = &Type{Name: "list"}
	TupleType          = &Type{Name: "tuple"}
	DictType           = &Type{Name: "dict"}
	SetType            = &Type{Name: "set"}
	FrozenSetType      = &Type{Name: "frozenset"}
	RangeType          = &Type{Name: "range"}
	SliceType          = &Type{Name: "slice"}
	ModuleType         = &Type{Name: "module"}

	// Callables and descriptors.
	FunctionType         = &Type{Name: "function"}
	BuiltinType          = &Type{Name: "builtin_function_or_method"}
	MethodDescriptorType = &Type{Name: "method_descriptor"}
	MethodType           = &Type{Name: "method"}
	GetSetType           = &Type{Name: "getset_descriptor"}
	PropertyType         = &Type{Name: "property"}
	StaticMethodType     = &Type{Name: "staticmethod"}
	ClassMethodType      = &Type{Name: "classmethod"}
	SuperType            = &Type{Name: "super"}
	CellType             = &Type{Name: "cell"}
	CodeType             = &Type{Name: "code"}
	FrameType            = &Type{Name: "frame"}
	TracebackType        = &Type{Name: "traceback"}
	GeneratorType        = &Type{Name: "generator"}
	CoroutineType        = &Type{Name: "coroutine"}
	AsyncGeneratorType   = &Type{Name: "async_generator"}
	MappingProxyType     = &Type{Name: "mappingproxy"}

	// SeqIterType iterates objects that only have __getitem__; CallIterType
	// is iter(callable, sentinel).
	SeqIterType  = &Type{Name: "iterator"}
	CallIterType = &Type{Name: "callable_iterator"}
)

func newObjectType() *Type {
	t := &Type{Name: "object", QualName: "object", Module: "builtins", Dict: NewDict(), Static: true}
	t.version = typeVersions.Add(1)
	t.Base = t
	t.MRO = []*Type{t}
	return t
}

func newTypeType() *Type {
	t := &Type{Name: "type", QualName: "type", Module: "builtins", Dict: NewDict(), Static: true}
	t.version = typeVersions.Add(1)
	t.Base = t
	t.Bases = []*Type{ObjectType}
	t.MRO = []*Type{t, ObjectType}
	t.Meta = t
	ObjectType.Meta = t
	return t
}

func init() {
	// Types that cannot be subclassed in Python.
	for _, t := range []*Type{BoolType, NoneType, NotImplementedType, EllipsisType, RangeType, SliceType,
		FunctionType, BuiltinType, MethodDescriptorType, MethodType, GetSetType, CellType, CodeType,
		FrameType, TracebackType, GeneratorType, CoroutineType, AsyncGeneratorType, MappingProxyType,
		SeqIterType, CallIterType} {
		t.Final = true
	}
}
