package modules

import (
	"math"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// cmath: CPython 3.11's cmathmodule.c algorithms (scaled to avoid
// spurious overflow and loss of accuracy near zero and one) and its C99
// Annex G special values for infinite and NaN arguments. The real
// functions underneath are Go's, so a result may differ from CPython's
// in the last digit where Go's libm and the C library's differ.

type cplx struct{ re, im float64 }

// Errors a cmath function can signal (CPython's errno values).
const (
	cmOK     = iota
	cmDomain // ValueError: math domain error
	cmRange  // OverflowError: math range error
)

// Kinds of a double, the special-value tables' row and column index.
const (
	stNInf = iota
	stNeg
	stNZero
	stPZero
	stPos
	stPInf
	stNaN
)

func specialKind(d float64) int {
	switch {
	case math.IsNaN(d):
		return stNaN
	case math.IsInf(d, 1):
		return stPInf
	case math.IsInf(d, -1):
		return stNInf
	case d == 0 && math.Signbit(d):
		return stNZero
	case d == 0:
		return stPZero
	case d < 0:
		return stNeg
	}
	return stPos
}

// specialTable is a 7x7 table of results for infinite and NaN arguments,
// indexed by the kinds of the real and imaginary parts: 49 pairs of codes
// separated by spaces, one code per part. Codes: i/I = ±inf, n = nan,
// 0/z = ±0, 1/m = ±1, p/P = ±pi, h/H = ±pi/2, q/Q = ±pi/4, c/C = ±3pi/4,
// u = unreachable (finite argument).
type specialTable [7][7]cplx

func parseSpecial(rows ...string) *specialTable {
	val := map[byte]float64{
		'i': math.Inf(1), 'I': math.Inf(-1), 'n': math.NaN(), '0': 0, 'z': math.Copysign(0, -1),
		'1': 1, 'm': -1, 'p': math.Pi, 'P': -math.Pi, 'h': math.Pi / 2, 'H': -math.Pi / 2,
		'q': math.Pi / 4, 'Q': -math.Pi / 4, 'c': 0.75 * math.Pi, 'C': -0.75 * math.Pi, 'u': 0,
	}
	t := new(specialTable)
	for r, row := range rows {
		for c := 0; c < 7; c++ {
			t[r][c] = cplx{val[row[3*c]], val[row[3*c+1]]}
		}
	}
	return t
}

func (t *specialTable) at(z cplx) cplx { return t[specialKind(z.re)][specialKind(z.im)] }

func finite(z cplx) bool {
	return !math.IsInf(z.re, 0) && !math.IsNaN(z.re) && !math.IsInf(z.im, 0) && !math.IsNaN(z.im)
}

func isFiniteF(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

var (
	acosSpecial = parseSpecial(
		"ci pi pi pI pI cI ni", "hi uu uu uu uu hI nn", "hi uu h0 hz uu hI hn", "hi uu h0 hz uu hI hn",
		"hi uu uu uu uu hI nn", "qi 0i 0i 0I 0I qI ni", "ni nn nn nn nn nI nn")
	acoshSpecial = parseSpecial(
		"iC iP iP ip ip ic in", "iH uu uu uu uu ih nn", "iH uu 0H 0h uu ih nn", "iH uu 0H 0h uu ih nn",
		"iH uu uu uu uu ih nn", "iQ iz iz i0 i0 iq in", "in nn nn nn nn in nn")
	asinhSpecial = parseSpecial(
		"IQ Iz Iz I0 I0 Iq In", "IH uu uu uu uu Ih nn", "IH uu zz z0 uu Ih nn", "iH uu 0z 00 uu ih nn",
		"iH uu uu uu uu ih nn", "iQ iz iz i0 i0 iq in", "in nn nz n0 nn in nn")
	atanhSpecial = parseSpecial(
		"zH zH zH zh zh zh zn", "zH uu uu uu uu zh nn", "zH uu zz z0 uu zh zn", "0H uu 0z 00 uu 0h 0n",
		"0H uu uu uu uu 0h nn", "0H 0H 0H 0h 0h 0h 0n", "0H nn nn nn nn 0h nn")
	coshSpecial = parseSpecial(
		"in uu i0 iz uu in in", "nn uu uu uu uu nn nn", "n0 uu 10 1z uu n0 n0", "n0 uu 1z 10 uu n0 n0",
		"nn uu uu uu uu nn nn", "in uu iz i0 uu in in", "nn nn n0 n0 nn nn nn")
	expSpecial = parseSpecial(
		"00 uu 0z 00 uu 00 00", "nn uu uu uu uu nn nn", "nn uu 1z 10 uu nn nn", "nn uu 1z 10 uu nn nn",
		"nn uu uu uu uu nn nn", "in uu iz i0 uu in in", "nn nn nz n0 nn nn nn")
	logSpecial = parseSpecial(
		"iC iP iP ip ip ic in", "iH uu uu uu uu ih nn", "iH uu IP Ip uu ih nn", "iH uu Iz I0 uu ih nn",
		"iH uu uu uu uu ih nn", "iQ iz iz i0 i0 iq in", "in nn nn nn nn in nn")
	sinhSpecial = parseSpecial(
		"in uu Iz I0 uu in in", "nn uu uu uu uu nn nn", "0n uu zz z0 uu 0n 0n", "0n uu 0z 00 uu 0n 0n",
		"nn uu uu uu uu nn nn", "in uu iz i0 uu in in", "nn nn nz n0 nn nn nn")
	sqrtSpecial = parseSpecial(
		"iI 0I 0I 0i 0i ii ni", "iI uu uu uu uu ii nn", "iI uu 0z 00 uu ii nn", "iI uu 0z 00 uu ii nn",
		"iI uu uu uu uu ii nn", "iI iz iz i0 i0 ii in", "iI nn nn nn nn ii nn")
	tanhSpecial = parseSpecial(
		"m0 uu mz m0 uu m0 m0", "nn uu uu uu uu nn nn", "nn uu zz z0 uu nn nn", "nn uu 0z 00 uu nn nn",
		"nn uu uu uu uu nn nn", "10 uu 1z 10 uu 10 10", "nn nn nz n0 nn nn nn")
	rectSpecial = parseSpecial(
		"in uu I0 Iz uu in in", "nn uu uu uu uu nn nn", "00 uu z0 zz uu 00 00", "00 uu 0z 00 uu 00 00",
		"nn uu uu uu uu nn nn", "in uu iz i0 uu in in", "nn nn n0 n0 nn nn nn")
)

var (
	cmLargeDouble     = math.MaxFloat64 / 4
	cmSqrtLargeDouble = math.Sqrt(cmLargeDouble)
	cmLogLargeDouble  = math.Log(cmLargeDouble)
	cmSqrtDblMin      = math.Sqrt(2.2250738585072014e-308)
)

const (
	dblMin     = 2.2250738585072014e-308
	dblMantDig = 53
	cmScaleUp  = 2*(dblMantDig/2) + 1
	cmScaleDn  = -(cmScaleUp + 1) / 2
)

func cmSqrt(z cplx) (cplx, int) {
	if !finite(z) {
		return sqrtSpecial.at(z), cmOK
	}
	if z.re == 0 && z.im == 0 {
		return cplx{0, z.im}, cmOK
	}
	ax, ay := math.Abs(z.re), math.Abs(z.im)
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+core.Hypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDn)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+core.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if z.re >= 0 {
		return cplx{s, math.Copysign(d, z.im)}, cmOK
	}
	return cplx{d, math.Copysign(s, z.im)}, cmOK
}

func cmAcos(z cplx) (cplx, int) {
	if !finite(z) {
		return acosSpecial.at(z), cmOK
	}
	var r cplx
	if math.Abs(z.re) > cmLargeDouble || math.Abs(z.im) > cmLargeDouble {
		r.re = math.Atan2(math.Abs(z.im), z.re)
		l := math.Log(core.Hypot(z.re/2, z.im/2)) + math.Ln2*2
		if z.re < 0 {
			r.im = -math.Copysign(l, z.im)
		} else {
			r.im = math.Copysign(l, -z.im)
		}
		return r, cmOK
	}
	s1, _ := cmSqrt(cplx{1 - z.re, -z.im})
	s2, _ := cmSqrt(cplx{1 + z.re, z.im})
	return cplx{2 * math.Atan2(s1.re, s2.re), math.Asinh(s2.re*s1.im - s2.im*s1.re)}, cmOK
}

func cmAcosh(z cplx) (cplx, int) {
	if !finite(z) {
		return acoshSpecial.at(z), cmOK
	}
	if math.Abs(z.re) > cmLargeDouble || math.Abs(z.im) > cmLargeDouble {
		return cplx{math.Log(core.Hypot(z.re/2, z.im/2)) + math.Ln2*2, math.Atan2(z.im, z.re)}, cmOK
	}
	s1, _ := cmSqrt(cplx{z.re - 1, z.im})
	s2, _ := cmSqrt(cplx{z.re + 1, z.im})
	return cplx{math.Asinh(s1.re*s2.re + s1.im*s2.im), 2 * math.Atan2(s1.im, s2.re)}, cmOK
}

func cmAsinh(z cplx) (cplx, int) {
	if !finite(z) {
		return asinhSpecial.at(z), cmOK
	}
	if math.Abs(z.re) > cmLargeDouble || math.Abs(z.im) > cmLargeDouble {
		l := math.Log(core.Hypot(z.re/2, z.im/2)) + math.Ln2*2
		var re float64
		if z.im >= 0 {
			re = math.Copysign(l, z.re)
		} else {
			re = -math.Copysign(l, -z.re)
		}
		return cplx{re, math.Atan2(z.im, math.Abs(z.re))}, cmOK
	}
	s1, _ := cmSqrt(cplx{1 + z.im, -z.re})
	s2, _ := cmSqrt(cplx{1 - z.im, z.re})
	return cplx{math.Asinh(s1.re*s2.im - s2.re*s1.im), math.Atan2(z.im, s1.re*s2.re-s1.im*s2.im)}, cmOK
}

// rotated applies f to i*z and rotates the result back by -i:
// asin(z) = -i asinh(iz), atan(z) = -i atanh(iz), sin and tan likewise.
func rotated(f func(cplx) (cplx, int)) func(cplx) (cplx, int) {
	return func(z cplx) (cplx, int) {
		s, e := f(cplx{-z.im, z.re})
		return cplx{s.im, -s.re}, e
	}
}

func cmAtanh(z cplx) (cplx, int) {
	if !finite(z) {
		return atanhSpecial.at(z), cmOK
	}
	if z.re < 0 {
		r, e := cmAtanh(cplx{-z.re, -z.im})
		return cplx{-r.re, -r.im}, e
	}
	ay := math.Abs(z.im)
	switch {
	case z.re > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		h := core.Hypot(z.re/2, z.im/2)
		return cplx{z.re / 4 / h / h, -math.Copysign(math.Pi/2, -z.im)}, cmOK
	case z.re == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return cplx{math.Inf(1), z.im}, cmDomain
		}
		return cplx{-math.Log(math.Sqrt(ay) / math.Sqrt(core.Hypot(ay, 2))), math.Copysign(math.Atan2(2, -ay)/2, z.im)}, cmOK
	}
	return cplx{
		math.Log1p(4*z.re/((1-z.re)*(1-z.re)+ay*ay)) / 4,
		-math.Atan2(-2*z.im, (1-z.re)*(1+z.re)-ay*ay) / 2,
	}, cmOK
}

