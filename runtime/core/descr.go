package core

import "strings"

// The Python-visible behaviour of the descriptor and callable objects
// defined in attr.go and builtin.go: bound methods, builtin functions and
// method descriptors, getset descriptors, property, staticmethod,
// classmethod and super.

// methodFuncs are Method's methods that read their own arguments.
var methodFuncs = []FuncDef{
	{"__repr__", methodRepr},
	{"__eq__", methodEq},
	{"__ne__", methodNe},
	{"__hash__", methodHash},
	{"__get__", methodGet},
}

var methodGetSets = []GetSetDef{
	{"__self__", methodSelf, nil},
	{"__func__", methodFunc, nil},
	{"__name__", methodName, nil},
	{"__qualname__", methodQualName, nil},
	{"__doc__", methodDoc, nil},
	{"__module__", methodModule, nil},
}

// builtinFuncs are Builtin's methods that read their own arguments.
var builtinFuncs = []FuncDef{
	{"__repr__", builtinRepr},
	{"__eq__", builtinEq},
	{"__hash__", builtinHash},
}

var builtinGetSets = []GetSetDef{
	{"__name__", builtinName, nil},
	{"__qualname__", builtinQualName, nil},
	{"__self__", builtinSelf, nil},
	{"__module__", builtinModule, nil},
}

// methodDescriptorFuncs are MethodDescriptor's methods that read their own arguments.
var methodDescriptorFuncs = []FuncDef{
	{"__repr__", methodDescriptorRepr},
	{"__get__", methodDescriptorGet},
}

var methodDescriptorGetSets = []GetSetDef{
	{"__name__", builtinName, nil},
	{"__qualname__", methodDescriptorQualName, nil},
	{"__objclass__", methodDescriptorObjclass, nil},
}

// getSetFuncs are GetSet's methods that read their own arguments.
var getSetFuncs = []FuncDef{
	{"__repr__", getSetRepr},
	{"__get__", getSetGet},
	{"__set__", getSetSet},
}

var getSetGetSets = []GetSetDef{
	{"__name__", getSetName, nil},
}

// propertyFuncs are Property's methods that read their own arguments.
var propertyFuncs = []FuncDef{
	{"__init__", propertyInit},
	{"__get__", propertyGet},
	{"__set__", propertySet},
	{"__delete__", propertyDelete},
	{"__set_name__", propertySetName},
	{"getter", propertyGetter},
	{"setter", propertySetter},
	{"deleter", propertyDeleter},
}

var propertyGetSets = []GetSetDef{
	{"fget", propertyFget, nil},
	{"fset", propertyFset, nil},
	{"fdel", propertyFdel, nil},
	{"__doc__", propertyDoc, propertySetDoc},
	{"__isabstractmethod__", propertyIsAbstract, nil},
}

// wrapperFuncs are the methods staticmethod and classmethod share.
var wrapperFuncs = []FuncDef{
	{"__init__", wrapperInit},
	{"__repr__", wrapperRepr},
	{"__get__", wrapperGet},
}

var staticMethodFuncs = []FuncDef{
	{"__call__", staticMethodCall},
}

var wrapperGetSets = []GetSetDef{
	{"__func__", wrapperFunc, nil},
	{"__isabstractmethod__", wrapperIsAbstract, nil},
}

// superFuncs are Super's methods that read their own arguments.
var superFuncs = []FuncDef{
	{"__init__", superInit},
	{"__repr__", superRepr},
}

var superGetSets = []GetSetDef{
	{"__thisclass__", superThisClass, nil},
	{"__self__", superSelf, nil},
	{"__self_class__", superSelfClass, nil},
}

// moduleFuncs are Module's methods that read their own arguments.
var moduleFuncs = []FuncDef{
	{"__repr__", moduleRepr},
	{"__dir__", moduleDir},
}

var moduleGetSets = []GetSetDef{
	{"__dict__", moduleDict, nil},
}

var ellipsisFuncs = []FuncDef{
	{"__repr__", ellipsisRepr},
}

