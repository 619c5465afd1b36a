// Package bench times the programs in this directory (and asyncio/) through
// the runtime, natively and under GOOS=js GOARCH=wasm. scripts/bench.sh runs
// these benchmarks and times the same files with python3 in the same run.
package bench

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/runtime"
)

func programs(tb testing.TB) []string {
	var files []string
	for _, pat := range []string{"*.py", "asyncio/*.py"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		tb.Fatal("no benchmark programs")
	}
	return files
}

func name(file string) string {
	return strings.TrimSuffix(filepath.ToSlash(file), ".py")
}

// BenchmarkPrograms runs each program once per iteration and fails if it
// does not exit cleanly, so a benchmark never times an error path.
func BenchmarkPrograms(b *testing.B) {
	for _, file := range programs(b) {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name(file), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var stderr bytes.Buffer
				res := runtime.Run(src, runtime.Options{Filename: filepath.Base(file), Stderr: &stderr, MaxSteps: -1})
				if res.ExitCode != 0 {
					b.Fatalf("%s: exit %d\n%s", file, res.ExitCode, stderr.String())
				}
			}
		})
	}
}
