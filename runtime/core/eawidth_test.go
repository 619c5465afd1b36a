package core

import "testing"

// Widths as CPython 3.11's unicodedata.east_asian_width gives them (W/F: 2).
func TestDisplayWidth(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want int
	}{
		{'a', 1}, {'é', 1}, {'ж', 1}, {'名', 2}, {'こ', 2}, {'✅', 2}, {'❌', 2}, {'🎉', 2},
		{'→', 1}, {'€', 1}, {'Ａ', 2}, {0x3000, 2}, {0x378, 2}, {0x10ffff, 2}, {0x1F1E6, 1},
	} {
		if got := displayWidth(c.r); got != c.want {
			t.Errorf("displayWidth(%U) = %d, want %d", c.r, got, c.want)
		}
	}
}
