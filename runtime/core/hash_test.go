package core

import (
	"math/big"
	"testing"
)

func TestHashesMatchCPython(t *testing.T) {
	// Values printed by PYTHONHASHSEED=0 python3 -c 'print(hash(...))'.
	strs := []struct {
		s    string
		want int64
	}{{"a", 4644417185603328019}, {"", 0}, {"hello world, this is long", 7650859633215404784},
		{"é", 6047309291227476195}, {"€", -5529981157763016009}, {"😀x", -8926728262118538918}}
	for _, c := range strs {
		if got := hashString(c.s); got != c.want {
			t.Errorf("hash(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	if got := hashBytes([]byte("abc")); got != -4594863902769663758 {
		t.Errorf("hash(b'abc') = %d", got)
	}
	floats := []struct {
		f    float64
		want int64
	}{{1.5, 1152921504606846977}, {-2.5, -1152921504606846978}, {1e300, 1224995262755759164}, {0.1, 230584300921369408}}
	for _, c := range floats {
		if got := hashFloat(c.f); got != c.want {
			t.Errorf("hash(%v) = %d, want %d", c.f, got, c.want)
		}
	}
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	if got := hashBigInt(two64); got != 8 {
		t.Errorf("hash(2**64) = %d", got)
	}
	if got := hashBigInt(new(big.Int).Neg(two64)); got != -8 {
		t.Errorf("hash(-2**64) = %d", got)
	}
	if hashInt64(-1) != -2 || hashInt64(1<<61-1) != 0 || hashInt64(1<<61) != 1 {
		t.Errorf("small int hashes wrong")
	}
	th := newTupleHasher()
	th.add(1)
	th.add(2)
	if got := th.sum(2); got != -3550055125485641917 {
		t.Errorf("hash((1,2)) = %d", got)
	}
	e := newTupleHasher()
	if got := e.sum(0); got != 5740354900026072187 {
		t.Errorf("hash(()) = %d", got)
	}
	x := shuffleBits(1) ^ shuffleBits(2) ^ shuffleBits(3)
	if got := frozensetHash(x, 3); got != -272375401224217160 {
		t.Errorf("hash(frozenset({1,2,3})) = %d", got)
	}
	if got := frozensetHash(0, 0); got != 133146708735736 {
		t.Errorf("hash(frozenset()) = %d", got)
	}
}
