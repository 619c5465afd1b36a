package core

// Context variables (PEP 567): the types of the contextvars module. The
// current context hangs off the Thread (Thread.Ctx); nil stands for an
// empty context nobody has touched, so runs that never use contextvars
// pay nothing (asyncio copies the context for every task and callback).
//
// A context's mapping is immutable and shared between copies: copying is
// one allocation, setting a variable copies the (small) entry slice.

// contextVarFuncs are ContextVar's methods that read their own arguments.
var contextVarFuncs = []FuncDef{
	{"get", contextVarGet},
	{"reset", contextVarReset},
	{"__repr__", contextVarRepr},
}

var contextVarMethods = []MethodDef[*ContextVar]{
	{"set", 1, 1, contextVarSet},
}

var contextVarGetSets = []GetSetDef{
	// A member in CPython: assigning says "readonly attribute".
	{"name", contextVarName, contextVarSetName},
}

// tokenFuncs are Token's methods that read their own arguments.
var tokenFuncs = []FuncDef{
	{"__repr__", tokenRepr},
}

var tokenGetSets = []GetSetDef{
	{"var", tokenVar, nil},
	{"old_value", tokenOldValue, nil},
}

var tokenMissingFuncs = []FuncDef{
	{"__repr__", tokenMissingRepr},
}

var contextMethods = []MethodDef[*Context]{
	{"copy", 0, 0, contextCopy},
	{"__getitem__", 1, 1, contextGetitem},
	{"__contains__", 1, 1, contextContains},
	{"__len__", 0, 0, contextLen},
	{"keys", 0, 0, contextKeys},
	{"values", 0, 0, contextValues},
	{"items", 0, 0, contextItems},
	{"__iter__", 0, 0, contextIter},
	{"__eq__", 1, 1, contextEq},
}

// contextFuncs are Context's methods that read their own arguments.
var contextFuncs = []FuncDef{
	{"run", contextRun},
	{"get", contextGet},
}

// Context is contextvars.Context.
type Context struct {
	vars    []ctxEntry // in the order variables were first set
	entered bool
}

type ctxEntry struct {
	v   *ContextVar
	val Value
}

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	name string
	def  Value // zero: no default
	self Value
}

// Token is contextvars.Token: what ContextVar.set returns, for reset.
type Token struct {
	ctx  *Context
	v    *ContextVar
	old  Value // zero: Token.MISSING
	used bool
}

// The contextvars types.
var (
	ContextType    = &Type{Name: "Context"}
	ContextVarType = &Type{Name: "ContextVar"}
	TokenType      = &Type{Name: "Token"}
	tokenMissing   = &Type{Name: "Token.MISSING"}
	// TokenMissing is Token.MISSING.
	TokenMissing = Value{t: tokenMissing, o: &struct{ _ byte }{}}
)

func (c *Context) lookup(v *ContextVar) (Value, bool) {
	for _, e := range c.vars {
		if e.v == v {
			return e.val, true
		}
	}
	return Value{}, false
}

// with returns c's mapping with v set to val (zero val: v removed).
func (c *Context) with(v *ContextVar, val Value) []ctxEntry {
	out := make([]ctxEntry, 0, len(c.vars)+1)
	found := false
	for _, e := range c.vars {
		if e.v == v {
			found = true
			if val.IsValid() {
				out = append(out, ctxEntry{v, val})
			}
			continue
		}
		out = append(out, e)
	}
	if !found && val.IsValid() {
		out = append(out, ctxEntry{v, val})
	}
	return out
}

// Copy returns a new context with the same variables (Context.copy).
func (c *Context) Copy() *Context {
	if c == nil {
		return &Context{}
	}
	return &Context{vars: c.vars}
}

// Value returns the context as a Python object.
func (c *Context) Value() Value { return Value{t: ContextType, o: c} }

// AsContext returns v's Context, or nil when v is not one.
func AsContext(v Value) *Context {
	c, _ := v.o.(*Context)
	if v.t != ContextType {
		return nil
	}
	return c
}

// CopyContext is contextvars.copy_context(): nil when the current context
// was never touched (callers that keep a context for later treat nil as a
// fresh empty one, made when a variable is set in it).
func (th *Thread) CopyContext() *Context {
	if th.Ctx == nil {
		return nil
	}
	return th.Ctx.Copy()
}

// EnterContext makes c (nil: a fresh empty context, made on first set) the
// current context and returns the one to restore with ExitContext.
func (th *Thread) EnterContext(c *Context) (*Context, *Exception) {
	if c != nil {
		if c.entered {
			return nil, Errorf(RuntimeError, "cannot enter context: %s is already entered", contextRepr(c))
		}
		c.entered = true
	}
	prev := th.Ctx
	th.Ctx = c
	return prev, nil
}

