package core

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// int and bool. Ints that fit in int64 are held inline in the Value; larger
// ones as a *big.Int (BigInt normalizes back to inline when a result fits).
// bool is a subclass of int whose inline payload is 0 or 1.

// intFuncs are int's methods besides the operators (method.go says how to
// add one).
var intFuncs = []FuncDef{
	{"__float__", intFloat},
	{"__pow__", intPowMethod(false)},
	{"__rpow__", intPowMethod(true)},
	{"__divmod__", intDivmodMethod(false)},
	{"__rdivmod__", intDivmodMethod(true)},
	{"__neg__", intUnary("__neg__", intNeg)},
	{"__pos__", intUnary("__pos__", intValue)},
	{"__abs__", intUnary("__abs__", intAbs)},
	{"__round__", intRound},
	{"__repr__", intRepr},
	{"__format__", intFormat},
	{"__hash__", intHash},
	{"__bool__", intBool},
	{"bit_length", intUnary("bit_length", intBitLength)},
	{"bit_count", intUnary("bit_count", intBitCount)},
	{"to_bytes", intToBytes},
	{"__invert__", intUnary("__invert__", intInvert)},
	{"__int__", intUnary("__int__", intValue)},
	{"__index__", intUnary("__index__", intValue)},
	{"__trunc__", intUnary("__trunc__", intValue)},
	{"__floor__", intUnary("__floor__", intValue)},
	{"__ceil__", intUnary("__ceil__", intValue)},
	{"conjugate", intUnary("conjugate", intValue)},
	{"__getnewargs__", intUnary("__getnewargs__", intGetnewargs)},
	{"as_integer_ratio", intUnary("as_integer_ratio", intAsIntegerRatio)},
}

var intGetSets = []GetSetDef{
	{"real", intReal, nil},
	{"numerator", intReal, nil},
	{"imag", intImag, nil},
	{"denominator", intDenominator, nil},
}

// intOf returns the int value of v (int, bool, or an instance of an int
// subclass): small when b is nil, else b.
func intOf(v Value) (small int64, b *big.Int, ok bool) {
	if v.t != IntType && v.t != BoolType {
		if v.t == nil || v.t.Static || !v.t.IsSubtype(IntType) {
			return 0, nil, false
		}
		v = Unwrap(v)
		if v.t != IntType && v.t != BoolType {
			return 0, nil, false
		}
	}
	if v.o != nil {
		return 0, v.o.(*big.Int), true
	}
	return int64(v.n), nil, true
}

// AsInt64 returns the value of an int (or bool, or int subclass instance)
// that fits in int64.
func AsInt64(v Value) (int64, bool) {
	x, b, ok := intOf(v)
	return x, ok && b == nil
}

// IsInt reports whether v is an int (including bools and int subclasses).
func IsInt(v Value) bool {
	_, _, ok := intOf(v)
	return ok
}

func toBig(x int64, b *big.Int) *big.Int {
	if b != nil {
		return b
	}
	return big.NewInt(x)
}

// IndexValue is operator.index(v): an exact int from an int or from
// __index__, with CPython's error for other types.
func (th *Thread) IndexValue(v Value) (Value, *Exception) {
	if v.t == IntType {
		return v, nil
	}
	if v.t == BoolType {
		return Int(int64(v.n)), nil
	}
	if x, b, ok := intOf(v); ok {
		if b != nil {
			return BigInt(b), nil
		}
		return Int(x), nil
	}
	r, found, err := th.callMethod(v, "__index__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.t.Name)
	}
	if !IsInt(r) {
		return Value{}, Errorf(TypeError, "__index__ returned non-int (type %s)", r.t.Name)
	}
	x, b, _ := intOf(r)
	if b != nil {
		return BigInt(b), nil
	}
	return Int(x), nil
}

