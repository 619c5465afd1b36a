package modules

import (
	"math"
	"math/big"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The math module, in Go (it runs in hot loops), with CPython's results
// and errors: "math domain error" (ValueError) and "math range error"
// (OverflowError); floor/ceil/trunc return ints.

var (
	errDomain = func() *core.Exception { return core.Errorf(core.ValueError, "math domain error") }
	errRange  = func() *core.Exception { return core.Errorf(core.OverflowError, "math range error") }
)

// mathFloat converts an argument as CPython's math functions do.
func mathFloat(th *core.Thread, v core.Value) (float64, *core.Exception) {
	if v.IsFloat() {
		return v.Float64(), nil
	}
	if v.IsSmallInt() {
		return float64(v.Int64()), nil
	}
	return th.FloatValue(v)
}

// floatToIntValue converts an integral float to an int value.
func floatToIntValue(f float64) (core.Value, *core.Exception) {
	switch {
	case math.IsInf(f, 0):
		return core.Value{}, core.Errorf(core.OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return core.Value{}, core.Errorf(core.ValueError, "cannot convert float NaN to integer")
	}
	if f >= -(1<<63) && f < 1<<63 {
		return core.Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return core.BigInt(b), nil
}

// checkResult turns a C-library style result into CPython's errors: NaN
// from a non-NaN input is a domain error, inf from finite input a range
// error.
func checkResult(x, r float64, canOverflow bool) (core.Value, *core.Exception) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return core.Value{}, errDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		if canOverflow {
			return core.Value{}, errRange()
		}
		return core.Value{}, errDomain()
	}
	return core.Float(r), nil
}

// unary wraps a float function; overflow says whether an infinite result
// from finite input is a range error (exp, cosh) or a domain error (log(0)).
func unary(name string, f func(float64) float64, overflow bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		x, err := mathFloat1(th, name, args, kw)
		if err != nil {
			return core.Value{}, err
		}
		return checkResult(x, f(x), overflow)
	}
}

// mathFloat1 is the one float argument of a math function.
func mathFloat1(th *core.Thread, name string, args []core.Value, kw []string) (float64, *core.Exception) {
	if err := core.ArgCount(name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	return mathFloat(th, args[0])
}

// binaryF wraps a float function of two arguments.
func binaryF(name string, f func(x, y float64) (float64, *core.Exception)) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args, kw, 2, 2); err != nil {
			return core.Value{}, err
		}
		x, err := mathFloat(th, args[0])
		if err != nil {
			return core.Value{}, err
		}
		y, err := mathFloat(th, args[1])
		if err != nil {
			return core.Value{}, err
		}
		r, err := f(x, y)
		if err != nil {
			return core.Value{}, err
		}
		return core.Float(r), nil
	}
}

// rounding is floor/ceil/trunc: ints pass through, floats convert, other
// objects use their __floor__/__ceil__/__trunc__.
func rounding(name string, f func(float64) float64) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		v := args[0]
		if v.IsSmallInt() {
			return v, nil
		}
		if v.IsFloat() {
			return floatToIntValue(f(v.Float64()))
		}
		if core.IsInt(v) && v.Type() == core.IntType || v.IsBool() {
			return th.IndexValue(v)
		}
		if _, ok := v.Type().Lookup("__" + name + "__"); ok {
			return th.CallMethod(v, "__"+name+"__")
		}
		if name == "trunc" {
			return core.Value{}, core.Errorf(core.TypeError, "type %s doesn't define __trunc__ method", core.TypeName(v))
		}
		x, err := th.FloatValue(v)
		if err != nil {
			return core.Value{}, err
		}
		return floatToIntValue(f(x))
	}
}

// bigOf returns an int argument as *big.Int (TypeError for non-integers).
func bigOf(th *core.Thread, v core.Value) (*big.Int, *core.Exception) {
	iv, err := th.IndexValue(v)
	if err != nil {
		return nil, err
	}
	if b := iv.BigInt(); b != nil {
		return new(big.Int).Set(b), nil
	}
	return big.NewInt(iv.Int64()), nil
}

