package core

import (
	"reflect"
	"sort"
	"strconv"
)

// The methods of `object` and `type`: instance creation (__new__/__init__
// and type.__call__), default repr/str/eq/hash/format, attribute hooks,
// and the introspection attributes of classes.

// objectFuncs are Object's methods that read their own arguments.
var objectFuncs = []FuncDef{
	{"__repr__", objectReprMethod},
	{"__str__", objectStr},
	{"__eq__", objectEq},
	{"__ne__", objectNe},
	{"__hash__", objectHashMethod},
	{"__format__", objectFormat},
	{"__setattr__", objectSetattr},
	{"__delattr__", objectDelattr},
	{"__dir__", objectDir},
	{"__getstate__", objectGetstate},
	{"__sizeof__", objectSizeof},
	{"__init__", objectInit},
	{"__getattribute__", genericGetAttribute},
}

// typeFuncs are Type's methods that read their own arguments.
var typeFuncs = []FuncDef{
	{"__init__", typeInit},
	{"__call__", typeCallMethod},
	{"__repr__", typeReprMethod},
	{"__setattr__", typeSetattr},
	{"__delattr__", typeDelattr},
	{"mro", typeMro},
	{"__subclasses__", typeSubclasses},
	{"__instancecheck__", typeInstancecheck},
	{"__subclasscheck__", typeSubclasscheck},
	{"__dir__", objectDir},
	{"__getattribute__", genericGetAttribute},
}

// mappingProxyFuncs are MappingProxy's methods that read their own arguments.
// objectOrderFuncs are object's <, <=, > and >=, which leave the
// comparison to the other operand.
var objectOrderFuncs = []FuncDef{
	{"__lt__", notImplementedMethod},
	{"__le__", notImplementedMethod},
	{"__gt__", notImplementedMethod},
	{"__ge__", notImplementedMethod},
}

var objectMoreFuncs = []FuncDef{
	{"__reduce__", cannotPickle},
	{"__reduce_ex__", cannotPickle},
}

var objectGetSets = []GetSetDef{
	{"__class__", objectClass, nil},
}

var typeGetSets = []GetSetDef{
	{"__name__", typeName, typeSetName},
	{"__qualname__", typeQualName, typeSetQualName},
	{"__module__", typeModule, typeSetModule},
	{"__doc__", typeDoc, typeSetDoc},
	{"__bases__", typeBases, nil},
	{"__base__", typeBase, nil},
	{"__mro__", typeMRO, nil},
	{"__dict__", typeDict, nil},
	{"__abstractmethods__", typeAbstractMethods, typeSetAbstractMethods},
}

// mappingProxyForwarded are the methods a class's __dict__ proxy forwards
// to its dict's.
var mappingProxyForwarded = []string{"__getitem__", "__contains__", "__iter__", "__len__", "keys", "values", "items", "get"}

var mappingProxyFuncs = []FuncDef{
	{"copy", mappingProxyCopy},
	{"__str__", mappingProxyStr},
	{"__repr__", mappingProxyRepr},
}

// Object is the heap part of a bare object() instance (no __dict__).
type Object struct{ _ byte } // non-zero size so that distinct objects have distinct addresses

// The Go-defined defaults, by identity, so that overrides can be detected
// (set once in init; read-only afterwards, so safe for concurrent runs).
// To call a method without a bound-method allocation use th.GetMethod,
// which also honours __getattribute__ overrides via t.attrHooks().
var (
	objectGetAttribute, objectSetAttr, objectDelAttr any
	typeGetAttribute, typeSetAttr, typeDelAttr       any
	objectNewFn, objectInitFn                        any
	objectEqFn, objectHashFn                         any
	objectOrderFns                                   []any // object.__lt__, __le__, __gt__, __ge__
)

