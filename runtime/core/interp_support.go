package core

import "strings"

// Support for the interpreter's rarer opcodes: imports, except*, and the
// pattern-matching primitives.

// importName is IMPORT_NAME: `import a.b` binds the top package; with a
// fromlist the module itself is returned.
func (th *Thread) importName(name string, fromlist, level Value) (Value, *Exception) {
	if level.IsSmallInt() && level.Int64() > 0 {
		return Value{}, Errorf(ImportError, "attempted relative import with no known parent package")
	}
	m, err := th.Import(name)
	if err != nil {
		return Value{}, err
	}
	if fromlist.IsNone() {
		if i := strings.IndexByte(name, '.'); i >= 0 {
			top, err := th.Import(name[:i])
			if err != nil {
				return Value{}, err
			}
			return top.Value(), nil
		}
	}
	return m.Value(), nil
}

// importFrom is IMPORT_FROM: an attribute of the module, or its submodule.
func (th *Thread) importFrom(mod Value, name string) (Value, *Exception) {
	v, ok, err := th.LookupAttr(mod, name)
	if err != nil {
		return Value{}, err
	}
	if ok {
		return v, nil
	}
	m, isMod := mod.o.(*Module)
	if isMod {
		if sub, err := th.Import(m.Name + "." + name); err == nil {
			return sub.Value(), nil
		}
		e := Errorf(ImportError, "cannot import name '%s' from '%s' (unknown location)", name, m.Name)
		e.GetDict().SetStr("name", NewStr(m.Name))
		return Value{}, e
	}
	return Value{}, Errorf(ImportError, "cannot import name '%s'", name)
}

// importStar is `from m import *`.
func (th *Thread) importStar(f *Frame, mod Value) *Exception {
	m, ok := mod.o.(*Module)
	if !ok {
		return Errorf(ImportError, "import * of a non-module")
	}
	dst := f.Locals
	if dst == nil {
		dst = f.Globals
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		it, err := th.Iter(all)
		if err != nil {
			return err
		}
		for {
			n, ok, err := th.Next(it)
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			s, _ := n.AsStr()
			v, err := th.GetAttr(mod, s)
			if err != nil {
				return err
			}
			dst.SetStr(s, v)
		}
	}
	for _, it := range m.Dict.Items() {
		s, ok := it.Key.AsStr()
		if !ok || strings.HasPrefix(s, "_") {
			continue
		}
		dst.SetStr(s, it.Value)
	}
	return nil
}

// egMatch is CHECK_EG_MATCH: split the exception (group) rest by type t;
// returns (match, rest), None for empty parts.
func (th *Thread) egMatch(restV, t Value) (Value, Value, *Exception) {
	if err := checkExceptStarType(t); err != nil {
		return Value{}, Value{}, err
	}
	e := excOf(restV)
	if e == nil {
		return None, None, nil
	}
	match := func(x *Exception) (bool, *Exception) { return th.excMatches(x, t) }
	if !e.Type.IsSubtype(BaseExceptionGroup) {
		ok, err := match(e)
		if err != nil {
			return Value{}, Value{}, err
		}
		if !ok {
			return None, restV, nil
		}
		// A naked exception matched by except* is wrapped in a group.
		eg, err := NewExceptionGroup(th, ExceptionGroup, NewStr(""), NewTuple([]Value{e.Value()}))
		if err != nil {
			return Value{}, Value{}, err
		}
		eg.Traceback = e.Traceback
		return eg.Value(), None, nil
	}
	m, r, err := th.splitGroup(e, match, true)
	if err != nil {
		return Value{}, Value{}, err
	}
	return excOrNone(m), excOrNone(r), nil
}

