package core

import (
	"strings"

	"github.com/asynchrony/asynchrony/runtime/syntax"
)

// __slots__: each name becomes a member descriptor on the class, and a
// class whose instances get no __dict__ refuses other instance attributes.
// Slot values live in the instance's internal dict under their names (the
// descriptors take precedence over it, being data descriptors), so the
// object layout stays the one of every class. (So where instances do have
// a __dict__, '__dict__' among the slots or a subclass without __slots__,
// it shows the slot values too, unlike CPython's.)

// member is CPython's member_descriptor for one slot.
type member struct {
	name  string
	owner *Type
}

var memberType = &Type{Name: "member_descriptor"}

var memberMethods = []MethodDef[*member]{
	{"__get__", 1, 2, memberGet},
	{"__set__", 2, 2, memberSet},
	{"__delete__", 1, 1, memberDelete},
	{"__repr__", 0, 0, memberRepr},
}

var memberGetSets = []GetSetDef{
	{"__name__", memberName, nil},
	{"__objclass__", memberObjclass, nil},
}

func init() {
	AddMethods(memberType, ObjectOf[*member], memberMethods)
	AddGetSets(memberType, memberGetSets)
}

// memberGet is the slot's value in obj (the instance, args[0]).
func memberGet(th *Thread, self Value, m *member, args []Value) (Value, *Exception) {
	obj := args[0]
	if obj.IsNone() {
		return self, nil
	}
	if d := instanceDict(obj, false); d != nil {
		if v, ok := d.GetStr(m.name); ok {
			return v, nil
		}
	}
	return Value{}, Errorf(AttributeError, "'%s' object has no attribute '%s'", obj.t.Name, m.name)
}

func memberSet(th *Thread, self Value, m *member, args []Value) (Value, *Exception) {
	obj := args[0]
	d := instanceDict(obj, true)
	if d == nil {
		return Value{}, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name, obj.t.Name)
	}
	d.SetStr(m.name, args[1])
	return None, nil
}

func memberDelete(th *Thread, self Value, m *member, args []Value) (Value, *Exception) {
	if d := instanceDict(args[0], false); d == nil || d == emptyDict || !d.DelStr(m.name) {
		return Value{}, NewException(AttributeError, NewStr(m.name)) // CPython's message is the name alone
	}
	return None, nil
}

func memberRepr(th *Thread, self Value, m *member, args []Value) (Value, *Exception) {
	return NewStr("<member '" + m.name + "' of '" + m.owner.Name + "' objects>"), nil
}

func memberName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(self.o.(*member).name), nil
}

func memberObjclass(th *Thread, self Value) (Value, *Exception) {
	return self.o.(*member).owner.Value(), nil
}

// setupSlots adds t's member descriptors for its __slots__ (sv) and, when
// its instances have no __dict__, the __setattr__ that refuses other
// names. It reports whether "__dict__" was among the slots.
func (th *Thread) setupSlots(t *Type, sv Value) (wantsDict bool, err *Exception) {
	var names []Value
	if _, ok := sv.AsStr(); ok {
		names = []Value{sv}
	} else if names, err = th.collect(sv); err != nil {
		return false, err
	}
	for _, nv := range names {
		name, ok := Unwrap(nv).AsStr()
		if !ok {
			return false, Errorf(TypeError, "__slots__ items must be strings, not '%s'", nv.t.Name)
		}
		if !syntax.IsIdentifier(name) {
			return false, Errorf(TypeError, "__slots__ must be identifiers")
		}
		switch name {
		case "__dict__":
			wantsDict = true
			continue
		case "__weakref__":
			continue
		}
		name = mangleSlot(t.Name, name)
		if _, clash := t.Dict.GetStr(name); clash {
			return false, Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", name)
		}
		t.Dict.SetStr(name, Value{t: memberType, o: &member{name: name, owner: t}})
	}
	return wantsDict, nil
}

// slottedSetAttr is the __setattr__ of a class whose instances have no
// __dict__. It is object.__setattr__ (which refuses names other than its
// data descriptors for such a class, see genericSetAttr), present so that
// attribute stores take the generic path rather than the VM's caches.
func slottedSetAttr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__setattr__", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, th.genericSetAttr(args[0], name, args[2])
}

// mangleSlot applies private-name mangling to a slot name of class cls.
func mangleSlot(cls, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") {
		return name
	}
	p := strings.TrimLeft(cls, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}