// ID returns id(v): the address of a heap object, or a value derived from
// an inline value's payload.
func ID(v Value) int64 {
	if v.o != nil {
		return int64(reflect.ValueOf(v.o).Pointer())
	}
	// Inline values: distinct per type and payload, like small-int caching.
	return int64(reflect.ValueOf(v.t).Pointer()) ^ int64(v.n*0x9E3779B97F4A7C15)&0x7fffffffffff
}

// objectHash is object.__hash__: derived from the identity.
func objectHash(v Value) int64 { return ID(v) >> 4 }

func hexID(v Value) string { return "0x" + strconv.FormatInt(ID(v), 16) }

// typeCall is type.__call__: cls.__new__(cls, ...) then __init__ when the
// result is an instance of cls.
func typeCall(th *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
	cls := fn.AsType()
	if cls == nil {
		return Value{}, Errorf(TypeError, "descriptor '__call__' requires a 'type' object")
	}
	if cls == TypeType && len(args) == 1 && len(kw) == 0 {
		return args[0].t.Value(), nil
	}
	newf, _ := cls.Lookup("__new__")
	var obj Value
	var err *Exception
	if newf.t == StaticMethodType && newf.o.(*StaticMethod).Func.o == objectNewFn {
		obj, err = objectNewChecked(th, cls, len(args) > 0)
	} else {
		f, err2 := th.bindDescr(newf, Value{}, cls)
		if err2 != nil {
			return Value{}, err2
		}
		full := make([]Value, len(args)+1)
		full[0] = cls.Value()
		copy(full[1:], args)
		obj, err = th.Call(f, full, kw)
	}
	if err != nil {
		return Value{}, err
	}
	if !obj.t.IsSubtype(cls) {
		return obj, nil
	}
	initf, ok := obj.t.Lookup("__init__")
	if !ok || (initf.o == objectInitFn) {
		if len(args) > 0 && ok {
			if newf.t == StaticMethodType && newf.o.(*StaticMethod).Func.o == objectNewFn {
				return Value{}, Errorf(TypeError, "%s() takes no arguments", cls.Name)
			}
		}
		return obj, nil
	}
	r, err := th.callDescr(initf, obj, args, kw)
	if err != nil {
		return Value{}, err
	}
	if !r.IsNone() {
		return Value{}, Errorf(TypeError, "__init__() should return None, not '%s'", r.t.Name)
	}
	return obj, nil
}

// objectNewChecked is object.__new__(cls, ...) with CPython's excess
// argument rule.
func objectNewChecked(th *Thread, cls *Type, excess bool) (Value, *Exception) {
	if excess {
		if initf, _ := cls.Lookup("__init__"); initf.o == objectInitFn {
			return Value{}, Errorf(TypeError, "%s() takes no arguments", cls.Name)
		}
	}
	if cls.Base != ObjectType {
		return Value{}, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Base.Name)
	}
	if cls.Abstract {
		ab, _ := cls.Dict.GetStr("__abstractmethods__")
		return Value{}, abstractError(th, cls, ab)
	}
	if cls == ObjectType {
		return Value{t: ObjectType, o: &Object{}}, nil
	}
	if cls.Static {
		return Value{}, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	return NewInstance(cls, Value{}), nil
}

// abstractError is "Can't instantiate abstract class A with abstract
// methods f, g" (names sorted, as CPython sorts them).
func abstractError(th *Thread, cls *Type, ab Value) *Exception {
	var names []string
	if ab.t == nil {
		ab = EmptyTuple()
	}
	if it, err := th.Iter(ab); err == nil {
		for {
			v, ok, err := th.Next(it)
			if err != nil || !ok {
				break
			}
			if s, ok := v.AsStr(); ok {
				names = append(names, s)
			}
		}
	}
	sort.Strings(names)
	list := ""
	for i, n := range names {
		if i > 0 {
			list += ", "
		}
		list += n
	}
	return Errorf(TypeError, "Can't instantiate abstract class %s with abstract method%s %s", cls.Name, plural(len(names)), list)
}

func objectNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) == 0 {
		return Value{}, Errorf(TypeError, "object.__new__(): not enough arguments")
	}
	cls := args[0].AsType()
	if cls == nil {
		return Value{}, Errorf(TypeError, "object.__new__(X): X is not a type object (%s)", args[0].t.Name)
	}
	if len(args) > 1 || len(kw) > 0 {
		if newf, _ := cls.Lookup("__new__"); !(newf.t == StaticMethodType && newf.o.(*StaticMethod).Func.o == objectNewFn) {
			if initf, _ := cls.Lookup("__init__"); initf.o == objectInitFn {
				return Value{}, Errorf(TypeError, "%s() takes no arguments", cls.Name)
			}
			// An overridden __new__ calling object.__new__(cls, *args) with
			// an overridden __init__ is allowed (CPython tolerates it).
			return objectNewChecked(th, cls, false)
		}
	}
	return objectNewChecked(th, cls, len(args) > 1 || len(kw) > 0)
}

func objectInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) > 1 || len(kw) > 0 {
		self := args[0]
		initf, _ := self.t.Lookup("__init__")
		if initf.o != objectInitFn {
			return Value{}, Errorf(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if newf, _ := self.t.Lookup("__new__"); newf.t == StaticMethodType && newf.o.(*StaticMethod).Func.o == objectNewFn {
			return Value{}, Errorf(TypeError, "%s() takes no arguments", self.t.Name)
		}
	}
	return None, nil
}

// objectRepr is the default repr: "<__main__.A object at 0x...>".
func objectRepr(th *Thread, self Value) string {
	return "<" + self.t.FullName() + " object at " + hexID(self) + ">"
}

func attrName(v Value) (string, *Exception) {
	s, ok := Unwrap(v).AsStr()
	if !ok {
		return "", Errorf(TypeError, "attribute name must be string, not '%s'", v.t.Name)
	}
	return s, nil
}

// Dir returns dir(v) sorted: for classes, the names of the MRO's dicts;
// for other objects, the instance dict's and the class's.
func (th *Thread) Dir(v Value) ([]string, *Exception) {
	seen := map[string]bool{}
	var names []string
	add := func(d *Dict) {
		for _, k := range d.Keys() {
			if s, ok := k.AsStr(); ok && !seen[s] {
				seen[s] = true
				names = append(names, s)
			}
		}
	}
	switch o := v.o.(type) {
	case *Type:
		for _, m := range o.MRO {
			add(m.Dict)
		}
	case *Module:
		add(o.Dict)
	default:
		if d := instanceDict(v, false); d != nil {
			add(d)
		}
		for _, m := range v.t.MRO {
			add(m.Dict)
		}
	}
	sort.Strings(names)
	return names, nil
}

func typeNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	// args[0] is the metaclass.
	npos := len(args) - len(kw)
	if npos == 2 && len(kw) == 0 && args[0].AsType() == TypeType {
		return args[1].t.Value(), nil
	}
	if npos != 4 {
		return Value{}, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	meta := args[0].AsType()
	if meta == nil {
		return Value{}, Errorf(TypeError, "type.__new__(X): X is not a type object (%s)", args[0].t.Name)
	}
	if !meta.IsSubtype(TypeType) {
		return Value{}, Errorf(TypeError, "type.__new__(%s): %s is not a subtype of type", meta.Name, meta.Name)
	}
	name, ok := args[1].AsStr()
	if !ok {
		return Value{}, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", args[1].t.Name)
	}
	bt, ok := args[2].o.(*Tuple)
	if !ok || args[2].t != TupleType {
		return Value{}, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", args[2].t.Name)
	}
	ns, ok := Unwrap(args[3]).o.(*Dict)
	if !ok {
		return Value{}, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", args[3].t.Name)
	}
	bases := make([]*Type, len(bt.Items))
	for i, b := range bt.Items {
		if bases[i] = b.AsType(); bases[i] == nil {
			if _, ok := b.t.Lookup("__mro_entries__"); ok {
				return Value{}, Errorf(TypeError, "type() doesn't support MRO entry resolution; use types.new_class()")
			}
			// CPython derives the metaclass from type(base), which is not a
			// subclass of type for a non-class base.
			return Value{}, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	t, err := th.NewClass(meta, name, bases, ns, kw, args[npos:])
	if err != nil {
		return Value{}, err
	}
	return t.Value(), nil
}

func typeRepr(t *Type) string {
	return "<class '" + t.FullName() + "'>"
}

func selfType(v Value) *Type {
	if t := v.AsType(); t != nil {
		return t
	}
	return ObjectType
}

func typesTuple(ts []*Type) Value {
	items := make([]Value, len(ts))
	for i, t := range ts {
		items[i] = t.Value()
	}
	return NewTuple(items)
}

// MappingProxy is the read-only view of a class's namespace (cls.__dict__).
type MappingProxy struct{ D *Dict }

func init() {
	o := ObjectType
	o.AddStaticMethod("__new__", objectNew)
	objectNewFn = attrOf(o, "__new__").o.(*StaticMethod).Func.o
	AddFuncs(o, objectFuncs)
	objectInitFn = attrOf(o, "__init__").o
	objectEqFn = attrOf(o, "__eq__").o
	AddFuncs(o, objectOrderFuncs)
	for _, d := range objectOrderFuncs {
		objectOrderFns = append(objectOrderFns, attrOf(o, d.Name).o)
	}
	objectHashFn = attrOf(o, "__hash__").o
	objectGetAttribute = attrOf(o, "__getattribute__").o
	objectSetAttr = attrOf(o, "__setattr__").o
	objectDelAttr = attrOf(o, "__delattr__").o
	o.AddClassMethod("__init_subclass__", objectInitSubclass)
	AddFuncs(o, objectMoreFuncs)
	o.AddClassMethod("__subclasshook__", notImplementedMethod)
	AddGetSets(o, objectGetSets)
	o.AddAttr("__doc__", NewStr("The base class of the class hierarchy."))

	t := TypeType
	t.Call = typeCall
	t.AddStaticMethod("__new__", typeNew)
	AddFuncs(t, typeFuncs)
	typeGetAttribute = attrOf(t, "__getattribute__").o
	typeSetAttr = attrOf(t, "__setattr__").o
	typeDelAttr = attrOf(t, "__delattr__").o
	t.AddClassMethod("__prepare__", typePrepare)
	AddGetSets(t, typeGetSets)

	for _, n := range mappingProxyForwarded {
		MappingProxyType.AddMethod(n, mappingProxyForward(n))
	}
	AddFuncs(MappingProxyType, mappingProxyFuncs)
}

func notImplementedMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NotImplemented, nil
}

func cannotPickle(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return Value{}, Errorf(TypeError, "cannot pickle '%s' object", args[0].t.Name)
}

func objectInitSubclass(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(kw) > 0 || len(args) > 1 {
		return Value{}, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", selfType(args[0]).Name)
	}
	return None, nil
}

func objectClass(th *Thread, self Value) (Value, *Exception) { return self.t.Value(), nil }

func typePrepare(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewDict().Value(), nil
}

func typeName(th *Thread, self Value) (Value, *Exception) {
	if n := selfType(self).ShortName; n != "" {
		return NewStr(n), nil
	}
	return NewStr(selfType(self).Name), nil
}

func typeSetName(th *Thread, self, v Value) *Exception {
	c := selfType(self)
	s, err := typeNameArg(c, "__name__", v)
	if err == nil {
		c.Name, c.ShortName = s, ""
	}
	return err
}

func typeQualName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(selfType(self).QualName), nil
}

func typeSetQualName(th *Thread, self, v Value) *Exception {
	c := selfType(self)
	s, err := typeNameArg(c, "__qualname__", v)
	if err == nil {
		c.QualName = s
	}
	return err
}

// typeNameArg is the str assigned to c's __name__ or __qualname__ (attr).
func typeNameArg(c *Type, attr string, v Value) (string, *Exception) {
	s, ok := v.AsStr()
	if !ok {
		return "", Errorf(TypeError, "can only assign string to %s.%s, not '%s'", c.Name, attr, v.t.Name)
	}
	if c.Static {
		return "", immutableTypeError(c, attr)
	}
	return s, nil
}

// immutableTypeError is the TypeError for setting attr of a built-in type.
func immutableTypeError(c *Type, attr string) *Exception {
	return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, c.Name)
}