// IndexInt converts v with __index__ to a Go int; too large values raise
// IndexError "cannot fit 'int' into an index-sized integer" as CPython.
func (th *Thread) IndexInt(v Value) (int, *Exception) {
	if v.t == IntType && v.o == nil {
		return int(int64(v.n)), nil
	}
	r, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	if r.o != nil {
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	return int(r.Int64()), nil
}

// intDigitsMsg is the ValueError message of an int too long for str().
func intDigitsMsg(limit int) string {
	return "Exceeds the limit (" + strconv.Itoa(limit) + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
}

// bigTooLong reports, from its bit length alone, an int whose decimal form
// certainly has more than limit digits (0: no limit), so that str() of a
// huge int fails at once instead of after a conversion that may take
// minutes; ints near the limit are converted and counted.
func bigTooLong(b *big.Int, limit int) bool {
	// b >= 2**(n-1) has at least floor((n-1)*log10(2))+1 digits.
	n := b.BitLen()
	return limit > 0 && n > 2126 && int(float64(n-1)*0.30102999566398114)+1 > limit
}

// intStr is str(int), refused beyond th's sys.get_int_max_str_digits().
func intStr(th *Thread, x int64, b *big.Int) (string, *Exception) {
	if b == nil {
		return strconv.FormatInt(x, 10), nil
	}
	if bigTooLong(b, th.IntMaxStrDigits) {
		return "", Errorf(ValueError, "%s", intDigitsMsg(th.IntMaxStrDigits))
	}
	s := b.String()
	// Only past 2126 bits (640 digits, the least settable limit) can the limit apply.
	if limit := th.IntMaxStrDigits; limit > 0 && b.BitLen() > 2126 {
		if n := len(s) - b.Sign()>>1&1; n > limit {
			return "", Errorf(ValueError, "%s", intDigitsMsg(limit))
		}
	}
	return s, nil
}

// IntAdd etc. are the int operations on two exact-int operands (small or
// big); they are exported for the VM's fast paths.

func intAdd(x int64, xb *big.Int, y int64, yb *big.Int) Value {
	if xb == nil && yb == nil {
		if r := x + y; (r > x) == (y > 0) {
			return Int(r)
		}
	}
	return BigInt(new(big.Int).Add(toBig(x, xb), toBig(y, yb)))
}

func intSub(x int64, xb *big.Int, y int64, yb *big.Int) Value {
	if xb == nil && yb == nil {
		if r := x - y; (r < x) == (y > 0) {
			return Int(r)
		}
	}
	return BigInt(new(big.Int).Sub(toBig(x, xb), toBig(y, yb)))
}

func mulSmall(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	neg := (x < 0) != (y < 0)
	ux, uy := uint64(x), uint64(y)
	if x < 0 {
		ux = -ux
	}
	if y < 0 {
		uy = -uy
	}
	hi, lo := bits.Mul64(ux, uy)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func intMul(x int64, xb *big.Int, y int64, yb *big.Int) Value {
	if xb == nil && yb == nil {
		if r, ok := mulSmall(x, y); ok {
			return Int(r)
		}
	}
	return BigInt(new(big.Int).Mul(toBig(x, xb), toBig(y, yb)))
}

// intDivMod is Python's floor division and modulo.
func intDivMod(x int64, xb *big.Int, y int64, yb *big.Int, wantDiv, wantMod bool) (Value, Value, *Exception) {
	if yb == nil && y == 0 {
		if !wantDiv {
			return Value{}, Value{}, Errorf(ZeroDivisionError, "integer modulo by zero")
		}
		return Value{}, Value{}, Errorf(ZeroDivisionError, "integer division or modulo by zero")
	}
	if xb == nil && yb == nil && !(x == math.MinInt64 && y == -1) {
		q, r := x/y, x%y
		if r != 0 && (r < 0) != (y < 0) {
			q--
			r += y
		}
		return Int(q), Int(r), nil
	}
	bx, by := toBig(x, xb), toBig(y, yb)
	q, m := new(big.Int), new(big.Int)
	q.QuoRem(bx, by, m)
	if m.Sign() != 0 && (m.Sign() < 0) != (by.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, by)
	}
	return BigInt(q), BigInt(m), nil
}

// intTrueDiv is int / int, correctly rounded.
func intTrueDiv(x int64, xb *big.Int, y int64, yb *big.Int) (Value, *Exception) {
	if yb == nil && y == 0 {
		return Value{}, Errorf(ZeroDivisionError, "division by zero")
	}
	const exact = 1 << 53
	if xb == nil && yb == nil && x <= exact && x >= -exact && y <= exact && y >= -exact {
		return Float(float64(x) / float64(y)), nil
	}
	r := new(big.Rat).SetFrac(toBig(x, xb), toBig(y, yb))
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowError, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intPow is x ** y for ints (y >= 0 gives an int, y < 0 a float).
func intPow(x int64, xb *big.Int, y int64, yb *big.Int) (Value, *Exception) {
	neg := y < 0
	if yb != nil {
		neg = yb.Sign() < 0
	}
	if neg {
		fx, err := intToFloat(x, xb)
		if err != nil {
			return Value{}, err
		}
		fy, err := intToFloat(y, yb)
		if err != nil {
			return Value{}, err
		}
		return floatPow(fx, fy)
	}
	if xb == nil && yb == nil {
		// Square-and-multiply while it fits.
		base, e, acc := x, y, int64(1)
		ok := true
		for e > 0 {
			if e&1 == 1 {
				if acc, ok = mulSmall(acc, base); !ok {
					break
				}
			}
			e >>= 1
			if e > 0 {
				if base, ok = mulSmall(base, base); !ok {
					break
				}
			}
		}
		if ok {
			return Int(acc), nil
		}
	}
	if yb != nil {
		// Only 0, 1 and -1 can be raised to a huge power.
		switch {
		case xb == nil && (x == 0 || x == 1):
			return Int(x), nil
		case xb == nil && x == -1:
			if yb.Bit(0) == 0 {
				return Int(1), nil
			}
			return Int(-1), nil
		}
		return Value{}, Errorf(MemoryError, "")
	}
	bx := toBig(x, xb)
	if int64(bx.BitLen())*y > 1<<32 {
		return Value{}, Errorf(MemoryError, "")
	}
	return BigInt(new(big.Int).Exp(bx, big.NewInt(y), nil)), nil
}

// intPowMod is pow(x, y, m) for ints.
func intPowMod(x int64, xb *big.Int, y int64, yb *big.Int, m int64, mb *big.Int) (Value, *Exception) {
	bm := toBig(m, mb)
	if bm.Sign() == 0 {
		return Value{}, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	bx, by := new(big.Int).Set(toBig(x, xb)), toBig(y, yb)
	am := new(big.Int).Abs(bm)
	if by.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(bx, am), am)
		if inv == nil {
			return Value{}, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		bx = inv
		by = new(big.Int).Neg(by)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(bx, am), by, am)
	if bm.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, bm)
	}
	return BigInt(r), nil
}

