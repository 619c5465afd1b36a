package core

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// float: IEEE double held inline in the Value. Arithmetic follows CPython's
// floatobject.c (floor division and modulo signs, pow special cases,
// errors), repr is the shortest round-trip form (floatfmt.go).

// floatMethods are the float methods without arguments (method.go says how to add one).
var floatMethods = []MethodDef[float64]{
	{"hex", 0, 0, floatHexMethod},
	{"__neg__", 0, 0, floatNeg},
	{"__pos__", 0, 0, floatPos},
	{"__abs__", 0, 0, floatAbs},
	{"__bool__", 0, 0, floatBool},
	{"__float__", 0, 0, floatFloat},
	{"conjugate", 0, 0, floatConjugate},
	{"__floor__", 0, 0, floatFloor},
	{"__ceil__", 0, 0, floatCeil},
	{"__repr__", 0, 0, floatReprMethod},
	{"__hash__", 0, 0, floatHash},
	{"is_integer", 0, 0, floatIsInteger},
	{"__getnewargs__", 0, 0, floatGetnewargs},
}

// floatFuncs are Float's methods (method.go says how to add one).
var floatGetSets = []GetSetDef{
	{"real", floatReal, nil},
	{"imag", floatImag, nil},
}

var floatFuncs = []FuncDef{
	{"__pow__", floatPowMethod(false)},
	{"__rpow__", floatPowMethod(true)},
	{"__divmod__", floatDivmodMethod(false)},
	{"__rdivmod__", floatDivmodMethod(true)},
	{"__int__", floatUnary("__int__", floatToInt)},
	{"__trunc__", floatUnary("__trunc__", floatToInt)},
	{"__round__", floatRound},
	{"__format__", floatFormat},
	{"as_integer_ratio", floatUnary("as_integer_ratio", floatAsIntegerRatio)},
}

// floatOf returns the value of a float (or float subclass instance).
func floatOf(v Value) (float64, bool) {
	if v.t == FloatType {
		return v.Float64(), true
	}
	if u := baseOf(v, FloatType); u.t != nil {
		return u.Float64(), true
	}
	return 0, false
}

// numberAsFloat converts a float or int operand to float64 (ok=false for
// other types; an int too large for a float raises OverflowError).
func numberAsFloat(v Value) (float64, bool, *Exception) {
	if f, ok := floatOf(v); ok {
		return f, true, nil
	}
	if x, b, ok := intOf(v); ok {
		f, err := intToFloat(x, b)
		return f, err == nil, err
	}
	return 0, false, nil
}

