package core

import "unsafe"

// Attribute access: the generic algorithm of object.__getattribute__ /
// __setattr__ / __delattr__ (data descriptors, instance dict, non-data
// descriptors), type and module attribute access, and the descriptor
// objects (bound methods, getset descriptors, property, staticmethod,
// classmethod, super).

// DictHolder is implemented by heap objects with an instance __dict__
// other than the core ones (e.g. the VM's functions).
type DictHolder interface {
	InstanceDict() *Dict
}

// instanceDict returns v's __dict__, or nil when it has none. create asks
// for exceptions' lazily created dicts.
func instanceDict(v Value, create bool) *Dict {
	if dictOf := v.t.DictOf; dictOf != nil {
		return dictOf(v)
	}
	switch o := v.o.(type) {
	case *Instance:
		return o.Dict
	case *Exception:
		if create {
			return o.GetDict()
		}
		if o.Dict == nil {
			return emptyDict
		}
		return o.Dict
	case *Module:
		return o.Dict
	case *Str, *List, *Dict, *Tuple:
		// No __dict__; listed so the common types skip the interface
		// check below (an itab lookup, slow under WebAssembly).
		return nil
	case DictHolder:
		return o.InstanceDict()
	}
	return nil
}

// emptyDict stands for an exception's not-yet-created dict on reads; it
// is never written.
var emptyDict = NewDict()

// isDataDescr reports whether a class attribute is a data descriptor (its
// type defines __set__ or __delete__), which takes precedence over the
// instance dict.
func isDataDescr(d Value) bool {
	switch d.t {
	case GetSetType, PropertyType, memberType:
		return true
	}
	if d.t.Static {
		return false
	}
	if _, ok := d.t.Lookup("__set__"); ok {
		return true
	}
	_, ok := d.t.Lookup("__delete__")
	return ok
}

// overridesDict reports whether a class attribute is read before the
// instance dict: a data descriptor with __get__. One with only __set__ or
// __delete__ gives way to the instance dict, and is itself the value when
// the dict has no entry (CPython's PyObject_GenericGetAttr).
func overridesDict(d Value) bool {
	switch d.t {
	case GetSetType, PropertyType, memberType:
		return true
	}
	if d.t.Static {
		return false
	}
	if _, ok := d.t.Lookup("__get__"); !ok {
		return false
	}
	return isDataDescr(d)
}

// bindDescr is descr.__get__(obj, typ) for a class attribute found on typ;
// obj is the zero Value when the attribute is accessed on the class.
func (th *Thread) bindDescr(descr, obj Value, typ *Type) (Value, *Exception) {
	switch descr.t {
	case FunctionType:
		if obj.t == nil {
			return descr, nil
		}
		return Value{t: MethodType, o: &Method{Func: descr, Self: obj}}, nil
	case MethodDescriptorType:
		if obj.t == nil {
			return descr, nil
		}
		b := descr.o.(*Builtin)
		return Value{t: BuiltinType, o: &Builtin{Name: b.Name, Fn: b.Fn, Self: obj, Owner: b.Owner}}, nil
	case StaticMethodType:
		return descr.o.(*StaticMethod).Func, nil
	case ClassMethodType:
		if typ == nil {
			typ = obj.t
		}
		f := descr.o.(*ClassMethod).Func
		if f.t == BuiltinType {
			// A Go class method binds like a built-in method of the type.
			b := f.o.(*Builtin)
			return Value{t: BuiltinType, o: &Builtin{Name: b.Name, Fn: b.Fn, Self: typ.Value(), Owner: b.Owner}}, nil
		}
		return Value{t: MethodType, o: &Method{Func: f, Self: typ.Value()}}, nil
	case GetSetType:
		if obj.t == nil {
			return descr, nil
		}
		return descr.o.(*GetSet).Get(th, obj)
	case PropertyType:
		if obj.t == nil {
			return descr, nil
		}
		p := descr.o.(*Property)
		if p.Get.t == nil || p.Get.IsNone() {
			return Value{}, Errorf(AttributeError, "property %sof '%s' object has no getter", p.nameRepr(th), obj.t.Name)
		}
		return th.Call(p.Get, []Value{obj}, nil)
	case BuiltinType, IntType, StrType, FloatType, NoneType, BoolType, ListType, TupleType, DictType:
		return descr, nil
	}
	get, ok := descr.t.Lookup("__get__")
	if !ok || get.IsNone() {
		return descr, nil
	}
	o := obj
	if o.t == nil {
		o = None
	}
	var tv Value = None
	if typ != nil {
		tv = typ.Value()
	}
	return th.callDescr(get, descr, []Value{o, tv}, nil)
}

