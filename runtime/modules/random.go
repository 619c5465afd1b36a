package modules

import (
	"math"
	"math/big"
	"math/bits"
	"time"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The random module. _random.Random is CPython's Mersenne Twister (MT19937)
// with CPython's seeding (init_by_array over the 32-bit words of the
// seed's absolute value; str/bytes through sha512 as version 2 does), so
// random.seed(42) gives CPython's numbers. The methods used in hot loops
// (random, getrandbits, randrange, randint, choice, shuffle, uniform) are
// Go; the rest of random.Random (sample, choices, gauss, ...) is
// py/random.py, which subclasses this type as CPython's random.py does.

const mtN = 624

type mt19937 struct {
	state [mtN]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		p := m.state[i-1]
		m.state[i] = 1812433253*(p^(p>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		p := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		p := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((p ^ (p >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

func (m *mt19937) genrand() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	mag := func(y uint32) uint32 { return (y & 1) * 0x9908b0df }
	if m.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-397; kk++ {
			y := (m.state[kk] & upper) | (m.state[kk+1] & lower)
			m.state[kk] = m.state[kk+397] ^ (y >> 1) ^ mag(y)
		}
		for ; kk < mtN-1; kk++ {
			y := (m.state[kk] & upper) | (m.state[kk+1] & lower)
			m.state[kk] = m.state[kk+(397-mtN)] ^ (y >> 1) ^ mag(y)
		}
		y := (m.state[mtN-1] & upper) | (m.state[0] & lower)
		m.state[mtN-1] = m.state[396] ^ (y >> 1) ^ mag(y)
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is CPython's random_random: 53 bits from two outputs.
func (m *mt19937) random() float64 {
	a := m.genrand() >> 5
	b := m.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits64 returns getrandbits(k) for 0 < k <= 64.
func (m *mt19937) bits64(k int) uint64 {
	if k <= 32 {
		return uint64(m.genrand() >> (32 - k))
	}
	lo := uint64(m.genrand())
	hi := uint64(m.genrand() >> (64 - k))
	return hi<<32 | lo
}

// bigBits returns getrandbits(k) for any k >= 0.
func (m *mt19937) bigBits(k int) *big.Int {
	if k <= 64 {
		if k == 0 {
			return new(big.Int)
		}
		return new(big.Int).SetUint64(m.bits64(k))
	}
	words := (k-1)/32 + 1
	be := make([]byte, words*4) // big-endian bytes, least significant word last
	for i := 0; i < words; i++ {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		off := (words - 1 - i) * 4
		be[off], be[off+1], be[off+2], be[off+3] = byte(r>>24), byte(r>>16), byte(r>>8), byte(r)
		k -= 32
	}
	return new(big.Int).SetBytes(be)
}

// below is _randbelow_with_getrandbits(n) for 0 < n < 2**63.
func (m *mt19937) below(n uint64) uint64 {
	k := bits.Len64(n)
	r := m.bits64(k)
	for r >= n {
		r = m.bits64(k)
	}
	return r
}

// belowBig is _randbelow for any positive n.
func (m *mt19937) belowBig(n *big.Int) *big.Int {
	if n.IsUint64() && n.Uint64() < 1<<63 {
		return new(big.Int).SetUint64(m.below(n.Uint64()))
	}
	k := n.BitLen()
	r := m.bigBits(k)
	for r.Cmp(n) >= 0 {
		r = m.bigBits(k)
	}
	return r
}

// seedInt seeds from a non-negative integer as CPython's random_seed.
func (m *mt19937) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	for _, w := range n.Bits() {
		if bits.UintSize == 64 {
			key = append(key, uint32(w), uint32(uint64(w)>>32))
		} else {
			key = append(key, uint32(w))
		}
	}
	for len(key) > 0 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

// RandomType is _random.Random.
var RandomType = core.NewStaticType("Random")

func mtOf(v core.Value) (*mt19937, *core.Exception) {
	if m, ok := core.Unwrap(v).Obj().(*mt19937); ok {
		return m, nil
	}
	return nil, core.Errorf(core.TypeError, "descriptor requires a '_random.Random' object but received '%s'", core.TypeName(v))
}

// randomArgs unpacks the arguments of a Random method after self (pairs
// as th.UnpackArgs takes them) and returns self's generator.
func randomArgs(th *core.Thread, name string, args []core.Value, kw []string, pairs ...any) (*mt19937, *core.Exception) {
	var s core.Value
	if err := th.UnpackArgs(name, args, kw, append([]any{"self", &s}, pairs...)...); err != nil {
		return nil, err
	}
	return mtOf(s)
}

// seedFrom applies Random.seed(a, version) semantics.
func seedFrom(th *core.Thread, m *mt19937, a, version core.Value) *core.Exception {
	if !a.IsValid() || a.IsNone() {
		m.seedInt(big.NewInt(time.Now().UnixNano()))
		return nil
	}
	ver := int64(2)
	if version.IsValid() {
		v, err := th.IndexValue(version)
		if err != nil {
			return err
		}
		ver, _ = core.AsInt64(v)
	}
	u := core.Unwrap(a)
	var raw []byte
	isText := false
	switch u.Type() {
	case core.StrType:
		s, _ := u.AsStr()
		raw, isText = []byte(s), true
	case core.BytesType, core.ByteArrayType:
		b, err := th.CallMethod(u, "hex")
		if err != nil {
			return err
		}
		hx, _ := b.AsStr()
		raw = make([]byte, len(hx)/2)
		for i := range raw {
			raw[i] = unhex(hx[2*i])<<4 | unhex(hx[2*i+1])
		}
		isText = true
	}
	if isText && ver == 2 {
		sum := sum512(raw)
		m.seedInt(new(big.Int).SetBytes(append(raw, sum[:]...)))
		return nil
	}
	if isText && ver == 1 {
		var x uint64
		rs := []rune(string(raw))
		if u.Type() != core.StrType {
			rs = make([]rune, len(raw))
			for i, b := range raw {
				rs[i] = rune(b)
			}
		}
		if len(rs) > 0 {
			x = uint64(rs[0]) << 7
		}
		for _, c := range rs {
			x = (1000003 * x) ^ uint64(c)
		}
		x ^= uint64(len(rs))
		m.seedInt(new(big.Int).SetUint64(x))
		return nil
	}
	if core.IsInt(u) {
		iv, err := th.IndexValue(u)
		if err != nil {
			return err
		}
		if b := iv.BigInt(); b != nil {
			m.seedInt(b)
		} else {
			m.seedInt(big.NewInt(iv.Int64()))
		}
		return nil
	}
	if u.Type() != core.FloatType && !u.Type().IsSubtype(core.FloatType) {
		return core.Errorf(core.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	h, err := th.Hash(a)
	if err != nil {
		return err
	}
	m.seedInt(big.NewInt(h))
	return nil
}

func unhex(c byte) byte {
	if c >= 'a' {
		return c - 'a' + 10
	}
	return c - '0'
}

// randIndex reads an int argument of randrange (floats that are whole
// numbers are refused as 3.12 does; 3.11 only warns, and its error for
// non-integral ones is this ValueError).
func randIndex(th *core.Thread, v core.Value, what string) (*big.Int, *core.Exception) {
	if u := core.Unwrap(v); u.IsFloat() {
		f := u.Float64()
		if f != math.Trunc(f) || math.IsInf(f, 0) {
			return nil, core.Errorf(core.ValueError, "non-integer %s for randrange()", what)
		}
		b, _ := new(big.Float).SetFloat64(f).Int(nil)
		return b, nil
	}
	return bigOf(th, v)
}

// randrange implements Random.randrange(start, stop=None, step=1).
func randrange(th *core.Thread, m *mt19937, startV, stopV, stepV core.Value) (core.Value, *core.Exception) {
	// Fast path: small ints, step 1.
	if startV.IsSmallInt() && (!stepV.IsValid() || stepV.IsSmallInt() && stepV.Int64() == 1) {
		start := startV.Int64()
		if !stopV.IsValid() || stopV.IsNone() {
			if start > 0 {
				return core.Int(int64(m.below(uint64(start)))), nil
			}
			return core.Value{}, core.Errorf(core.ValueError, "empty range for randrange()")
		}
		if stopV.IsSmallInt() {
			stop := stopV.Int64()
			width := stop - start
			if (width > 0) == (stop > start) && width > 0 && width < 1<<62 {
				return core.Int(start + int64(m.below(uint64(width)))), nil
			}
		}
	}
	start, err := randIndex(th, startV, "arg 1")
	if err != nil {
		return core.Value{}, err
	}
	if !stopV.IsValid() || stopV.IsNone() {
		if stepV.IsValid() {
			return core.Value{}, core.Errorf(core.TypeError, "Missing a non-None stop argument")
		}
		if start.Sign() > 0 {
			return core.BigInt(m.belowBig(start)), nil
		}
		return core.Value{}, core.Errorf(core.ValueError, "empty range for randrange()")
	}
	stop, err := randIndex(th, stopV, "stop")
	if err != nil {
		return core.Value{}, err
	}
	width := new(big.Int).Sub(stop, start)
	step := big.NewInt(1)
	if stepV.IsValid() {
		if step, err = randIndex(th, stepV, "step"); err != nil {
			return core.Value{}, err
		}
	}
	if step.IsInt64() && step.Int64() == 1 {
		if width.Sign() > 0 {
			return core.BigInt(new(big.Int).Add(start, m.belowBig(width))), nil
		}
		return core.Value{}, core.Errorf(core.ValueError, "empty range for randrange() (%s, %s, %s)", start, stop, width)
	}
	var n *big.Int
	switch step.Sign() {
	case 1:
		n = new(big.Int).Add(width, step)
		n.Sub(n, big.NewInt(1))
	case -1:
		n = new(big.Int).Add(width, step)
		n.Add(n, big.NewInt(1))
	default:
		return core.Value{}, core.Errorf(core.ValueError, "zero step for randrange()")
	}
	// Python's floor division.
	q, r := new(big.Int).QuoRem(n, step, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (step.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	if q.Sign() <= 0 {
		return core.Value{}, core.Errorf(core.ValueError, "empty range for randrange()")
	}
	res := m.belowBig(q)
	res.Mul(res, step)
	return core.BigInt(res.Add(res, start)), nil
}

// randomMethods and randomFuncs are _random.Random's method tables
// (core/method.go says how to add one): methods with fixed arguments, and
// those that read their own (keywords included).
var randomMethods = []core.MethodDef[*mt19937]{
	{Name: "random", Min: 0, Max: 0, Fn: randomRandom},
	{Name: "getrandbits", Min: 1, Max: 1, Fn: randomGetrandbits},
	{Name: "_randbelow", Min: 1, Max: 1, Fn: randomRandbelow},
	{Name: "choice", Min: 1, Max: 1, Fn: randomChoice},
	{Name: "shuffle", Min: 1, Max: 1, Fn: randomShuffle},
	{Name: "getstate", Min: 0, Max: 0, Fn: randomGetstate},
	{Name: "setstate", Min: 1, Max: 1, Fn: randomSetstate},
}

var randomFuncs = []core.FuncDef{
	{Name: "seed", Fn: randomSeed},
	{Name: "randrange", Fn: randomRandrange},
	{Name: "randint", Fn: randomRandint},
	{Name: "uniform", Fn: randomUniform},
}

func randomRandom(th *core.Thread, self core.Value, m *mt19937, args []core.Value) (core.Value, *core.Exception) {
	return core.Float(m.random()), nil
}

func randomSeed(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var a, version core.Value
	m, err := randomArgs(th, "seed", args, kw, "a?", &a, "version?", &version)
	if err != nil {
		return core.Value{}, err
	}
	return core.None, seedFrom(th, m, a, version)
}

func randomGetrandbits(th *core.Thread, self core.Value, m *mt19937, args []core.Value) (core.Value, *core.Exception) {
	k, err := th.IndexInt(args[0])
	if err != nil {
		return core.Value{}, err
	}
	if k < 0 {
		return core.Value{}, core.Errorf(core.ValueError, "number of bits must be non-negative")
	}
	if k < 64 {
		if k == 0 {
			return core.Int(0), nil
		}
		return core.Int(int64(m.bits64(k))), nil
	}
	return core.BigInt(m.bigBits(k)), nil
}

func randomRandbelow(th *core.Thread, self core.Value, m *mt19937, args []core.Value) (core.Value, *core.Exception) {
	n, err := bigOf(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	if n.Sign() <= 0 {
		return core.Int(0), nil
	}
	return core.BigInt(m.belowBig(n)), nil
}

func randomRandrange(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var start, stop, step core.Value
	m, err := randomArgs(th, "randrange", args, kw, "start", &start, "stop?", &stop, "step?", &step)
	if err != nil {
		return core.Value{}, err
	}
	return randrange(th, m, start, stop, step)
}

func randomRandint(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var a, b core.Value
	m, err := randomArgs(th, "randint", args, kw, "a", &a, "b", &b)
	if err != nil {
		return core.Value{}, err
	}
	if b.IsSmallInt() && b.Int64() < math.MaxInt64 {
		return randrange(th, m, a, core.Int(b.Int64()+1), core.Value{})
	}
	b1, err := th.Binary(core.Add, b, core.Int(1))
	if err != nil {
		return core.Value{}, err
	}
	return randrange(th, m, a, b1, core.Value{})
}

func randomChoice(th *core.Thread, self core.Value, m *mt19937, args []core.Value) (core.Value, *core.Exception) {
	seq := args[0]
	n, err := th.Len(seq)
	if err != nil {
		return core.Value{}, err
	}
	if n == 0 {
		return core.Value{}, core.Errorf(core.IndexError, "Cannot choose from an empty sequence")
	}
	i := int64(m.below(uint64(n)))
	if items, ok := core.AsList(seq); ok && seq.Type() == core.ListType {
		return items[i], nil
	}
	return th.GetItem(seq, core.Int(i))
}

func randomShuffle(th *core.Thread, self core.Value, m *mt19937, args []core.Value) (core.Value, *core.Exception) {
	x := args[0]
	if items, ok := core.AsList(x); ok && x.Type() == core.ListType {
		for i := len(items) - 1; i >= 1; i-- {
			j := m.below(uint64(i + 1))
			items[i], items[j] = items[j], items[i]
		}
		return core.None, nil
	}
	n, err := th.Len(x)
	if err != nil {
		return core.Value{}, err
	}
	for i := n - 1; i >= 1; i-- {
		j := core.Int(int64(m.below(uint64(i + 1))))
		a, err := th.GetItem(x, core.Int(int64(i)))
		if err != nil {
			return core.Value{}, err
		}
		b, err := th.GetItem(x, j)
		if err != nil {
			return core.Value{}, err
		}
		if err := th.SetItem(x, core.Int(int64(i)), b); err != nil {
			return core.Value{}, err
		}
		if err := th.SetItem(x, j, a); err != nil {
			return core.Value{}, err
		}
	}
	return core.None, nil
}

func randomUniform(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var a, b core.Value
	m, err := randomArgs(th, "uniform", args, kw, "a", &a, "b", &b)
	if err != nil {
		return core.Value{}, err
	}
	// a + (b - a) * random(), with Python's operators.
	d, err := th.Binary(core.Sub, b, a)
	if err != nil {
		return core.Value{}, err
	}
	p, err := th.Binary(core.Mul, d, core.Float(m.random()))
	if err != nil {
		return core.Value{}, err
	}
	return th.Binary(core.Add, a, p)
}

func randomGetstate(th *core.Thread, self core.Value, m *mt19937, args []core.Value) (core.Value, *core.Exception) {
	items := make([]core.Value, mtN+1)
	for i, w := range m.state {
		items[i] = core.Int(int64(w))
	}
	items[mtN] = core.Int(int64(m.index))
	return core.NewTuple(items), nil
}

func randomSetstate(th *core.Thread, self core.Value, m *mt19937, args []core.Value) (core.Value, *core.Exception) {
	items, ok := core.AsTuple(args[0])
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "state vector must be a tuple")
	}
	if len(items) != mtN+1 {
		return core.Value{}, core.Errorf(core.ValueError, "state vector is the wrong size")
	}
	for i := 0; i <= mtN; i++ {
		w, ok := core.AsInt64(items[i])
		if !ok || w < 0 || w > math.MaxUint32 {
			return core.Value{}, core.Errorf(core.OverflowError, "Python int too large to convert to C unsigned long")
		}
		if i < mtN {
			m.state[i] = uint32(w)
		} else {
			if w > mtN {
				return core.Value{}, core.Errorf(core.ValueError, "invalid state")
			}
			m.index = int(w)
		}
	}
	return core.None, nil
}

func init() {
	RandomType.Module = "_random"
	RandomType.AddStaticMethod("__new__", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		cls, rest, err := newOf("Random", args)
		if err != nil {
			return core.Value{}, err
		}
		m := &mt19937{}
		if cls == RandomType {
			if len(kw) > 0 {
				return core.Value{}, core.Errorf(core.TypeError, "Random() takes no keyword arguments")
			}
			if len(rest) > 1 {
				return core.Value{}, core.Errorf(core.TypeError, "Random() expected at most 1 argument, got %d", len(rest))
			}
			var a core.Value
			if len(rest) == 1 {
				a = rest[0]
			}
			if err := seedFrom(th, m, a, core.Value{}); err != nil {
				return core.Value{}, err
			}
		} else {
			m.seedInt(big.NewInt(time.Now().UnixNano()))
		}
		return wrap(cls, RandomType, m), nil
	})
	core.AddMethods(RandomType, core.ObjectOf[*mt19937], randomMethods)
	core.AddFuncs(RandomType, randomFuncs)
}

func initRandomBase(th *core.Thread, m *core.Module) *core.Exception {
	m.Dict.SetStr("Random", RandomType.Value())
	return nil
}
