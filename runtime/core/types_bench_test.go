package core

import (
	"strconv"
	"testing"
)

// Micro-benchmarks of the built-in types' hot paths (run with
// go test -bench . ./runtime/core, natively or under GOOS=js GOARCH=wasm).

func BenchmarkDictIntKeys(b *testing.B) {
	th := NewThread(nil, nil)
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for k := int64(0); k < 1000; k++ {
			d.Set(th, Int(k), Int(k))
		}
		for k := int64(0); k < 1000; k++ {
			d.Get(th, Int(k))
		}
	}
}

func BenchmarkDictStrKeys(b *testing.B) {
	th := NewThread(nil, nil)
	keys := make([]Value, 1000)
	for i := range keys {
		keys[i] = NewStr("key" + strconv.Itoa(i))
	}
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for _, k := range keys {
			d.Set(th, k, k)
		}
		for _, k := range keys {
			d.Get(th, k)
		}
	}
}

func BenchmarkSmallDictGetStr(b *testing.B) {
	d := NewDict()
	for _, k := range []string{"x", "y", "name", "value", "count"} {
		d.SetStr(k, None)
	}
	for i := 0; i < b.N; i++ {
		d.GetStr("count")
	}
}

func BenchmarkStrConcatLoop(b *testing.B) {
	piece := NewStr("ab")
	for i := 0; i < b.N; i++ {
		s := NewStr("")
		for k := 0; k < 1000; k++ {
			s = ConcatStrs(s, piece)
		}
	}
}

func BenchmarkSetAddInts(b *testing.B) {
	th := NewThread(nil, nil)
	for i := 0; i < b.N; i++ {
		s := newSet()
		for k := int64(0); k < 1000; k++ {
			s.add(th, Int(k*7))
		}
	}
}

func BenchmarkSortInts(b *testing.B) {
	th := NewThread(nil, nil)
	src := make([]Value, 1000)
	for i := range src {
		src[i] = Int(int64((i * 7919) % 1000))
	}
	items := make([]Value, len(src))
	for i := 0; i < b.N; i++ {
		copy(items, src)
		th.SortValues(items, Value{}, false)
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		floatRepr(3.14159 * float64(i))
	}
}
