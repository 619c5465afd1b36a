package runtime

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// Catastrophic backtracking in re stops on the step budget and on Stop
// (Cancel) as a Python loop does: the matcher charges its steps to the run.
func TestReLimits(t *testing.T) {
	const src = "import re\nprint(re.match(r'(a*)*b', 'a' * 40))\n"
	var errb bytes.Buffer
	res := Run([]byte(src), Options{Filename: "t.py", Stderr: &errb, MaxSteps: 200000})
	if res.ExitCode != 1 || !strings.Contains(errb.String(), "KeyboardInterrupt: step limit exceeded") {
		t.Errorf("step budget: exit %d, stderr %q", res.ExitCode, errb.String())
	}

	cancel := make(chan struct{})
	done := make(chan Result)
	errb.Reset()
	go func() {
		done <- Run([]byte("import re\nre.search(r'(x+x+)+y', 'x' * 60)\n"), Options{Filename: "t.py", Stderr: &errb, Cancel: cancel})
	}()
	time.Sleep(50 * time.Millisecond)
	close(cancel)
	select {
	case r := <-done:
		if r.ExitCode != 1 || !strings.Contains(errb.String(), "KeyboardInterrupt") {
			t.Errorf("cancel: exit %d, stderr %q", r.ExitCode, errb.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("cancel did not stop a backtracking match")
	}
}