func typeModule(th *Thread, self Value) (Value, *Exception) {
	c := selfType(self)
	if !c.Static {
		if m, ok := c.Dict.GetStr("__module__"); ok {
			return m, nil
		}
	}
	return NewStr(c.Module), nil
}

func typeSetModule(th *Thread, self, v Value) *Exception {
	c := selfType(self)
	if c.Static {
		return immutableTypeError(c, "__module__")
	}
	c.Dict.SetStr("__module__", v)
	if s, ok := v.AsStr(); ok {
		c.Module = s
	}
	c.Changed()
	return nil
}

func typeDoc(th *Thread, self Value) (Value, *Exception) {
	c := selfType(self)
	if d, ok := c.Dict.GetStr("__doc__"); ok {
		if d.t != nil && d.t.Static {
			return d, nil
		}
		return th.bindDescr(d, Value{}, c)
	}
	return None, nil
}

func typeSetDoc(th *Thread, self, v Value) *Exception {
	c := selfType(self)
	if c.Static {
		return immutableTypeError(c, "__doc__")
	}
	c.Dict.SetStr("__doc__", v)
	c.Changed()
	return nil
}

func typeBases(th *Thread, self Value) (Value, *Exception) {
	return typesTuple(selfType(self).Bases), nil
}

func typeBase(th *Thread, self Value) (Value, *Exception) {
	c := selfType(self)
	if len(c.Bases) == 0 {
		return None, nil
	}
	return c.Bases[0].Value(), nil
}

