package core

import (
	"math"
	"testing"
)

func TestComplexRepr(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	for _, c := range []struct {
		re, im float64
		want   string
	}{
		{1, 2, "(1+2j)"},
		{0, 2, "2j"},
		{math.Copysign(0, -1), -1, "(-0-1j)"},
		{0, 0, "0j"},
		{nan, inf, "(nan+infj)"},
		{1, -nan, "(1+nanj)"},
		{0, 1e16, "1e+16j"},
		{1.5e-7, 2, "(1.5e-07+2j)"},
	} {
		if got := ComplexRepr(c.re, c.im); got != c.want {
			t.Errorf("repr(complex(%v, %v)) = %q, want %q", c.re, c.im, got, c.want)
		}
	}
}

func TestParseComplexText(t *testing.T) {
	for _, c := range []struct {
		s      string
		re, im float64
		ok     bool
	}{
		{"1+2j", 1, 2, true},
		{"  ( 1.5-2.5J )  ", 1.5, -2.5, true},
		{"-j", 0, -1, true},
		{"1_000+2_0j", 1000, 20, true},
		{"3", 3, 0, true},
		{"1+", 0, 0, false},
		{"1+2", 0, 0, false},
		{"(1+2j", 0, 0, false},
		{"1 + 2j", 0, 0, false},
		{"j1", 0, 0, false},
		{"", 0, 0, false},
	} {
		z, ok := parseComplexText(c.s)
		if ok != c.ok || ok && (z.Re != c.re || z.Im != c.im) {
			t.Errorf("parseComplexText(%q) = %v, %v; want (%v, %v), %v", c.s, z, ok, c.re, c.im, c.ok)
		}
	}
}

func TestComplexHashMatchesReal(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.5, 1e300, -2.25} {
		if hashComplex(Complex{f, 0}) != hashFloat(f) {
			t.Errorf("hash(complex(%v, 0)) != hash(%v)", f, f)
		}
	}
	if got := hashComplex(Complex{1, 2}); got != 2000007 {
		t.Errorf("hash(1+2j) = %d, want 2000007", got)
	}
}

// The C library's hypot (CPython's abs(complex) and cmath) for arguments
// where Go's math.Hypot is an ulp off.
func TestHypotMatchesLibc(t *testing.T) {
	for _, c := range [][3]float64{
		{-6.714285714285714, -25.333333333333332, 26.208002793628495},
		{7.285714285714286, -24.666666666666668, 25.72014924329767},
		{-1.2422481269885584, -0.0837551723629879, 1.2450684069175215},
		{6.799030809589489, -2.589546667085065, 7.275477433870472},
		{2.857142857142857, -29.666666666666668, 29.803932230785147},
		{7.857142857142857, 28.666666666666668, 29.7239376875832},
		{3, 4, 5},
		{1e308, 1e308, 1.4142135623730951e+308},
		{5e-324, 5e-324, 5e-324},
		{0, -2.5, 2.5},
	} {
		if got := Hypot(c[0], c[1]); got != c[2] {
			t.Errorf("Hypot(%v, %v) = %v, want %v", c[0], c[1], got, c[2])
		}
	}
	if !math.IsInf(Hypot(math.NaN(), math.Inf(-1)), 1) || !math.IsNaN(Hypot(math.NaN(), 1)) {
		t.Error("Hypot's special values")
	}
}
