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