func intLShift(x int64, xb *big.Int, y int64, yb *big.Int) (Value, *Exception) {
	if (yb != nil && yb.Sign() < 0) || (yb == nil && y < 0) {
		return Value{}, Errorf(ValueError, "negative shift count")
	}
	if xb == nil && x == 0 {
		return Int(0), nil
	}
	if yb != nil || y > 1<<31 {
		return Value{}, Errorf(OverflowError, "too many digits in integer")
	}
	if xb == nil && y < 63 {
		r := x << uint(y)
		if r>>uint(y) == x {
			return Int(r), nil
		}
	}
	return BigInt(new(big.Int).Lsh(toBig(x, xb), uint(y))), nil
}

func intRShift(x int64, xb *big.Int, y int64, yb *big.Int) (Value, *Exception) {
	if (yb != nil && yb.Sign() < 0) || (yb == nil && y < 0) {
		return Value{}, Errorf(ValueError, "negative shift count")
	}
	if yb != nil || y >= 1<<31 {
		sign := x
		if xb != nil {
			sign = int64(xb.Sign())
		}
		if sign < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	if xb == nil {
		if y >= 63 {
			if x < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return Int(x >> uint(y)), nil
	}
	return BigInt(new(big.Int).Rsh(xb, uint(y))), nil // Rsh rounds toward -inf, as Python
}

func intBitOp(op BinOp, x int64, xb *big.Int, y int64, yb *big.Int) Value {
	if xb == nil && yb == nil {
		switch op {
		case And:
			return Int(x & y)
		case Or:
			return Int(x | y)
		default:
			return Int(x ^ y)
		}
	}
	bx, by := toBig(x, xb), toBig(y, yb)
	r := new(big.Int)
	switch op {
	case And:
		r.And(bx, by)
	case Or:
		r.Or(bx, by)
	default:
		r.Xor(bx, by)
	}
	return BigInt(r)
}

// intToFloat converts an int to float, raising OverflowError when too large.
func intToFloat(x int64, b *big.Int) (float64, *Exception) {
	if b == nil {
		return float64(x), nil
	}
	f, ok := bigToFloat(b)
	if !ok {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// intCmp compares two ints: -1, 0 or 1.
func intCmp(x int64, xb *big.Int, y int64, yb *big.Int) int {
	if xb == nil && yb == nil {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return toBig(x, xb).Cmp(toBig(y, yb))
}

// intFloatCmp compares an int with a float exactly; ok=false when f is NaN.
func intFloatCmp(x int64, xb *big.Int, f float64) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	if xb == nil && x > -(1<<53) && x < 1<<53 {
		fx := float64(x)
		switch {
		case fx < f:
			return -1, true
		case fx > f:
			return 1, true
		}
		return 0, true
	}
	bf := new(big.Float).SetPrec(0).SetFloat64(f)
	bi := new(big.Float).SetPrec(0).SetInt(toBig(x, xb))
	return bi.Cmp(bf), true
}

func cmpResult(op CmpOp, c int) bool {
	switch op {
	case Lt:
		return c < 0
	case Le:
		return c <= 0
	case Eq:
		return c == 0
	case Ne:
		return c != 0
	case Gt:
		return c > 0
	}
	return c >= 0
}

// intBinary applies a binary operator to two ints; ok=false when the
// operator has no int meaning here (e.g. @).
func intBinary(op BinOp, x int64, xb *big.Int, y int64, yb *big.Int) (Value, *Exception) {
	switch op {
	case Add:
		return intAdd(x, xb, y, yb), nil
	case Sub:
		return intSub(x, xb, y, yb), nil
	case Mul:
		return intMul(x, xb, y, yb), nil
	case TrueDiv:
		return intTrueDiv(x, xb, y, yb)
	case FloorDiv:
		q, _, err := intDivMod(x, xb, y, yb, true, false)
		return q, err
	case Mod:
		_, m, err := intDivMod(x, xb, y, yb, false, true)
		return m, err
	case Pow:
		return intPow(x, xb, y, yb)
	case LShift:
		return intLShift(x, xb, y, yb)
	case RShift:
		return intRShift(x, xb, y, yb)
	case And, Or, Xor:
		return intBitOp(op, x, xb, y, yb), nil
	}
	return NotImplemented, nil
}

// NumberBinary is the fast path of the binary operators for exact ints,
// bools and floats (and mixes of them); handled=false means the operands
// are not such numbers (or @), and the caller should use the dunder
// protocol.
func NumberBinary(op BinOp, a, b Value) (r Value, handled bool, err *Exception) {
	at, bt := a.t, b.t
	if (at == IntType || at == BoolType) && (bt == IntType || bt == BoolType) {
		if op == MatMul {
			return Value{}, false, nil
		}
		var xb, yb *big.Int
		if a.o != nil {
			xb = a.o.(*big.Int)
		}
		if b.o != nil {
			yb = b.o.(*big.Int)
		}
		if at == BoolType && bt == BoolType && (op == And || op == Or || op == Xor) {
			return intBitOp(op, int64(a.n), nil, int64(b.n), nil).asBool(), true, nil
		}
		r, err := intBinary(op, int64(a.n), xb, int64(b.n), yb)
		return r, true, err
	}
	if at == FloatType || bt == FloatType {
		x, ok1, err := exactFloatOperand(a)
		if err != nil {
			return Value{}, true, err
		}
		y, ok2, err := exactFloatOperand(b)
		if err != nil {
			return Value{}, true, err
		}
		if !ok1 || !ok2 {
			return Value{}, false, nil
		}
		r, err := floatBinary(op, x, y)
		if r.Is(NotImplemented) {
			return Value{}, false, nil
		}
		return r, true, err
	}
	return Value{}, false, nil
}

// asBool turns an int 0/1 result into a bool.
func (v Value) asBool() Value { return Bool(v.n != 0) }

// exactFloatOperand converts an exact float/int/bool operand to float64.
func exactFloatOperand(v Value) (float64, bool, *Exception) {
	switch v.t {
	case FloatType:
		return v.Float64(), true, nil
	case IntType:
		if v.o == nil {
			return float64(int64(v.n)), true, nil
		}
		f, err := intToFloat(0, v.o.(*big.Int))
		return f, err == nil, err
	case BoolType:
		return float64(v.n), true, nil
	}
	return 0, false, nil
}

// intSelf extracts the int receiver of an int method.
func intSelf(name string, args []Value) (int64, *big.Int, *Exception) {
	if len(args) == 0 {
		return 0, nil, Errorf(TypeError, "descriptor '%s' of 'int' object needs an argument", name)
	}
	x, b, ok := intOf(args[0])
	if !ok {
		return 0, nil, Errorf(TypeError, "descriptor '%s' requires a 'int' object but received a '%s'", name, args[0].t.Name)
	}
	return x, b, nil
}

// intBinMethod makes int.__op__ (reflected when rev is set).
func intBinMethod(name string, op BinOp, rev bool) BuiltinFunc {
	return intOperandsMethod(name, 1, rev, func(x int64, xb *big.Int, y int64, yb *big.Int, args []Value) (Value, *Exception) {
		r, err := intBinary(op, x, xb, y, yb)
		if err == nil && (op == And || op == Or || op == Xor) && args[0].t == BoolType && args[1].t == BoolType {
			r = r.asBool()
		}
		return r, err
	})
}

func intCmpMethod(name string, op CmpOp) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(name, args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		x, xb, err := intSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		if y, yb, ok := intOf(args[1]); ok {
			return Bool(cmpResult(op, intCmp(x, xb, y, yb))), nil
		}
		// int vs float is answered by float's reflected method, as in
		// CPython (so a float subclass's own comparison runs).
		return NotImplemented, nil
	}
}

// Not inlined: method tables call it, and Go's package initialiser fills
// them (exceptionTree says why that function must stay small).
//
//go:noinline
func intUnary(name string, f func(x int64, b *big.Int) Value) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		x, b, err := intNoArgs(name, args, kw)
		if err != nil {
			return Value{}, err
		}
		return f(x, b), nil
	}
}

// intNoArgs is the receiver of int's method name, which takes no
// arguments.
func intNoArgs(name string, args []Value, kw []string) (int64, *big.Int, *Exception) {
	if err := methodArgs(name, args, kw, 0, 0); err != nil {
		return 0, nil, err
	}
	return intSelf(name, args)
}

func intNeg(x int64, b *big.Int) Value {
	if b == nil && x != math.MinInt64 {
		return Int(-x)
	}
	return BigInt(new(big.Int).Neg(toBig(x, b)))
}

func intAbs(x int64, b *big.Int) Value {
	if b == nil {
		if x >= 0 {
			return Int(x)
		}
		return intNeg(x, nil)
	}
	return BigInt(new(big.Int).Abs(b))
}

func intValue(x int64, b *big.Int) Value {
	if b != nil {
		return BigInt(b)
	}
	return Int(x)
}

// newIntFrom is int(x) / int(x, base) for the value part (not the class).
func (th *Thread) newIntFrom(x, base Value) (Value, *Exception) {
	if !x.IsValid() {
		if base.IsValid() {
			return Value{}, Errorf(TypeError, "int() missing string argument")
		}
		return Int(0), nil
	}
	if base.IsValid() {
		bv, err := th.IndexInt(base)
		if err != nil {
			return Value{}, err
		}
		if bv != 0 && (bv < 2 || bv > 36) {
			return Value{}, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		s, ok := textOf(x)
		if !ok {
			return Value{}, Errorf(TypeError, "int() can't convert non-string with explicit base")
		}
		return parseIntValue(s, bv, x, th)
	}
	if x.t == IntType {
		return x, nil
	}
	if x.t == BoolType {
		return Int(int64(x.n)), nil
	}
	if x.t == FloatType {
		return floatToInt(x.Float64())
	}
	if x.t == StrType || x.t == BytesType || x.t == ByteArrayType {
		s, _ := textOf(x)
		return parseIntValue(s, 10, x, th)
	}
	for _, m := range [...]string{"__int__", "__index__"} {
		r, found, err := th.callMethod(x, m)
		if err != nil {
			return Value{}, err
		}
		if found {
			if !IsInt(r) {
				return Value{}, Errorf(TypeError, "%s returned non-int (type %s)", m, r.t.Name)
			}
			v, vb, _ := intOf(r)
			return intValue(v, vb), nil
		}
	}
	if r, found, err := th.callMethod(x, "__trunc__"); found || err != nil {
		if err != nil {
			return Value{}, err
		}
		if !IsInt(r) {
			return th.IndexValue(r)
		}
		v, vb, _ := intOf(r)
		return intValue(v, vb), nil
	}
	if ux := Unwrap(x); ux.t == StrType || ux.t == BytesType || ux.t == FloatType {
		return th.newIntFrom(ux, Value{})
	}
	return Value{}, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.t.Name)
}

// textOf returns the text of a str, bytes or bytearray (or subclass).
func textOf(v Value) (string, bool) {
	u := Unwrap(v)
	switch u.t {
	case StrType:
		return u.o.(*Str).S, true
	case BytesType:
		return string(u.o.(*Bytes).B), true
	case ByteArrayType:
		return string(u.o.(*Bytes).B), true
	}
	return "", false
}

func parseIntValue(s string, base int, orig Value, th *Thread) (Value, *Exception) {
	x, b, ok, tooLong := parseIntText(s, base, th.IntMaxStrDigits)
	if tooLong {
		n := 0
		for _, r := range s {
			if digitValue(r) >= 0 {
				n++
			}
		}
		return Value{}, Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", th.IntMaxStrDigits, n)
	}
	if !ok {
		var r string
		if u := Unwrap(orig); u.t == StrType {
			r = StrRepr(u.o.(*Str).S)
		} else {
			r, _ = th.Repr(orig)
		}
		return Value{}, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, r)
	}
	return intValue(x, b), nil
}

