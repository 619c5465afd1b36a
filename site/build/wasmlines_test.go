package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStripLineTables builds testdata/lines for js/wasm, strips its line
// tables and runs it under Node: the garbage collector on deep stacks,
// goroutines and recover still work, runtime.Caller has no line any more,
// and a crash's traceback still names its functions.
func TestStripLineTables(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node")
	}
	goBin := filepath.Join(goroot(), "bin", "go")
	tmp := t.TempDir()
	wasm := filepath.Join(tmp, "lines.wasm")
	build := exec.Command(goBin, "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./testdata/lines")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mod, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	run := func(mod []byte, args ...string) string {
		t.Helper()
		p := filepath.Join(tmp, "run.wasm")
		if err := os.WriteFile(p, mod, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(node, append([]string{filepath.Join(goroot(), "lib", "wasm", "wasm_exec_node.js"), p}, args...)...)
		out, _ := cmd.CombinedOutput()
		return string(out)
	}
	if out := run(mod); !strings.Contains(out, "caller has a line: true") {
		t.Fatalf("the unstripped program:\n%s", out)
	}

	stripped, err := stripWasmLines(mod, wasmMaxZeroGap)
	if err != nil {
		t.Fatal(err)
	}
	merged, err := mergeDataSegments(mod, wasmMaxZeroGap)
	if err != nil {
		t.Fatal(err)
	}
	if len(stripped) >= len(merged) {
		t.Errorf("stripped %d bytes, unstripped %d", len(stripped), len(merged))
	}
	want := "list 2000\nlist 2000\nlist 2000\nlist 2000\nrecovered: assignment to entry in nil map\ncaller has a line: false\n"
	if out := run(stripped); out != want {
		t.Errorf("the stripped program printed\n%s\nwant\n%s", out, want)
	}
	out := run(stripped, "crash")
	if !strings.Contains(out, "panic: boom") || strings.Count(out, "main.crash(") != 4 || !strings.Contains(out, "main.main()") || strings.Contains(out, "main.go:") {
		t.Errorf("the stripped program's crash:\n%s", out)
	}
}

func TestStripLineTablesLeavesOtherImages(t *testing.T) {
	mem := make([]byte, 4096)
	copy(mem[100:], []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}) // a magic, but no moduledata
	if err := stripLineTables(mem); err == nil {
		t.Error("an image without moduledata was accepted")
	}
}
