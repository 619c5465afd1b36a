package runtime

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkStartup measures what every Run of an example pays before its
// own code: importing modules written in Python (asyncio's Python half,
// dataclasses, ...), then a tiny program.
func BenchmarkStartup(b *testing.B) {
	hello, err := os.ReadFile("../testdata/asyncio/talk/hello-asyncio.py")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct{ name, src string }{
		{"empty", "pass\n"},
		{"import_asyncio", "import asyncio\n"},
		{"hello_asyncio", string(hello)},
		{"asyncio_run", "import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    return 1\nprint(asyncio.run(main()))\n"},
		{"stdlib_imports", "import asyncio, dataclasses, enum, collections, functools, contextlib, random, json\n"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var out, errb bytes.Buffer
			for i := 0; i < b.N; i++ {
				out.Reset()
				errb.Reset()
				res := Run([]byte(bc.src), Options{Filename: "bench.py", Stdout: &out, Stderr: &errb})
				if res.ExitCode != 0 {
					b.Fatalf("exit %d: %s", res.ExitCode, errb.String())
				}
			}
		})
	}
}
