package modules

import (
	"github.com/asynchrony/asynchrony/runtime/core"
)

// The itertools that run in hot loops, in Go with CPython's algorithms
// (so results come in the same order): product, permutations,
// combinations, combinations_with_replacement, chain, islice, count and
// repeat. The rest of the module is py/itertools.py.

// combinatoric is the state shared by product, permutations and the
// combinations: a pool per position (product) or one pool, and indices.
type combinatoric struct {
	kind    byte // 'p' product, 'P' permutations, 'c' combinations, 'r' with replacement
	pools   [][]core.Value
	pool    []core.Value
	r       int
	indices []int
	cycles  []int
	started bool
	done    bool
}

func (c *combinatoric) result() core.Value {
	out := make([]core.Value, len(c.indices))
	switch c.kind {
	case 'p':
		for i, j := range c.indices {
			out[i] = c.pools[i][j]
		}
	case 'P':
		for i := 0; i < c.r; i++ {
			out[i] = c.pool[c.indices[i]]
		}
		out = out[:c.r]
	default:
		for i, j := range c.indices {
			out[i] = c.pool[j]
		}
	}
	return core.NewTuple(out)
}

func (c *combinatoric) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if c.done {
		return core.Value{}, false, nil
	}
	if !c.started {
		c.started = true
		return c.result(), true, nil
	}
	n := len(c.pool)
	switch c.kind {
	case 'p':
		i := len(c.indices) - 1
		for ; i >= 0; i-- {
			c.indices[i]++
			if c.indices[i] < len(c.pools[i]) {
				break
			}
			c.indices[i] = 0
		}
		if i < 0 {
			c.done = true
			return core.Value{}, false, nil
		}
	case 'P':
		i := c.r - 1
		for ; i >= 0; i-- {
			c.cycles[i]--
			if c.cycles[i] == 0 {
				// Rotate indices[i:] left by one.
				first := c.indices[i]
				copy(c.indices[i:], c.indices[i+1:])
				c.indices[n-1] = first
				c.cycles[i] = n - i
				continue
			}
			j := c.cycles[i]
			c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
			break
		}
		if i < 0 {
			c.done = true
			return core.Value{}, false, nil
		}
	case 'c':
		i := c.r - 1
		for ; i >= 0 && c.indices[i] == i+n-c.r; i-- {
		}
		if i < 0 {
			c.done = true
			return core.Value{}, false, nil
		}
		c.indices[i]++
		for j := i + 1; j < c.r; j++ {
			c.indices[j] = c.indices[j-1] + 1
		}
	case 'r':
		i := c.r - 1
		for ; i >= 0 && c.indices[i] == n-1; i-- {
		}
		if i < 0 {
			c.done = true
			return core.Value{}, false, nil
		}
		v := c.indices[i] + 1
		for j := i; j < c.r; j++ {
			c.indices[j] = v
		}
	}
	return c.result(), true, nil
}

var (
	productType      = newIterType("product", "itertools")
	permutationsType = newIterType("permutations", "itertools")
	combinationsType = newIterType("combinations", "itertools")
	combRepType      = newIterType("combinations_with_replacement", "itertools")
	chainType        = newIterType("chain", "itertools")
	isliceType       = newIterType("islice", "itertools")
	countType        = newIterType("count", "itertools")
	repeatType       = newIterType("repeat", "itertools")
)

func productNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOf("product", args)
	if err != nil {
		return core.Value{}, err
	}
	pos, kws, err := kwArgs("product", args, kw, "repeat")
	if err != nil {
		return core.Value{}, err
	}
	repeat := 1
	if r, ok := kws["repeat"]; ok {
		if repeat, err = th.IndexInt(r); err != nil {
			return core.Value{}, err
		}
		if repeat < 0 {
			return core.Value{}, core.Errorf(core.ValueError, "repeat argument cannot be negative")
		}
	}
	var base [][]core.Value
	for _, a := range pos {
		items, err := th.Collect(a)
		if err != nil {
			return core.Value{}, err
		}
		base = append(base, items)
	}
	c := &combinatoric{kind: 'p'}
	for i := 0; i < repeat; i++ {
		c.pools = append(c.pools, base...)
	}
	c.indices = make([]int, len(c.pools))
	for _, p := range c.pools {
		if len(p) == 0 {
			c.done = true
		}
	}
	return wrap(cls, productType, c), nil
}

func poolAndR(th *core.Thread, name string, args []core.Value, kw []string, rOptional bool) (*core.Type, []core.Value, int, *core.Exception) {
	cls, args, err := newOf(name, args)
	if err != nil {
		return nil, nil, 0, err
	}
	var it, rv core.Value
	spec := "r"
	if rOptional {
		spec = "r?"
	}
	if err := th.UnpackArgs(name, args, kw, "iterable", &it, spec, &rv); err != nil {
		return nil, nil, 0, err
	}
	pool, err := th.Collect(it)
	if err != nil {
		return nil, nil, 0, err
	}
	r := len(pool)
	if rv.IsValid() && !rv.IsNone() {
		if !core.IsInt(core.Unwrap(rv)) {
			return nil, nil, 0, core.Errorf(core.TypeError, "Expected int as r")
		}
		if r, err = th.IndexInt(rv); err != nil {
			return nil, nil, 0, err
		}
		if r < 0 {
			return nil, nil, 0, core.Errorf(core.ValueError, "r must be non-negative")
		}
	}
	return cls, pool, r, nil
}

func permutationsNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, pool, r, err := poolAndR(th, "permutations", args, kw, true)
	if err != nil {
		return core.Value{}, err
	}
	n := len(pool)
	c := &combinatoric{kind: 'P', pool: pool, r: r, done: r > n}
	c.indices = make([]int, n)
	for i := range c.indices {
		c.indices[i] = i
	}
	if r <= n {
		c.cycles = make([]int, r)
		for i := range c.cycles {
			c.cycles[i] = n - i
		}
	}
	return wrap(cls, permutationsType, c), nil
}

func combinationsNew(kind byte, name string, t **core.Type) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		cls, pool, r, err := poolAndR(th, name, args, kw, false)
		if err != nil {
			return core.Value{}, err
		}
		c := &combinatoric{kind: kind, pool: pool, r: r, indices: make([]int, r)}
		if kind == 'c' {
			c.done = r > len(pool)
			for i := range c.indices {
				c.indices[i] = i
			}
		} else {
			c.done = len(pool) == 0 && r > 0
		}
		return wrap(cls, *t, c), nil
	}
}

type chainIter struct {
	source core.Value // iterator over the iterables
	active core.Value // the current iterator
}

func (c *chainIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	for {
		if !c.active.IsValid() {
			if !c.source.IsValid() {
				return core.Value{}, false, nil
			}
			it, ok, err := th.Next(c.source)
			if err != nil {
				return core.Value{}, false, err
			}
			if !ok {
				c.source = core.Value{}
				return core.Value{}, false, nil
			}
			if c.active, err = th.Iter(it); err != nil {
				return core.Value{}, false, err
			}
		}
		v, ok, err := th.Next(c.active)
		if err != nil {
			return core.Value{}, false, err
		}
		if ok {
			return v, true, nil
		}
		c.active = core.Value{}
	}
}

func chainNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOfNoKw("chain", chainType, args, kw)
	if err != nil {
		return core.Value{}, err
	}
	src, err := th.Iter(core.NewTuple(append([]core.Value(nil), args...)))
	if err != nil {
		return core.Value{}, err
	}
	return wrap(cls, chainType, &chainIter{source: src}), nil
}

func chainFromIterable(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("from_iterable", args[1:], kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	src, err := th.Iter(args[1])
	if err != nil {
		return core.Value{}, err
	}
	cls := args[0].AsType()
	return wrap(cls, chainType, &chainIter{source: src}), nil
}

type isliceIter struct {
	it                core.Value
	next, stop, step  int
	i                 int
	unbounded, closed bool
}

func (s *isliceIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if s.closed {
		return core.Value{}, false, nil
	}
	for {
		if !s.unbounded && s.next >= s.stop {
			// Consume up to stop, as CPython does, then finish.
			for s.i < s.stop {
				_, ok, err := th.Next(s.it)
				if err != nil {
					return core.Value{}, false, err
				}
				if !ok {
					break
				}
				s.i++
			}
			s.closed = true
			return core.Value{}, false, nil
		}
		v, ok, err := th.Next(s.it)
		if err != nil {
			return core.Value{}, false, err
		}
		if !ok {
			s.closed = true
			return core.Value{}, false, nil
		}
		s.i++
		if s.i-1 == s.next {
			s.next += s.step
			return v, true, nil
		}
	}
}

func isliceNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOfNoKw("islice", isliceType, args, kw)
	if err != nil {
		return core.Value{}, err
	}
	if len(args) < 2 || len(args) > 4 {
		return core.Value{}, core.Errorf(core.TypeError, "islice expected at most 4 arguments, got %d", len(args))
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return core.Value{}, err
	}
	s := &isliceIter{it: it, step: 1}
	index := func(v core.Value, msg string) (int, bool, *core.Exception) {
		if v.IsNone() {
			return 0, false, nil
		}
		n, err := th.IndexInt(v)
		if err != nil || n < 0 {
			return 0, false, core.Errorf(core.ValueError, "%s", msg)
		}
		return n, true, nil
	}
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	if len(args) == 2 {
		stop, ok, err := index(args[1], stopMsg)
		if err != nil {
			return core.Value{}, err
		}
		s.stop, s.unbounded = stop, !ok
	} else {
		start, _, err := index(args[1], idxMsg)
		if err != nil {
			return core.Value{}, err
		}
		stop, ok, err := index(args[2], stopMsg)
		if err != nil {
			return core.Value{}, err
		}
		s.next, s.stop, s.unbounded = start, stop, !ok
		if len(args) == 4 && !args[3].IsNone() {
			step, err := th.IndexInt(args[3])
			if err != nil || step <= 0 {
				return core.Value{}, core.Errorf(core.ValueError, "Step for islice() must be a positive integer or None.")
			}
			s.step = step
		}
	}
	return wrap(cls, isliceType, s), nil
}