var notImplementedFuncs = []FuncDef{
	{"__repr__", notImplementedRepr},
}

var noneFuncs = []FuncDef{
	{"__repr__", noneRepr},
	{"__bool__", noneBool},
}

func funcQualName(th *Thread, f Value) string {
	for _, n := range []string{"__qualname__", "__name__"} {
		if v, ok, _ := th.LookupAttr(f, n); ok {
			if s, ok := v.AsStr(); ok {
				return s
			}
		}
	}
	return "?"
}

func isAbstract(th *Thread, f Value) (bool, *Exception) {
	if f.t == nil || f.IsNone() {
		return false, nil
	}
	v, ok, err := th.LookupAttr(f, "__isabstractmethod__")
	if err != nil || !ok {
		return false, err
	}
	return th.Truth(v)
}

func newMethodLike(args []Value, kw []string, name string) (Value, *Exception) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeError, "%s expected 1 argument, got %d", name, len(args)-1)
	}
	return args[1], nil
}

// getSetSelf checks that a getset descriptor is applied to its owner type.
func getSetSelf(g *GetSet, obj Value) *Exception {
	if !obj.t.IsSubtype(g.Owner) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.Name, g.Owner.Name, obj.t.Name)
	}
	return nil
}

func init() {
	AddFuncs(MethodType, methodFuncs)
	AddGetSets(MethodType, methodGetSets)
	AddFuncs(BuiltinType, builtinFuncs)
	AddGetSets(BuiltinType, builtinGetSets)
	BuiltinType.AddAttr("__doc__", None)
	AddFuncs(MethodDescriptorType, methodDescriptorFuncs)
	AddGetSets(MethodDescriptorType, methodDescriptorGetSets)
	MethodDescriptorType.AddAttr("__doc__", None)
	AddFuncs(GetSetType, getSetFuncs)
	AddGetSets(GetSetType, getSetGetSets)
	PropertyType.AddStaticMethod("__new__", propertyNew)
	AddFuncs(PropertyType, propertyFuncs)
	AddGetSets(PropertyType, propertyGetSets)
	StaticMethodType.AddStaticMethod("__new__", staticMethodNew)
	ClassMethodType.AddStaticMethod("__new__", classMethodNew)
	for _, t := range []*Type{StaticMethodType, ClassMethodType} {
		AddFuncs(t, wrapperFuncs)
		AddGetSets(t, wrapperGetSets)
	}
	AddFuncs(StaticMethodType, staticMethodFuncs)
	SuperType.AddStaticMethod("__new__", superNew)
	AddFuncs(SuperType, superFuncs)
	AddGetSets(SuperType, superGetSets)
	AddFuncs(EllipsisType, ellipsisFuncs)
	AddFuncs(NotImplementedType, notImplementedFuncs)
	AddFuncs(NoneType, noneFuncs)
	NoneType.AddStaticMethod("__new__", noneNew)
	AddFuncs(ModuleType, moduleFuncs)
	AddGetSets(ModuleType, moduleGetSets)
	// Iterators over __getitem__ and callables.
	addIterMethods(SeqIterType)
	addIterMethods(CallIterType)
}

func methodGet(th *Thread, args []Value, kw []string) (Value, *Exception) { return args[0], nil }

func methodSelf(th *Thread, self Value) (Value, *Exception) { return self.o.(*Method).Self, nil }

func methodFunc(th *Thread, self Value) (Value, *Exception) { return self.o.(*Method).Func, nil }

// A bound method's __name__, __qualname__, __doc__ and __module__ are its
// function's.
func methodName(th *Thread, self Value) (Value, *Exception) {
	return th.GetAttr(self.o.(*Method).Func, "__name__")
}

func methodQualName(th *Thread, self Value) (Value, *Exception) {
	return th.GetAttr(self.o.(*Method).Func, "__qualname__")
}

func methodDoc(th *Thread, self Value) (Value, *Exception) {
	return th.GetAttr(self.o.(*Method).Func, "__doc__")
}

func methodModule(th *Thread, self Value) (Value, *Exception) {
	return th.GetAttr(self.o.(*Method).Func, "__module__")
}