// cmHyper is cosh (sinh=false) and sinh (sinh=true).
func cmHyper(z cplx, sinh bool) (cplx, int) {
	if !finite(z) {
		var r cplx
		if math.IsInf(z.re, 0) && isFiniteF(z.im) && z.im != 0 {
			re, im := math.Copysign(math.Inf(1), math.Cos(z.im)), math.Copysign(math.Inf(1), math.Sin(z.im))
			if z.re < 0 {
				if sinh {
					re = -re
				} else {
					im = -im
				}
			}
			r = cplx{re, im}
		} else if sinh {
			r = sinhSpecial.at(z)
		} else {
			r = coshSpecial.at(z)
		}
		if math.IsInf(z.im, 0) && !math.IsNaN(z.re) {
			return r, cmDomain
		}
		return r, cmOK
	}
	c, s := math.Cosh, math.Sinh
	if sinh {
		c, s = math.Sinh, math.Cosh
	}
	var r cplx
	if math.Abs(z.re) > cmLogLargeDouble {
		x1 := z.re - math.Copysign(1, z.re)
		r = cplx{math.Cos(z.im) * c(x1) * math.E, math.Sin(z.im) * s(x1) * math.E}
	} else {
		r = cplx{math.Cos(z.im) * c(z.re), math.Sin(z.im) * s(z.re)}
	}
	if math.IsInf(r.re, 0) || math.IsInf(r.im, 0) {
		return r, cmRange
	}
	return r, cmOK
}

