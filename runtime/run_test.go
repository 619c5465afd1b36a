package runtime

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestRunLimitsAndExits(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		opt     Options
		exit    int
		stdout  string
		stderrs []string // substrings of stderr
	}{
		{name: "ok", src: "print(1 + 2)\n", stdout: "3\n"},
		{name: "steps", src: "while True:\n    pass\n", opt: Options{MaxSteps: 1000}, exit: 1,
			stderrs: []string{"KeyboardInterrupt: step limit exceeded"}},
		{name: "steps not catchable", src: "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
			opt: Options{MaxSteps: 1000}, exit: 1, stderrs: []string{"KeyboardInterrupt"}},
		{name: "memory", src: "x = []\nwhile True:\n    x.append('y' * 1000)\n", opt: Options{MaxMemory: 64 << 20}, exit: 1,
			stderrs: []string{"MemoryError: memory limit"}},
		{name: "output", src: "while True:\n    print('x' * 100)\n", opt: Options{MaxOutput: 1000}, exit: 1,
			stderrs: []string{"output limit"}},
		{name: "recursion", src: "def f():\n    return f()\nf()\n", exit: 1,
			stderrs: []string{"[Previous line repeated 996 more times]", "RecursionError: maximum recursion depth exceeded"}},
		{name: "syntax error", src: "x = (\n", exit: 1, stderrs: []string{"SyntaxError: '(' was never closed"}},
		{name: "compile error", src: "return 1\n", exit: 1, stderrs: []string{"    ^^^^^^^^\nSyntaxError: 'return' outside function"}},
		{name: "sys.exit code", src: "raise SystemExit(3)\n", exit: 3},
		{name: "sys.exit message", src: "raise SystemExit('bye')\n", exit: 1, stderrs: []string{"bye\n"}},
		{name: "uncaught", src: "def f():\n    return 1 / 0\nf()\n", exit: 1, stderrs: []string{
			"Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    f()\n  File \"t.py\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"}},
		{name: "never awaited", src: "async def c():\n    pass\nc()\n", stderrs: []string{
			"t.py:3: RuntimeWarning: coroutine 'c' was never awaited\n  c()\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			opt := tt.opt
			opt.Filename, opt.Stdout, opt.Stderr = "t.py", &out, &errb
			res := Run([]byte(tt.src), opt)
			if res.ExitCode != tt.exit {
				t.Errorf("exit %d, want %d; stderr:\n%s", res.ExitCode, tt.exit, errb.String())
			}
			if tt.stdout != "" && out.String() != tt.stdout {
				t.Errorf("stdout %q, want %q", out.String(), tt.stdout)
			}
			for _, s := range tt.stderrs {
				if !strings.Contains(errb.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errb.String())
				}
			}
		})
	}
}

func TestRunCancel(t *testing.T) {
	for _, src := range []string{
		"def spin():\n    while True:\n        pass\nspin()\n",
		// Loops inside Go builtins, which never reach the VM's checks.
		"print(sum(range(10**15)))\n",
		"print(max(range(10**15)))\n",
	} {
		cancel := make(chan struct{})
		var errb bytes.Buffer
		done := make(chan Result)
		go func() {
			done <- Run([]byte(src), Options{Filename: "t.py", Stderr: &errb, Cancel: cancel})
		}()
		time.Sleep(50 * time.Millisecond)
		close(cancel)
		select {
		case r := <-done:
			if r.ExitCode != 1 || !strings.Contains(errb.String(), "KeyboardInterrupt") {
				t.Errorf("%q: exit %d, stderr %q", src, r.ExitCode, errb.String())
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%q: cancel did not stop the run", src)
		}
	}
}
