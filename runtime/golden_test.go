package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestGolden runs every program of testdata/lang and testdata/asyncio and
// compares stdout, stderr and the exit status with what CPython 3.11
// produced (NAME.out, NAME.err, NAME.exit; NAME.in is stdin). There is no
// list of expected failures: every failing program fails the test.
func TestGolden(t *testing.T) {
	var files []string
	for _, dir := range []string{"../testdata/lang", "../testdata/asyncio"} {
		err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() && strings.HasSuffix(path, ".py") {
				files = append(files, path)
			}
			return err
		})
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Skip("no golden programs")
	}
	var pass, fail atomic.Int64
	for _, path := range files {
		path := path
		name := strings.TrimSuffix(path, ".py")
		rel := strings.TrimPrefix(name, "../testdata/")
		t.Run(rel, func(t *testing.T) {
			if runGolden(t, path, name) {
				pass.Add(1)
			} else {
				fail.Add(1)
			}
		})
	}
	t.Logf("golden programs: %d passed, %d failed, %d total", pass.Load(), fail.Load(), len(files))
}

func readOptional(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return b
}

func runGolden(t *testing.T, path, name string) bool {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	wantOut := readOptional(t, name+".out")
	wantErr := readOptional(t, name+".err")
	wantExit := 0
	if b := readOptional(t, name+".exit"); len(b) > 0 {
		wantExit, err = strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil {
			t.Fatalf("%s.exit: %v", name, err)
		}
	}
	var stdout, stderr bytes.Buffer
	cancel := make(chan struct{})
	timer := time.AfterFunc(20*time.Second, func() { close(cancel) })
	opt := Options{Filename: filepath.Base(path), Stdout: &stdout, Stderr: &stderr, Cancel: cancel}
	if in := readOptional(t, name+".in"); in != nil {
		opt.Stdin = bytes.NewReader(in)
	}
	res := Run(src, opt)
	timer.Stop()
	ok := true
	if got := stdout.String(); got != string(wantOut) {
		t.Errorf("stdout differs:\n%s", diff(string(wantOut), got))
		ok = false
	}
	if got := stderr.String(); got != string(wantErr) {
		t.Errorf("stderr differs:\n%s", diff(string(wantErr), got))
		ok = false
	}
	if res.ExitCode != wantExit {
		t.Errorf("exit status %d, want %d", res.ExitCode, wantExit)
		ok = false
	}
	return ok
}

// diff shows the first differing line with a little context.
func diff(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var b strings.Builder
	from := max(0, i-2)
	for j := from; j < i; j++ {
		b.WriteString("    " + wl[j] + "\n")
	}
	for j := i; j < min(len(wl), i+4); j++ {
		b.WriteString("  - " + wl[j] + "\n")
	}
	for j := i; j < min(len(gl), i+4); j++ {
		b.WriteString("  + " + gl[j] + "\n")
	}
	return b.String()
}