// mathLog computes log(x) for ints of any size and floats.
func mathLog(th *core.Thread, v core.Value) (float64, *core.Exception) {
	if iv := core.Unwrap(v); core.IsInt(iv) && iv.BigInt() != nil {
		b := iv.BigInt()
		if b.Sign() <= 0 {
			return 0, errDomain()
		}
		// log(m * 2**e) = log(m) + e*log(2), exact enough for huge ints.
		f := new(big.Float).SetInt(b)
		mant := new(big.Float)
		e := f.MantExp(mant)
		m, _ := mant.Float64()
		return math.Log(m) + float64(e)*math.Ln2, nil
	}
	x, err := mathFloat(th, v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, errDomain()
	}
	return math.Log(x), nil
}

func logFunc(name string, base float64) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount(name, args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		if x := args[0]; x.IsFloat() && x.Float64() > 0 {
			// Direct functions are exact at powers of the base.
			switch base {
			case 2:
				return core.Float(math.Log2(x.Float64())), nil
			case 10:
				return core.Float(math.Log10(x.Float64())), nil
			}
		}
		if x := args[0]; x.IsSmallInt() && x.Int64() > 0 {
			switch base {
			case 2:
				return core.Float(math.Log2(float64(x.Int64()))), nil
			case 10:
				return core.Float(math.Log10(float64(x.Int64()))), nil
			}
		}
		l, err := mathLog(th, args[0])
		if err != nil {
			return core.Value{}, err
		}
		return core.Float(l / math.Log(base)), nil
	}
}

func mathLogN(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("log", args, kw, 1, 2); err != nil {
		return core.Value{}, err
	}
	num, err := mathLog(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	if len(args) == 1 {
		return core.Float(num), nil
	}
	den, err := mathLog(th, args[1])
	if err != nil {
		return core.Value{}, err
	}
	if den == 0 {
		return core.Value{}, core.Errorf(core.ZeroDivisionError, "float division by zero")
	}
	return core.Float(num / den), nil
}

func mathPow(x, y float64) (float64, *core.Exception) {
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return 0, errDomain()
	}
	if x < 0 && !math.IsInf(x, 0) && y != math.Trunc(y) && !math.IsInf(y, 0) {
		return 0, errDomain()
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return 0, errRange()
	}
	return r, nil
}

func mathFmod(x, y float64) (float64, *core.Exception) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	if (y == 0 || math.IsInf(x, 0)) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, errDomain()
	}
	return math.Mod(x, y), nil
}

func mathRemainder(x, y float64) (float64, *core.Exception) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, errDomain()
	}
	return math.Remainder(x, y), nil
}

func mathAtan2(y, x float64) (float64, *core.Exception) { return math.Atan2(y, x), nil }

func mathCopysign(x, y float64) (float64, *core.Exception) { return math.Copysign(x, y), nil }

func mathNextafter(x, y float64) (float64, *core.Exception) { return math.Nextafter(x, y), nil }

func mathGcdLcm(name string, lcm bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.NoKwargs(name, kw); err != nil {
			return core.Value{}, err
		}
		if len(args) == 0 {
			if lcm {
				return core.Int(1), nil
			}
			return core.Int(0), nil
		}
		acc, err := bigOf(th, args[0])
		if err != nil {
			return core.Value{}, err
		}
		acc.Abs(acc)
		for _, a := range args[1:] {
			b, err := bigOf(th, a)
			if err != nil {
				return core.Value{}, err
			}
			b.Abs(b)
			if lcm {
				if acc.Sign() == 0 || b.Sign() == 0 {
					acc.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, acc, b)
				acc.Mul(acc, new(big.Int).Quo(b, g))
			} else {
				acc.GCD(nil, nil, acc, b)
			}
		}
		return core.BigInt(acc), nil
	}
}

// nonNegInt reads an int argument that must be >= 0.
func nonNegInt(th *core.Thread, v core.Value, what string) (*big.Int, *core.Exception) {
	b, err := bigOf(th, v)
	if err != nil {
		return nil, err
	}
	if b.Sign() < 0 {
		return nil, core.Errorf(core.ValueError, "%s must be a non-negative integer", what)
	}
	return b, nil
}

