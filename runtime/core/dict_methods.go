package core

// The dict type's Python methods and its keys/values/items views.

// dictFuncs are Dict's methods that read their own arguments.
var dictFuncs = []FuncDef{
	{"__init__", dictInit},
	{"update", dictUpdate},
}

// dictMethods is the dict type's method table (method.go says how to add one).
// dictViewMethods are the methods of keys, values and items views.
var dictViewMethods = []MethodDef[*DictView]{
	{"__len__", 0, 0, dictViewLen},
	{"__iter__", 0, 0, dictViewIter},
	{"__reversed__", 0, 0, dictViewReversed},
	{"__contains__", 1, 1, dictViewContains},
	{"__repr__", 0, 0, dictViewRepr},
}

// dictSetViewMethods are keys and items views' own, beside their set
// operators and comparisons.
var dictSetViewMethods = []MethodDef[*DictView]{
	{"isdisjoint", 1, 1, dictViewIsdisjoint},
}

var dictMethods = []MethodDef[*Dict]{
	{"__len__", 0, 0, dictLen},
	{"__getitem__", 1, 1, dictGetitem},
	{"__setitem__", 2, 2, dictSetitem},
	{"__delitem__", 1, 1, dictDelitem},
	{"__contains__", 1, 1, dictContains},
	{"__iter__", 0, 0, dictIter},
	{"__reversed__", 0, 0, dictReversed},
	{"__repr__", 0, 0, dictRepr},
	{"__eq__", 1, 1, dictEq},
	{"__ne__", 1, 1, dictNe},
	{"__or__", 1, 1, dictOr},
	{"__ror__", 1, 1, dictRor},
	{"__ior__", 1, 1, dictIor},
	{"get", 1, 2, dictGet},
	{"setdefault", 1, 2, dictSetdefault},
	{"pop", 1, 2, dictPop},
	{"popitem", 0, 0, dictPopitem},
	{"keys", 0, 0, dictKeys},
	{"values", 0, 0, dictValues},
	{"items", 0, 0, dictItems},
	{"clear", 0, 0, dictClear},
	{"copy", 0, 0, dictCopy},
}

// DictViewType & co. are the view types.
var (
	DictKeysType   = &Type{Name: "dict_keys"}
	DictValuesType = &Type{Name: "dict_values"}
	DictItemsType  = &Type{Name: "dict_items"}
)

// DictView is a live view of a dict (keys, values or items).
type DictView struct {
	D    *Dict
	Kind byte // 'k', 'v', 'i'
}

func dictSelf(name string, args []Value) (*Dict, *Exception) {
	return selfOf(name, DictType, args, dictOf)
}

// DictGetItem is d[k] including __missing__ for subclasses.
func (th *Thread) DictGetItem(self Value, d *Dict, k Value) (Value, *Exception) {
	v, ok, err := d.Get(th, k)
	if err != nil {
		return Value{}, err
	}
	if ok {
		return v, nil
	}
	if self.t != DictType {
		if r, found, err := th.callMethod(self, "__missing__", k); found || err != nil {
			return r, err
		}
	}
	return Value{}, NewException(KeyError, k)
}