// GetAttr returns v.name.
func (th *Thread) GetAttr(v Value, name string) (Value, *Exception) {
	t := v.t
	hooks := t.attrHooks()
	if hooks.getattribute {
		ga, _ := t.Lookup("__getattribute__")
		r, err := th.callDescr(ga, v, []Value{NewStr(name)}, nil)
		if err != nil && hooks.getattr && err.Type.IsSubtype(AttributeError) {
			gd, _ := t.Lookup("__getattr__")
			return th.callDescr(gd, v, []Value{NewStr(name)}, nil)
		}
		return r, err
	}
	r, found, err := th.getAttrNoHook(v, name)
	if found || err != nil {
		if err != nil && hooks.getattr && err.Type.IsSubtype(AttributeError) {
			gd, _ := t.Lookup("__getattr__")
			return th.callDescr(gd, v, []Value{NewStr(name)}, nil)
		}
		return r, err
	}
	if hooks.getattr {
		gd, _ := t.Lookup("__getattr__")
		return th.callDescr(gd, v, []Value{NewStr(name)}, nil)
	}
	if m, ok := v.o.(*Module); ok {
		if gd, ok := m.Dict.GetStr("__getattr__"); ok {
			return th.Call(gd, []Value{NewStr(name)}, nil)
		}
	}
	return Value{}, th.attrError(v, name)
}

