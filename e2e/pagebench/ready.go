package main

import (
	"fmt"

	"github.com/asynchrony/asynchrony/e2e"
)

// oursReady measures only the site's ready times, the first three rows
// of the side-by-side's ready part without Pyodide (-page=false without
// -pyodide): localhost on a first visit, and the slow link on a first
// and a repeat visit, each with its runs and the bytes sent.
func oursReady(dist string, visits int) error {
	const mark = "asynchrony-runtime-ready"
	local, err := e2e.Serve(dist)
	if err != nil {
		return err
	}
	defer local.Close()
	l := throttled(slowMbits, slowLatency)
	slow, err := e2e.ServeWith(dist, l.wrap)
	if err != nil {
		return err
	}
	defer slow.Close()
	var here, first, repeat, sent, resent []float64
	for i := 0; i < visits; i++ {
		ms, err := firstVisit(local.URL, mark)
		if err != nil {
			return err
		}
		v, err := twoVisits(slow.URL, mark, l)
		if err != nil {
			return err
		}
		here, first, repeat = append(here, ms), append(first, v.first), append(repeat, v.repeat)
		sent, resent = append(sent, v.sent), append(resent, v.resent)
	}
	fmt.Printf("runtime ready, localhost (ms):   median %.0f  runs %s   target <= 300\n", median(here), list(here))
	fmt.Printf("%d Mbit/s, %d ms link, first visit (ms): median %.0f  runs %s   target <= 2000\n", slowMbits, slowLatency.Milliseconds(), median(first), list(first))
	fmt.Printf("the same link, repeat visit (ms):        median %.0f  runs %s   target <= 300\n", median(repeat), list(repeat))
	fmt.Printf("bytes over the link, first / repeat:     %s / %s\n", mb(median(sent)), mb(median(resent)))
	return nil
}