// dictInitArgs fills d from dict(...)/update(...) arguments.
func (th *Thread) dictInitArgs(name string, d *Dict, args []Value, kw []string) *Exception {
	npos := len(args) - len(kw)
	if npos > 1 {
		return Errorf(TypeError, "%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if err := th.DictUpdate(d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kw {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

func dictNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cls, err := typeArg("dict", args)
	if err != nil {
		return Value{}, err
	}
	return WrapSubclass(cls, NewDictValue()), nil
}

// viewSet returns the contents of a keys/items view or any iterable as a
// set for the view set operations.
func (th *Thread) iterableToSet(v Value) (*Set, *Exception) {
	s := newSet()
	if err := th.setUpdate(s, v); err != nil {
		return nil, err
	}
	return s, nil
}

func (th *Thread) viewContains(v *DictView, x Value) (bool, *Exception) {
	switch v.Kind {
	case 'k':
		_, ok, err := v.D.Get(th, x)
		return ok, err
	case 'i':
		t, ok := tupleOf(x)
		if !ok || len(t.Items) != 2 {
			return false, nil
		}
		val, ok, err := v.D.Get(th, t.Items[0])
		if err != nil || !ok {
			return false, err
		}
		return th.Equal(val, t.Items[1])
	}
	for _, e := range v.D.entries {
		if e.key.t == nil {
			continue
		}
		eq, err := th.Equal(e.val, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func (v *DictView) items() []Value {
	out := make([]Value, 0, v.D.live)
	for _, e := range v.D.entries {
		if e.key.t == nil {
			continue
		}
		switch v.Kind {
		case 'k':
			out = append(out, e.key)
		case 'v':
			out = append(out, e.val)
		default:
			out = append(out, NewTuple([]Value{e.key, e.val}))
		}
	}
	return out
}

func init() {
	t := DictType
	t.AddStaticMethod("__new__", dictNew)
	AddFuncs(t, dictFuncs)
	t.AddAttr("__hash__", None)
	AddMethods(t, dictOf, dictMethods)
	t.AddClassMethod("fromkeys", dictFromkeys)
	t.AddClassMethod("__class_getitem__", classGetItem) // generic.go: list[int] etc.

	for _, vt := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		vt.Final = true
		AddMethods(vt, ObjectOf[*DictView], dictViewMethods)
	}
	// keys and items views are set-like.
	for _, vt := range []*Type{DictKeysType, DictItemsType} {
		AddMethods(vt, ObjectOf[*DictView], dictSetViewMethods)
		AddMethods(vt, ObjectOf[*DictView], CompareMethods(dictViewCompare))
		AddMethods(vt, ObjectOf[*DictView], BinaryMethods([]BinOp{And, Or, Sub, Xor}, dictViewSetOp))
	}
}

func dictFromkeys(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("fromkeys", args[1:], kw, 1, 2); err != nil {
		return Value{}, err
	}
	val := None
	if len(args) == 3 {
		val = args[2]
	}
	keys, err := th.collect(args[1])
	if err != nil {
		return Value{}, err
	}
	cls := args[0].AsType()
	var out Value
	if cls == DictType || cls == nil {
		out = NewDictValue()
	} else if out, err = th.Call(args[0], nil, nil); err != nil {
		return Value{}, err
	}
	if d, ok := dictOf(out); ok && out.t == DictType {
		for _, k := range keys {
			if err := d.Set(th, k, val); err != nil {
				return Value{}, err
			}
		}
		return out, nil
	}
	for _, k := range keys {
		if err := th.SetItem(out, k, val); err != nil {
			return Value{}, err
		}
	}
	return out, nil
}

func dictViewLen(th *Thread, self Value, v *DictView, args []Value) (Value, *Exception) {
	return Int(int64(v.D.live)), nil
}

func dictViewIter(th *Thread, self Value, v *DictView, args []Value) (Value, *Exception) {
	return newDictIter(v.D, v.Kind, false), nil
}

func dictViewReversed(th *Thread, self Value, v *DictView, args []Value) (Value, *Exception) {
	return newDictIter(v.D, v.Kind, true), nil
}

func dictViewContains(th *Thread, self Value, v *DictView, args []Value) (Value, *Exception) {
	ok, err := th.viewContains(v, args[0])
	return Bool(ok), err
}

func dictViewRepr(th *Thread, self Value, v *DictView, args []Value) (Value, *Exception) {
	if !th.ReprEnter(v.D) {
		return NewStr("..."), nil
	}
	defer th.ReprLeave(v.D)
	s, err := th.seqRepr(self.t.Name+"([", v.items(), "])")
	return NewStr(s), err
}

// dictViewSetOp is a keys or items view's &, |, - and ^ with any
// iterable: the result is a set.
func dictViewSetOp(th *Thread, op BinOp, rev bool, v *DictView, other Value) (Value, *Exception) {
	if _, ok := other.t.Lookup("__iter__"); !ok {
		return NotImplemented, nil
	}
	a := newSet()
	if err := th.setAddAll(a, v.items()); err != nil {
		return Value{}, err
	}
	b, err := th.iterableToSet(other)
	if err != nil {
		return Value{}, err
	}
	if rev {
		a, b = b, a
	}
	r, err := th.setBinary(op, a, b)
	if err != nil {
		return Value{}, err
	}
	return Value{t: SetType, o: r}, nil
}

// dictViewCompare compares a keys or items view with a set or another
// such view, as sets.
func dictViewCompare(th *Thread, op CmpOp, v *DictView, o Value) (Value, *Exception) {
	var b *Set
	if ov, ok := o.o.(*DictView); ok && ov.Kind != 'v' {
		b = newSet()
		if err := th.setAddAll(b, ov.items()); err != nil {
			return Value{}, err
		}
	} else if s, ok := setOf(o); ok {
		b = s
	} else {
		return NotImplemented, nil
	}
	a := newSet()
	if err := th.setAddAll(a, v.items()); err != nil {
		return Value{}, err
	}
	return th.setCompare(op, a, b)
}

func dictViewIsdisjoint(th *Thread, self Value, v *DictView, args []Value) (Value, *Exception) {
	items, err := th.collect(args[0])
	if err != nil {
		return Value{}, err
	}
	for _, x := range items {
		ok, err := th.viewContains(v, x)
		if err != nil || ok {
			return Bool(!ok), err
		}
	}
	return True, nil
}

func dictLen(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return Int(int64(d.live)), nil
}

func dictGetitem(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return th.DictGetItem(self, d, args[0])
}

func dictSetitem(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return None, d.Set(th, args[0], args[1])
}

func dictDelitem(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	ok, err := d.Delete(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, NewException(KeyError, args[0])
	}
	return None, nil
}

func dictContains(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	_, ok, err := d.Get(th, args[0])
	return Bool(ok), err
}

func dictIter(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return newDictIter(d, 'k', false), nil
}

func dictReversed(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return newDictIter(d, 'k', true), nil
}

func dictRepr(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	s, err := th.dictRepr(d)
	return NewStr(s), err
}

func dictEq(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	o, ok := dictOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	eq, err := th.dictEqual(d, o)
	return Bool(eq), err
}

func dictNe(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	o, ok := dictOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	eq, err := th.dictEqual(d, o)
	return Bool(!eq), err
}

func dictOr(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	o, ok := dictOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	return th.dictMerged(d, o)
}

func dictRor(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	o, ok := dictOf(args[0])
	if !ok {
		return NotImplemented, nil
	}
	return th.dictMerged(o, d)
}

// dictMerged is a | b: a copy of a updated with b.
func (th *Thread) dictMerged(a, b *Dict) (Value, *Exception) {
	c := a.Copy()
	if err := th.DictUpdate(c, Value{t: DictType, o: b}); err != nil {
		return Value{}, err
	}
	return c.Value(), nil
}

func dictIor(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return self, th.DictUpdate(d, args[0])
}

func dictGet(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	v, ok, err := d.Get(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if ok {
		return v, nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return None, nil
}

func dictSetdefault(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	v, ok, err := d.Get(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if ok {
		return v, nil
	}
	def := None
	if len(args) == 2 {
		def = args[1]
	}
	return def, d.Set(th, args[0], def)
}

func dictPop(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	v, ok, err := d.Pop(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if ok {
		return v, nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return Value{}, NewException(KeyError, args[0])
}

func dictPopitem(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	it, ok := d.popLast()
	if !ok {
		return Value{}, Errorf(KeyError, "popitem(): dictionary is empty")
	}
	return NewTuple([]Value{it.Key, it.Value}), nil
}

func dictKeys(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return Value{t: DictKeysType, o: &DictView{d, 'k'}}, nil
}

func dictValues(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return Value{t: DictValuesType, o: &DictView{d, 'v'}}, nil
}

func dictItems(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return Value{t: DictItemsType, o: &DictView{d, 'i'}}, nil
}

func dictClear(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	d.Clear()
	return None, nil
}

func dictCopy(th *Thread, self Value, d *Dict, args []Value) (Value, *Exception) {
	return d.Copy().Value(), nil
}

func dictInit(th *Thread, args []Value, kw []string) (Value, *Exception) {
	d, err := dictSelf("__init__", args)
	if err != nil {
		return Value{}, err
	}
	return None, th.dictInitArgs("dict", d, args[1:], kw)
}

func dictUpdate(th *Thread, args []Value, kw []string) (Value, *Exception) {
	d, err := dictSelf("update", args)
	if err != nil {
		return Value{}, err
	}
	return None, th.dictInitArgs("update", d, args[1:], kw)
}
