package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// CallSoon300k returns the big run of issue 8: 300,000 call_soon callbacks
// in rounds of 1000 (600,000 trace events). It is the program the timeline's
// Go benchmarks run, so the page and the model are measured on the same run;
// pagebench times it too.
func CallSoon300k() (string, error) {
	b, err := os.ReadFile(filepath.Join(RepoRoot(), "runtime/timeline/testdata/bench/call_soon_300k.py"))
	return string(b), err
}

// LongTaskProbe starts recording the page's longest main-thread task
// (PerformanceObserver "longtask": tasks over 50 ms) in
// window.asynchronyLongest (0: none over 50 ms).
const LongTaskProbe = `(() => {
	window.asynchronyLongest = 0;
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) window.asynchronyLongest = Math.max(window.asynchronyLongest, e.duration);
	}).observe({ type: "longtask", buffered: false });
})()`

// ScrubProbe drags example id's scrubber across the whole run for ms
// milliseconds, one move per animation frame as a reader's drag would,
// and resolves with the frame times (ms between animation frames).
func ScrubProbe(id string, ms int) string {
	return fmt.Sprintf(`new Promise((resolve) => {
	const v = document.querySelector('.example[data-id=%q] .vis');
	const scrub = v.querySelector(".vis-scrub");
	const max = +scrub.max, t0 = performance.now();
	const frames = [];
	let last = t0;
	const frame = (now) => {
		frames.push(now - last);
		last = now;
		const u = (now - t0) / %d;
		if (u >= 1) return resolve(frames.slice(1));
		// Back and forth across the run, ending in its middle.
		scrub.value = Math.round(max * (0.5 - 0.45 * Math.cos(u * 3 * Math.PI)));
		scrub.dispatchEvent(new Event("input", { bubbles: true }));
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})`, id, ms)
}

// IdleFramesProbe resolves with the frame times of ms milliseconds of an
// idle page: the baseline the scrubbing frames compare with (a loaded
// machine or a headless browser paces frames slower than 60 fps).
func IdleFramesProbe(ms int) string {
	return fmt.Sprintf(`new Promise((resolve) => {
	const frames = [], t0 = performance.now();
	let last = t0;
	const frame = (now) => {
		frames.push(now - last);
		last = now;
		if (now - t0 >= %d) return resolve(frames.slice(1));
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})`, ms)
}

// FrameStats summarises frame times: median, 95th percentile, worst.
func FrameStats(frames []float64) string {
	if len(frames) == 0 {
		return "no frames"
	}
	s := append([]float64(nil), frames...)
	sort.Float64s(s)
	q := func(p float64) float64 { return s[min(len(s)-1, int(p*float64(len(s))))] }
	var b strings.Builder
	fmt.Fprintf(&b, "median %.1f ms, p95 %.1f ms, worst %.1f ms over %d frames", q(0.5), q(0.95), s[len(s)-1], len(s))
	return b.String()
}
