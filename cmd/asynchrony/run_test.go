package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The command's own behaviour: flags, input handling and exit codes for
// bad usage. What programs print is the runtime's (tested there).
func TestRunCmdUsage(t *testing.T) {
	py := filepath.Join(t.TempDir(), "x.py")
	os.WriteFile(py, []byte("print(1)\n"), 0o644)
	tests := []struct {
		args    []string
		code    int
		errHas  string
		stdinOK bool
	}{
		{nil, 2, "usage: asynchrony run", false},
		{[]string{"-clock", "fast", py}, 2, "-clock must be virtual or real", false},
		{[]string{"/no/such/file.py"}, 2, "no such file", false},
		{[]string{"-bogus", py}, 2, "flag provided but not defined", false},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := runCmd(tt.args, strings.NewReader(""), &out, &errb)
		if code != tt.code || !strings.Contains(errb.String(), tt.errHas) {
			t.Errorf("run %q = %d, stderr %q; want %d and %q", tt.args, code, errb.String(), tt.code, tt.errHas)
		}
	}
}

func TestRunCmdRuns(t *testing.T) {
	// Whatever the runtime supports today, a run returns an exit code and
	// writes something for a program that prints or fails; it never panics.
	var out, errb bytes.Buffer
	code := runCmd([]string{"-"}, strings.NewReader("print('hi')\n"), &out, &errb)
	if code == 0 && out.String() != "hi\n" {
		t.Errorf("exit 0 but stdout %q", out.String())
	}
	if code != 0 && errb.Len() == 0 {
		t.Errorf("exit %d with nothing on stderr", code)
	}
}