// LookupAttr is GetAttr that reports a missing attribute as found=false
// instead of an AttributeError (hasattr, getattr with a default).
func (th *Thread) LookupAttr(v Value, name string) (Value, bool, *Exception) {
	r, err := th.GetAttr(v, name)
	if err != nil {
		if err.Type.IsSubtype(AttributeError) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return r, true, nil
}

// getAttrNoHook is object.__getattribute__ (or type's, module's, super's).
func (th *Thread) getAttrNoHook(v Value, name string) (Value, bool, *Exception) {
	switch o := v.o.(type) {
	case *Type:
		return th.typeGetAttr(v, o, name)
	case *Super:
		if v.t == SuperType || !v.t.IsSubtype(SuperType) {
			return th.superGetAttr(v, o, name)
		}
	case *Method:
		// A bound method shows its function's attributes.
		r, found, err := th.genericGetAttr(v, name)
		if found || err != nil {
			return r, found, err
		}
		return th.LookupAttr(o.Func, name)
	}
	return th.genericGetAttr(v, name)
}

// genericGetAttr is object.__getattribute__ without __getattr__.
func (th *Thread) genericGetAttr(v Value, name string) (Value, bool, *Exception) {
	t := v.t
	descr, ok := th.lookup(t, name)
	if ok && overridesDict(descr) {
		r, err := th.bindDescr(descr, v, t)
		return r, true, err
	}
	if d := instanceDict(v, false); d != nil {
		if x, ok := d.GetStr(name); ok {
			return x, true, nil
		}
		if name == "__dict__" && !t.slotsOnly {
			return instanceDict(v, true).Value(), true, nil
		}
	}
	if ok {
		r, err := th.bindDescr(descr, v, t)
		return r, true, err
	}
	return Value{}, false, nil
}

// typeGetAttr is type.__getattribute__: metaclass data descriptors, then
// the class's MRO, then the metaclass's other attributes.
func (th *Thread) typeGetAttr(v Value, cls *Type, name string) (Value, bool, *Exception) {
	meta := v.t
	mdescr, mok := meta.Lookup(name)
	if mok && overridesDict(mdescr) {
		r, err := th.bindDescr(mdescr, v, meta)
		return r, true, err
	}
	if attr, ok := cls.Lookup(name); ok {
		r, err := th.bindDescr(attr, Value{}, cls)
		return r, true, err
	}
	if mok {
		r, err := th.bindDescr(mdescr, v, meta)
		return r, true, err
	}
	return Value{}, false, nil
}

// attrError is the AttributeError for a missing attribute, worded as
// CPython words it; name and obj are set for "Did you mean" suggestions.
func (th *Thread) attrError(v Value, name string) *Exception {
	var e *Exception
	switch o := v.o.(type) {
	case *Type:
		e = Errorf(AttributeError, "type object '%s' has no attribute '%s'", o.Name, name)
	case *Module:
		e = Errorf(AttributeError, "module '%s' has no attribute '%s'", o.Name, name)
	default:
		e = Errorf(AttributeError, "'%s' object has no attribute '%s'", v.t.Name, name)
	}
	d := e.GetDict()
	d.SetStr("name", NewStr(name))
	d.SetStr("obj", v)
	return e
}

// SetAttr does v.name = x.
func (th *Thread) SetAttr(v Value, name string, x Value) *Exception {
	t := v.t
	if t.attrHooks().setattr {
		sa, _ := t.Lookup("__setattr__")
		_, err := th.callDescr(sa, v, []Value{NewStr(name), x}, nil)
		return err
	}
	if cls, ok := v.o.(*Type); ok {
		return th.typeSetAttr(v, cls, name, x)
	}
	return th.genericSetAttr(v, name, x)
}

// genericSetAttr is object.__setattr__.
func (th *Thread) genericSetAttr(v Value, name string, x Value) *Exception {
	t := v.t
	descr, ok := t.Lookup(name)
	if ok && isDataDescr(descr) {
		return th.descrSet(descr, v, x, name)
	}
	d := instanceDict(v, true)
	if d == nil || t.slotsOnly {
		if ok {
			return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", t.Name, name)
		}
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", t.Name, name)
	}
	d.SetStr(name, x)
	if _, ok := v.o.(*Instance); ok {
		noteInstanceSize(t, d.live)
	}
	return nil
}

// descrSet calls a data descriptor's __set__.
func (th *Thread) descrSet(descr, obj, x Value, name string) *Exception {
	switch d := descr.o.(type) {
	case *GetSet:
		if d.Set == nil {
			return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.tpName())
		}
		return d.Set(th, obj, x)
	case *Property:
		if d.Set.t == nil || d.Set.IsNone() {
			return Errorf(AttributeError, "property %sof '%s' object has no setter", d.nameRepr(th), obj.t.Name)
		}
		_, err := th.Call(d.Set, []Value{obj, x}, nil)
		return err
	}
	set, ok := descr.t.Lookup("__set__")
	if !ok {
		return Errorf(AttributeError, "__set__")
	}
	_, err := th.callDescr(set, descr, []Value{obj, x}, nil)
	return err
}

// descrDelete calls a data descriptor's __delete__.
func (th *Thread) descrDelete(descr, obj Value, name string) *Exception {
	switch d := descr.o.(type) {
	case *GetSet:
		return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.tpName())
	case *Property:
		if d.Del.t == nil || d.Del.IsNone() {
			return Errorf(AttributeError, "property %sof '%s' object has no deleter", d.nameRepr(th), obj.t.Name)
		}
		_, err := th.Call(d.Del, []Value{obj}, nil)
		return err
	}
	del, ok := descr.t.Lookup("__delete__")
	if !ok {
		return Errorf(AttributeError, "__delete__")
	}
	_, err := th.callDescr(del, descr, []Value{obj}, nil)
	return err
}

