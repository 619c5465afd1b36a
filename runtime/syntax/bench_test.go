package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// benchSource concatenates the language test programs (valid Python, a few
// thousand lines) into one module.
func benchSource(b *testing.B) []byte {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "lang", "*.py"))
	var src []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Parse(f, data); err != nil {
			continue // the deliberate syntax-error programs
		}
		src = append(src, data...)
		src = append(src, '\n')
	}
	if len(src) == 0 {
		b.Skip("no testdata")
	}
	return src
}

func BenchmarkScan(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := scanAll("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
