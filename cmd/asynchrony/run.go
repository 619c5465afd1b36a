package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/timeline"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

const runUsage = "usage: asynchrony run [-trace FILE.jsonl|-] [-timeline FILE.svg [-axis time|steps]] [-clock virtual|real] [-seed N] FILE.py|- [flags] [-- ARGS...]"

type runArgs struct {
	file     string
	argv     []string // the program's sys.argv[1:]
	trace    string   // "" no trace, "-" stderr, else a file
	timeline string   // "" none, else the SVG file to draw the run's timeline in
	axis     string   // the timeline's x: time or steps
	clock    string
	seed     uint64 // varies how threads interleave (0: FIFO, exact intervals)
}

// parseRunArgs reads run's flags, which may come before or right after the
// file (`asynchrony run x.py --trace`); the program's own arguments follow
// them, or "--".
func parseRunArgs(args []string, stderr io.Writer) (runArgs, error) {
	var r runArgs
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&r.trace, "trace", "", "write the run's trace events as JSON lines to `FILE` (- for stderr)")
	fs.StringVar(&r.timeline, "timeline", "", "draw the run's timeline as a standalone SVG in `FILE`")
	fs.StringVar(&r.axis, "axis", "time", "the timeline's x axis: time or steps")
	fs.StringVar(&r.clock, "clock", "virtual", "event loop clock: virtual or real")
	fs.Uint64Var(&r.seed, "seed", 0, "vary how threads interleave with seed `N` (0: the default order)")
	if err := fs.Parse(args); err != nil {
		return r, err
	}
	if fs.NArg() < 1 {
		return r, errors.New(runUsage)
	}
	r.file = fs.Arg(0)
	if err := fs.Parse(fs.Args()[1:]); err != nil {
		return r, err
	}
	r.argv = fs.Args()
	if r.clock != "virtual" && r.clock != "real" {
		return r, fmt.Errorf("-clock must be virtual or real, not %q", r.clock)
	}
	if r.axis != "time" && r.axis != "steps" {
		return r, fmt.Errorf("-axis must be time or steps, not %q", r.axis)
	}
	return r, nil
}

// runCmd runs one program and returns its exit code. With -trace, every
// trace event is written to the file (or stderr for "-") as one JSON line;
// with -timeline, the run's timeline is drawn in an SVG file.
func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a, err := parseRunArgs(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "asynchrony run:", err)
		}
		return 2
	}
	var src []byte
	name := a.file
	if a.file == "-" {
		src, err = io.ReadAll(stdin)
		name, stdin = "<stdin>", nil
	} else {
		src, err = os.ReadFile(a.file)
	}
	if err != nil {
		fmt.Fprintln(stderr, "asynchrony run:", err)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	opt := runtime.Options{
		Filename: name,
		Argv:     a.argv,
		Stdin:    stdin,
		Stdout:   out,
		Stderr:   stderrFirst{out, stderr},
		Clock:    runtime.Clock(a.clock),
		Seed:     a.seed,
	}
	if a.trace != "" {
		var tw io.Writer = stderr
		if a.trace != "-" {
			f, err := os.Create(a.trace)
			if err != nil {
				fmt.Fprintln(stderr, "asynchrony run:", err)
				return 2
			}
			defer f.Close()
			bw := bufio.NewWriter(f)
			defer bw.Flush()
			tw = bw
		}
		var line []byte
		opt.Trace = func(e trace.Event) {
			line = append(e.AppendJSON(line[:0]), '\n')
			tw.Write(line)
		}
	}
	var events []trace.Event
	if a.timeline != "" {
		jsonl := opt.Trace
		opt.Trace = func(e trace.Event) {
			events = append(events, e)
			if jsonl != nil {
				jsonl(e)
			}
		}
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
	code := runtime.Run(src, opt).ExitCode
	if a.timeline != "" {
		if err := writeTimeline(a, name, events); err != nil {
			out.Flush()
			fmt.Fprintln(stderr, "asynchrony run:", err)
			return 2
		}
	}
	return code
}

// writeTimeline draws the run's timeline in the SVG file a.timeline.
func writeTimeline(a runArgs, name string, events []trace.Event) error {
	axis := timeline.Time
	if a.axis == "steps" {
		axis = timeline.Steps
	}
	f, err := os.Create(a.timeline)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = timeline.Build(events).SVG(bw, timeline.RenderOptions{Axis: axis, Standalone: true, Title: filepath.Base(name)})
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
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
