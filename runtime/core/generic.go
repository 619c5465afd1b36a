package core

// Parameterized generics (PEP 585): list[int], dict[str, int], type[A]...
// are types.GenericAlias objects: they print as written, call their
// origin, and can be used as bases (through __mro_entries__).

// GenericAlias is the heap part of a types.GenericAlias value.
type GenericAlias struct {
	Origin Value
	Args   []Value
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = NewStaticType("GenericAlias")

// classGetItem is the __class_getitem__ of the built-in generic classes.
func classGetItem(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("__class_getitem__", args[1:], kw, 1, 1); err != nil {
		return Value{}, err
	}
	var items []Value
	if t, ok := args[1].o.(*Tuple); ok && args[1].t == TupleType {
		items = append(items, t.Items...)
	} else {
		items = []Value{args[1]}
	}
	return Value{t: GenericAliasType, o: &GenericAlias{Origin: args[0], Args: items}}, nil
}

// ClassGetItem is __class_getitem__ for generic classes defined outside
// core (asyncio.Queue[int], asyncio.Future[str]).
func ClassGetItem(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return classGetItem(th, args, kw)
}

// genericArgRepr formats one argument as typing does: classes by their
// qualified name, ... as "...", anything else by repr.
func genericArgRepr(th *Thread, v Value) (string, *Exception) {
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if t := v.AsType(); t != nil {
		return t.FullName(), nil
	}
	return th.Repr(v)
}

func init() {
	// list, tuple and dict register classGetItem themselves; type[X] is
	// handled by GetItem.
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.AddClassMethod("__class_getitem__", classGetItem)
	}
	g := GenericAliasType
	g.Module = "types"
	g.Final = true
	g.Call = func(th *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
		return th.Call(fn.o.(*GenericAlias).Origin, args, kw)
	}
	g.AddMethod("__repr__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		ga := args[0].o.(*GenericAlias)
		s, err := genericArgRepr(th, ga.Origin)
		if err != nil {
			return Value{}, err
		}
		s += "["
		for i, a := range ga.Args {
			if i > 0 {
				s += ", "
			}
			r, err := genericArgRepr(th, a)
			if err != nil {
				return Value{}, err
			}
			s += r
		}
		return NewStr(s + "]"), nil
	})
	g.AddGetSet("__origin__", func(th *Thread, self Value) (Value, *Exception) { return self.o.(*GenericAlias).Origin, nil }, nil)
	g.AddGetSet("__args__", func(th *Thread, self Value) (Value, *Exception) {
		return NewTuple(append([]Value(nil), self.o.(*GenericAlias).Args...)), nil
	}, nil)
	g.AddGetSet("__parameters__", func(th *Thread, self Value) (Value, *Exception) { return EmptyTuple(), nil }, nil)
	g.AddMethod("__mro_entries__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		return NewTuple([]Value{args[0].o.(*GenericAlias).Origin}), nil
	})
	g.AddMethod("__eq__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		a := args[0].o.(*GenericAlias)
		b, ok := args[1].o.(*GenericAlias)
		if !ok {
			return NotImplemented, nil
		}
		eq, err := th.Equal(a.Origin, b.Origin)
		if err != nil || !eq {
			return Bool(eq), err
		}
		eq, err = th.Equal(NewTuple(a.Args), NewTuple(b.Args))
		return Bool(eq), err
	})
	g.AddMethod("__hash__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		a := args[0].o.(*GenericAlias)
		h1, err := th.Hash(a.Origin)
		if err != nil {
			return Value{}, err
		}
		h2, err := th.HashTuple(a.Args)
		return Int(h1 ^ h2), err
	})
	g.AddMethod("__instancecheck__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		return Value{}, Errorf(TypeError, "isinstance() argument 2 cannot be a parameterized generic")
	})
	g.AddMethod("__subclasscheck__", func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		return Value{}, Errorf(TypeError, "issubclass() argument 2 cannot be a parameterized generic")
	})
	g.AddMethod("__or__", unionOr)
	g.AddMethod("__ror__", unionROr)
}
