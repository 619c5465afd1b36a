package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// runCmd runs one program and returns its exit code. With -trace, every
// trace event is written to stderr (or -trace-out) as one JSON line.
func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	withTrace := fs.Bool("trace", false, "write the run's trace events as JSON lines")
	traceOut := fs.String("trace-out", "", "file for -trace's JSON lines (default stderr)")
	clock := fs.String("clock", "virtual", "event loop clock: virtual or real")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fmt.Fprintln(stderr, "usage: asynchrony run [-trace] [-clock virtual|real] FILE.py|- [ARGS...]")
		return 2
	}
	if *clock != "virtual" && *clock != "real" {
		fmt.Fprintf(stderr, "asynchrony run: -clock must be virtual or real, not %q\n", *clock)
		return 2
	}
	file := fs.Arg(0)
	var src []byte
	var err error
	name := file
	if file == "-" {
		src, err = io.ReadAll(stdin)
		name, stdin = "<stdin>", nil
	} else {
		src, err = os.ReadFile(file)
	}
	if err != nil {
		fmt.Fprintln(stderr, "asynchrony run:", err)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	opt := runtime.Options{
		Filename: name,
		Argv:     fs.Args()[1:],
		Stdin:    stdin,
		Stdout:   out,
		Stderr:   stderrFirst{out, stderr},
		Clock:    runtime.Clock(*clock),
	}
	if *withTrace {
		var tw io.Writer = stderr
		if *traceOut != "" {
			f, err := os.Create(*traceOut)
			if err != nil {
				fmt.Fprintln(stderr, "asynchrony run:", err)
				return 2
			}
			defer f.Close()
			bw := bufio.NewWriter(f)
			defer bw.Flush()
			tw = bw
		}
		enc := json.NewEncoder(tw)
		opt.Trace = func(e trace.Event) { enc.Encode(e) }
	}
	// Ctrl-C stops the run with KeyboardInterrupt, as in CPython.
	cancel := make(chan struct{})
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	go func() {
		if _, ok := <-sig; ok {
			close(cancel)
		}
	}()
	opt.Cancel = cancel
	return runtime.Run(src, opt).ExitCode
}

// stderrFirst flushes buffered stdout before writing to stderr, so the two
// interleave as the program wrote them.
type stderrFirst struct {
	out *bufio.Writer
	err io.Writer
}

func (s stderrFirst) Write(p []byte) (int, error) {
	s.out.Flush()
	return s.err.Write(p)
}