// typeSetAttr is type.__setattr__.
func (th *Thread) typeSetAttr(v Value, cls *Type, name string, x Value) *Exception {
	if cls.Static {
		return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, cls.Name)
	}
	if mdescr, ok := v.t.Lookup(name); ok && isDataDescr(mdescr) {
		return th.descrSet(mdescr, v, x, name)
	}
	cls.Dict.SetStr(name, x)
	cls.Changed()
	return nil
}

// DelAttr does del v.name.
func (th *Thread) DelAttr(v Value, name string) *Exception {
	t := v.t
	if t.attrHooks().delattr {
		da, _ := t.Lookup("__delattr__")
		_, err := th.callDescr(da, v, []Value{NewStr(name)}, nil)
		return err
	}
	if cls, ok := v.o.(*Type); ok {
		if cls.Static {
			return Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, cls.Name)
		}
		if mdescr, ok := v.t.Lookup(name); ok && isDataDescr(mdescr) {
			return th.descrDelete(mdescr, v, name)
		}
		if !cls.Dict.DelStr(name) {
			return th.attrError(v, name)
		}
		cls.Changed()
		return nil
	}
	return th.genericDelAttr(v, name)
}

// genericDelAttr is object.__delattr__.
func (th *Thread) genericDelAttr(v Value, name string) *Exception {
	descr, ok := v.t.Lookup(name)
	if ok && isDataDescr(descr) {
		return th.descrDelete(descr, v, name)
	}
	d := instanceDict(v, false)
	if d == nil {
		if ok {
			return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", v.t.Name, name)
		}
		return th.attrError(v, name)
	}
	if d == emptyDict || !d.DelStr(name) {
		return th.attrError(v, name)
	}
	return nil
}

// Method is a bound method: a function (or any callable) with its first
// argument fixed.
type Method struct {
	Func Value
	Self Value
}

func callMethodObj(th *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
	m := fn.o.(*Method)
	full := make([]Value, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	return th.Call(m.Func, full, kw)
}

// GetSet is an attribute of a built-in type implemented by Go accessors (a
// data descriptor; Set is nil for read-only attributes).
type GetSet struct {
	Name  string
	Owner *Type
	Get   func(th *Thread, self Value) (Value, *Exception)
	Set   func(th *Thread, self, v Value) *Exception
}

// StaticMethod is staticmethod(f).
type StaticMethod struct {
	Func Value
	Dict *Dict
}

// ClassMethod is classmethod(f).
type ClassMethod struct {
	Func Value
	Dict *Dict
}

// InstanceDict gives staticmethod objects a __dict__ (functools.wraps
// copies attributes onto them).
func (s *StaticMethod) InstanceDict() *Dict { return s.Dict }

// InstanceDict gives classmethod objects a __dict__.
func (c *ClassMethod) InstanceDict() *Dict { return c.Dict }

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Get, Set, Del, Doc Value
	Name               Value // set by __set_name__, for error messages
	Dict               *Dict // for instances of property subclasses
}

// InstanceDict gives instances of property subclasses a __dict__.
func (p *Property) InstanceDict() *Dict { return p.Dict }

// nameRepr is the property's name as its error messages show it,
// followed by a space ("'x' "), or "" for a property without a name.
func (p *Property) nameRepr(th *Thread) string {
	if p.Name.t != nil {
		if s, ok := p.Name.AsStr(); ok {
			return "'" + s + "' "
		}
	}
	if p.Get.t != nil && !p.Get.IsNone() {
		if n, ok, _ := th.LookupAttr(p.Get, "__name__"); ok {
			if s, ok := n.AsStr(); ok {
				return "'" + s + "' "
			}
		}
	}
	return ""
}