func typeMRO(th *Thread, self Value) (Value, *Exception) { return typesTuple(selfType(self).MRO), nil }

func typeDict(th *Thread, self Value) (Value, *Exception) {
	return Value{t: MappingProxyType, o: &MappingProxy{D: selfType(self).Dict}}, nil
}

func typeAbstractMethods(th *Thread, self Value) (Value, *Exception) {
	c := selfType(self)
	if c != TypeType {
		if v, ok := c.Dict.GetStr("__abstractmethods__"); ok {
			return v, nil
		}
	}
	return Value{}, Errorf(AttributeError, "__abstractmethods__")
}

func typeSetAbstractMethods(th *Thread, self, v Value) *Exception {
	c := selfType(self)
	if c.Static {
		return immutableTypeError(c, "__abstractmethods__")
	}
	abstract, err := th.Truth(v)
	if err != nil {
		return err
	}
	c.Dict.SetStr("__abstractmethods__", v)
	c.Abstract = abstract
	c.Changed()
	return nil
}

// mappingProxyForward is the proxy's method name, which forwards to its
// dict's.
func mappingProxyForward(name string) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		return th.CallMethod(args[0].o.(*MappingProxy).D.Value(), name, args[1:]...)
	}
}

func mappingProxyCopy(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return args[0].o.(*MappingProxy).D.Copy().Value(), nil
}

// attrOf returns an entry of t's own dict (during init, before lookups).
func attrOf(t *Type, name string) Value {
	v, _ := t.Dict.GetStr(name)
	return v
}

// genericGetAttribute is object.__getattribute__ and type.__getattribute__:
// the lookup without any __getattribute__/__getattr__ hook (each type gets
// its own Builtin, so overrides are still told apart by identity).
func genericGetAttribute(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__getattribute__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	r, found, err := th.getAttrNoHook(args[0], name)
	if !found && err == nil {
		err = th.attrError(args[0], name)
	}
	return r, err
}

func objectReprMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewStr(objectRepr(th, args[0])), nil
}

func objectStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := th.Repr(args[0])
	return NewStr(s), err
}

func objectEq(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__eq__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	if args[0].Is(args[1]) {
		return True, nil
	}
	return NotImplemented, nil
}

func objectNe(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__ne__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	r, found, err := th.callMethod(args[0], "__eq__", args[1])
	if err != nil || !found || r.Is(NotImplemented) {
		if err == nil {
			r = NotImplemented
		}
		return r, err
	}
	t, err := th.Truth(r)
	return Bool(!t), err
}

func objectHashMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return Int(objectHash(args[0])), nil
}

func objectFormat(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__format__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	spec, ok := args[1].AsStr()
	if !ok {
		return Value{}, Errorf(TypeError, "__format__() argument must be str, not %s", args[1].t.Name)
	}
	if spec != "" {
		return Value{}, Errorf(TypeError, "unsupported format string passed to %s.__format__", args[0].t.Name)
	}
	s, err := th.StrOf(args[0])
	return NewStr(s), err
}

func objectSetattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__setattr__", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	if _, ok := args[0].o.(*Type); ok {
		// CPython's hackcheck: type.__setattr__ must be used on classes.
		return Value{}, Errorf(TypeError, "can't apply this __setattr__ to type object")
	}
	return None, th.genericSetAttr(args[0], name, args[2])
}

func objectDelattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__delattr__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	if _, ok := args[0].o.(*Type); ok {
		return Value{}, Errorf(TypeError, "can't apply this __delattr__ to type object")
	}
	return None, th.genericDelAttr(args[0], name)
}

func objectDir(th *Thread, args []Value, kw []string) (Value, *Exception) {
	names, err := th.Dir(args[0])
	if err != nil {
		return Value{}, err
	}
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewList(items), nil
}

func objectGetstate(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if d := instanceDict(args[0], false); d != nil && d.Len() > 0 {
		return d.Value(), nil
	}
	return None, nil
}

func objectSizeof(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if instanceDict(args[0], false) != nil {
		return Int(48), nil
	}
	return Int(16), nil
}

func typeInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if n := len(args) - len(kw); n != 2 && n != 4 {
		return Value{}, Errorf(TypeError, "type.__init__() takes 1 or 3 arguments")
	}
	return None, nil
}

func typeCallMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return typeCall(th, args[0], args[1:], kw)
}

func typeReprMethod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewStr(typeRepr(selfType(args[0]))), nil
}

func typeSetattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__setattr__", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, th.typeSetAttr(args[0], selfType(args[0]), name, args[2])
}

func typeDelattr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	cls := selfType(args[0])
	if cls.Static {
		return Value{}, Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, cls.Name)
	}
	if !cls.Dict.DelStr(name) {
		return Value{}, th.attrError(args[0], name)
	}
	cls.Changed()
	return None, nil
}

func typeMro(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewList(append([]Value(nil), typesTuple(selfType(args[0]).MRO).o.(*Tuple).Items...)), nil
}

func typeSubclasses(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewList(th.directSubclasses(selfType(args[0]))), nil
}

func typeInstancecheck(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__instancecheck__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	return Bool(args[1].t.IsSubtype(selfType(args[0]))), nil
}

func typeSubclasscheck(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__subclasscheck__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	c := args[1].AsType()
	if c == nil {
		return Value{}, Errorf(TypeError, "issubclass() arg 1 must be a class")
	}
	return Bool(c.IsSubtype(selfType(args[0]))), nil
}

func mappingProxyStr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := th.StrOf(args[0].o.(*MappingProxy).D.Value())
	return NewStr(s), err
}

func mappingProxyRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := th.Repr(args[0].o.(*MappingProxy).D.Value())
	return NewStr("mappingproxy(" + s + ")"), err
}
