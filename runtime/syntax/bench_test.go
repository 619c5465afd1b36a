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

// snippet is the size of a typical slide example.
const snippet = `import asyncio
import time


async def fetch(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: done after {delay}s")
    return {"name": name, "delay": delay}


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        fetch("a", 1),
        fetch("b", 2),
        *(fetch(f"c{i}", i / 10) for i in range(3)),
    )
    for r in sorted(results, key=lambda r: r["delay"]):
        match r:
            case {"name": str(n), "delay": d} if d > 1:
                print(n, "was slow")
            case _:
                pass
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", repr(e))
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
`

func BenchmarkParseSnippet(b *testing.B) {
	src := []byte(snippet)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("snippet.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
