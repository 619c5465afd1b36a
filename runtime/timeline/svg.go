package timeline

import (
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Axis chooses what x measures.
type Axis uint8

const (
	// Steps spaces events evenly: event k is at x = k. Every step is
	// visible, including the many that happen at one instant.
	Steps Axis = iota
	// Time is the loop's clock, with a floor for steps: StepShare of the
	// width is spread evenly over the events in view and the rest is
	// proportional to time, so zero-time steps stay visible and in order.
	// A view in which no time passes falls back to Steps.
	Time
)

// RenderOptions say what SVG draws.
type RenderOptions struct {
	Axis Axis
	// From and To are the view, in the axis's unit: steps (event numbers,
	// 0..Len()) or seconds. To <= From shows the whole run.
	From, To  float64
	Width     int     // pixels; 0 means 960
	StepShare float64 // Time axis: the share of the width spread over steps; 0 means 0.25, < 0 none
	// Standalone writes a complete file: a <style> element (light and
	// dark, printable), a title, a legend. Without it, the SVG has no
	// <style> element and no style attributes (the page's
	// Content-Security-Policy forbids inline styles): the page styles the
	// classes with StyleSheet's rules.
	Standalone bool
	Title      string // standalone: the heading
	Internal   bool   // draw asyncio's own tasks (asyncio.run's shutdown steps)
	Cursor     int64  // draw a cursor just after this step (0: none)
	MaxLanes   int    // draw at most this many lanes, the last saying how many more there are; 0 means DefaultMaxLanes
	// Figure draws a still picture for a page that shows many of them (the
	// printed deck): without the data-* attributes that only an
	// interactive page reads, and without the hatch pattern, which such a
	// page defines once for all its pictures (HatchDefs).
	Figure bool
}

// DefaultMaxLanes bounds the lanes drawn: a run of 100k tasks is drawn as
// its first lanes and a count.
const DefaultMaxLanes = 200

// Layout, in pixels.
const (
	gutter   = 112 // lane names
	laneH    = 18
	laneGap  = 4
	axisH    = 22
	titleH   = 24
	legendH  = 20
	rightPad = 12
	charW    = 6.0 // the average width of a 10 px label character
	minLabel = 3   // a label is drawn only if this many characters fit
	bucketPx = 2.0 // segments narrower than a pixel merge into buckets this wide
	// bucketSample is how many segments decide a bucket's state; the rest
	// in the bucket are skipped.
	bucketSample = 32
)

// StyleSheet is the CSS for the timeline's classes, as the standalone SVG
// embeds it; the page serves the same rules from its own CSS (its custom
// properties --tl-run, --tl-ready, --tl-wait, ... are the colours to
// override for the page's themes). Classes:
//
//	tl               the <svg> (with tl-compare for Compare's)
//	tl-bg            the background
//	tl-lane          a lane's <g> (data-lane: Lane.Index; data-kind: loop, task, callbacks, thread)
//	tl-lane-bg       a lane's background band
//	tl-name          a lane's name
//	tl-seg           a segment <rect> (data-lane, data-from, data-to: its steps; data-label)
//	  tl-running, tl-ready, tl-waiting, tl-idle: its state
//	  tl-merged      several segments too narrow to draw one by one (the state that covers most)
//	tl-label         a segment's label; tl-label-run on a running segment
//	tl-mark          a mark <path> (data-seq), with tl-m-created, tl-m-scheduled, tl-m-fired,
//	                 tl-m-cancelled, tl-m-exception, tl-m-output, tl-m-start, tl-m-stop, tl-m-done
//	tl-axis          the axis group; tl-grid its lines, tl-tick its numbers, tl-unit its unit
//	tl-cursor        the cursor line
//	tl-more          the row that counts the lanes left out (RenderOptions.MaxLanes)
//	tl-run           a compare row's group (data-run: its index)
//	tl-title, tl-legend, tl-total   the standalone title, legend, a compare row's total
//	tl-hatch-bg, tl-hatch-line      the hatch pattern (id tl-hatch) that fills waiting segments
const StyleSheet = `.tl{font:10px system-ui,-apple-system,"Segoe UI",sans-serif;--tl-ink:#1a202c;--tl-bg:#fff;--tl-band:#f4f6f8;--tl-grid:#d5dbe1;--tl-run:#2b6cb0;--tl-ready:#a9cbe8;--tl-wait:#c05621;--tl-idle:#cbd2d9;--tl-mark:#4a5568;--tl-bad:#c53030;--tl-cursor:#d53f8c}
@media (prefers-color-scheme:dark){.tl{--tl-ink:#e2e8f0;--tl-bg:#171923;--tl-band:#1f2430;--tl-grid:#3a4150;--tl-run:#63b3ed;--tl-ready:#2a4a6b;--tl-wait:#f6ad55;--tl-idle:#4a5568;--tl-mark:#a0aec0;--tl-bad:#fc8181;--tl-cursor:#f687b3}}
@media print{.tl{--tl-ink:#000;--tl-bg:#fff;--tl-band:#f4f6f8;--tl-grid:#bbb;--tl-run:#2b6cb0;--tl-ready:#a9cbe8;--tl-wait:#c05621;--tl-idle:#cbd2d9;--tl-mark:#333;--tl-bad:#c53030;--tl-cursor:#d53f8c}}
.tl-bg{fill:var(--tl-bg)}
.tl-lane-bg{fill:var(--tl-band)}
.tl-name,.tl-tick,.tl-unit,.tl-title,.tl-legend,.tl-total{fill:var(--tl-ink)}
.tl-title{font-size:13px;font-weight:600}
.tl-total{font-weight:600}
.tl-grid{stroke:var(--tl-grid);stroke-width:1}
.tl-running{fill:var(--tl-run)}
.tl-ready{fill:var(--tl-ready)}
.tl-waiting{fill:url(#tl-hatch)}
.tl-idle{fill:var(--tl-idle)}
.tl-hatch-bg{fill:var(--tl-bg)}
.tl-hatch-line{stroke:var(--tl-wait);stroke-width:2}
.tl-label{fill:var(--tl-ink);paint-order:stroke;stroke:var(--tl-bg);stroke-width:3px;stroke-linejoin:round}
.tl-label-run{fill:#fff;stroke:none}
.tl-mark{fill:var(--tl-mark);stroke:none}
.tl-m-exception,.tl-m-cancelled{fill:var(--tl-bad)}
.tl-m-start,.tl-m-stop{fill:var(--tl-ink)}
.tl-cursor{stroke:var(--tl-cursor);stroke-width:2}
`

// view maps steps to pixels.
type view struct {
	m        *Model
	s0, s1   int64 // the steps in view
	px0, pxW float64
	time     bool
	t0, t1   float64
	share    float64 // the share of the width spread over steps (time axis)
}

func (m *Model) newView(opt RenderOptions, px0, pxW float64) *view {
	v := &view{m: m, px0: px0, pxW: pxW, s0: 0, s1: m.Len()}
	if opt.Axis == Steps {
		if opt.To > opt.From {
			v.s0 = max(0, int64(math.Floor(opt.From)))
			v.s1 = min(m.Len(), int64(math.Ceil(opt.To)))
		}
		if v.s1 <= v.s0 {
			v.s1 = v.s0 + 1
		}
		return v
	}
	v.t0, v.t1 = 0, m.Duration()
	if opt.To > opt.From {
		v.t0, v.t1 = opt.From, opt.To
		// The steps in view: from the last event before t0 to the last at t1.
		v.s0 = max(0, m.firstAtOrAfter(v.t0)-1)
		v.s1 = max(v.s0+1, m.firstAtOrAfter(math.Nextafter(v.t1, math.Inf(1)))-1)
	}
	if v.s1 <= v.s0 {
		v.s1 = v.s0 + 1
	}
	v.share = opt.StepShare
	if v.share == 0 {
		v.share = 0.25
	}
	v.share = max(0, min(1, v.share))
	v.time = v.t1 > v.t0
	return v
}

// firstAtOrAfter returns the first event whose time is at least t
// (Len()+1 if none).
func (m *Model) firstAtOrAfter(t float64) int64 {
	return int64(sort.Search(int(m.store.n), func(i int) bool { return m.store.at(int64(i)+1).time >= t })) + 1
}

// timeAt returns the time of step k: event k's, or the first event's for 0.
func (m *Model) timeAt(k int64) float64 {
	if m.store.n == 0 {
		return 0
	}
	return m.store.at(min(max(k, 1), m.store.n)).time
}

// x returns the pixel of step k, clamped to the plot: a segment that
// began before the view starts at its left edge.
func (v *view) x(k int64) float64 {
	u := float64(k-v.s0) / float64(v.s1-v.s0)
	if v.time {
		t := (v.m.timeAt(k) - v.t0) / (v.t1 - v.t0)
		u = v.share*u + (1-v.share)*t
	}
	return v.px0 + min(max(u, 0), 1)*v.pxW
}

// xTime returns the pixel of time t on a time axis (the first step at t).
func (v *view) xTime(t float64) float64 {
	k := v.m.firstAtOrAfter(t)
	if k > v.s1 {
		return v.px0 + v.pxW
	}
	u := float64(k-1-v.s0) / float64(v.s1-v.s0)
	return v.px0 + (v.share*max(0, u)+(1-v.share)*(t-v.t0)/(v.t1-v.t0))*v.pxW
}

// svgw accumulates the SVG text.
type svgw struct {
	b      []byte
	figure bool // RenderOptions.Figure: no data-* attributes
}

func (w *svgw) s(s string) { w.b = append(w.b, s...) }

func (w *svgw) f(x float64) {
	x = math.Round(x*10) / 10
	if x == 0 {
		x = 0 // no "-0"
	}
	w.b = strconv.AppendFloat(w.b, x, 'f', -1, 64)
}

func (w *svgw) i(n int64) { w.b = strconv.AppendInt(w.b, n, 10) }

// esc writes s escaped for XML text and attribute values.
// open writes the <svg> element's start tag: its classes, its size in
// pixels (also the viewBox) and the aria-label that tells the picture.
func (w *svgw) open(class string, width, height float64, label string) {
	w.s(`<svg xmlns="http://www.w3.org/2000/svg" class="`)
	w.s(class)
	w.s(`" width="`)
	w.f(width)
	w.s(`" height="`)
	w.f(height)
	w.s(`" viewBox="0 0 `)
	w.f(width)
	w.s(" ")
	w.f(height)
	w.s(`" role="img" aria-label="`)
	w.esc(label)
	w.s(`">`)
	w.s("\n")
}

func (w *svgw) esc(s string) {
	for _, r := range s {
		switch r {
		case '<':
			w.s("&lt;")
		case '>':
			w.s("&gt;")
		case '&':
			w.s("&amp;")
		case '"':
			w.s("&quot;")
		default:
			if r < 0x20 && r != '\t' {
				r = ' '
			}
			w.b = utf8.AppendRune(w.b, r)
		}
	}
}

// vline writes a vertical line at x from y1 to y2; attrs are the line's
// other attributes, written as given.
func (w *svgw) vline(attrs string, x, y1, y2 float64) {
	w.s(`<line `)
	w.s(attrs)
	w.s(` x1="`)
	w.f(x)
	w.s(`" x2="`)
	w.f(x)
	w.s(`" y1="`)
	w.f(y1)
	w.s(`" y2="`)
	w.f(y2)
	w.s(`"/>`)
}

func (w *svgw) rect(class string, x, y, wd, h float64) {
	w.s(`<rect class="`)
	w.s(class)
	w.s(`" x="`)
	w.f(x)
	w.s(`" y="`)
	w.f(y)
	w.s(`" width="`)
	w.f(wd)
	w.s(`" height="`)
	w.f(h)
	w.s(`"/>`)
}

func (w *svgw) text(class string, x, y float64, anchor, s string) {
	w.s(`<text class="`)
	w.s(class)
	w.s(`" x="`)
	w.f(x)
	w.s(`" y="`)
	w.f(y)
	if anchor != "" {
		w.s(`" text-anchor="`)
		w.s(anchor)
	}
	w.s(`">`)
	w.esc(s)
	w.s("</text>")
}

// SVG draws the timeline. Its size is bounded by the width and the number
// of lanes whatever the run's length: segments narrower than a pixel merge
// into buckets (tl-merged), and at most one mark per kind is drawn per
// bucket.
func (m *Model) SVG(out io.Writer, opt RenderOptions) error {
	width, lanes, more, top, height := m.layout(opt)
	w := &svgw{figure: opt.Figure}
	w.open("tl", width, height, m.summary(opt.Title))
	m.svgHead(w, opt, width)
	v := m.newView(opt, gutter, width-gutter-rightPad)
	w.rect("tl-bg", 0, top, width, height-top)
	w.s("\n")
	m.svgAxis(w, v, opt, top, height)
	y := top + axisH
	for _, l := range lanes {
		m.svgLane(w, v, l, y)
		y += laneH + laneGap
	}
	if more > 0 {
		w.text("tl-name tl-more", 6, y+laneH-5, "", "… and "+strconv.Itoa(more)+" more lanes")
		w.s("\n")
	}
	if opt.Cursor > 0 && opt.Cursor >= v.s0 && opt.Cursor <= v.s1 {
		x := v.x(opt.Cursor)
		w.vline(`class="tl-cursor" data-seq="`+strconv.FormatInt(opt.Cursor, 10)+`"`, x, top+axisH-4, height)
		w.s("\n")
	}
	w.s("</svg>\n")
	_, err := out.Write(w.b)
	return err
}

// summary is the SVG's accessible name.
func (m *Model) summary(title string) string {
	tasks := 0
	for _, l := range m.lanes {
		if l.Kind == TaskLane && !l.Internal {
			tasks++
		}
	}
	s := "Timeline: " + strconv.Itoa(tasks) + " tasks, " + strconv.FormatInt(m.Len(), 10) + " steps, " + formatSeconds(m.Duration())
	if title != "" {
		s = title + ". " + s
	}
	return s
}

// layout returns the drawing's width, the lanes drawn, how many are left
// out, the top of the axis row and the height.
func (m *Model) layout(opt RenderOptions) (width float64, lanes []*Lane, more int, top, height float64) {
	width = float64(opt.Width)
	if width <= 0 {
		width = 960
	}
	lanes = m.Lanes(opt.Internal)
	maxLanes := opt.MaxLanes
	if maxLanes <= 0 {
		maxLanes = DefaultMaxLanes
	}
	if len(lanes) > maxLanes {
		more = len(lanes) - (maxLanes - 1)
		lanes = lanes[:maxLanes-1]
	}
	if opt.Standalone {
		top = titleH + legendH
	}
	rows := len(lanes)
	if more > 0 {
		rows++
	}
	height = top + axisH + float64(rows)*(laneH+laneGap) + laneGap
	return
}

// View is how SVG(opt) maps steps to pixels, for a page that draws its
// own cursor over the picture or turns a click into a step. Its X and Step
// methods are the renderer's own mapping.
type View struct {
	Axis   string  `json:"axis"`  // "steps" or "time"
	S0     int64   `json:"s0"`    // the first and last steps in view
	S1     int64   `json:"s1"`    //
	T0     float64 `json:"t0"`    // time axis: the times in view
	T1     float64 `json:"t1"`    //
	Time   bool    `json:"time"`  // time axis with time passing in view (else steps are spaced evenly)
	Share  float64 `json:"share"` // time axis: the share of W spread evenly over the steps
	X0     float64 `json:"x0"`    // the plot's left edge, pixels
	W      float64 `json:"w"`     // the plot's width
	Width  float64 `json:"width"` // the SVG's width and height
	Height float64 `json:"height"`
	Top    float64 `json:"top"`   // the y of the first lane's band
	LaneH  float64 `json:"laneH"` // a lane's band, and the distance from one lane to the next
	Pitch  float64 `json:"pitch"` //

	v *view
}

// View returns how SVG(opt) maps steps to pixels.
func (m *Model) View(opt RenderOptions) *View {
	width, _, _, top, height := m.layout(opt)
	v := m.newView(opt, gutter, width-gutter-rightPad)
	out := &View{Axis: "steps", S0: v.s0, S1: v.s1, X0: v.px0, W: v.pxW, Width: width, Height: height,
		Top: top + axisH, LaneH: laneH, Pitch: laneH + laneGap, v: v}
	if opt.Axis == Time {
		out.Axis, out.T0, out.T1, out.Time, out.Share = "time", v.t0, v.t1, v.time, v.share
	}
	return out
}

// X returns the pixel of step k (the cursor's x).
func (v *View) X(k int64) float64 { return v.v.x(k) }

// Step returns the step whose x is nearest to pixel x at or before it: a
// click or a drag on the picture turned into a cursor position.
func (v *View) Step(x float64) int64 {
	lo, hi := v.S0, v.S1
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if v.v.x(mid) <= x {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// svgAxis writes the grid and tick labels.
func (m *Model) svgAxis(w *svgw, v *view, opt RenderOptions, top, height float64) {
	w.s(`<g class="tl-axis">`)
	unit := "step"
	var ticks []float64
	if v.time {
		unit = "time"
		ticks = niceTicks(v.t0, v.t1, int(v.pxW/90))
	} else {
		ticks = niceTicks(float64(v.s0), float64(v.s1), int(v.pxW/70))
	}
	w.text("tl-unit", 8, top+14, "", unit)
	for _, t := range ticks {
		var x float64
		var label string
		if v.time {
			x = v.xTime(t)
			label = formatSeconds(t)
		} else {
			x = v.x(int64(t))
			label = strconv.FormatInt(int64(t), 10)
		}
		w.vline(`class="tl-grid"`, x, top+axisH-4, height)
		w.text("tl-tick", x, top+14, "middle", label)
	}
	w.s("</g>\n")
}

// niceTicks returns about n round values between lo and hi.
func niceTicks(lo, hi float64, n int) []float64 {
	if hi <= lo || n < 1 {
		return []float64{lo}
	}
	raw := (hi - lo) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, f := range []float64{1, 2, 5, 10} {
		if f*mag >= raw {
			step = f * mag
			break
		}
	}
	var ticks []float64
	for t := math.Ceil(lo/step) * step; t <= hi+step*1e-9; t += step {
		ticks = append(ticks, math.Round(t/step)*step)
	}
	return ticks
}

// bucket gathers segments too narrow to draw one by one.
type bucket struct {
	x0, x1   float64
	from, to int64
	cover    [5]float64 // pixels per state
	n        int
}

func (b *bucket) dominant() SegState {
	best := Running
	for s := Running; s <= Idle; s++ {
		if b.cover[s] > b.cover[best] {
			best = s
		}
	}
	return best
}

// svgLane writes one lane.
func (m *Model) svgLane(w *svgw, v *view, l *Lane, y float64) {
	w.s(`<g class="tl-lane"`)
	if !w.figure {
		w.s(` data-lane="`)
		w.i(int64(l.Index))
		w.s(`" data-kind="`)
		w.s(l.Kind.String())
		w.s(`" data-name="`)
		w.esc(l.Name)
		w.s(`"`)
	}
	w.s(`>`)
	w.rect("tl-lane-bg", 0, y, v.px0+v.pxW+rightPad, laneH)
	w.text("tl-name", 6, y+laneH-5, "", elide(l.Name, int((gutter-10)/charW)))
	w.s("\n")

	end := m.Len()
	first := l.segs.search(func(s *Segment) bool {
		to := s.To
		if to == 0 {
			to = end
		}
		return to > v.s0
	})
	var b bucket
	flush := func() {
		if b.n == 0 {
			return
		}
		st := b.dominant()
		class := "tl-seg tl-" + st.String()
		if b.n > 1 {
			class += " tl-merged"
		}
		m.svgSeg(w, l, class, b.x0, max(b.x1, b.x0+1), y, b.from, b.to, "", st)
		b = bucket{}
	}
	for i := first; i < l.segs.n; i++ {
		s := l.segs.at(i)
		if s.From >= v.s1 {
			break
		}
		to := s.To
		if to == 0 {
			to = end
		}
		xa, xb := v.x(max(s.From, v.s0)), v.x(min(to, v.s1))
		if xb-xa >= 1 {
			flush()
			m.svgSeg(w, l, "tl-seg tl-"+s.State.String(), xa, xb, y, s.From, to, l.Label(s), s.State)
			continue
		}
		if b.n > 0 && (xa > b.x1+0.5 || b.x1-b.x0 >= bucketPx) {
			flush()
		}
		if b.n == 0 {
			b.x0, b.from = xa, s.From
		}
		b.x1, b.to = max(b.x1, xb), to
		b.cover[s.State] += xb - xa + 1e-9
		b.n++
		if b.n == bucketSample {
			// Enough to tell the bucket's state: skip the rest of the
			// segments that end inside it.
			bend := b.x0 + bucketPx
			j := l.segs.search(func(s *Segment) bool {
				to := s.To
				if to == 0 {
					to = end
				}
				return v.x(min(to, v.s1)) > bend
			})
			if j-1 > i {
				lastTo := l.segs.at(j - 1).To
				if lastTo == 0 {
					lastTo = end
				}
				b.to = lastTo
				b.x1 = max(b.x1, v.x(min(lastTo, v.s1)))
				b.n += j - 1 - i
				i = j - 1
			}
		}
	}
	flush()
	m.svgMarks(w, v, l, y)
	w.s("</g>\n")
}

func (m *Model) svgSeg(w *svgw, l *Lane, class string, x0, x1, y float64, from, to int64, label string, st SegState) {
	h := float64(laneH - 4)
	w.s(`<rect class="`)
	w.s(class)
	w.s(`" x="`)
	w.f(x0)
	w.s(`" y="`)
	w.f(y + 2)
	w.s(`" width="`)
	w.f(x1 - x0)
	w.s(`" height="`)
	w.f(h)
	if !w.figure {
		w.s(`" data-lane="`)
		w.i(int64(l.Index))
		w.s(`" data-from="`)
		w.i(from)
		w.s(`" data-to="`)
		w.i(to)
		if label != "" {
			w.s(`" data-label="`)
			w.esc(label)
		}
	}
	w.s(`"/>`)
	if label != "" {
		if n := int((x1 - x0 - 6) / charW); n >= minLabel {
			class := "tl-label"
			if st == Running {
				class += " tl-label-run"
			}
			w.text(class, x0+3, y+laneH-6, "", elide(label, n))
		}
	}
	w.s("\n")
}

// elide shortens s to at most n characters, ending in "…" when cut.
func elide(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// markPath is each mark's glyph, drawn at (x, y) = (its step, the lane's
// top): chevrons above the bar for instants, bars across it for the loop
// starting and stopping.
func markPath(w *svgw, k MarkKind, x, y float64) {
	pt := func(cmd string, dx, dy float64) {
		w.s(cmd)
		w.f(x + dx)
		w.s(" ")
		w.f(y + dy)
	}
	switch k {
	case MarkStart, MarkStop:
		pt("M", -1, 0)
		pt("L", 1, 0)
		pt("L", 1, laneH)
		pt("L", -1, laneH)
	case MarkException, MarkCancelled:
		// A cross below the bar.
		pt("M", -3, laneH-5)
		pt("L", 0, laneH-2)
		pt("L", 3, laneH-5)
		pt("L", 3, laneH-3)
		pt("L", 0, laneH)
		pt("L", -3, laneH-3)
	case MarkOutput:
		// A small upward chevron under the bar.
		pt("M", -2.5, laneH)
		pt("L", 0, laneH-3)
		pt("L", 2.5, laneH)
	default:
		// A downward chevron over the bar.
		pt("M", -3, 0)
		pt("L", 3, 0)
		pt("L", 0, 4)
	}
	w.s("Z")
}

// svgMarks writes a lane's marks, at most one of each kind per
// 2 buckets: after drawing one, it skips (by binary search) to the first of
// its kind far enough on, so the work is bounded by what is drawn.
func (m *Model) svgMarks(w *svgw, v *view, l *Lane, y float64) {
	for kind := MarkCreated; kind <= MarkDone; kind++ {
		marks := &l.marks[kind]
		i := marks.search(func(k *Mark) bool { return k.Seq >= v.s0 })
		for i < marks.n && marks.at(i).Seq <= v.s1 {
			k := marks.at(i)
			x := v.x(k.Seq)
			w.s(`<path class="tl-mark tl-m-`)
			w.s(kind.String())
			if !w.figure {
				w.s(`" data-seq="`)
				w.i(k.Seq)
			}
			w.s(`" d="`)
			markPath(w, kind, x, y)
			w.s(`"><title>`)
			w.esc(m.markTitle(l, k))
			w.s("</title></path>")
			next := x + 2*bucketPx
			i = marks.search(func(k *Mark) bool { return v.x(k.Seq) >= next })
		}
	}
}

func (m *Model) markTitle(l *Lane, k *Mark) string {
	s := l.Name + ": " + k.Kind.String()
	if text := m.MarkText(k); text != "" {
		s += " " + strings.TrimSpace(elide(text, 80))
	}
	return s + " (step " + strconv.FormatInt(k.Seq, 10) + ", " + formatSeconds(k.T) + ")"
}