// FloatValue converts any object with __float__ (or __index__) to float64,
// as float(x) and the math functions do.
func (th *Thread) FloatValue(v Value) (float64, *Exception) {
	f, ok, err := numberAsFloat(v)
	if ok || err != nil {
		return f, err
	}
	r, found, err := th.callMethod(v, "__float__")
	if err != nil {
		return 0, err
	}
	if found {
		if f, ok := floatOf(r); ok {
			return f, nil
		}
		return 0, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", v.t.Name, r.t.Name)
	}
	if _, ok := v.t.Lookup("__index__"); ok {
		iv, err := th.IndexValue(v)
		if err != nil {
			return 0, err
		}
		x, b, _ := intOf(iv)
		return intToFloat(x, b)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", v.t.Name)
}

// floatDivMod is CPython's float_divmod.
func floatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// floatMod is CPython's float_rem.
func floatMod(vx, wx float64) float64 {
	mod := math.Mod(vx, wx)
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	return mod
}

// floatPow is CPython's float_pow for real results.
func floatPow(iv, iw float64) (Value, *Exception) {
	if iw == 0 {
		return Float(1), nil
	}
	if math.IsNaN(iv) {
		if iw == 0 {
			return Float(1), nil
		}
		return Float(iv), nil
	}
	if math.IsNaN(iw) {
		if iv == 1 {
			return Float(1), nil
		}
		return Float(iw), nil
	}
	if math.IsInf(iw, 0) {
		av := math.Abs(iv)
		switch {
		case av == 1:
			return Float(1), nil
		case (iw > 0) == (av > 1):
			return Float(math.Inf(1)), nil
		}
		return Float(0), nil
	}
	iwIsInt := iw == math.Floor(iw)
	if math.IsInf(iv, 0) {
		odd := iwIsInt && math.Mod(math.Abs(iw), 2) == 1
		if iw > 0 {
			if odd {
				return Float(iv), nil
			}
			return Float(math.Abs(iv)), nil
		}
		if odd {
			return Float(math.Copysign(0, iv)), nil
		}
		return Float(0), nil
	}
	if iv == 0 {
		odd := iwIsInt && math.Mod(math.Abs(iw), 2) == 1
		if iw < 0 {
			return Value{}, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if odd {
			return Float(iv), nil
		}
		return Float(0), nil
	}
	if iv < 0 && !iwIsInt {
		// A negative number to a fractional power is complex.
		return complexPow(Complex{iv, 0}, Complex{iw, 0})
	}
	if iv == 1 {
		return Float(1), nil
	}
	r := math.Pow(iv, iw)
	if math.IsInf(r, 0) {
		return Value{}, Errorf(OverflowError, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

// floatBinary applies a binary operator to two floats (NotImplemented for
// the bitwise operators and @).
func floatBinary(op BinOp, x, y float64) (Value, *Exception) {
	switch op {
	case Add:
		return Float(x + y), nil
	case Sub:
		return Float(x - y), nil
	case Mul:
		return Float(x * y), nil
	case TrueDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(x / y), nil
	case FloorDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return Float(q), nil
	case Mod:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "float modulo")
		}
		return Float(floatMod(x, y)), nil
	case Pow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

func floatSelf(name string, args []Value) (float64, *Exception) {
	if len(args) == 0 {
		return 0, Errorf(TypeError, "descriptor '%s' of 'float' object needs an argument", name)
	}
	f, ok := floatOf(args[0])
	if !ok {
		return 0, Errorf(TypeError, "descriptor '%s' requires a 'float' object but received a '%s'", name, args[0].t.Name)
	}
	return f, nil
}

func floatBinMethod(name string, op BinOp, rev bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		x, y, ok, err := floatOperands(name, args, kw, rev)
		if err != nil || !ok {
			return notImplementedOr(err)
		}
		return floatBinary(op, x, y)
	}
}

// notImplementedOr returns err, or NotImplemented when err is nil.
func notImplementedOr(err *Exception) (Value, *Exception) {
	if err != nil {
		return Value{}, err
	}
	return NotImplemented, nil
}

// floatOperands checks the arguments of float's binary method name and
// returns self and the operand as floats (swapped when rev), or ok false
// when the operand is not a number (the method's NotImplemented).
func floatOperands(name string, args []Value, kw []string, rev bool) (x, y float64, ok bool, err *Exception) {
	if err := methodArgs(name, args, kw, 1, 1); err != nil {
		return 0, 0, false, err
	}
	if x, err = floatSelf(name, args); err != nil {
		return 0, 0, false, err
	}
	if y, ok, err = numberAsFloat(args[1]); !ok || err != nil {
		return 0, 0, false, err
	}
	if rev {
		x, y = y, x
	}
	return x, y, true, nil
}

func floatPowMethod(rev bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs("__pow__", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		if len(args) == 3 && !args[2].IsNone() {
			return Value{}, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		return floatBinMethod("__pow__", Pow, rev)(th, args[:2], nil)
	}
}

func floatDivmodMethod(rev bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		x, y, ok, err := floatOperands("__divmod__", args, kw, rev)
		if err != nil || !ok {
			return notImplementedOr(err)
		}
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "float divmod()")
		}
		q, m := floatDivMod(x, y)
		return NewTuple([]Value{Float(q), Float(m)}), nil
	}
}

// floatCompare compares a float with a float or an int, exactly.
func floatCompare(op CmpOp, x float64, w Value) (Value, bool) {
	if y, ok := floatOf(w); ok {
		return Bool(cmpOrdered(op, x, y)), true
	}
	if y, yb, ok := intOf(w); ok {
		c, ok := intFloatCmp(y, yb, x)
		if !ok {
			return Bool(op == Ne), true
		}
		return Bool(cmpResult(op, -c)), true
	}
	return NotImplemented, false
}

func floatCmpMethod(name string, op CmpOp) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(name, args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		x, err := floatSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		r, _ := floatCompare(op, x, args[1])
		return r, nil
	}
}

// Not inlined: method tables call it, and Go's package initialiser fills
// them (exceptionTree says why that function must stay small).
//
//go:noinline
func floatUnary(name string, f func(x float64) (Value, *Exception)) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, *Exception) {
		if err := methodArgs(name, args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		x, err := floatSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		return f(x)
	}
}