func mathFactorial(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("factorial", args, kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	if args[0].IsFloat() {
		return core.Value{}, core.Errorf(core.TypeError, "'float' object cannot be interpreted as an integer")
	}
	n, err := bigOf(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	if n.Sign() < 0 {
		return core.Value{}, core.Errorf(core.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 100000 {
		return core.Value{}, core.Errorf(core.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return core.BigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathComb(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("comb", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	n, err := nonNegInt(th, args[0], "n")
	if err != nil {
		return core.Value{}, err
	}
	k, err := nonNegInt(th, args[1], "k")
	if err != nil {
		return core.Value{}, err
	}
	if k.Cmp(n) > 0 {
		return core.Int(0), nil
	}
	if !n.IsInt64() {
		return core.Value{}, core.Errorf(core.OverflowError, "n must not exceed %d", int64(math.MaxInt64))
	}
	return core.BigInt(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
}

func mathPerm(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("perm", args, kw, 1, 2); err != nil {
		return core.Value{}, err
	}
	n, err := nonNegInt(th, args[0], "n")
	if err != nil {
		return core.Value{}, err
	}
	if !n.IsInt64() {
		return core.Value{}, core.Errorf(core.OverflowError, "n must not exceed %d", int64(math.MaxInt64))
	}
	if len(args) == 1 || args[1].IsNone() {
		return core.BigInt(new(big.Int).MulRange(1, n.Int64())), nil
	}
	k, err := nonNegInt(th, args[1], "k")
	if err != nil {
		return core.Value{}, err
	}
	if k.Cmp(n) > 0 {
		return core.Int(0), nil
	}
	if k.Sign() == 0 {
		return core.Int(1), nil
	}
	return core.BigInt(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
}

func mathIsqrt(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("isqrt", args, kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	n, err := bigOf(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	if n.Sign() < 0 {
		return core.Value{}, core.Errorf(core.ValueError, "isqrt() argument must be nonnegative")
	}
	return core.BigInt(new(big.Int).Sqrt(n)), nil
}

// fsum is exactly rounded summation (Shewchuk's partials, as CPython).
func mathFsum(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("fsum", args, kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	special := false
	err := th.Iterate(args[0], func(v core.Value) (bool, *core.Exception) {
		x, err := mathFloat(th, v)
		if err != nil {
			return false, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special = true
			specialSum += x
			if math.IsInf(x, 0) {
				infSum += x
			}
			return true, nil
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		if math.IsInf(x, 0) {
			return false, core.Errorf(core.OverflowError, "intermediate overflow in fsum")
		}
		partials = append(partials[:i], x)
		return true, nil
	})
	if err != nil {
		return core.Value{}, err
	}
	if special {
		if math.IsNaN(infSum) {
			return core.Value{}, core.Errorf(core.ValueError, "-inf + inf in fsum")
		}
		return core.Float(specialSum), nil
	}
	n := len(partials)
	if n == 0 {
		return core.Float(0), nil
	}
	hi := partials[n-1]
	lo := 0.0
	n--
	for n > 0 {
		x := hi
		y := partials[n-1]
		n--
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	// Round half-even correctly when the remaining partials push it.
	if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		yr := x - hi
		if y == yr {
			hi = x
		}
	}
	return core.Float(hi), nil
}

func mathProd(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	pos, kws, err := kwArgs("prod", args, kw, "start")
	if err != nil {
		return core.Value{}, err
	}
	if err := core.ArgCount("prod", pos, nil, 1, 1); err != nil {
		return core.Value{}, err
	}
	acc := core.Int(1)
	if s, ok := kws["start"]; ok {
		acc = s
	}
	err = th.Iterate(pos[0], func(x core.Value) (bool, *core.Exception) {
		var err *core.Exception
		acc, err = th.Binary(core.Mul, acc, x)
		return err == nil, err
	})
	return acc, err
}

func floatsOf(th *core.Thread, v core.Value) ([]float64, *core.Exception) {
	var fs []float64
	err := th.Iterate(v, func(x core.Value) (bool, *core.Exception) {
		f, err := mathFloat(th, x)
		fs = append(fs, f)
		return err == nil, err
	})
	return fs, err
}

// hypotOf is the Euclidean norm, scaled to avoid overflow.
func hypotOf(xs []float64) float64 {
	maxv := 0.0
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if a := math.Abs(x); a > maxv || math.IsNaN(x) {
			maxv = a
		}
	}
	if math.IsNaN(maxv) {
		return maxv
	}
	if maxv == 0 || len(xs) <= 1 {
		return maxv
	}
	// The sum of squares is exact at this precision, so the square root
	// is correctly rounded, as CPython's vector_norm almost always is.
	sum := new(big.Float).SetPrec(2200)
	sq := new(big.Float).SetPrec(2200)
	for _, x := range xs {
		bx := new(big.Float).SetPrec(2200).SetFloat64(x)
		sq.Mul(bx, bx)
		sum.Add(sum, sq)
	}
	r, _ := new(big.Float).SetPrec(53).Sqrt(sum).Float64()
	return r
}

func mathHypot(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.NoKwargs("hypot", kw); err != nil {
		return core.Value{}, err
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		f, err := mathFloat(th, a)
		if err != nil {
			return core.Value{}, err
		}
		xs[i] = f
	}
	return core.Float(hypotOf(xs)), nil
}

func mathDist(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("dist", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	p, err := floatsOf(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	q, err := floatsOf(th, args[1])
	if err != nil {
		return core.Value{}, err
	}
	if len(p) != len(q) {
		return core.Value{}, core.Errorf(core.ValueError, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		d[i] = p[i] - q[i]
	}
	return core.Float(hypotOf(d)), nil
}

func mathIsclose(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var a, b, relV, absV core.Value
	pos, kws, err := kwArgs("isclose", args, kw, "a", "b", "rel_tol", "abs_tol")
	if err != nil {
		return core.Value{}, err
	}
	if len(pos) > 2 {
		return core.Value{}, core.Errorf(core.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(pos))
	}
	if len(pos) > 0 {
		a = pos[0]
	} else {
		a = kws["a"]
	}
	if len(pos) > 1 {
		b = pos[1]
	} else {
		b = kws["b"]
	}
	if !a.IsValid() || !b.IsValid() {
		return core.Value{}, core.Errorf(core.TypeError, "isclose() missing required argument '%s' (pos %d)", map[bool]string{true: "a", false: "b"}[!a.IsValid()], map[bool]int{true: 1, false: 2}[!a.IsValid()])
	}
	relV, absV = kws["rel_tol"], kws["abs_tol"]
	x, err := mathFloat(th, a)
	if err != nil {
		return core.Value{}, err
	}
	y, err := mathFloat(th, b)
	if err != nil {
		return core.Value{}, err
	}
	rel, abs := 1e-9, 0.0
	if relV.IsValid() {
		if rel, err = mathFloat(th, relV); err != nil {
			return core.Value{}, err
		}
	}
	if absV.IsValid() {
		if abs, err = mathFloat(th, absV); err != nil {
			return core.Value{}, err
		}
	}
	if rel < 0 || abs < 0 {
		return core.Value{}, core.Errorf(core.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return core.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return core.False, nil
	}
	diff := math.Abs(y - x)
	return core.Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
}

func mathPred(name string, f func(float64) bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		x, err := mathFloat1(th, name, args, kw)
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(f(x)), nil
	}
}

func initMath(th *core.Thread, m *core.Module) *core.Exception {
	d := m.Dict
	d.SetStr("pi", core.Float(math.Pi))
	d.SetStr("e", core.Float(math.E))
	d.SetStr("tau", core.Float(2*math.Pi))
	d.SetStr("inf", core.Float(math.Inf(1)))
	d.SetStr("nan", core.Float(math.NaN()))
	setFuncs(d, mathFuncs())
	return nil
}

func mathFuncs() funcs {
	return funcs{
		"sqrt":  unary("sqrt", math.Sqrt, false),
		"cbrt":  unary("cbrt", math.Cbrt, false),
		"exp":   unary("exp", math.Exp, true),
		"exp2":  unary("exp2", math.Exp2, true),
		"expm1": unary("expm1", math.Expm1, true),
		"log":   mathLogN,
		"log2":  logFunc("log2", 2),
		"log10": logFunc("log10", 10),
		"log1p": unary("log1p", func(x float64) float64 {
			if x == -1 {
				return math.NaN()
			}
			return math.Log1p(x)
		}, false),
		"sin":   unary("sin", math.Sin, false),
		"cos":   unary("cos", math.Cos, false),
		"tan":   unary("tan", math.Tan, false),
		"asin":  unary("asin", math.Asin, false),
		"acos":  unary("acos", math.Acos, false),
		"atan":  unary("atan", math.Atan, false),
		"sinh":  unary("sinh", math.Sinh, true),
		"cosh":  unary("cosh", math.Cosh, true),
		"tanh":  unary("tanh", math.Tanh, false),
		"asinh": unary("asinh", math.Asinh, false),
		"acosh": unary("acosh", math.Acosh, false),
		"atanh": unary("atanh", func(x float64) float64 {
			if x == 1 || x == -1 {
				return math.NaN()
			}
			return math.Atanh(x)
		}, false),
		"erf":  unary("erf", math.Erf, false),
		"erfc": unary("erfc", math.Erfc, false),
		"gamma": unary("gamma", func(x float64) float64 {
			if x <= 0 && x == math.Trunc(x) {
				return math.NaN()
			}
			return math.Gamma(x)
		}, true),
		"lgamma": unary("lgamma", func(x float64) float64 {
			if x <= 0 && x == math.Trunc(x) {
				return math.Inf(1)
			}
			r, _ := math.Lgamma(x)
			return r
		}, true),
		"fabs":    unary("fabs", math.Abs, false),
		"degrees": unary("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true),
		"radians": unary("radians", func(x float64) float64 { return x * (math.Pi / 180) }, true),
		"ulp": unary("ulp", func(x float64) float64 {
			x = math.Abs(x)
			if math.IsInf(x, 0) || math.IsNaN(x) {
				return x
			}
			n := math.Nextafter(x, math.Inf(1))
			if math.IsInf(n, 0) {
				return x - math.Nextafter(x, 0)
			}
			return n - x
		}, false),
		"pow":       binaryF("pow", mathPow),
		"fmod":      binaryF("fmod", mathFmod),
		"remainder": binaryF("remainder", mathRemainder),
		"atan2":     binaryF("atan2", mathAtan2),
		"copysign":  binaryF("copysign", mathCopysign),
		"nextafter": binaryF("nextafter", mathNextafter),
		"floor":     rounding("floor", math.Floor),
		"ceil":      rounding("ceil", math.Ceil),
		"trunc":     rounding("trunc", math.Trunc),
		"isnan":     mathPred("isnan", math.IsNaN),
		"isinf":     mathPred("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		"isfinite":  mathPred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
		"isclose":   mathIsclose,
		"gcd":       mathGcdLcm("gcd", false),
		"lcm":       mathGcdLcm("lcm", true),
		"factorial": mathFactorial,
		"comb":      mathComb,
		"perm":      mathPerm,
		"isqrt":     mathIsqrt,
		"fsum":      mathFsum,
		"prod":      mathProd,
		"hypot":     mathHypot,
		"dist":      mathDist,
		"modf": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			x, err := mathFloat1(th, "modf", args, kw)
			if err != nil {
				return core.Value{}, err
			}
			if math.IsInf(x, 0) {
				return tuple(core.Float(math.Copysign(0, x)), core.Float(x)), nil
			}
			i, f := math.Modf(x)
			return tuple(core.Float(f), core.Float(i)), nil
		},
		"frexp": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			x, err := mathFloat1(th, "frexp", args, kw)
			if err != nil {
				return core.Value{}, err
			}
			f, e := math.Frexp(x)
			return tuple(core.Float(f), core.Int(int64(e))), nil
		},
		"ldexp": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("ldexp", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			x, err := mathFloat(th, args[0])
			if err != nil {
				return core.Value{}, err
			}
			if !core.IsInt(core.Unwrap(args[1])) {
				return core.Value{}, core.Errorf(core.TypeError, "Expected an int as second argument to ldexp.")
			}
			e, ok := core.AsInt64(core.Unwrap(args[1]))
			if !ok || e > 1<<20 {
				e = 1 << 20
			} else if e < -(1 << 20) {
				e = -(1 << 20)
			}
			r := math.Ldexp(x, int(e))
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return core.Value{}, errRange()
			}
			return core.Float(r), nil
		},
	}
}
