package core

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"unicode/utf8"
)

// CPython's hashes, reproduced so that sets iterate in CPython's order:
// numbers hash modulo the Mersenne prime 2**61-1 (so 1, 1.0 and True hash
// alike), tuples with the xxHash-based combiner of 3.11, and str/bytes
// with SipHash-1-3 under the all-zero key that PYTHONHASHSEED=0 selects
// (the golden outputs are made with PYTHONHASHSEED=0).

const (
	hashBits      = 61
	pyHashModulus = (1 << hashBits) - 1
	hashInf       = 314159
)

// hashInt64 is hash(x) for an int.
func hashInt64(x int64) int64 {
	var h int64
	if x >= 0 {
		h = int64(uint64(x) % pyHashModulus)
	} else {
		h = -int64(uint64(-x) % pyHashModulus) // -x overflows only for MinInt64, whose uint64 is still right
	}
	if h == -1 {
		return -2
	}
	return h
}

var pyBigHashModulus = big.NewInt(pyHashModulus)

// hashBigInt is hash(b) for an int of any size.
func hashBigInt(b *big.Int) int64 {
	if b.IsInt64() {
		return hashInt64(b.Int64())
	}
	m := new(big.Int).Abs(b)
	m.Mod(m, pyBigHashModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		return -2
	}
	return h
}

// hashFloat is _Py_HashDouble; NaN hashes to 0 here (CPython uses the
// object's address, which no program can rely on).
func hashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & pyHashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= pyHashModulus {
			x -= pyHashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & pyHashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		return -2
	}
	return h
}

const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// tupleHasher combines item hashes as CPython 3.11's tuplehash.
type tupleHasher struct{ acc uint64 }

func newTupleHasher() tupleHasher { return tupleHasher{acc: xxPrime5} }

func (t *tupleHasher) add(lane int64) {
	t.acc += uint64(lane) * xxPrime2
	t.acc = bits.RotateLeft64(t.acc, 31)
	t.acc *= xxPrime1
}

func (t *tupleHasher) sum(n int) int64 {
	acc := t.acc + (uint64(n) ^ (xxPrime5 ^ 3527539))
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// shuffleBits is frozenset's per-entry mixing (setobject.c _shuffle_bits).
func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// frozensetHash finishes the hash of a frozenset from the xor of its
// entries' shuffled hashes and its size.
func frozensetHash(xor uint64, n int) int64 {
	h := xor ^ (uint64(n)+1)*1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	return int64(h)
}

// hashBytes is hash(b) for bytes (and the core of str hashing).
func hashBytes(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	h := int64(siphash13(b))
	if h == -1 {
		return -2
	}
	return h
}

// hashString is hash(s) for a str: SipHash-1-3 over CPython's internal
// representation of the text (1, 2 or 4 bytes per code point, little
// endian, by the largest code point).
func hashString(s string) int64 {
	if s == "" {
		return 0
	}
	maxr := rune(0)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return hashBytes([]byte(s))
	}
	n := 0
	for _, r := range s {
		maxr = max(maxr, r)
		n++
	}
	var buf []byte
	switch {
	case maxr < 0x100:
		buf = make([]byte, 0, n)
		for _, r := range s {
			buf = append(buf, byte(r))
		}
	case maxr < 0x10000:
		buf = make([]byte, 0, 2*n)
		for _, r := range s {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		}
	default:
		buf = make([]byte, 0, 4*n)
		for _, r := range s {
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return hashBytes(buf)
}

// siphash13 is SipHash-1-3 with the zero key.
func siphash13(b []byte) uint64 {
	const k0, k1 = 0, 0
	v0 := uint64(k0 ^ 0x736f6d6570736575)
	v1 := uint64(k1 ^ 0x646f72616e646f6d)
	v2 := uint64(k0 ^ 0x6c7967656e657261)
	v3 := uint64(k1 ^ 0x7465646279746573)
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(b)
	for len(b) >= 8 {
		m := binary.LittleEndian.Uint64(b)
		v3 ^= m
		round()
		v0 ^= m
		b = b[8:]
	}
	t := uint64(n) << 56
	for i, c := range b {
		t |= uint64(c) << (8 * uint(i))
	}
	v3 ^= t
	round()
	v0 ^= t
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}