// ExitContext restores prev and returns the context that was current: the
// one entered, or the context made while it ran when nil was entered.
func (th *Thread) ExitContext(prev *Context) *Context {
	cur := th.Ctx
	if cur != nil {
		cur.entered = false
	}
	th.Ctx = prev
	return cur
}

// current returns the current context, making it when there is none.
func (th *Thread) currentContext() *Context {
	if th.Ctx == nil {
		th.Ctx = &Context{entered: true}
	}
	return th.Ctx
}

func contextRepr(c *Context) string {
	return "<_contextvars.Context object at " + hexID(c.Value()) + ">"
}

func asContextVar(v Value) (*ContextVar, bool) {
	cv, ok := v.o.(*ContextVar)
	return cv, ok && v.t == ContextVarType
}

func (cv *ContextVar) repr(th *Thread) (string, *Exception) {
	s := "<ContextVar name=" + StrRepr(cv.name)
	if cv.def.IsValid() {
		r, err := th.Repr(cv.def)
		if err != nil {
			return "", err
		}
		s += " default=" + r
	}
	return s + " at " + hexID(cv.self) + ">", nil
}

func (tk *Token) repr(th *Thread) (string, *Exception) {
	r, err := tk.v.repr(th)
	if err != nil {
		return "", err
	}
	used := ""
	if tk.used {
		used = " used"
	}
	return "<Token" + used + " var=" + r + " at " + hexID(Value{t: TokenType, o: tk}) + ">", nil
}

// contextKey checks a Context mapping key.
func contextKey(th *Thread, k Value) (*ContextVar, *Exception) {
	cv, ok := asContextVar(k)
	if !ok {
		r, err := th.Repr(k)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(TypeError, "a ContextVar key was expected, got %s", r)
	}
	return cv, nil
}

func init() {
	for _, t := range []*Type{ContextType, ContextVarType, TokenType} {
		t.Module = "_contextvars"
		t.Final = true
	}
	initContextVarType()
	initTokenType()
	initContextType()
}

func initContextVarType() {
	t := ContextVarType
	t.AddClassMethod("__class_getitem__", classGetItem)
	t.AddStaticMethod("__new__", contextVarNew)
	AddGetSets(t, contextVarGetSets)
	AddFuncs(t, contextVarFuncs)
	AddMethods(t, ObjectOf[*ContextVar], contextVarMethods)
}

func initTokenType() {
	t := TokenType
	t.AddClassMethod("__class_getitem__", classGetItem)
	t.AddStaticMethod("__new__", tokenNew)
	t.AddAttr("MISSING", TokenMissing)
	AddGetSets(t, tokenGetSets)
	AddFuncs(t, tokenFuncs)
	tokenMissing.Module = "_contextvars"
	tokenMissing.Final = true
	AddFuncs(tokenMissing, tokenMissingFuncs)
}

func initContextType() {
	t := ContextType
	t.AddStaticMethod("__new__", contextNew)
	t.AddAttr("__hash__", None)
	AddFuncs(t, contextFuncs)
	AddMethods(t, ObjectOf[*Context], contextMethods)
}

func contextVarNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	npos := len(args) - 1 - len(kw)
	if npos > 1 {
		return Value{}, Errorf(TypeError, "ContextVar() takes at most 1 positional argument (%d given)", npos)
	}
	var name, def Value
	if err := th.UnpackArgs("ContextVar", args[1:], kw, "name?", &name, "default?", &def); err != nil {
		return Value{}, err
	}
	if npos < 1 {
		return Value{}, Errorf(TypeError, "ContextVar() takes exactly 1 positional argument (0 given)")
	}
	s, ok := name.AsStr()
	if !ok || name.t != StrType {
		return Value{}, Errorf(TypeError, "context variable name must be a str")
	}
	cv := &ContextVar{name: s, def: def}
	cv.self = Value{t: ContextVarType, o: cv}
	return cv.self, nil
}

func contextVarName(th *Thread, self Value) (Value, *Exception) {
	return NewStr(self.o.(*ContextVar).name), nil
}

func contextVarSetName(th *Thread, self, v Value) *Exception {
	return Errorf(AttributeError, "readonly attribute")
}

func contextVarSet(th *Thread, self Value, cv *ContextVar, args []Value) (Value, *Exception) {
	c := th.currentContext()
	old, _ := c.lookup(cv)
	c.vars = c.with(cv, args[0])
	return Value{t: TokenType, o: &Token{ctx: c, v: cv, old: old}}, nil
}

func tokenNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return Value{}, Errorf(RuntimeError, "Tokens can only be created by ContextVars")
}

func tokenVar(th *Thread, self Value) (Value, *Exception) { return self.o.(*Token).v.self, nil }

