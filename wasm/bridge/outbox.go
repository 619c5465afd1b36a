package bridge

import "time"

// Outbox batches what one run produces (stdout, stderr, trace events) into
// "out" messages for the page. Output is sent at once while the run has
// sent few messages, so that a program that prints and then loops forever
// still shows its print; a run that prints in a tight loop is switched to
// batches at most every FlushEvery, so the page is not flooded. Events are
// sent in batches, and at most MaxEvents of them per run (the rest are
// counted in Dropped).
type Outbox struct {
	ID         any                  // the run id, echoed in every message
	Post       func(map[string]any) // sends one message to the page
	Now        func() time.Time     // time.Now when nil
	FlushEvery time.Duration        // 0 means 50ms
	Eager      int                  // messages sent at once before batching; 0 means 500
	MaxEvents  int                  // 0 means 50000

	chunks  []chunk
	events  []any
	Bytes   int64 // output written so far
	sent    int
	nEvents int
	Dropped int
	last    time.Time
}

func (o *Outbox) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// Write appends text to stream ("stdout" or "stderr").
func (o *Outbox) Write(stream string, p []byte) {
	o.Bytes += int64(len(p))
	if n := len(o.chunks); n > 0 && o.chunks[n-1].stream == stream {
		// Merge with the previous chunk of the same stream.
		o.chunks[n-1].text = append(o.chunks[n-1].text, p...)
	} else {
		o.chunks = append(o.chunks, chunk{stream: stream, text: append([]byte(nil), p...)})
	}
	o.maybeFlush(true)
}

type chunk struct {
	stream string
	text   []byte
}

// Event appends one trace event (any value Plain accepts).
func (o *Outbox) Event(e any) {
	max := o.MaxEvents
	if max == 0 {
		max = 50000
	}
	if o.nEvents >= max {
		o.Dropped++
		return
	}
	o.nEvents++
	o.events = append(o.events, Plain(e))
	o.maybeFlush(false)
}

func (o *Outbox) maybeFlush(output bool) {
	eager := o.Eager
	if eager == 0 {
		eager = 500
	}
	every := o.FlushEvery
	if every == 0 {
		every = 50 * time.Millisecond
	}
	if output && o.sent < eager || o.now().Sub(o.last) >= every || len(o.events) >= 1000 {
		o.Flush()
	}
}

// Flush sends whatever is pending.
func (o *Outbox) Flush() {
	if len(o.chunks) == 0 && len(o.events) == 0 {
		return
	}
	chunks := make([]any, len(o.chunks))
	for i, c := range o.chunks {
		chunks[i] = map[string]any{"stream": c.stream, "text": string(c.text)}
	}
	msg := map[string]any{"type": "out", "id": o.ID, "chunks": chunks, "events": o.events}
	o.chunks, o.events = nil, nil
	o.sent++
	o.last = o.now()
	o.Post(msg)
}

// StreamWriter is an io.Writer onto one stream of an Outbox.
type StreamWriter struct {
	Box    *Outbox
	Stream string
}

func (w StreamWriter) Write(p []byte) (int, error) {
	w.Box.Write(w.Stream, p)
	return len(p), nil
}