// floatToInt truncates a float to an int.
func floatToInt(f float64) (Value, *Exception) {
	switch {
	case math.IsInf(f, 0):
		return Value{}, Errorf(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return Value{}, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -(1<<63) && t < 1<<63 {
		return Int(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return BigInt(b), nil
}

// WrapSubclass returns base as an instance of cls when cls is a subclass
// of base's built-in type (int, str, list...), else base itself.
func WrapSubclass(cls *Type, base Value) Value {
	if cls == nil || cls == base.t {
		return base
	}
	return NewInstance(cls, base)
}

// typeArg returns the class passed as args[0] to a __new__.
func typeArg(name string, args []Value) (*Type, *Exception) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "%s.__new__(): not enough arguments", name)
	}
	cls := args[0].AsType()
	if cls == nil {
		return nil, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", name, args[0].t.Name)
	}
	return cls, nil
}

func intNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cls, err := typeArg("int", args)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 2 && len(kw) == 0 && cls == IntType {
		// int(x): the common case, without argument parsing.
		return th.newIntFrom(args[1], Value{})
	}
	var x, base Value
	if err := th.UnpackArgs("int", args[1:], kw, "x?", &x, "base", &base); err != nil {
		return Value{}, err
	}
	// x is positional-only in CPython.
	for _, k := range kw {
		if k == "x" {
			return Value{}, Errorf(TypeError, "'x' is an invalid keyword argument for int()")
		}
	}
	v, err := th.newIntFrom(x, base)
	if err != nil {
		return Value{}, err
	}
	if cls == BoolType {
		return Bool(v.n != 0 || v.o != nil), nil
	}
	return WrapSubclass(cls, v), nil
}

func boolNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := NoKwargs("bool", kw); err != nil {
		return Value{}, err
	}
	if len(args) > 2 {
		return Value{}, Errorf(TypeError, "bool expected at most 1 argument, got %d", len(args)-1)
	}
	if len(args) < 2 {
		return False, nil
	}
	t, err := th.Truth(args[1])
	return Bool(t), err
}

func intRepr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	x, b, err := intNoArgs("__repr__", args, kw)
	if err != nil {
		return Value{}, err
	}
	if args[0].t == BoolType {
		if x != 0 {
			return NewStr("True"), nil
		}
		return NewStr("False"), nil
	}
	s, err := intStr(th, x, b)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

func intFormat(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("__format__", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	x, b, err := intSelf("__format__", args)
	if err != nil {
		return Value{}, err
	}
	spec, err := formatSpecArg(args[1])
	if err != nil {
		return Value{}, err
	}
	if spec == "" {
		if args[0].t == IntType {
			s, err := intStr(th, x, b)
			return NewStr(s), err
		}
		s, err := th.StrOf(args[0])
		return NewStr(s), err
	}
	s, ferr := formatIntSpec(x, b, spec, args[0].t.Name, th.IntMaxStrDigits)
	if ferr != nil {
		return Value{}, fmtException(ferr)
	}
	return NewStr(s), nil
}

// formatSpecArg is the format spec passed to __format__, which must be a str.
func formatSpecArg(v Value) (string, *Exception) {
	spec, ok := Unwrap(v).AsStr()
	if !ok {
		return "", Errorf(TypeError, "__format__() argument must be str, not %s", v.t.Name)
	}
	return spec, nil
}

// fmtException converts a formatting error to a Python exception.
func fmtException(e *fmtError) *Exception {
	if e.memory {
		return Errorf(MemoryError, "")
	}
	if e.overflow {
		return Errorf(OverflowError, "%s", e.msg)
	}
	return Errorf(ValueError, "%s", e.msg)
}

func intHash(th *Thread, args []Value, kw []string) (Value, *Exception) {
	x, b, err := intNoArgs("__hash__", args, kw)
	if err != nil {
		return Value{}, err
	}
	if b != nil {
		return Int(hashBigInt(b)), nil
	}
	return Int(hashInt64(x)), nil
}

func intBool(th *Thread, args []Value, kw []string) (Value, *Exception) {
	x, b, err := intNoArgs("__bool__", args, kw)
	if err != nil {
		return Value{}, err
	}
	return Bool(b != nil || x != 0), nil
}

func intDivmodMethod(rev bool) BuiltinFunc {
	return intOperandsMethod("__divmod__", 1, rev, func(x int64, xb *big.Int, y int64, yb *big.Int, _ []Value) (Value, *Exception) {
		q, m, err := intDivMod(x, xb, y, yb, true, true)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{q, m}), nil
	})
}

