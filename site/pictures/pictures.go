// Package pictures draws, when the site is built, the picture each
// runnable example prints with. It runs the example natively as the page
// would (its seed; for compare=a,b,... once per name with the name as
// sys.argv[1]; no input) and draws the run's timeline with runtime/timeline,
// the renderer of the page and of `asynchrony run --timeline`. So a printed
// deck shows every example's picture, not only those of the examples run
// in the tab; a run in the tab replaces its example's picture with that
// run's (site/src/vis-follow.js).
//
// The pictures are figures (timeline.RenderOptions.Figure): classes only,
// which the page's CSS styles (its Content-Security-Policy forbids inline
// styles), and no hatch pattern: the page defines timeline.HatchDefs once.
package pictures

import (
	"bytes"
	"html"
	"html/template"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	asyn "github.com/asynchrony/asynchrony/runtime"
	"github.com/asynchrony/asynchrony/runtime/timeline"
	"github.com/asynchrony/asynchrony/runtime/trace"
	"github.com/asynchrony/asynchrony/site/deck"
)

// Width is a picture's width in pixels, about that of the printed slide's
// picture column (site/src/print.css), so its 10 px text prints near 10 px.
const Width = 600

// A run's limits. The step budget decides which runs are too long, so a
// build draws the same pictures however loaded the machine is; the timeout
// only stops a run that would block without stepping. A picture is drawn
// from at most MaxEvents events (the page keeps more, but a printed
// picture merges them into a few per pixel anyway).
const (
	MaxSteps  = 100_000_000
	MaxEvents = 1_000_000
	MaxOutput = 1 << 20 // bytes, as the page's
	Timeout   = 60 * time.Second
)

// maxSteps is MaxSteps; tests lower it.
var maxSteps int64 = MaxSteps

// Picture is one example's print picture.
type Picture struct {
	SVG  string // the run's timeline; "" when there is none to draw
	Note string // what a reader of paper should know: said under the picture, or instead of it
}

// HTML is the figure the deck puts after the example's code: hidden on
// screen, beside the code on paper (print.css). data-built tells a picture
// drawn by the build from one a run in the tab put there.
func (p Picture) HTML() template.HTML {
	var b strings.Builder
	b.WriteString(`<figure class="ex-print" data-built aria-hidden="true">`)
	b.WriteString(p.SVG) // runtime/timeline's: every text and attribute escaped
	if p.Note != "" {
		b.WriteString(`<figcaption class="ex-print-note">`)
		b.WriteString(html.EscapeString(p.Note))
		b.WriteString(`</figcaption>`)
	}
	b.WriteString("</figure>\n")
	return template.HTML(b.String())
}

// Notes that stand in for a picture, or qualify one.
const (
	noteTooLong  = "This example runs too long to draw here: run it in the live deck to see its picture."
	noteRealTime = "Drawn from a run on the virtual clock; the live deck runs this example in real time."
	noteNoInput  = "The run had no input: input() met its end, as it does in the live deck."
)

// DrawAll draws each runnable example of exs, up to workers at a time
// (GOMAXPROCS when 0): pics[i] is exs[i]'s picture (none if it is not
// runnable).
func DrawAll(exs []*deck.Example, workers int) (pics []Picture) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pics = make([]Picture, len(exs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				pics[i] = Draw(exs[i])
			}
		}()
	}
	for i, ex := range exs {
		if ex.Runnable {
			next <- i
		}
	}
	close(next)
	wg.Wait()
	return pics
}