func cmCosh(z cplx) (cplx, int) { return cmHyper(z, false) }
func cmSinh(z cplx) (cplx, int) { return cmHyper(z, true) }

func cmCos(z cplx) (cplx, int) { return cmCosh(cplx{-z.im, z.re}) }

func cmExp(z cplx) (cplx, int) {
	if !finite(z) {
		var r cplx
		if math.IsInf(z.re, 0) && isFiniteF(z.im) && z.im != 0 {
			if z.re > 0 {
				r = cplx{math.Copysign(math.Inf(1), math.Cos(z.im)), math.Copysign(math.Inf(1), math.Sin(z.im))}
			} else {
				r = cplx{math.Copysign(0, math.Cos(z.im)), math.Copysign(0, math.Sin(z.im))}
			}
		} else {
			r = expSpecial.at(z)
		}
		if math.IsInf(z.im, 0) && (isFiniteF(z.re) || math.IsInf(z.re, 1)) {
			return r, cmDomain
		}
		return r, cmOK
	}
	var r cplx
	if z.re > cmLogLargeDouble {
		l := math.Exp(z.re - 1)
		r = cplx{l * math.Cos(z.im) * math.E, l * math.Sin(z.im) * math.E}
	} else {
		l := math.Exp(z.re)
		r = cplx{l * math.Cos(z.im), l * math.Sin(z.im)}
	}
	if math.IsInf(r.re, 0) || math.IsInf(r.im, 0) {
		return r, cmRange
	}
	return r, cmOK
}