func intPowMethod(rev bool) BuiltinFunc {
	return intOperandsMethod("__pow__", 2, rev, func(x int64, xb *big.Int, y int64, yb *big.Int, args []Value) (Value, *Exception) {
		if len(args) == 3 && !args[2].IsNone() {
			m, mb, ok := intOf(args[2])
			if !ok {
				return NotImplemented, nil
			}
			return intPowMod(x, xb, y, yb, m, mb)
		}
		return intPow(x, xb, y, yb)
	})
}

// intOperandsMethod is the method name taking one int operand (and at
// most hi arguments): it returns NotImplemented for other operands, and
// passes op self and the operand (swapped when rev) and all the
// arguments, self first.
func intOperandsMethod(name string, hi int, rev bool, op func(x int64, xb *big.Int, y int64, yb *big.Int, args []Value) (Value, *Exception)) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(name, args, kw, 1, hi); err != nil {
			return Value{}, err
		}
		x, xb, err := intSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		y, yb, ok := intOf(args[1])
		if !ok {
			return NotImplemented, nil
		}
		if rev {
			x, xb, y, yb = y, yb, x, xb
		}
		return op(x, xb, y, yb, args)
	}
}

// intRound is int.__round__(ndigits): round half to even at 10**-ndigits.
func intRound(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("__round__", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	x, b, err := intSelf("__round__", args)
	if err != nil {
		return Value{}, err
	}
	if len(args) < 2 || args[1].IsNone() {
		return intValue(x, b), nil
	}
	nd, err := th.IndexValue(args[1])
	if err != nil {
		return Value{}, err
	}
	if nd.o != nil || nd.Int64() >= 0 {
		return intValue(x, b), nil
	}
	n := -nd.Int64()
	if n > 10000 {
		return Int(0), nil
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil)
	bx := toBig(x, b)
	q, r := new(big.Int), new(big.Int)
	q.DivMod(bx, p, r) // Euclidean: r >= 0
	// Round half to even.
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(p)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return BigInt(q.Mul(q, p)), nil
}

func intBitLength(x int64, b *big.Int) Value {
	if b != nil {
		return Int(int64(b.BitLen()))
	}
	if x < 0 {
		if x == math.MinInt64 {
			return Int(64)
		}
		x = -x
	}
	return Int(int64(bits.Len64(uint64(x))))
}

func intBitCount(x int64, b *big.Int) Value {
	if b != nil {
		n := 0
		for _, w := range new(big.Int).Abs(b).Bits() {
			n += bits.OnesCount64(uint64(w))
		}
		return Int(int64(n))
	}
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	return Int(int64(bits.OnesCount64(u)))
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(th *Thread, args []Value, kw []string) (Value, *Exception) {
	x, b, err := intSelf("to_bytes", args)
	if err != nil {
		return Value{}, err
	}
	var length, order, signed Value
	if err := th.UnpackArgs("to_bytes", args[1:], kw, "length?", &length, "byteorder", &order, "signed", &signed); err != nil {
		return Value{}, err
	}
	n := 1
	if length.IsValid() {
		if n, err = th.IndexInt(length); err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueError, "length argument must be non-negative")
		}
	}
	little := false
	if order.IsValid() {
		s, _ := order.AsStr()
		switch s {
		case "little":
			little = true
		case "big":
		default:
			return Value{}, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
		}
	}
	sg := false
	if signed.IsValid() {
		if sg, err = th.Truth(signed); err != nil {
			return Value{}, err
		}
	}
	v := new(big.Int).Set(toBig(x, b))
	if v.Sign() < 0 && !sg {
		return Value{}, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	if v.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	limit := uint(8 * n)
	if sg {
		limit--
	}
	if v.BitLen() > int(limit) && !(sg && toBig(x, b).Sign() < 0 && v.BitLen() <= 8*n) {
		return Value{}, Errorf(OverflowError, "int too big to convert")
	}
	out := make([]byte, n)
	v.FillBytes(out)
	if little {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(th *Thread, args []Value, kw []string) (Value, *Exception) {
	var data, order, signed Value
	if err := th.UnpackArgs("from_bytes", args[1:], kw, "bytes", &data, "byteorder?", &order, "signed", &signed); err != nil {
		return Value{}, err
	}
	if _, isStr := AsStr(data); isStr {
		return Value{}, Errorf(TypeError, "cannot convert 'str' object to bytes")
	}
	buf, err := th.bytesFromObject(data)
	if err != nil {
		return Value{}, err
	}
	if order.IsValid() {
		s, _ := order.AsStr()
		switch s {
		case "little":
			for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
				buf[i], buf[j] = buf[j], buf[i]
			}
		case "big":
		default:
			return Value{}, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed.IsValid() {
		sg, err := th.Truth(signed)
		if err != nil {
			return Value{}, err
		}
		if sg && len(buf) > 0 && buf[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
		}
	}
	r := BigInt(v)
	if cls := args[0].AsType(); cls != nil && cls != IntType {
		return th.Call(cls.Value(), []Value{r}, nil)
	}
	return r, nil
}

func init() {
	t := IntType
	t.AddStaticMethod("__new__", intNew)
	for _, op := range []BinOp{Add, Sub, Mul, TrueDiv, FloorDiv, Mod, LShift, RShift, And, Or, Xor} {
		t.AddMethod(binDunders[op], intBinMethod(binDunders[op], op, false))
		t.AddMethod(binRDunders[op], intBinMethod(binRDunders[op], op, true))
	}
	for op := Lt; op <= Ge; op++ {
		t.AddMethod(cmpNames[op], intCmpMethod(cmpNames[op], op))
	}
	AddFuncs(t, intFuncs)
	t.AddClassMethod("from_bytes", intFromBytes)
	AddGetSets(t, intGetSets)

	BoolType.AddStaticMethod("__new__", boolNew)
	BoolType.AddMethod("__repr__", intRepr)
	for _, op := range []BinOp{And, Or, Xor} {
		BoolType.AddMethod(binDunders[op], intBinMethod(binDunders[op], op, false))
		BoolType.AddMethod(binRDunders[op], intBinMethod(binRDunders[op], op, true))
	}
}

func intFloat(th *Thread, args []Value, kw []string) (Value, *Exception) {
	x, b, err := intNoArgs("__float__", args, kw)
	if err != nil {
		return Value{}, err
	}
	f, err := intToFloat(x, b)
	return Float(f), err
}

func intInvert(x int64, b *big.Int) Value {
	if b == nil {
		return Int(^x)
	}
	return BigInt(new(big.Int).Not(b))
}

func intGetnewargs(x int64, b *big.Int) Value { return NewTuple([]Value{intValue(x, b)}) }

func intAsIntegerRatio(x int64, b *big.Int) Value { return NewTuple([]Value{intValue(x, b), Int(1)}) }

// intReal is int's real and numerator: the int itself (a plain int for
// a bool or an int subclass's instance).
func intReal(th *Thread, self Value) (Value, *Exception) {
	x, b, _ := intOf(self)
	return intValue(x, b), nil
}

func intImag(th *Thread, self Value) (Value, *Exception) { return Int(0), nil }

func intDenominator(th *Thread, self Value) (Value, *Exception) { return Int(1), nil }
