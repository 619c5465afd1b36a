package core

import (
	"math/big"
	"testing"
)

// bigTooLong may refuse an int from its bit length alone only when its
// decimal form really is longer than the limit: check the powers of ten and
// their neighbours around several limits.
func TestBigTooLong(t *testing.T) {
	for _, limit := range []int{640, 641, 4300, 5000, 100000} {
		for digits := limit - 3; digits <= limit+3; digits++ {
			p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits-1)), nil) // 10**(d-1): d digits
			for _, x := range []*big.Int{p, new(big.Int).Sub(new(big.Int).Mul(p, big.NewInt(10)), big.NewInt(1))} {
				n := len(x.String())
				if got := bigTooLong(x, limit); got && n <= limit {
					t.Errorf("limit %d: %d-digit int refused", limit, n)
				}
				if got := bigTooLong(new(big.Int).Neg(x), limit); got && n <= limit {
					t.Errorf("limit %d: negative %d-digit int refused", limit, n)
				}
			}
		}
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 100_000_000)
	if !bigTooLong(huge, 4300) {
		t.Errorf("2**10**8 not refused from its size")
	}
	if bigTooLong(huge, 0) {
		t.Errorf("limit 0 means no limit")
	}
}