// functionGet makes functions non-data descriptors: f.__get__(obj) is a
// bound method.
func functionGet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__get__", args[1:], kw, 1, 2); err != nil {
		return Value{}, err
	}
	if args[1].IsNone() && (len(args) < 3 || args[2].IsNone()) {
		return Value{}, Errorf(TypeError, "__get__(None, None) is invalid")
	}
	if args[1].IsNone() {
		return args[0], nil
	}
	return Value{t: MethodType, o: &Method{Func: args[0], Self: args[1]}}, nil
}

func builtinName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(self.o.(*Builtin).Name), nil
}

func builtinQualName(th *Thread, self Value) (Value, *Exception) {
	b := self.o.(*Builtin)
	if b.Owner != nil {
		return NewStr(b.Owner.Name + "." + b.Name), nil
	}
	return NewStr(b.Name), nil
}

func builtinSelf(th *Thread, self Value) (Value, *Exception) {
	if s := self.o.(*Builtin).Self; s.t != nil {
		return s, nil
	}
	return None, nil
}

func builtinModule(th *Thread, self Value) (Value, *Exception) {
	if self.o.(*Builtin).Self.t == nil {
		return NewStr("builtins"), nil
	}
	return None, nil
}

func methodDescriptorQualName(th *Thread, self Value) (Value, *Exception) {
	b := self.o.(*Builtin)
	return NewStr(b.Owner.Name + "." + b.Name), nil
}

func methodDescriptorObjclass(th *Thread, self Value) (Value, *Exception) {
	return self.o.(*Builtin).Owner.Value(), nil
}

func getSetName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(self.o.(*GetSet).Name), nil
}

func propertyNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cls := args[0].AsType()
	if cls == nil || !cls.IsSubtype(PropertyType) {
		return Value{}, Errorf(TypeError, "property.__new__(X): X is not a subtype of property")
	}
	pr := &Property{Get: None, Set: None, Del: None, Doc: None}
	if !cls.Static {
		pr.Dict = NewDict()
	}
	return Value{t: cls, o: pr}, nil
}

func propertyGetter(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.propertyWith("getter", 0, args, kw)
}

func propertySetter(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.propertyWith("setter", 1, args, kw)
}

func propertyDeleter(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.propertyWith("deleter", 2, args, kw)
}

// propertyWith is getter, setter and deleter: a copy of the property with
// one accessor (which: 0 get, 1 set, 2 delete) replaced, built through
// type(self) as CPython does.
func (th *Thread) propertyWith(name string, which int, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount(name, args[1:], kw, 1, 1); err != nil {
		return Value{}, err
	}
	pr := args[0].o.(*Property)
	acc := []Value{pr.Get, pr.Set, pr.Del}
	acc[which] = args[1]
	doc := pr.Doc
	if which == 0 {
		doc = None // re-derived from the new getter
	}
	r, err := th.Call(args[0].t.Value(), []Value{acc[0], acc[1], acc[2], doc}, nil)
	if err != nil {
		return Value{}, err
	}
	if np, ok := r.o.(*Property); ok {
		np.Name = pr.Name
	}
	return r, nil
}

func propertyFget(th *Thread, self Value) (Value, *Exception) { return self.o.(*Property).Get, nil }

func propertyFset(th *Thread, self Value) (Value, *Exception) { return self.o.(*Property).Set, nil }

func propertyFdel(th *Thread, self Value) (Value, *Exception) { return self.o.(*Property).Del, nil }

func propertyDoc(th *Thread, self Value) (Value, *Exception) { return self.o.(*Property).Doc, nil }

func propertySetDoc(th *Thread, self, v Value) *Exception {
	self.o.(*Property).Doc = v
	return nil
}

func propertyIsAbstract(th *Thread, self Value) (Value, *Exception) {
	pr := self.o.(*Property)
	for _, f := range []Value{pr.Get, pr.Set, pr.Del} {
		if a, err := isAbstract(th, f); err != nil || a {
			return Bool(a), err
		}
	}
	return False, nil
}

func staticMethodNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return wrapperNew(args, kw, StaticMethodType)
}

func classMethodNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return wrapperNew(args, kw, ClassMethodType)
}

// wrapperNew is staticmethod.__new__ and classmethod.__new__ (base is
// which of the two).
func wrapperNew(args []Value, kw []string, base *Type) (Value, *Exception) {
	cls := args[0].AsType()
	if cls == nil {
		return Value{}, Errorf(TypeError, "%s.__new__(X): X is not a type object", base.Name)
	}
	f, err := newMethodLike(args, kw, base.Name)
	if err != nil {
		return Value{}, err
	}
	if base == StaticMethodType {
		return Value{t: cls, o: &StaticMethod{Func: f, Dict: NewDict()}}, nil
	}
	return Value{t: cls, o: &ClassMethod{Func: f, Dict: NewDict()}}, nil
}

// wrapperInit copies the function's metadata onto the staticmethod or
// classmethod, as functools.wraps does (CPython 3.10+).
func wrapperInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	f := wrappedFunc(args[0])
	d := instanceDict(args[0], true)
	for _, n := range []string{"__module__", "__name__", "__qualname__", "__doc__"} {
		if v, ok, err := th.LookupAttr(f, n); err != nil {
			return Value{}, err
		} else if ok {
			d.SetStr(n, v)
		}
	}
	d.SetStr("__wrapped__", f)
	return None, nil
}

func wrapperFunc(th *Thread, self Value) (Value, *Exception) { return wrappedFunc(self), nil }

func wrapperIsAbstract(th *Thread, self Value) (Value, *Exception) {
	a, err := isAbstract(th, wrappedFunc(self))
	return Bool(a), err
}

func wrapperRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	name := ClassMethodType.Name
	if _, ok := args[0].o.(*StaticMethod); ok {
		name = StaticMethodType.Name
	}
	r, err := th.Repr(wrappedFunc(args[0]))
	return NewStr("<" + name + "(" + r + ")>"), err
}

func wrapperGet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	f := wrappedFunc(args[0])
	if _, ok := args[0].o.(*StaticMethod); ok {
		return f, nil
	}
	var typ *Type
	if len(args) > 2 && !args[2].IsNone() {
		typ = args[2].AsType()
	}
	if typ == nil && len(args) > 1 && !args[1].IsNone() {
		typ = args[1].t
	}
	if typ == nil {
		return Value{}, Errorf(TypeError, "__get__(None, None) is invalid")
	}
	return Value{t: MethodType, o: &Method{Func: f, Self: typ.Value()}}, nil
}

func staticMethodCall(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return th.Call(wrappedFunc(args[0]), args[1:], kw)
}

func superNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeError, "super() takes no keyword arguments")
	}
	switch len(args) - 1 {
	case 0:
		t, obj, err := zeroArgSuper(th)
		if err != nil {
			return Value{}, err
		}
		return NewSuper(t, obj)
	case 1, 2:
		t := args[1].AsType()
		if t == nil {
			return Value{}, Errorf(TypeError, "super() argument 1 must be a type, not %s", args[1].t.Name)
		}
		if len(args) == 2 {
			return NewSuper(t, Value{})
		}
		return NewSuper(t, args[2])
	}
	return Value{}, Errorf(TypeError, "super() takes at most 2 arguments (%d given)", len(args)-1)
}

func superInit(th *Thread, args []Value, kw []string) (Value, *Exception) { return None, nil }

func superThisClass(th *Thread, self Value) (Value, *Exception) {
	return self.o.(*Super).Type.Value(), nil
}

func superSelf(th *Thread, self Value) (Value, *Exception) {
	if o := self.o.(*Super).Obj; o.t != nil {
		return o, nil
	}
	return None, nil
}

func superSelfClass(th *Thread, self Value) (Value, *Exception) {
	if t := self.o.(*Super).ObjType; t != nil {
		return t.Value(), nil
	}
	return None, nil
}

func ellipsisRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewStr("Ellipsis"), nil
}

func notImplementedRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewStr("NotImplemented"), nil
}

func noneRepr(th *Thread, args []Value, kw []string) (Value, *Exception) { return NewStr("None"), nil }

func noneBool(th *Thread, args []Value, kw []string) (Value, *Exception) { return False, nil }

func noneNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) > 1 || len(kw) > 0 {
		return Value{}, Errorf(TypeError, "NoneType takes no arguments")
	}
	return None, nil
}

func moduleDict(th *Thread, self Value) (Value, *Exception) {
	return self.o.(*Module).Dict.Value(), nil
}

// isSlotWrapper reports whether CPython implements method name of owner
// as a slot wrapper: isSlotName, but for the dunders a few types define
// as methods of their own.
func isSlotWrapper(owner *Type, name string) bool {
	switch name {
	case "__getitem__":
		return owner != ListType && owner != DictType && isSlotName(name)
	case "__contains__":
		return owner != DictType && owner != SetType && owner != FrozenSetType && isSlotName(name)
	}
	return isSlotName(name)
}

// isSlotName reports whether CPython implements a dunder of a built-in
// type as a slot wrapper (its repr says so) rather than a method.
func isSlotName(name string) bool {
	if len(name) < 5 || !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
		return false
	}
	switch name {
	case "__init_subclass__", "__subclasshook__", "__dir__", "__format__", "__reduce__", "__reduce_ex__",
		"__sizeof__", "__getstate__", "__setstate__", "__class_getitem__", "__prepare__", "__subclasses__",
		"__instancecheck__", "__subclasscheck__", "__round__", "__trunc__", "__floor__", "__ceil__",
		"__reversed__", "__getnewargs__", "__copy__", "__deepcopy__", "__enter__", "__exit__",
		"__aenter__", "__aexit__", "__length_hint__", "__bytes__", "__complex__", "__fspath__", "__new__",
		"__set_name__", "__getformat__", "__alloc__":
		return false
	}
	return true
}

// wrappedFunc returns the function inside a staticmethod or classmethod.
func wrappedFunc(v Value) Value {
	switch o := v.o.(type) {
	case *StaticMethod:
		return o.Func
	case *ClassMethod:
		return o.Func
	}
	return None
}

func methodRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	bm := args[0].o.(*Method)
	r, err := th.Repr(bm.Self)
	return NewStr("<bound method " + funcQualName(th, bm.Func) + " of " + r + ">"), err
}

func methodEq(th *Thread, args []Value, kw []string) (Value, *Exception) {
	a := args[0].o.(*Method)
	b, ok := args[1].o.(*Method)
	if !ok || args[1].t != MethodType {
		return NotImplemented, nil
	}
	if !a.Self.Is(b.Self) {
		return False, nil
	}
	eq, err := th.Equal(a.Func, b.Func)
	return Bool(eq), err
}

func methodNe(th *Thread, args []Value, kw []string) (Value, *Exception) {
	r, err := th.Compare(Eq, args[0], args[1])
	if err != nil {
		return Value{}, err
	}
	t, err := th.Truth(r)
	return Bool(!t), err
}

func methodHash(th *Thread, args []Value, kw []string) (Value, *Exception) {
	bm := args[0].o.(*Method)
	h, err := th.Hash(bm.Func)
	return Int(h ^ ID(bm.Self)>>4), err
}

func builtinRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	b := args[0].o.(*Builtin)
	if b.Self.t == nil {
		return NewStr("<built-in function " + b.Name + ">"), nil
	}
	if _, ok := b.Self.o.(*Module); ok {
		return NewStr("<built-in function " + b.Name + ">"), nil
	}
	if b.Self.AsType() != nil {
		return NewStr("<built-in method " + b.Name + " of type object at " + hexID(b.Self) + ">"), nil
	}
	if isSlotName(b.Name) {
		return NewStr("<method-wrapper '" + b.Name + "' of " + b.Self.t.Name + " object at " + hexID(b.Self) + ">"), nil
	}
	return NewStr("<built-in method " + b.Name + " of " + b.Self.t.Name + " object at " + hexID(b.Self) + ">"), nil
}

