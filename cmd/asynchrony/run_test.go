package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseRunArgs(t *testing.T) {
	tests := []struct {
		args []string
		want runArgs
		err  string
	}{
		{[]string{"x.py"}, runArgs{file: "x.py", argv: []string{}, clock: "virtual", axis: "time"}, ""},
		{[]string{"-trace", "-", "x.py", "a", "b"}, runArgs{file: "x.py", argv: []string{"a", "b"}, trace: "-", clock: "virtual", axis: "time"}, ""},
		{[]string{"x.py", "--trace", "t.jsonl", "--clock=real", "a"}, runArgs{file: "x.py", argv: []string{"a"}, trace: "t.jsonl", clock: "real", axis: "time"}, ""},
		{[]string{"--trace", "t.jsonl", "x.py", "--", "-v"}, runArgs{file: "x.py", argv: []string{"-v"}, trace: "t.jsonl", clock: "virtual", axis: "time"}, ""},
		{[]string{"-", "--", "--trace"}, runArgs{file: "-", argv: []string{"--trace"}, clock: "virtual", axis: "time"}, ""},
		{nil, runArgs{}, "usage: asynchrony run"},
		{[]string{"-clock", "fast", "x.py"}, runArgs{}, "-clock must be virtual or real"},
		{[]string{"x.py", "-timeline", "t.svg", "-axis", "steps"}, runArgs{file: "x.py", argv: []string{}, timeline: "t.svg", clock: "virtual", axis: "steps"}, ""},
		{[]string{"-axis", "x", "x.py"}, runArgs{}, "-axis must be time or steps"},
		{[]string{"x.py", "-v"}, runArgs{}, "flag provided but not defined: -v"},
	}
	for _, tt := range tests {
		got, err := parseRunArgs(tt.args, io.Discard)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("parseRunArgs(%q) error %v, want %q", tt.args, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseRunArgs(%q) = %+v, %v; want %+v", tt.args, got, err, tt.want)
		}
	}
}

func TestRunCmd(t *testing.T) {
	dir := t.TempDir()
	py := filepath.Join(dir, "x.py")
	os.WriteFile(py, []byte("print('hi')\n"), 0o644)
	traceFile := filepath.Join(dir, "trace.jsonl")
	svgFile := filepath.Join(dir, "t.svg")
	tests := []struct {
		args        []string
		stdin       string
		code        int
		out, errHas string
	}{
		{[]string{py}, "", 0, "hi\n", ""},
		{[]string{"-"}, "print(2 + 3)\n", 0, "5\n", ""},
		{[]string{"--trace", traceFile, py}, "", 0, "hi\n", ""},
		{[]string{"--timeline", svgFile, py}, "", 0, "hi\n", ""},
		{[]string{"--timeline", filepath.Join(dir, "no", "such", "dir.svg"), py}, "", 2, "hi\n", "no such file"},
		{[]string{"-"}, "1/0\n", 1, "", "ZeroDivisionError: division by zero"},
		{[]string{"/no/such/file.py"}, "", 2, "", "no such file"},
		{[]string{"-bogus", py}, "", 2, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := runCmd(tt.args, strings.NewReader(tt.stdin), &out, &errb)
		if code != tt.code || out.String() != tt.out || !strings.Contains(errb.String(), tt.errHas) {
			t.Errorf("run %q = %d, stdout %q, stderr %q; want %d, %q, %q", tt.args, code, out.String(), errb.String(), tt.code, tt.out, tt.errHas)
		}
	}
	if _, err := os.Stat(traceFile); err != nil {
		t.Errorf("--trace wrote no file: %v", err)
	}
	if b, err := os.ReadFile(svgFile); err != nil || !bytes.HasPrefix(b, []byte("<svg")) || !bytes.Contains(b, []byte("<style>")) {
		t.Errorf("--timeline wrote %.40q, %v; want a standalone SVG", b, err)
	}
}
