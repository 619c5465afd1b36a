package modules

import (
	"math"
	"testing"
)

// TestCmathSpecialValues checks entries of the special-value tables and
// the signed-zero branch cuts against CPython 3.11's results.
func TestCmathSpecialValues(t *testing.T) {
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	same := func(a, b float64) bool {
		return a == b && math.Signbit(a) == math.Signbit(b) || math.IsNaN(a) && math.IsNaN(b)
	}
	for _, c := range []struct {
		name string
		f    func(cplx) (cplx, int)
		z    cplx
		want cplx
		err  int
	}{
		{"sqrt", cmSqrt, cplx{-inf, nan}, cplx{nan, inf}, cmOK},
		{"sqrt", cmSqrt, cplx{-inf, 1}, cplx{0, inf}, cmOK},
		{"sqrt", cmSqrt, cplx{1, -inf}, cplx{inf, -inf}, cmOK},
		{"sqrt", cmSqrt, cplx{nz, 0}, cplx{0, 0}, cmOK},
		{"sqrt", cmSqrt, cplx{-4, 0}, cplx{0, 2}, cmOK},
		{"sqrt", cmSqrt, cplx{-4, nz}, cplx{0, -2}, cmOK},
		{"log", cmLog, cplx{nz, nz}, cplx{-inf, -math.Pi}, cmDomain},
		{"exp", cmExp, cplx{-inf, nz}, cplx{0, nz}, cmOK},
		{"exp", cmExp, cplx{1000, 0}, cplx{}, cmRange},
		{"atanh", rotated(cmAtanh), cplx{2, inf}, cplx{math.Pi / 2, 0}, cmOK},
		{"atanh", cmAtanh, cplx{1, 0}, cplx{inf, 0}, cmDomain},
		{"acos", cmAcos, cplx{inf, -inf}, cplx{math.Pi / 4, inf}, cmOK},
		{"tanh", cmTanh, cplx{-inf, nan}, cplx{-1, 0}, cmOK},
		{"cosh", cmCosh, cplx{nz, nz}, cplx{1, 0}, cmOK},
		{"asinh", cmAsinh, cplx{nan, nz}, cplx{nan, nz}, cmOK},
	} {
		got, err := c.f(c.z)
		if c.err == cmRange { // the value is not used: Python sees OverflowError
			got = cplx{}
		}
		if !same(got.re, c.want.re) || !same(got.im, c.want.im) || err != c.err {
			t.Errorf("%s(%v) = %v (error %d), want %v (error %d)", c.name, c.z, got, err, c.want, c.err)
		}
	}
}