// Super is super(type, obj): attribute lookup that starts after Type in
// the MRO of ObjType.
type Super struct {
	Type    *Type
	Obj     Value // the zero Value for an unbound super
	ObjType *Type
}

// NewSuper builds super(typ, obj), checking obj as CPython does.
func NewSuper(typ *Type, obj Value) (Value, *Exception) {
	s := &Super{Type: typ, Obj: obj}
	if obj.t != nil && !obj.IsNone() {
		if c := obj.AsType(); c != nil && c.IsSubtype(typ) {
			s.ObjType = c
		} else if obj.t.IsSubtype(typ) {
			s.ObjType = obj.t
		} else {
			return Value{}, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
		}
	} else {
		s.Obj = Value{}
	}
	return Value{t: SuperType, o: s}, nil
}

// superGetAttr looks name up in the MRO of the object's type after the
// super's type, binding what it finds to the object.
func (th *Thread) superGetAttr(v Value, s *Super, name string) (Value, bool, *Exception) {
	if s.ObjType != nil && name != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.Type {
			i++
		}
		for i++; i < len(mro); i++ {
			if x, ok := mro[i].Dict.GetStr(name); ok {
				obj := s.Obj
				if c := obj.AsType(); c != nil && c == s.ObjType {
					obj = Value{} // super(A, cls): bind to the class, not as an instance
				}
				r, err := th.bindDescr(x, obj, s.ObjType)
				return r, true, err
			}
		}
	}
	r, found, err := th.genericGetAttr(v, name)
	if !found && err == nil {
		return Value{}, false, Errorf(AttributeError, "'super' object has no attribute '%s'", name)
	}
	return r, found, err
}

func init() {
	MethodType.Call = callMethodObj
}

// staticLookup is one slot of a Thread's cache of attribute lookups on
// built-in types (whose flattened namespaces are shared by all runs, so the
// cache lives in the run's Thread).
type staticLookup struct {
	t *Type
	p *byte
	n int
	v Value // zero Value: not found
}

// lookup is t.Lookup(name) through the run's caches: for built-in types a
// direct-mapped cache keyed by the type and the name string's address
// avoids hashing the name (see Type.Lookup for why addresses are safe keys).
func (th *Thread) lookup(t *Type, name string) (Value, bool) {
	if !t.Static {
		return t.Lookup(name)
	}
	if th.lookups == nil {
		th.lookups = new([256]staticLookup)
	}
	p := unsafe.StringData(name)
	h := (uintptr(unsafe.Pointer(t))>>4 ^ uintptr(unsafe.Pointer(p))>>3 ^ uintptr(len(name))) % uintptr(len(th.lookups))
	e := &th.lookups[h]
	if e.t == t && e.p == p && e.n == len(name) && p != nil {
		return e.v, e.v.t != nil
	}
	v, ok := t.Lookup(name)
	*e = staticLookup{t: t, p: p, n: len(name), v: v}
	return v, ok
}

// GetMethod looks up v.name for an immediate call (the VM's LOAD_METHOD).
// When the attribute is a function or built-in method found on the type and
// not shadowed by the instance dict, it returns it unbound with
// method=true: call it with v prepended to the arguments, which saves
// allocating a bound method. Otherwise it returns the attribute's value
// (method=false).
func (th *Thread) GetMethod(v Value, name string) (fn Value, method bool, err *Exception) {
	t := v.t
	switch v.o.(type) {
	case *Type, *Super, *Method:
		// Their attribute lookup is not the generic one.
	default:
		if !t.attrHooks().getattribute {
			if descr, ok := th.lookup(t, name); ok && (descr.t == FunctionType || descr.t == MethodDescriptorType) {
				d := instanceDict(v, false)
				if d == nil || d.Len() == 0 {
					return descr, true, nil
				}
				if _, shadowed := d.GetStr(name); !shadowed {
					return descr, true, nil
				}
			}
		}
	}
	r, err := th.GetAttr(v, name)
	return r, false, err
}