func builtinEq(th *Thread, args []Value, kw []string) (Value, *Exception) {
	a := args[0].o.(*Builtin)
	b, ok := args[1].o.(*Builtin)
	if !ok {
		return NotImplemented, nil
	}
	if a == b {
		return True, nil
	}
	return Bool(a.Self.t != nil && a.Self.Is(b.Self) && a.Name == b.Name && a.Owner == b.Owner), nil
}

func builtinHash(th *Thread, args []Value, kw []string) (Value, *Exception) {
	b := args[0].o.(*Builtin)
	if b.Self.t == nil {
		return Int(ID(args[0]) >> 4), nil
	}
	return Int(ID(b.Self)>>4 ^ HashString(b.Name)), nil
}

func methodDescriptorRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	b := args[0].o.(*Builtin)
	if isSlotWrapper(b.Owner, b.Name) {
		return NewStr("<slot wrapper '" + b.Name + "' of '" + b.Owner.Name + "' objects>"), nil
	}
	return NewStr("<method '" + b.Name + "' of '" + b.Owner.Name + "' objects>"), nil
}

func methodDescriptorGet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) < 2 || args[1].IsNone() {
		return args[0], nil
	}
	return th.bindDescr(args[0], args[1], args[1].t)
}

func getSetRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	g := args[0].o.(*GetSet)
	return NewStr("<attribute '" + g.Name + "' of '" + g.Owner.Name + "' objects>"), nil
}

func getSetGet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) < 2 || args[1].IsNone() {
		return args[0], nil
	}
	g := args[0].o.(*GetSet)
	if err := getSetSelf(g, args[1]); err != nil {
		return Value{}, err
	}
	return g.Get(th, args[1])
}

func getSetSet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__set__", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	if err := getSetSelf(args[0].o.(*GetSet), args[1]); err != nil {
		return Value{}, err
	}
	return None, th.descrSet(args[0], args[1], args[2], args[0].o.(*GetSet).Name)
}

func propertyInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	pr := args[0].o.(*Property)
	fget, fset, fdel, doc := None, None, None, None
	if err := th.UnpackArgs("property", args[1:], kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
		return Value{}, err
	}
	pr.Get, pr.Set, pr.Del, pr.Doc = fget, fset, fdel, doc
	if doc.IsNone() && !fget.IsNone() {
		if d, ok, err := th.LookupAttr(fget, "__doc__"); err != nil {
			return Value{}, err
		} else if ok {
			pr.Doc = d
		}
	}
	return None, nil
}

func propertyGet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) < 2 || args[1].IsNone() {
		return args[0], nil
	}
	pr := args[0].o.(*Property)
	if pr.Get.IsNone() {
		return Value{}, Errorf(AttributeError, "property %sof '%s' object has no getter", pr.nameRepr(th), args[1].t.Name)
	}
	return th.Call(pr.Get, []Value{args[1]}, nil)
}

func propertySet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__set__", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	pr := Value{t: PropertyType, o: args[0].o}
	return None, th.descrSet(pr, args[1], args[2], "")
}

func propertyDelete(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__delete__", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	pr := Value{t: PropertyType, o: args[0].o}
	return None, th.descrDelete(pr, args[1], "")
}

func propertySetName(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__set_name__", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	args[0].o.(*Property).Name = args[2]
	return None, nil
}

func superRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	su := args[0].o.(*Super)
	if su.ObjType != nil {
		return NewStr("<super: <class '" + su.Type.Name + "'>, <" + su.ObjType.Name + " object>>"), nil
	}
	return NewStr("<super: <class '" + su.Type.Name + "'>, NULL>"), nil
}

func moduleRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	m := args[0].o.(*Module)
	if m.Name == "builtins" || m.Name == "sys" {
		return NewStr("<module '" + m.Name + "' (built-in)>"), nil
	}
	return NewStr("<module '" + m.Name + "'>"), nil
}

func moduleDir(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewList(args[0].o.(*Module).Dict.Keys()), nil
}
