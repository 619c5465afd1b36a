package modules

import (
	"bytes"
	"crypto/sha512"
	"testing"
)

// TestSum512 checks our SHA-512 against crypto/sha512 across the padding
// boundaries (111/112 bytes: the length no longer fits the last block).
func TestSum512(t *testing.T) {
	for _, n := range []int{0, 1, 3, 55, 64, 111, 112, 113, 127, 128, 129, 239, 240, 256, 1000} {
		data := bytes.Repeat([]byte("abc\xff"), n)[:n]
		if got, want := sum512(data), sha512.Sum512(data); got != want {
			t.Errorf("len %d: sum512 = %x, want %x", n, got, want)
		}
	}
}