func cmLog(z cplx) (cplx, int) {
	if !finite(z) {
		return logSpecial.at(z), cmOK
	}
	ax, ay := math.Abs(z.re), math.Abs(z.im)
	var re float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		re = math.Log(core.Hypot(ax/2, ay/2)) + math.Ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return cplx{math.Inf(-1), math.Atan2(z.im, z.re)}, cmDomain
		}
		re = math.Log(core.Hypot(math.Ldexp(ax, dblMantDig), math.Ldexp(ay, dblMantDig))) - dblMantDig*math.Ln2
	default:
		h := core.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = math.Log(h)
		}
	}
	return cplx{re, math.Atan2(z.im, z.re)}, cmOK
}

func cmLog10(z cplx) (cplx, int) {
	r, e := cmLog(z)
	return cplx{r.re / math.Ln10, r.im / math.Ln10}, e
}

func cmTanh(z cplx) (cplx, int) {
	if !finite(z) {
		var r cplx
		if math.IsInf(z.re, 0) && isFiniteF(z.im) && z.im != 0 {
			r = cplx{math.Copysign(1, z.re), math.Copysign(0, 2*math.Sin(z.im)*math.Cos(z.im))}
		} else {
			r = tanhSpecial.at(z)
		}
		if math.IsInf(z.im, 0) && isFiniteF(z.re) {
			return r, cmDomain
		}
		return r, cmOK
	}
	if math.Abs(z.re) > cmLogLargeDouble {
		return cplx{math.Copysign(1, z.re), 4 * math.Sin(z.im) * math.Cos(z.im) * math.Exp(-2*math.Abs(z.re))}, cmOK
	}
	tx, ty := math.Tanh(z.re), math.Tan(z.im)
	cx := 1 / math.Cosh(z.re)
	txty := tx * ty
	denom := 1 + txty*txty
	return cplx{tx * (1 + ty*ty) / denom, ((ty / denom) * cx) * cx}, cmOK
}