type countIter struct{ cur, step core.Value }

func (c *countIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	v := c.cur
	if v.IsSmallInt() && c.step.IsSmallInt() {
		a, b := v.Int64(), c.step.Int64()
		if s := a + b; (s > a) == (b > 0) {
			c.cur = core.Int(s)
			return v, true, nil
		}
	}
	next, err := th.Binary(core.Add, v, c.step)
	if err != nil {
		return core.Value{}, false, err
	}
	c.cur = next
	return v, true, nil
}

func countNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOf("count", args)
	if err != nil {
		return core.Value{}, err
	}
	start, step := core.Int(0), core.Int(1)
	if err := th.UnpackArgs("count", args, kw, "start?", &start, "step?", &step); err != nil {
		return core.Value{}, err
	}
	for _, v := range []core.Value{start, step} {
		if _, ok := v.Type().Lookup("__add__"); !ok {
			return core.Value{}, core.Errorf(core.TypeError, "a number is required")
		}
	}
	return wrap(cls, countType, &countIter{cur: start, step: step}), nil
}

type repeatIter struct {
	obj   core.Value
	times int // -1: forever
}

func (r *repeatIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if r.times == 0 {
		return core.Value{}, false, nil
	}
	if r.times > 0 {
		r.times--
	}
	return r.obj, true, nil
}

func repeatNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	cls, args, err := newOf("repeat", args)
	if err != nil {
		return core.Value{}, err
	}
	var obj, times core.Value
	if err := th.UnpackArgs("repeat", args, kw, "object", &obj, "times?", &times); err != nil {
		return core.Value{}, err
	}
	r := &repeatIter{obj: obj, times: -1}
	if times.IsValid() {
		n, err := th.IndexInt(times)
		if err != nil {
			return core.Value{}, err
		}
		r.times = max(n, 0)
	}
	return wrap(cls, repeatType, r), nil
}

func init() {
	productType.AddStaticMethod("__new__", productNew)
	permutationsType.AddStaticMethod("__new__", permutationsNew)
	combinationsType.AddStaticMethod("__new__", combinationsNew('c', "combinations", &combinationsType))
	combRepType.AddStaticMethod("__new__", combinationsNew('r', "combinations_with_replacement", &combRepType))
	chainType.AddStaticMethod("__new__", chainNew)
	chainType.AddClassMethod("from_iterable", chainFromIterable)
	isliceType.AddStaticMethod("__new__", isliceNew)
	countType.AddStaticMethod("__new__", countNew)
	core.AddMethods(countType, core.ObjectOf[*countIter], countMethods)
	repeatType.AddStaticMethod("__new__", repeatNew)
	core.AddMethods(repeatType, core.ObjectOf[*repeatIter], repeatMethods)
}

// countMethods and repeatMethods are the methods count and repeat add to
// newIterType's (core/method.go says how to add one).
var countMethods = []core.MethodDef[*countIter]{
	{Name: "__repr__", Min: 0, Max: 0, Fn: countRepr},
}

var repeatMethods = []core.MethodDef[*repeatIter]{
	{Name: "__repr__", Min: 0, Max: 0, Fn: repeatRepr},
	{Name: "__length_hint__", Min: 0, Max: 0, Fn: repeatLengthHint},
}

func countRepr(th *core.Thread, self core.Value, c *countIter, args []core.Value) (core.Value, *core.Exception) {
	cur, err := th.Repr(c.cur)
	if err != nil {
		return core.Value{}, err
	}
	if c.step.IsSmallInt() && c.step.Int64() == 1 {
		return core.NewStr("count(" + cur + ")"), nil
	}
	step, err := th.Repr(c.step)
	if err != nil {
		return core.Value{}, err
	}
	return core.NewStr("count(" + cur + ", " + step + ")"), nil
}

func repeatRepr(th *core.Thread, self core.Value, r *repeatIter, args []core.Value) (core.Value, *core.Exception) {
	obj, err := th.Repr(r.obj)
	if err != nil {
		return core.Value{}, err
	}
	if r.times < 0 {
		return core.NewStr("repeat(" + obj + ")"), nil
	}
	return core.NewStr("repeat(" + obj + ", " + itoa(r.times) + ")"), nil
}

func repeatLengthHint(th *core.Thread, self core.Value, r *repeatIter, args []core.Value) (core.Value, *core.Exception) {
	if r.times < 0 {
		return core.Value{}, core.Errorf(core.TypeError, "len() of unsized object")
	}
	return core.Int(int64(r.times)), nil
}

func initItertools(th *core.Thread, m *core.Module) *core.Exception {
	for _, t := range []*core.Type{productType, permutationsType, combinationsType, combRepType,
		chainType, isliceType, countType, repeatType} {
		m.Dict.SetStr(t.Name, t.Value())
	}
	return nil
}
