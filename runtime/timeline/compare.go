package timeline

import (
	"io"
	"strconv"
)

// Run is one run of a comparison: a title ("synchronous", "threads",
// "asyncio") and its model.
type Run struct {
	Title string
	Model *Model
}

// Compare draws several runs on one time axis, stacked, each under a row
// that gives its title and total time: the talk's picture of one workload
// run synchronously, with threads and with asyncio. The axis is pure time
// from 0 to the longest run's end (so equal times line up across runs);
// opt's Width, Standalone, Title, Internal and Figure apply, its Axis, From, To,
// StepShare and Cursor do not.
func Compare(out io.Writer, runs []Run, opt RenderOptions) error {
	width := float64(opt.Width)
	if width <= 0 {
		width = 960
	}
	end := 0.0
	rows := 0
	for _, r := range runs {
		end = max(end, r.Model.Duration())
		rows += 1 + len(r.Model.Lanes(opt.Internal))
	}
	if end <= 0 {
		end = 1
	}
	top := 0.0
	if opt.Standalone {
		top = titleH + legendH
	}
	height := top + axisH + float64(rows)*(laneH+laneGap) + laneGap
	label := "Comparison on one time axis:"
	if opt.Title != "" {
		label = opt.Title + ":"
	}
	for i, r := range runs {
		if i > 0 {
			label += ";"
		}
		label += " " + r.Title + " takes " + formatSeconds(r.Model.Duration())
	}
	w := &svgw{figure: opt.Figure}
	w.open("tl tl-compare", width, height, label)
	head := opt
	if head.Title == "" {
		head.Title = "Comparison"
	}
	svgDefs(w, head, width, "")
	w.rect("tl-bg", 0, top, width, height-top)
	w.s("\n")

	px0, pxW := float64(gutter), width-gutter-rightPad
	w.s(`<g class="tl-axis">`)
	w.text("tl-unit", 8, top+14, "", "time")
	for _, t := range niceTicks(0, end, int(pxW/90)) {
		x := px0 + t/end*pxW
		w.vline(`class="tl-grid"`, x, top+axisH-4, height)
		w.text("tl-tick", x, top+14, "middle", formatSeconds(t))
	}
	w.s("</g>\n")

	y := top + axisH
	for i, r := range runs {
		m := r.Model
		w.s(`<g class="tl-run"`)
		if !w.figure {
			w.s(` data-run="`)
			w.i(int64(i))
			w.s(`"`)
		}
		w.s(`>`)
		w.text("tl-total", 6, y+laneH-5, "", r.Title+" — "+formatSeconds(m.Duration()))
		w.s("\n")
		y += laneH + laneGap
		v := m.newView(RenderOptions{Axis: Time, From: 0, To: end, StepShare: -1}, px0, pxW)
		// The view spans the shared axis even when this run ends sooner.
		v.t0, v.t1, v.time = 0, end, true
		for _, l := range m.Lanes(opt.Internal) {
			m.svgLane(w, v, l, y)
			y += laneH + laneGap
		}
		w.s("</g>\n")
	}
	w.s("</svg>\n")
	_, err := out.Write(w.b)
	return err
}

// HatchDefs defines the hatch pattern (id tl-hatch) that fills waiting
// segments. Every drawing carries it, except a Figure: a page of figures
// defines it once, in an <svg> element of its own that is laid out (a
// pattern inside an element that is not displayed paints nothing).
const HatchDefs = `<defs><pattern id="tl-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
	`<rect class="tl-hatch-bg" width="6" height="6"/><line class="tl-hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`

// svgDefs writes the hatch pattern and, standalone, the style, a title
// line (title, then sub) and the legend.
func svgDefs(w *svgw, opt RenderOptions, width float64, sub string) {
	if !opt.Figure {
		w.s(HatchDefs)
		w.s("\n")
	}
	if !opt.Standalone {
		return
	}
	w.s("<style>\n")
	w.s(StyleSheet)
	w.s("</style>\n")
	w.rect("tl-bg", 0, 0, width, titleH+legendH)
	title := opt.Title
	if title == "" {
		title = "Timeline"
	}
	w.text("tl-title", 8, 17, "", title+sub)
	x := 8.0
	for _, k := range []struct{ class, name string }{
		{"tl-running", "running"}, {"tl-ready", "ready (queued)"}, {"tl-waiting", "waiting on …"}, {"tl-idle", "loop idle"},
	} {
		w.rect("tl-seg "+k.class, x, titleH+4, 14, 10)
		w.text("tl-legend", x+18, titleH+13, "", k.name)
		x += 18 + float64(len(k.name))*charW + 16
	}
	w.s("\n")
}

// svgHead writes the head of a single timeline.
func (m *Model) svgHead(w *svgw, opt RenderOptions, width float64) {
	svgDefs(w, opt, width, " — "+formatSeconds(m.Duration())+", "+strconv.FormatInt(m.Len(), 10)+" steps")
}
