package core

// The match statement's primitives: what MATCH_MAPPING, MATCH_SEQUENCE,
// MATCH_KEYS and MATCH_CLASS test, and the dict a **rest pattern binds.

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
	// take appends subj's attribute name, as CPython's match_class_attr:
	// each name once, positional or keyword; a missing one fails the match.
	take := func(name string) (bool, *Exception) {
		if seen[name] {
			return false, Errorf(TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, name)
		}
		seen[name] = true
		v, found, err := th.LookupAttr(subj, name)
		if err != nil || !found {
			return false, err
		}
		attrs = append(attrs, v)
		return true, nil
	}
	if npos > 0 {
		ma, found, err := th.LookupAttr(clsV, "__match_args__")
		if err != nil {
			return Value{}, err
		}
		switch {
		case !found && npos == 1 && matchSelf(cls):
			attrs = append(attrs, subj)
		case !found:
			return Value{}, Errorf(TypeError, "%s() accepts 0 positional sub-patterns (%d given)", cls.Name, npos)
		default:
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
				if ok, err := take(name); err != nil {
					return Value{}, err
				} else if !ok {
					return None, nil
				}
			}
		}
	}
	for _, n := range names.o.(*Tuple).Items {
		name, _ := n.AsStr()
		if ok, err := take(name); err != nil {
			return Value{}, err
		} else if !ok {
			return None, nil
		}
	}
	return NewTuple(attrs), nil
}
