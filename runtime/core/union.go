package core

// X | Y on classes (PEP 604): types.UnionType, usable in isinstance and
// issubclass, e.g. in evaluated annotations like `int | None`.

// unionFuncs are Union's methods that read their own arguments.
var unionGetSets = []GetSetDef{
	{"__args__", unionArgs, nil},
}

// unionOperatorFuncs are type's and None's | (int | None).
var unionOperatorFuncs = []FuncDef{
	{"__or__", unionOr},
	{"__ror__", unionROr},
}

var unionFuncs = []FuncDef{
	{"__repr__", unionRepr},
	{"__eq__", unionEq},
	{"__hash__", unionHash},
	{"__instancecheck__", unionInstancecheck},
	{"__subclasscheck__", unionSubclasscheck},
	{"__or__", unionOr},
	{"__ror__", unionROr},
}

// Union is the heap part of a types.UnionType value.
type Union struct {
	Args []Value // classes (None stands for NoneType), deduplicated, in order
}

// UnionType is types.UnionType.
var UnionType = &Type{Name: "UnionType"}

// unionArg reports whether v can be a member of a union (a class or None).
func unionArg(v Value) bool {
	return v.IsNone() || v.AsType() != nil || v.t == UnionType || v.t == GenericAliasType
}

// makeUnion builds a | b, flattening nested unions and dropping duplicates.
func makeUnion(a, b Value) Value {
	var args []Value
	add := func(v Value) {
		if u, ok := v.o.(*Union); ok && v.t == UnionType {
			for _, x := range u.Args {
				args = appendUnique(args, x)
			}
			return
		}
		if v.IsNone() {
			v = NoneType.Value()
		}
		args = appendUnique(args, v)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0]
	}
	return Value{t: UnionType, o: &Union{Args: args}}
}

func appendUnique(args []Value, v Value) []Value {
	for _, x := range args {
		if x.Is(v) {
			return args
		}
		if a, ok := x.o.(*GenericAlias); ok && x.t == GenericAliasType {
			// list[int] | list[int]: equal aliases are one member.
			if b, ok := v.o.(*GenericAlias); ok && v.t == GenericAliasType && aliasSame(a, b) {
				return args
			}
		}
	}
	return append(args, v)
}

func unionOr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) != 2 || !unionArg(args[0]) || !unionArg(args[1]) {
		return NotImplemented, nil
	}
	return makeUnion(args[0], args[1]), nil
}

func unionROr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) != 2 || !unionArg(args[0]) || !unionArg(args[1]) {
		return NotImplemented, nil
	}
	return makeUnion(args[1], args[0]), nil
}

// aliasSame reports aliases with identical origins and arguments.
func aliasSame(a, b *GenericAlias) bool {
	if !a.Origin.Is(b.Origin) || len(a.Args) != len(b.Args) || a.Callable != b.Callable {
		return false
	}
	for i := range a.Args {
		if !a.Args[i].Is(b.Args[i]) {
			return false
		}
	}
	return true
}

// unionTypeName is how a union member prints: int, None, __main__.A,
// list[int].
func unionTypeName(th *Thread, v Value) (string, *Exception) {
	if v.AsType() == NoneType {
		return "None", nil
	}
	return genericArgRepr(th, v)
}

func init() {
	AddFuncs(TypeType, unionOperatorFuncs)
	AddFuncs(NoneType, unionOperatorFuncs)
	u := UnionType
	u.Module = "types"
	u.Final = true
	AddFuncs(u, unionFuncs)
	AddGetSets(u, unionGetSets)
	// Equality ignores order: int | str == str | int.
}

func unionRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s := ""
	for i, a := range args[0].o.(*Union).Args {
		if i > 0 {
			s += " | "
		}
		r, err := unionTypeName(th, a)
		if err != nil {
			return Value{}, err
		}
		s += r
	}
	return NewStr(s), nil
}

func unionEq(th *Thread, args []Value, kw []string) (Value, *Exception) {
	a := args[0].o.(*Union)
	b, ok := args[1].o.(*Union)
	if !ok || args[1].t != UnionType {
		return NotImplemented, nil
	}
	if len(a.Args) != len(b.Args) {
		return False, nil
	}
	for _, x := range a.Args {
		if len(appendUnique(b.Args[:len(b.Args):len(b.Args)], x)) != len(b.Args) {
			return False, nil
		}
	}
	return True, nil
}

func unionHash(th *Thread, args []Value, kw []string) (Value, *Exception) {
	var h int64
	for _, x := range args[0].o.(*Union).Args {
		h ^= ID(x) >> 4
	}
	return Int(h), nil
}

func unionInstancecheck(th *Thread, args []Value, kw []string) (Value, *Exception) {
	ok, err := th.IsInstance(args[1], NewTuple(args[0].o.(*Union).Args))
	return Bool(ok), err
}

func unionSubclasscheck(th *Thread, args []Value, kw []string) (Value, *Exception) {
	ok, err := th.IsSubclass(args[1], NewTuple(args[0].o.(*Union).Args))
	return Bool(ok), err
}

func unionArgs(th *Thread, self Value) (Value, *Exception) {
	return NewTuple(append([]Value(nil), self.o.(*Union).Args...)), nil
}
