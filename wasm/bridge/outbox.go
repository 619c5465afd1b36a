package bridge

import "time"

// Outbox batches what one run writes (stdout, stderr) into Out messages
// for the page. Output is sent at once while the run has sent few
// messages, so that a program that prints and then loops forever still
// shows its print; a run that prints in a tight loop is switched to
// batches at most every FlushEvery, so the page is not flooded. (The
// trace stays in the worker: see package session.)
type Outbox struct {
	ID         float64          // the run id, echoed in every message
	Post       func(Message)    // sends one message to the page
	Now        func() time.Time // time.Now when nil
	FlushEvery time.Duration    // 0 means 50ms
	Eager      int              // messages sent at once before batching; 0 means 500

	chunks []chunk
	Bytes  int64 // output written so far
	sent   int
	last   time.Time
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
	eager := o.Eager
	if eager == 0 {
		eager = 500
	}
	every := o.FlushEvery
	if every == 0 {
		every = 50 * time.Millisecond
	}
	if o.sent < eager || o.now().Sub(o.last) >= every {
		o.Flush()
	}
}

type chunk struct {
	stream string
	text   []byte
}

// Flush sends whatever is pending.
func (o *Outbox) Flush() {
	if len(o.chunks) == 0 {
		return
	}
	msg := Out{ID: o.ID, Chunks: make([]Chunk, len(o.chunks))}
	for i, c := range o.chunks {
		msg.Chunks[i] = Chunk{Stream: c.stream, Text: string(c.text)}
	}
	o.chunks = nil
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