// cmPhase is CPython's c_atan2, careful with infinities and zeros.
func cmPhase(z cplx) float64 {
	switch {
	case math.IsNaN(z.re) || math.IsNaN(z.im):
		return math.NaN()
	case math.IsInf(z.im, 0):
		if math.IsInf(z.re, 0) {
			if math.Signbit(z.re) {
				return math.Copysign(0.75*math.Pi, z.im)
			}
			return math.Copysign(0.25*math.Pi, z.im)
		}
		return math.Copysign(0.5*math.Pi, z.im)
	case math.IsInf(z.re, 0) || z.im == 0:
		if math.Signbit(z.re) {
			return math.Copysign(math.Pi, z.im)
		}
		return math.Copysign(0, z.im)
	}
	return math.Atan2(z.im, z.re)
}

func cmRect(r, phi float64) (cplx, int) {
	switch {
	case !isFiniteF(r) || !isFiniteF(phi):
		var z cplx
		if math.IsInf(r, 0) && isFiniteF(phi) && phi != 0 {
			z = cplx{math.Copysign(math.Inf(1), math.Cos(phi)), math.Copysign(math.Inf(1), math.Sin(phi))}
			if r < 0 {
				z = cplx{-z.re, -z.im}
			}
		} else {
			z = rectSpecial.at(cplx{r, phi})
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, cmDomain
		}
		return z, cmOK
	case phi == 0:
		return cplx{r, r * phi}, cmOK
	}
	return cplx{r * math.Cos(phi), r * math.Sin(phi)}, cmOK
}

// cmAbs is CPython's _Py_c_abs (cmRange on overflow).
func cmAbs(z cplx) (float64, int) {
	switch {
	case math.IsInf(z.re, 0) || math.IsInf(z.im, 0):
		return math.Inf(1), cmOK
	case math.IsNaN(z.re) || math.IsNaN(z.im):
		return math.NaN(), cmOK
	}
	r := core.Hypot(z.re, z.im)
	if math.IsInf(r, 0) {
		return r, cmRange
	}
	return r, cmOK
}

func cmError(e int) *core.Exception {
	if e == cmDomain {
		return core.Errorf(core.ValueError, "math domain error")
	}
	return core.Errorf(core.OverflowError, "math range error")
}

func cmArg(th *core.Thread, v core.Value) (cplx, *core.Exception) {
	re, im, err := th.ComplexValue(v)
	return cplx{re, im}, err
}

func cmUnary(name string, f func(cplx) (cplx, int)) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("cmath."+name, args, kw, 1, 1); err != nil {
			return core.Value{}, err
		}
		z, err := cmArg(th, args[0])
		if err != nil {
			return core.Value{}, err
		}
		r, e := f(z)
		if e != cmOK {
			return core.Value{}, cmError(e)
		}
		return core.NewComplex(r.re, r.im), nil
	}
}

func cmPred(name string, f func(cplx) bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		z, err := cmArg1(th, name, args, kw)
		if err != nil {
			return core.Value{}, err
		}
		return core.Bool(f(z)), nil
	}
}

