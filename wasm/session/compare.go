package session

import (
	"strings"

	"github.com/asynchrony/asynchrony/runtime/timeline"
	"github.com/asynchrony/asynchrony/wasm/bridge"
)

// Compare answers q from runs, the sessions of q.IDs in order (a nil one
// is a run the worker no longer has): the runs drawn on one time axis
// (runtime/timeline's Compare, classes only) and each run's total.
func Compare(q bridge.CompareQuery, runs []*Session) bridge.Message {
	var tl []timeline.Run
	totals := []float64{}
	for i, s := range runs {
		if s == nil {
			return bridge.Error{Req: q.Req, Error: ErrNoRun.Error()}
		}
		title := ""
		if i < len(q.Titles) {
			title = q.Titles[i]
		}
		s.mu.Lock()
		s.build()
		m := s.model
		s.mu.Unlock()
		tl = append(tl, timeline.Run{Title: title, Model: m})
		totals = append(totals, m.Duration())
	}
	var b strings.Builder
	if err := timeline.Compare(&b, tl, timeline.RenderOptions{Width: int(q.Width)}); err != nil {
		return bridge.Error{Req: q.Req, Error: err.Error()}
	}
	return bridge.CompareReply{Req: q.Req, SVG: b.String(), Totals: totals}
}