// floatRoundInt is round(x) for a float: the nearest int, ties to even.
func floatRoundInt(x float64) (Value, *Exception) {
	r := math.RoundToEven(x)
	return floatToInt(r)
}

// floatRoundDigits is round(x, n): correctly rounded to n decimal digits
// (ties to even on the exact binary value), as CPython's double_round.
func floatRoundDigits(x float64, n int64) (Value, *Exception) {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return Float(x), nil
	}
	// Beyond these the result is x itself, or zero (CPython's NDIGITS_MAX/MIN).
	if n > 323 {
		return Float(x), nil
	}
	if n < -308 {
		return Float(math.Copysign(0, x)), nil
	}
	if n >= 0 {
		s := strconv.FormatFloat(x, 'f', int(n), 64)
		r, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return Value{}, Errorf(OverflowError, "rounded value too large to represent")
		}
		if r == 0 {
			r = math.Copysign(0, x)
		}
		return Float(r), nil
	}
	// Round to a multiple of 10**-n on the exact value.
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	exact := new(big.Rat).SetFloat64(x)
	q := new(big.Rat).Quo(exact, new(big.Rat).SetInt(p))
	num, den := q.Num(), q.Denom()
	d, m := new(big.Int), new(big.Int)
	d.DivMod(num, den, m) // floor division for positive den
	c := new(big.Int).Lsh(m, 1).Cmp(den)
	if c > 0 || (c == 0 && d.Bit(0) == 1) {
		d.Add(d, big.NewInt(1))
	}
	d.Mul(d, p)
	f, _ := new(big.Float).SetInt(d).Float64()
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowError, "rounded value too large to represent")
	}
	if f == 0 {
		f = math.Copysign(0, x)
	}
	return Float(f), nil
}