func checkExceptStarType(t Value) *Exception {
	check := func(x Value) *Exception {
		c := x.AsType()
		if c == nil || !c.IsSubtype(BaseException) {
			return Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if c.IsSubtype(BaseExceptionGroup) {
			return Errorf(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tu, ok := t.o.(*Tuple); ok {
		for _, x := range tu.Items {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(t)
}

// leafIDs collects the leaf exceptions of a group.
func leafIDs(e *Exception, set map[*Exception]bool) {
	if e.Type.IsSubtype(BaseExceptionGroup) {
		for _, c := range e.Exceptions {
			leafIDs(c, set)
		}
		return
	}
	set[e] = true
}

// sameExcMetadata is CPython's is_same_exception_metadata: parts split
// from a group share its notes, traceback, cause and context.
func sameExcMetadata(a, b *Exception) bool {
	var na, nb Value
	if a.Dict != nil {
		na, _ = a.Dict.GetStr("__notes__")
	}
	if b.Dict != nil {
		nb, _ = b.Dict.GetStr("__notes__")
	}
	return na.Is(nb) && a.Traceback == b.Traceback && a.Cause == b.Cause && a.Context == b.Context
}

// prepReraiseStar is PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar):
// combine what except* handlers raised and the unhandled rest into the
// exception to propagate, or None.
func (th *Thread) prepReraiseStar(origV Value, excs []Value) (Value, *Exception) {
	var live []*Exception
	for _, v := range excs {
		if e := excOf(v); e != nil {
			live = append(live, e)
		}
	}
	if len(live) == 0 {
		return None, nil
	}
	orig := excOf(origV)
	if orig == nil || !orig.Type.IsSubtype(BaseExceptionGroup) {
		return live[0].Value(), nil
	}
	var raised []*Exception
	keep := map[*Exception]bool{}
	for _, e := range live {
		if sameExcMetadata(e, orig) {
			leafIDs(e, keep)
		} else {
			raised = append(raised, e)
		}
	}
	var reraisedEG *Exception
	if len(keep) > 0 {
		m, _, err := th.splitGroup(orig, func(x *Exception) (bool, *Exception) {
			return !x.Type.IsSubtype(BaseExceptionGroup) && keep[x], nil
		}, false)
		if err != nil {
			return Value{}, err
		}
		reraisedEG = m
	}
	if len(raised) == 0 {
		return excOrNone(reraisedEG), nil
	}
	if reraisedEG != nil {
		raised = append(raised, reraisedEG)
	}
	if len(raised) == 1 {
		return raised[0].Value(), nil
	}
	items := make([]Value, len(raised))
	for i, e := range raised {
		items[i] = e.Value()
	}
	eg, err := NewExceptionGroup(th, ExceptionGroup, NewStr(""), NewList(items))
	if err != nil {
		return Value{}, err
	}
	return eg.Value(), nil
}

// ---------------------------------------------------------------- match

func mroHasName(t *Type, names ...string) bool {
	for _, m := range t.MRO {
		for _, n := range names {
			if m.Name == n {
				return true
			}
		}
	}
	return false
}

func isMappingForMatch(v Value) bool {
	if v.t.IsSubtype(DictType) {
		return true
	}
	return !v.t.Static && mroHasName(v.t, "Mapping", "MutableMapping", "OrderedDict", "defaultdict", "Counter")
}

func isSequenceForMatch(v Value) bool {
	t := v.t
	if t.IsSubtype(StrType) || t.IsSubtype(BytesType) || t.IsSubtype(ByteArrayType) {
		return false
	}
	if t.IsSubtype(ListType) || t.IsSubtype(TupleType) || t.IsSubtype(RangeType) {
		return true
	}
	return mroHasName(t, "Sequence", "MutableSequence", "deque")
}

// matchKeys is MATCH_KEYS: the values for keys, or None if one is missing.
func (th *Thread) matchKeys(subj, keys Value) (Value, *Exception) {
	ks := keys.o.(*Tuple).Items
	if len(ks) == 0 {
		return EmptyTuple(), nil
	}
	seen := NewDict()
	vals := make([]Value, len(ks))
	d, isDict := Unwrap(subj).o.(*Dict)
	var get Value
	for i, k := range ks {
		if _, dup, err := seen.Get(th, k); err != nil {
			return Value{}, err
		} else if dup {
			r, _ := th.Repr(k)
			return Value{}, Errorf(ValueError, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.Set(th, k, None); err != nil {
			return Value{}, err
		}
		if isDict && subj.t == DictType {
			v, ok, err := d.Get(th, k)
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return None, nil
			}
			vals[i] = v
			continue
		}
		if get.t == nil {
			var err *Exception
			get, err = th.GetAttr(subj, "get")
			if err != nil {
				return Value{}, err
			}
		}
		sentinel := Value{t: ObjectType, o: &Object{}}
		v, err := th.Call(get, []Value{k, sentinel}, nil)
		if err != nil {
			return Value{}, err
		}
		if v.Is(sentinel) {
			return None, nil
		}
		vals[i] = v
	}
	return NewTuple(vals), nil
}

// dictWithoutKeys is COPY_DICT_WITHOUT_KEYS for `**rest`.
func (th *Thread) dictWithoutKeys(subj, keys Value) (Value, *Exception) {
	rest := NewDict()
	if d, ok := Unwrap(subj).o.(*Dict); ok {
		for _, it := range d.Items() {
			if err := rest.Set(th, it.Key, it.Value); err != nil {
				return Value{}, err
			}
		}
	} else if err := th.dictMerge(rest, subj, false, nil, 0); err != nil {
		return Value{}, err
	}
	for _, k := range keys.o.(*Tuple).Items {
		if _, err := rest.Delete(th, k); err != nil {
			return Value{}, err
		}
	}
	return rest.Value(), nil
}

// matchSelf lists the built-in types whose single positional sub-pattern
// matches the subject itself.
func matchSelf(t *Type) bool {
	for _, s := range []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if t.IsSubtype(s) {
			return true
		}
	}
	return false
}

// matchClass is MATCH_CLASS: the attributes for the sub-patterns, or None.
func (th *Thread) matchClass(subj, clsV, names Value, npos int) (Value, *Exception) {
	cls := clsV.AsType()
	if cls == nil {
		return Value{}, Errorf(TypeError, "called match pattern must be a class")
	}
	ok, err := th.IsInstance(subj, clsV)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return None, nil
	}
	var attrs []Value
	seen := map[string]bool{}
	if npos > 0 {
		ma, found, err := th.LookupAttr(clsV, "__match_args__")
		if err != nil {
			return Value{}, err
		}
		if !found {
			if npos == 1 && matchSelf(cls) {
				attrs = append(attrs, subj)
				goto keywords
			}
			return Value{}, Errorf(TypeError, "%s() accepts 0 positional sub-patterns (%d given)", cls.Name, npos)
		}
		mt, isTuple := ma.o.(*Tuple)
		if !isTuple {
			return Value{}, Errorf(TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.Name, ma.t.Name)
		}
		if len(mt.Items) < npos {
			s := "s"
			if len(mt.Items) == 1 {
				s = ""
			}
			return Value{}, Errorf(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, len(mt.Items), s, npos)
		}
		for i := 0; i < npos; i++ {
			name, ok := mt.Items[i].AsStr()
			if !ok {
				return Value{}, Errorf(TypeError, "__match_args__ elements must be strings (got %s)", mt.Items[i].t.Name)
			}
			seen[name] = true
			v, found, err := th.LookupAttr(subj, name)
			if err != nil {
				return Value{}, err
			}
			if !found {
				return None, nil
			}
			attrs = append(attrs, v)
		}
	}
keywords:
	for _, n := range names.o.(*Tuple).Items {
		name, _ := n.AsStr()
		if seen[name] {
			return Value{}, Errorf(TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, name)
		}
		seen[name] = true
		v, found, err := th.LookupAttr(subj, name)
		if err != nil {
			return Value{}, err
		}
		if !found {
			return None, nil
		}
		attrs = append(attrs, v)
	}
	return NewTuple(attrs), nil
}
