package core

// Parameterized generics (PEP 585): list[int], dict[str, int], type[A]...
// are types.GenericAlias objects: they print as written, call their
// origin, and can be used as bases (through __mro_entries__).

// genericAliasFuncs are GenericAlias's methods that read their own arguments.
var genericAliasGetSets = []GetSetDef{
	{"__origin__", genericAliasOrigin, nil},
	{"__args__", genericAliasArgs, nil},
	{"__parameters__", genericAliasParameters, nil},
}

var genericAliasFuncs = []FuncDef{
	{"__repr__", genericAliasRepr},
	{"__getitem__", genericAliasGetitem},
	{"__mro_entries__", genericAliasMroEntries},
	{"__eq__", genericAliasEq},
	{"__hash__", genericAliasHash},
	{"__instancecheck__", genericAliasInstancecheck},
	{"__subclasscheck__", genericAliasSubclasscheck},
	{"__or__", unionOr},
	{"__ror__", unionROr},
}

// GenericAlias is the heap part of a types.GenericAlias value.
type GenericAlias struct {
	Origin Value
	Args   []Value
	// Callable marks collections.abc.Callable[[A, B], R]: Args holds
	// A, B, R (or ..., R) and the repr puts the parameters in brackets.
	Callable bool
}

// NewGenericAlias returns types.GenericAlias(origin, args).
func NewGenericAlias(origin Value, args []Value, callable bool) Value {
	return Value{t: GenericAliasType, o: &GenericAlias{Origin: origin, Args: args, Callable: callable}}
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = &Type{Name: "GenericAlias"}

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

// genericArgRepr formats one argument as CPython's ga_repr_item does:
// ... as "...", aliases by repr, classes and functions by their qualified
// name, anything else by repr.
func genericArgRepr(th *Thread, v Value) (string, *Exception) {
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if t := v.AsType(); t != nil {
		return t.FullName(), nil
	}
	if v.t == GenericAliasType || v.t == UnionType {
		return th.Repr(v)
	}
	if v.t == FunctionType || v.t == BuiltinType {
		q, ok1, err := th.LookupAttr(v, "__qualname__")
		if err != nil {
			return "", err
		}
		m, ok2, err := th.LookupAttr(v, "__module__")
		if err != nil {
			return "", err
		}
		qs, okq := q.AsStr()
		ms, okm := m.AsStr()
		if ok1 && ok2 && okq {
			if !okm || ms == "builtins" {
				return qs, nil
			}
			return ms + "." + qs, nil
		}
	}
	return th.Repr(v)
}

// genericArgsRepr joins argument reprs with ", ".
func genericArgsRepr(th *Thread, args []Value) (string, *Exception) {
	s := ""
	for i, a := range args {
		if i > 0 {
			s += ", "
		}
		r, err := genericArgRepr(th, a)
		if err != nil {
			return "", err
		}
		s += r
	}
	return s, nil
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
	g.AddStaticMethod("__new__", genericAliasNew)
	g.Call = genericAliasCall
	AddFuncs(g, genericAliasFuncs)
	AddGetSets(g, genericAliasGetSets)
}

func genericAliasRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	ga := args[0].o.(*GenericAlias)
	s, err := genericArgRepr(th, ga.Origin)
	if err != nil {
		return Value{}, err
	}
	var inner string
	switch {
	case len(ga.Args) == 0:
		inner = "()" // tuple[()]
	case ga.Callable && len(ga.Args) == 2 && ga.Args[0].Is(Ellipsis):
		inner, err = genericArgsRepr(th, ga.Args)
	case ga.Callable:
		var params, result string
		params, err = genericArgsRepr(th, ga.Args[:len(ga.Args)-1])
		if err == nil {
			result, err = genericArgRepr(th, ga.Args[len(ga.Args)-1])
		}
		inner = "[" + params + "], " + result
	default:
		inner, err = genericArgsRepr(th, ga.Args)
	}
	if err != nil {
		return Value{}, err
	}
	return NewStr(s + "[" + inner + "]"), nil
}

func genericAliasGetitem(th *Thread, args []Value, kw []string) (Value, *Exception) {
	r, err := th.Repr(args[0])
	if err != nil {
		return Value{}, err
	}
	return Value{}, Errorf(TypeError, "%s is not a generic class", r)
}

func genericAliasMroEntries(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewTuple([]Value{args[0].o.(*GenericAlias).Origin}), nil
}

func genericAliasEq(th *Thread, args []Value, kw []string) (Value, *Exception) {
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
}

func genericAliasHash(th *Thread, args []Value, kw []string) (Value, *Exception) {
	a := args[0].o.(*GenericAlias)
	h1, err := th.Hash(a.Origin)
	if err != nil {
		return Value{}, err
	}
	h2, err := th.HashTuple(a.Args)
	return Int(h1 ^ h2), err
}

func genericAliasInstancecheck(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return Value{}, Errorf(TypeError, "isinstance() argument 2 cannot be a parameterized generic")
}

func genericAliasSubclasscheck(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return Value{}, Errorf(TypeError, "issubclass() argument 2 cannot be a parameterized generic")
}

func genericAliasNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := NoKwargs("GenericAlias", kw); err != nil {
		return Value{}, err
	}
	if len(args) != 3 {
		return Value{}, Errorf(TypeError, "GenericAlias expected 2 arguments, got %d", len(args)-1)
	}
	items := []Value{args[2]}
	if t, ok := args[2].o.(*Tuple); ok && args[2].t == TupleType {
		items = append([]Value(nil), t.Items...)
	}
	return NewGenericAlias(args[1], items, false), nil
}

// genericAliasCall calls the origin: list[int]() is list().
func genericAliasCall(th *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
	return th.Call(fn.o.(*GenericAlias).Origin, args, kw)
}

func genericAliasOrigin(th *Thread, self Value) (Value, *Exception) {
	return self.o.(*GenericAlias).Origin, nil
}

func genericAliasArgs(th *Thread, self Value) (Value, *Exception) {
	return NewTuple(append([]Value(nil), self.o.(*GenericAlias).Args...)), nil
}

// genericAliasParameters is empty: aliases here have no type variables
// left to substitute.
func genericAliasParameters(th *Thread, self Value) (Value, *Exception) { return EmptyTuple(), nil }
