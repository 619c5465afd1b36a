package main

import (
	"net/http"
	"sync"
	"time"
)

// link is a slow network in front of a handler: every response waits
// latency before its headers, and the bodies of all responses share one
// downlink of rate bytes per second (a reader's connection, not one per
// request). The server does the throttling rather than Chromium's network
// emulation so that the page, its workers and its service worker all go
// through the same link.
type link struct {
	latency time.Duration
	rate    float64 // bytes per second

	mu   sync.Mutex
	next time.Time // when the link is free again
	sent int64     // bytes sent so far
}

// throttled returns a link of mbits Mbit/s and latency ms.
func throttled(mbits float64, latency time.Duration) *link {
	return &link{latency: latency, rate: mbits * 1e6 / 8}
}

func (l *link) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(l.latency)
		h.ServeHTTP(&pacedWriter{ResponseWriter: w, l: l}, r)
	})
}

// send waits until n more bytes have crossed the link.
func (l *link) send(n int) {
	l.mu.Lock()
	now := time.Now()
	if l.next.Before(now) {
		l.next = now
	}
	l.next = l.next.Add(time.Duration(float64(n) / l.rate * float64(time.Second)))
	l.sent += int64(n)
	until := l.next
	l.mu.Unlock()
	time.Sleep(time.Until(until))
}

// sentBytes returns the bytes sent over the link so far.
func (l *link) sentBytes() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sent
}

type pacedWriter struct {
	http.ResponseWriter
	l *link
}

// Write sends b in 16 KB pieces, each when the link has room for it.
func (p *pacedWriter) Write(b []byte) (int, error) {
	const piece = 16 << 10
	n := 0
	for len(b) > 0 {
		c := min(len(b), piece)
		p.l.send(c)
		m, err := p.ResponseWriter.Write(b[:c])
		n += m
		if err != nil {
			return n, err
		}
		if f, ok := p.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
		b = b[c:]
	}
	return n, nil
}

// headerFix lets fix change a response's headers just before they are sent.
type headerFix struct {
	http.ResponseWriter
	fix   func(http.Header)
	wrote bool
}

func (h *headerFix) WriteHeader(code int) {
	if !h.wrote {
		h.wrote = true
		h.fix(h.Header())
	}
	h.ResponseWriter.WriteHeader(code)
}

func (h *headerFix) Write(b []byte) (int, error) {
	if !h.wrote {
		h.WriteHeader(http.StatusOK)
	}
	return h.ResponseWriter.Write(b)
}
