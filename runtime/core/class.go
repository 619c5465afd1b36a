package core

import "strings"

// Class creation: C3 linearization, type.__new__ (NewClass), __build_class__,
// metaclass selection, __set_name__ and __init_subclass__.

// c3MRO computes the C3 linearization of a class with the given bases; the
// second result is CPython's error message when there is none.
func c3MRO(t *Type, bases []*Type) ([]*Type, string) {
	for i, b := range bases {
		for _, c := range bases[:i] {
			if b == c {
				return nil, "duplicate base class " + b.Name
			}
		}
	}
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	mro := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return mro, ""
		}
		var next *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			cand := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == cand {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				next = cand
				break
			}
		}
		if next == nil {
			// CPython names the bases whose heads could not be placed.
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs[:len(seqs)-1] {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, "Cannot create a consistent method resolution\norder (MRO) for bases " + strings.Join(names, ", ")
		}
		mro = append(mro, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// calculateMeta picks the most derived metaclass among meta and the bases'
// metaclasses (CPython's _PyType_CalculateMetaclass).
func calculateMeta(meta *Type, bases []*Type) (*Type, *Exception) {
	winner := meta
	for _, b := range bases {
		bm := b.Meta
		switch {
		case winner.IsSubtype(bm):
		case bm.IsSubtype(winner):
			winner = bm
		default:
			return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// NewClass is type.__new__(meta, name, bases, ns, **kw): it creates the
// class, then calls __set_name__ on the namespace's descriptors and the
// parent's __init_subclass__ with kw.
func (th *Thread) NewClass(meta *Type, name string, bases []*Type, ns *Dict, kwNames []string, kwVals []Value) (*Type, *Exception) {
	for _, b := range bases {
		if b.Final {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", b.tpName())
		}
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	w, err := calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	meta = w
	// The instance layout comes from the most derived built-in base.
	layout := ObjectType
	for _, b := range bases {
		bl := b.Base
		switch {
		case layout.IsSubtype(bl):
		case bl.IsSubtype(layout):
			layout = bl
		default:
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	t := &Type{Name: name, QualName: name, Module: "__main__", Bases: bases, Meta: meta, Base: layout, Dict: ns.Copy()}
	mro, msg := c3MRO(t, bases)
	if msg != "" {
		return nil, Errorf(TypeError, "%s", msg)
	}
	t.MRO = mro
	if q, ok := t.Dict.GetStr("__qualname__"); ok {
		s, isStr := q.AsStr()
		if !isStr {
			return nil, Errorf(TypeError, "type __qualname__ must be a str, not %s", q.t.Name)
		}
		t.QualName = s
		t.Dict.DelStr("__qualname__")
	}
	if m, ok := t.Dict.GetStr("__module__"); ok {
		if s, isStr := m.AsStr(); isStr {
			t.Module = s
		}
	} else {
		t.Dict.SetStr("__module__", NewStr(t.Module))
	}
	// Like CPython, the first class of a hierarchy to give its instances
	// a __dict__ (and weak references) holds the descriptors for them.
	sv, slots := t.Dict.GetStr("__slots__")
	wantsDict := false
	if slots && layout != TypeType {
		var err *Exception
		if wantsDict, err = th.setupSlots(t, sv); err != nil {
			return nil, err
		}
	}
	if !slots || wantsDict {
		hasDict, hasWeak := false, layout == TypeType
		for _, b := range bases {
			_, d := b.Lookup("__dict__")
			_, w := b.Lookup("__weakref__")
			hasDict, hasWeak = hasDict || d, hasWeak || w
		}
		if !hasDict {
			t.Dict.SetStr("__dict__", Value{t: GetSetType, o: instanceDictGetSet(t)})
		}
		if !hasWeak && !wantsDict {
			t.Dict.SetStr("__weakref__", Value{t: GetSetType, o: &GetSet{Name: "__weakref__", Owner: t,
				Get: func(th *Thread, self Value) (Value, *Exception) { return None, nil }}})
		}
	} else if layout != TypeType {
		// No __dict__ unless a base gives one: only slots can be set.
		hasDict := false
		for _, b := range bases {
			_, d := b.Lookup("__dict__")
			hasDict = hasDict || d
		}
		t.slotsOnly = !hasDict
		if _, own := t.Dict.GetStr("__setattr__"); !own && t.slotsOnly {
			t.AddMethod("__setattr__", slottedSetAttr)
		}
	}
	if _, ok := t.Dict.GetStr("__doc__"); !ok {
		t.Dict.SetStr("__doc__", None)
	}
	if _, ok := t.Dict.GetStr("__eq__"); ok {
		if _, ok := t.Dict.GetStr("__hash__"); !ok {
			t.Dict.SetStr("__hash__", None)
		}
	}
	// __new__ is implicitly a static method; __init_subclass__ and
	// __class_getitem__ implicitly class methods.
	if f, ok := t.Dict.GetStr("__new__"); ok && f.t == FunctionType {
		t.Dict.SetStr("__new__", Value{t: StaticMethodType, o: &StaticMethod{Func: f, Dict: NewDict()}})
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := t.Dict.GetStr(n); ok && f.t == FunctionType {
			t.Dict.SetStr(n, Value{t: ClassMethodType, o: &ClassMethod{Func: f, Dict: NewDict()}})
		}
	}
	for _, b := range bases {
		if !b.Static {
			b.subclasses = append(b.subclasses, t)
		} else {
			// Static types are shared by concurrent runs: their classes
			// made by this run are listed in the run's own table.
			subs := th.runSubclasses()
			subs[b] = append(subs[b], t)
		}
	}
	tv := t.Value()
	for _, it := range t.Dict.Items() {
		if sn, ok := it.Value.t.Lookup("__set_name__"); ok && !sn.IsNone() {
			if _, err := th.callDescr(sn, it.Value, []Value{tv, it.Key}, nil); err != nil {
				// 3.11 wraps the error in a RuntimeError naming the attribute.
				k, _ := th.Repr(it.Key)
				wrapped := Errorf(RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'", it.Value.t.Name, k, name)
				wrapped.Cause, wrapped.Context, wrapped.SuppressContext = err, err, true
				return nil, wrapped
			}
		}
	}
	// super(t, t).__init_subclass__(**kw)
	sup, _ := NewSuper(t, tv)
	isc, err := th.GetAttr(sup, "__init_subclass__")
	if err != nil {
		return nil, err
	}
	if _, err := th.Call(isc, kwVals, kwNames); err != nil {
		return nil, err
	}
	return t, nil
}

// instanceDictGetSet is the __dict__ descriptor of a class's instances.
func instanceDictGetSet(owner *Type) *GetSet {
	return &GetSet{Name: "__dict__", Owner: owner,
		Get: func(th *Thread, self Value) (Value, *Exception) {
			if d := instanceDict(self, true); d != nil {
				return d.Value(), nil
			}
			return Value{}, th.attrError(self, "__dict__")
		},
		Set: func(th *Thread, self, v Value) *Exception {
			d, ok := v.o.(*Dict)
			if !ok || !v.t.IsSubtype(DictType) {
				return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", v.t.Name)
			}
			switch o := self.o.(type) {
			case *Instance:
				o.Dict = d
			case *Exception:
				o.Dict = d
			default:
				return Errorf(AttributeError, "attribute '__dict__' of '%s' objects is not writable", self.t.Name)
			}
			return nil
		}}
}

// BuildClass is builtins.__build_class__(func, name, *bases, metaclass=None, **kw).
func BuildClass(th *Thread, args []Value, kw []string) (Value, *Exception) {
	npos := len(args) - len(kw)
	if npos < 2 {
		return Value{}, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	body := args[0]
	name, ok := args[1].AsStr()
	if !ok {
		return Value{}, Errorf(TypeError, "__build_class__: name is not a string")
	}
	baseVals := args[2:npos]
	var meta Value
	var kwNames []string
	var kwVals []Value
	for i, k := range kw {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	// Bases that are not classes may stand for classes (__mro_entries__,
	// e.g. list[int]); the original bases are kept as __orig_bases__.
	origBases := baseVals
	var resolved []Value
	for i, b := range baseVals {
		if b.AsType() != nil {
			if resolved != nil {
				resolved = append(resolved, b)
			}
			continue
		}
		me, ok, err := th.LookupAttr(b, "__mro_entries__")
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, Errorf(TypeError, "bases must be types")
		}
		if resolved == nil {
			resolved = append([]Value(nil), baseVals[:i]...)
		}
		r, err := th.Call(me, []Value{NewTuple(baseVals)}, nil)
		if err != nil {
			return Value{}, err
		}
		t, isTuple := r.o.(*Tuple)
		if !isTuple || r.t != TupleType {
			return Value{}, Errorf(TypeError, "__mro_entries__ must return a tuple")
		}
		resolved = append(resolved, t.Items...)
	}
	if resolved != nil {
		baseVals = resolved
	}
	bases := make([]*Type, len(baseVals))
	for i, b := range baseVals {
		if bases[i] = b.AsType(); bases[i] == nil {
			return Value{}, Errorf(TypeError, "bases must be types")
		}
	}
	if meta.t == nil {
		if len(bases) > 0 {
			meta = bases[0].Meta.Value()
		} else {
			meta = TypeType.Value()
		}
	}
	if mt := meta.AsType(); mt != nil {
		w, err := calculateMeta(mt, bases)
		if err != nil {
			return Value{}, err
		}
		meta = w.Value()
	}
	// __prepare__
	ns := NewDict()
	nsv := ns.Value()
	if prep, ok, err := th.LookupAttr(meta, "__prepare__"); err != nil {
		return Value{}, err
	} else if ok {
		pargs := append([]Value{NewStr(name), NewTuple(baseVals)}, kwVals...)
		r, err := th.Call(prep, pargs, kwNames)
		if err != nil {
			return Value{}, err
		}
		d, isDict := Unwrap(r).o.(*Dict)
		if !isDict {
			return Value{}, Errorf(TypeError, "%s.__prepare__() must return a mapping, not %s", meta.AsType().Name, r.t.Name)
		}
		ns, nsv = d, r
		if r.t != DictType {
			// A dict subclass: name lookups in the body go through its
			// __getitem__ (and so __missing__), as CPython's LOAD_NAME.
			if th.classNS == nil {
				th.classNS = map[*Dict]Value{}
			}
			th.classNS[d] = r
			defer delete(th.classNS, d)
		}
	}
	classCell, err := runClassBody(th, body, ns)
	if err != nil {
		return Value{}, err
	}
	if resolved != nil {
		ns.SetStr("__orig_bases__", NewTuple(origBases))
	}
	cargs := append([]Value{NewStr(name), NewTuple(baseVals), nsv}, kwVals...)
	cls, err := th.Call(meta, cargs, kwNames)
	if err != nil {
		return Value{}, err
	}
	if classCell != nil {
		classCell.V = cls
	}
	return cls, nil
}

// nsGetItem looks name up in a class body's dict subclass through its
// __getitem__; a KeyError means not found.
func (th *Thread) nsGetItem(ns Value, name string) (Value, bool, *Exception) {
	v, err := th.GetItem(ns, NewStr(name))
	if err != nil {
		if err.Matches(KeyError) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return v, true, nil
}

// runSubclasses maps static types to their subclasses made by this run.
func (th *Thread) runSubclasses() map[*Type][]*Type {
	if th.subclasses == nil {
		th.subclasses = map[*Type][]*Type{}
	}
	return th.subclasses
}

// directSubclasses is type.__subclasses__().
func (th *Thread) directSubclasses(t *Type) []Value {
	var out []Value
	if t.Static {
		for _, s := range t.staticSubs {
			if th.moduleLoaded(s.Module) {
				out = append(out, s.Value())
			}
		}
		for _, s := range th.runSubclasses()[t] {
			out = append(out, s.Value())
		}
		return out
	}
	for _, s := range t.subclasses {
		out = append(out, s.Value())
	}
	return out
}

// moduleLoaded reports whether a static type's module (its top-level
// package) was imported by this run: the classes of modules not imported
// do not exist yet as far as the program can tell.
func (th *Thread) moduleLoaded(module string) bool {
	if module == "builtins" || module == "" {
		return true
	}
	if i := strings.IndexByte(module, '.'); i >= 0 {
		module = module[:i]
	}
	_, ok := th.Modules.GetStr(module)
	return ok
}

// classNamespace returns the dict subclass instance behind a class body's
// namespace d, if __prepare__ made one.
func (th *Thread) classNamespace(d *Dict) (Value, bool) {
	if th.classNS == nil {
		return Value{}, false
	}
	ns, ok := th.classNS[d]
	return ns, ok
}
