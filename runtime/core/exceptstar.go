package core

// except* (PEP 654): CHECK_EG_MATCH splits the exception group being
// handled by each clause's type, and PREP_RERAISE_STAR combines what the
// clauses raised with what none of them matched, as CPython 3.11 does.

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