// Draw runs ex as the page would and draws its picture.
func Draw(ex *deck.Example) Picture {
	names := ex.Compare
	if names == nil {
		names = []string{""}
	}
	var runs []timeline.Run
	var notes []string
	for _, name := range names {
		var argv []string
		if name != "" {
			argv = []string{name}
		}
		r := runOnce(ex, argv)
		if r.tooLong {
			return Picture{Note: noteTooLong}
		}
		who := "The run"
		if name != "" {
			who = "The " + name + " run"
		}
		switch {
		case r.exit != 0 && r.lastErr != "":
			notes = append(notes, who+" ends with "+r.lastErr+".")
		case r.exit != 0:
			notes = append(notes, who+" exits with status "+strconv.Itoa(r.exit)+".")
		}
		if r.dropped > 0 {
			notes = append(notes, who+" is drawn from its first "+strconv.Itoa(MaxEvents/1_000_000)+" million events.")
		}
		if r.readInput && !contains(notes, noteNoInput) {
			notes = append(notes, noteNoInput)
		}
		runs = append(runs, timeline.Run{Title: name, Model: r.model})
	}
	if ex.Clock == "real" {
		notes = append(notes, noteRealTime)
	}
	var b bytes.Buffer
	opt := timeline.RenderOptions{Width: Width, Figure: true}
	var err error
	if ex.Compare != nil {
		err = timeline.Compare(&b, runs, opt)
	} else {
		m := runs[0].Model
		// As the page first shows a run: on the time axis if time passed
		// (site/src/visualiser.js).
		if m.Duration() > 0 {
			opt.Axis = timeline.Time
		}
		err = m.SVG(&b, opt)
	}
	if err != nil {
		return Picture{Note: "This example's picture could not be drawn: run it in the live deck to see it."}
	}
	return Picture{SVG: b.String(), Note: strings.Join(notes, " ")}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// result is what one run left to draw and to say.
type result struct {
	model     *timeline.Model
	exit      int
	lastErr   string // the last line the run wrote to stderr
	readInput bool
	tooLong   bool
	dropped   int64 // events past MaxEvents
}

// stepLimit is the last line of a run stopped by its step budget
// (runtime/core).
const stepLimit = "KeyboardInterrupt: step limit exceeded"

func runOnce(ex *deck.Example, argv []string) result {
	log := &trace.Log{Max: MaxEvents}
	var stderr lastLine
	in := &noInput{}
	cancel := make(chan struct{})
	var timedOut atomic.Bool
	timer := time.AfterFunc(Timeout, func() {
		timedOut.Store(true)
		close(cancel)
	})
	seed, _ := strconv.ParseUint(ex.Seed, 10, 32)
	res := asyn.Run([]byte(ex.Code), asyn.Options{
		Filename:  ex.ID + ".py", // as the page names it (site/src/example.js)
		Argv:      argv,
		Stdin:     in,
		Stderr:    &stderr,
		Clock:     asyn.Virtual,
		TraceLog:  log,
		MaxSteps:  maxSteps,
		MaxOutput: MaxOutput,
		Seed:      seed,
		Cancel:    cancel,
	})
	timer.Stop()
	r := result{exit: res.ExitCode, lastErr: stderr.last(), readInput: in.read, dropped: log.Dropped()}
	if timedOut.Load() || r.lastErr == stepLimit {
		r.tooLong = true
		return r
	}
	r.model = timeline.New()
	const batchLen = 4096
	batch := make([]trace.Event, 0, batchLen)
	for k := int64(1); ; k += batchLen {
		batch = log.Events(batch[:0], k, k+batchLen)
		if len(batch) == 0 {
			break
		}
		r.model.Add(batch...)
	}
	log.Release()
	return r
}

// noInput is the page's stdin: empty. It notes whether the run read it.
type noInput struct{ read bool }

func (n *noInput) Read([]byte) (int, error) {
	n.read = true
	return 0, io.EOF
}

// lastLine keeps the last non-empty line written to it (of a bounded
// length).
type lastLine struct{ line, cur []byte }

const maxLine = 200

func (l *lastLine) Write(p []byte) (int, error) {
	for _, c := range p {
		if c == '\n' {
			if len(bytes.TrimSpace(l.cur)) > 0 {
				l.line = append(l.line[:0], l.cur...)
			}
			l.cur = l.cur[:0]
		} else if len(l.cur) < maxLine {
			l.cur = append(l.cur, c)
		}
	}
	return len(p), nil
}

func (l *lastLine) last() string {
	s := l.line
	if len(bytes.TrimSpace(l.cur)) > 0 {
		s = l.cur
	}
	return strings.TrimSpace(string(s))
}