func tokenOldValue(th *Thread, self Value) (Value, *Exception) {
	if old := self.o.(*Token).old; old.IsValid() {
		return old, nil
	}
	return TokenMissing, nil
}

func tokenMissingRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return NewStr("<Token.MISSING>"), nil
}

func contextNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args) > 1 {
		return Value{}, Errorf(TypeError, "Context() does not accept any arguments")
	}
	return (&Context{}).Value(), nil
}

func contextRun(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if len(args)-len(kw) < 2 {
		return Value{}, Errorf(TypeError, "run() missing 1 required positional argument")
	}
	prev, err := th.EnterContext(args[0].o.(*Context))
	if err != nil {
		return Value{}, err
	}
	r, err := th.Call(args[1], args[2:], kw)
	th.ExitContext(prev)
	return r, err
}

func contextCopy(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	return c.Copy().Value(), nil
}

func contextGetitem(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	cv, err := contextKey(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if v, ok := c.lookup(cv); ok {
		return v, nil
	}
	return Value{}, NewException(KeyError, args[0])
}

func contextContains(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	cv, err := contextKey(th, args[0])
	if err != nil {
		return Value{}, err
	}
	_, ok := c.lookup(cv)
	return Bool(ok), nil
}

func contextGet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	var key, def Value
	if err := th.UnpackArgs("get", args[1:], kw, "key", &key, "default?", &def); err != nil {
		return Value{}, err
	}
	cv, err := contextKey(th, key)
	if err != nil {
		return Value{}, err
	}
	if v, ok := args[0].o.(*Context).lookup(cv); ok {
		return v, nil
	}
	if def.IsValid() {
		return def, nil
	}
	return None, nil
}

func contextLen(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	return Int(int64(len(c.vars))), nil
}

func contextKeys(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	return NewList(c.entries(func(e ctxEntry) Value { return e.v.self })), nil
}

func contextValues(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	return NewList(c.entries(func(e ctxEntry) Value { return e.val })), nil
}

func contextItems(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	return NewList(c.entries(func(e ctxEntry) Value { return NewTuple([]Value{e.v.self, e.val}) })), nil
}

func contextIter(th *Thread, self Value, c *Context, args []Value) (Value, *Exception) {
	return NewTupleIter(c.entries(func(e ctxEntry) Value { return e.v.self })), nil
}

// entries is f of each of c's entries, in order.
func (c *Context) entries(f func(e ctxEntry) Value) []Value {
	out := make([]Value, len(c.vars))
	for i, e := range c.vars {
		out[i] = f(e)
	}
	return out
}

func contextEq(th *Thread, self Value, a *Context, args []Value) (Value, *Exception) {
	b := AsContext(args[0])
	if b == nil {
		return NotImplemented, nil
	}
	if len(a.vars) != len(b.vars) {
		return False, nil
	}
	for _, e := range a.vars {
		v, ok := b.lookup(e.v)
		if !ok {
			return False, nil
		}
		if eq, err := th.Equal(e.val, v); err != nil || !eq {
			return False, err
		}
	}
	return True, nil
}

func contextVarGet(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cv := args[0].o.(*ContextVar)
	if err := NoKwargs("get", kw); err != nil {
		return Value{}, err
	}
	if len(args) > 2 {
		return Value{}, Errorf(TypeError, "get expected at most 1 argument, got %d", len(args)-1)
	}
	if th.Ctx != nil {
		if v, ok := th.Ctx.lookup(cv); ok {
			return v, nil
		}
	}
	if len(args) == 2 {
		return args[1], nil
	}
	if cv.def.IsValid() {
		return cv.def, nil
	}
	return Value{}, NewException(LookupError, cv.self)
}

func contextVarReset(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("ContextVar.reset", args[1:], kw, 1, 1); err != nil {
		return Value{}, err
	}
	cv := args[0].o.(*ContextVar)
	tk, ok := args[1].o.(*Token)
	if !ok || args[1].t != TokenType {
		r, err := th.Repr(args[1])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(TypeError, "expected an instance of Token, got %s", r)
	}
	r, err := tk.repr(th)
	if err != nil {
		return Value{}, err
	}
	switch {
	case tk.used:
		return Value{}, Errorf(RuntimeError, "%s has already been used once", r)
	case tk.v != cv:
		return Value{}, Errorf(ValueError, "%s was created by a different ContextVar", r)
	case tk.ctx != th.Ctx:
		return Value{}, Errorf(ValueError, "%s was created in a different Context", r)
	}
	tk.used = true
	th.Ctx.vars = th.Ctx.with(cv, tk.old)
	return None, nil
}

func contextVarRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := args[0].o.(*ContextVar).repr(th)
	return NewStr(s), err
}

func tokenRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	s, err := args[0].o.(*Token).repr(th)
	return NewStr(s), err
}