func floatRound(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("__round__", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	x, err := floatSelf("__round__", args)
	if err != nil {
		return Value{}, err
	}
	if len(args) < 2 || args[1].IsNone() {
		return floatRoundInt(x)
	}
	nd, err := th.IndexValue(args[1])
	if err != nil {
		return Value{}, err
	}
	n := nd.Int64()
	if nd.o != nil {
		n = int64(nd.o.(*big.Int).Sign()) * 1000
	}
	return floatRoundDigits(x, n)
}

// floatAsIntegerRatio is float.as_integer_ratio().
func floatAsIntegerRatio(x float64) (Value, *Exception) {
	if math.IsInf(x, 0) {
		return Value{}, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return Value{}, Errorf(ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return NewTuple([]Value{BigInt(new(big.Int).Set(r.Num())), BigInt(new(big.Int).Set(r.Denom()))}), nil
}

// newFloatFrom is float(x) for the value part.
func (th *Thread) newFloatFrom(x Value) (Value, *Exception) {
	if !x.IsValid() {
		return Float(0), nil
	}
	if x.t == FloatType {
		return x, nil
	}
	if s, ok := textOf(x); ok {
		f, ok := parseFloatText(s)
		if !ok {
			var r string
			if u := Unwrap(x); u.t == StrType {
				r = StrRepr(u.o.(*Str).S)
			} else {
				r, _ = th.Repr(x)
			}
			return Value{}, Errorf(ValueError, "could not convert string to float: %s", r)
		}
		return Float(f), nil
	}
	if _, ok := x.t.Lookup("__float__"); !ok {
		if _, ok := x.t.Lookup("__index__"); !ok {
			if _, _, isInt := intOf(x); !isInt {
				return Value{}, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", x.t.Name)
			}
		}
	}
	f, err := th.FloatValue(x)
	if err != nil {
		return Value{}, err
	}
	return Float(f), nil
}

func floatNew(th *Thread, args []Value, kw []string) (Value, *Exception) {
	cls, err := typeArg("float", args)
	if err != nil {
		return Value{}, err
	}
	if len(kw) > 0 {
		return Value{}, Errorf(TypeError, "float() takes no keyword arguments")
	}
	if len(args) > 2 {
		return Value{}, Errorf(TypeError, "float expected at most 1 argument, got %d", len(args)-1)
	}
	var x Value
	if len(args) == 2 {
		x = args[1]
	}
	v, err := th.newFloatFrom(x)
	if err != nil {
		return Value{}, err
	}
	return WrapSubclass(cls, v), nil
}

func floatFormat(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := methodArgs("__format__", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	x, err := floatSelf("__format__", args)
	if err != nil {
		return Value{}, err
	}
	spec, err := formatSpecArg(args[1])
	if err != nil {
		return Value{}, err
	}
	if spec == "" {
		if args[0].t == FloatType {
			return NewStr(floatRepr(x)), nil
		}
		s, err := th.StrOf(args[0])
		return NewStr(s), err
	}
	s, ferr := formatFloatSpec(x, spec, args[0].t.Name)
	if ferr != nil {
		return Value{}, fmtException(ferr)
	}
	return NewStr(s), nil
}

// floatHex is float.hex().
func floatHex(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case math.IsNaN(x):
		return "nan"
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const hexd = "0123456789abcdef"
	b := []byte{hexd[int(m)], '.'}
	m -= float64(int(m))
	for i := 0; i < 13; i++ {
		m *= 16
		b = append(b, hexd[int(m)])
		m -= float64(int(m))
	}
	sign := ""
	if x < 0 {
		sign = "-"
	}
	es := "+"
	if e < 0 {
		es, e = "-", -e
	}
	return sign + "0x" + string(b) + "p" + es + strconv.Itoa(e)
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, *Exception) {
	t := strings.ToLower(trimNumSpace(s))
	neg := false
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg, t = t[0] == '-', t[1:]
	}
	var f float64
	switch t {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		t = strings.TrimPrefix(t, "0x")
		if !strings.Contains(t, "p") {
			t += "p0"
		}
		if t == "" || t[0] == 'p' || strings.ContainsAny(t, "_+-") && !strings.Contains(t, "p+") && !strings.Contains(t, "p-") {
			return 0, Errorf(ValueError, "invalid hexadecimal floating-point string")
		}
		v, err := strconv.ParseFloat("0x"+t, 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(v, 0) {
				return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
			} else if !ok || ne.Err != strconv.ErrRange {
				return 0, Errorf(ValueError, "invalid hexadecimal floating-point string")
			}
		}
		f = v
	}
	if neg {
		f = -f
	}
	return f, nil
}

func init() {
	t := FloatType
	AddMethods(t, floatOf, floatMethods)
	t.AddClassMethod("fromhex", floatFromhex)
	t.AddStaticMethod("__new__", floatNew)
	for _, op := range []BinOp{Add, Sub, Mul, TrueDiv, FloorDiv, Mod} {
		t.AddMethod(binDunders[op], floatBinMethod(binDunders[op], op, false))
		t.AddMethod(binRDunders[op], floatBinMethod(binRDunders[op], op, true))
	}
	AddFuncs(t, floatFuncs)
	for op := Lt; op <= Ge; op++ {
		t.AddMethod(cmpNames[op], floatCmpMethod(cmpNames[op], op))
	}
	AddGetSets(t, floatGetSets)
}

func floatHexMethod(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return NewStr(floatHex(x)), nil
}

func floatNeg(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Float(-x), nil
}

func floatPos(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Float(x), nil
}

func floatAbs(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Float(math.Abs(x)), nil
}

func floatBool(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Bool(x != 0), nil
}

func floatFloat(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Float(x), nil
}

func floatConjugate(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Float(x), nil
}

func floatFloor(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return floatToInt(math.Floor(x))
}

func floatCeil(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return floatToInt(math.Ceil(x))
}

func floatReprMethod(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return NewStr(floatRepr(x)), nil
}

func floatHash(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Int(hashFloat(x)), nil
}

func floatIsInteger(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
}

func floatGetnewargs(th *Thread, self Value, x float64, args []Value) (Value, *Exception) {
	return NewTuple([]Value{Float(x)}), nil
}

func floatFromhex(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("fromhex", args[min(1, len(args)):], kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, ok := AsStr(args[1])
	if !ok {
		return Value{}, Errorf(TypeError, "fromhex() argument must be str, not %s", args[1].t.Name)
	}
	f, err := floatFromHex(s)
	if err != nil {
		return Value{}, err
	}
	if cls := args[0].AsType(); cls != nil && cls != FloatType {
		return th.Call(args[0], []Value{Float(f)}, nil)
	}
	return Float(f), nil
}

func floatReal(th *Thread, self Value) (Value, *Exception) {
	x, _ := floatOf(self)
	return Float(x), nil
}

func floatImag(th *Thread, self Value) (Value, *Exception) { return Float(0), nil }