func cmathLog(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("log", args, kw, 1, 2); err != nil {
		return core.Value{}, err
	}
	z, err := cmArg(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	r, e := cmLog(z)
	if len(args) == 2 {
		b, err := cmArg(th, args[1])
		if err != nil {
			return core.Value{}, err
		}
		lb, e2 := cmLog(b)
		if e2 != cmOK {
			e = e2
		}
		q := core.NewComplex(r.re, r.im)
		v, qerr := th.Binary(core.TrueDiv, q, core.NewComplex(lb.re, lb.im))
		if qerr != nil {
			e = cmDomain
		} else {
			r.re, r.im, _ = core.ComplexOf(v)
		}
	}
	if e != cmOK {
		return core.Value{}, cmError(e)
	}
	return core.NewComplex(r.re, r.im), nil
}

func cmathIsclose(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	npos := len(args) - len(kw)
	if npos != 2 {
		return core.Value{}, core.Errorf(core.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	var av, bv, relV, absV core.Value
	if err := th.UnpackArgs("isclose", args, kw, "a", &av, "b", &bv, "rel_tol?", &relV, "abs_tol", &absV); err != nil {
		return core.Value{}, err
	}
	a, err := cmArg(th, av)
	if err != nil {
		return core.Value{}, err
	}
	b, err := cmArg(th, bv)
	if err != nil {
		return core.Value{}, err
	}
	rel, abs := 1e-9, 0.0
	if relV.IsValid() {
		if rel, err = th.FloatValue(relV); err != nil {
			return core.Value{}, err
		}
	}
	if absV.IsValid() {
		if abs, err = th.FloatValue(absV); err != nil {
			return core.Value{}, err
		}
	}
	if rel < 0 || abs < 0 {
		return core.Value{}, core.Errorf(core.ValueError, "tolerances must be non-negative")
	}
	if a.re == b.re && a.im == b.im {
		return core.True, nil
	}
	if math.IsInf(a.re, 0) || math.IsInf(a.im, 0) || math.IsInf(b.re, 0) || math.IsInf(b.im, 0) {
		return core.False, nil
	}
	diff, _ := cmAbs(cplx{a.re - b.re, a.im - b.im})
	ab, _ := cmAbs(a)
	bb, _ := cmAbs(b)
	return core.Bool(diff <= rel*bb || diff <= rel*ab || diff <= abs), nil
}

// cmArg1 is the one complex argument of a cmath function.
func cmArg1(th *core.Thread, name string, args []core.Value, kw []string) (cplx, *core.Exception) {
	if err := core.ArgCount(name, args, kw, 1, 1); err != nil {
		return cplx{}, err
	}
	return cmArg(th, args[0])
}

func initCmath(th *core.Thread, m *core.Module) *core.Exception {
	d := m.Dict
	d.SetStr("pi", core.Float(math.Pi))
	d.SetStr("e", core.Float(math.E))
	d.SetStr("tau", core.Float(2*math.Pi))
	d.SetStr("inf", core.Float(math.Inf(1)))
	d.SetStr("infj", core.NewComplex(0, math.Inf(1)))
	d.SetStr("nan", core.Float(math.NaN()))
	d.SetStr("nanj", core.NewComplex(0, math.NaN()))
	unary := map[string]func(cplx) (cplx, int){
		"sqrt": cmSqrt, "exp": cmExp, "log10": cmLog10,
		"acos": cmAcos, "acosh": cmAcosh, "asinh": cmAsinh, "atanh": cmAtanh,
		"asin": rotated(cmAsinh), "atan": rotated(cmAtanh),
		"cos": cmCos, "cosh": cmCosh, "sin": rotated(cmSinh), "sinh": cmSinh,
		"tan": rotated(cmTanh), "tanh": cmTanh,
	}
	fns := map[string]core.BuiltinFunc{
		"log":      cmathLog,
		"isclose":  cmathIsclose,
		"isfinite": cmPred("isfinite", finite),
		"isnan":    cmPred("isnan", func(z cplx) bool { return math.IsNaN(z.re) || math.IsNaN(z.im) }),
		"isinf":    cmPred("isinf", func(z cplx) bool { return math.IsInf(z.re, 0) || math.IsInf(z.im, 0) }),
		"phase": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			z, err := cmArg1(th, "phase", args, kw)
			if err != nil {
				return core.Value{}, err
			}
			return core.Float(cmPhase(z)), nil
		},
		"polar": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			z, err := cmArg1(th, "polar", args, kw)
			if err != nil {
				return core.Value{}, err
			}
			phi := cmPhase(z)
			r, e := cmAbs(z)
			if e != cmOK {
				return core.Value{}, cmError(e)
			}
			return core.NewTuple([]core.Value{core.Float(r), core.Float(phi)}), nil
		},
		"rect": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("rect", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			r, err := th.FloatValue(args[0])
			if err != nil {
				return core.Value{}, err
			}
			phi, err := th.FloatValue(args[1])
			if err != nil {
				return core.Value{}, err
			}
			z, e := cmRect(r, phi)
			if e != cmOK {
				return core.Value{}, cmError(e)
			}
			return core.NewComplex(z.re, z.im), nil
		},
	}
	for name, f := range unary {
		fns[name] = cmUnary(name, f)
	}
	setFuncs(d, fns)
	return nil
}
