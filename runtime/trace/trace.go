// Package trace defines the event stream a run emits: one schema, shared by
// the command line (JSON lines) and the page's visualiser.
package trace

// Event is one thing that happened during a run. Fields that do not apply
// to an event's Kind are zero and omitted from JSON.
type Event struct {
	Seq  int64   `json:"seq"`            // 1, 2, 3, ... in emission order
	Time float64 `json:"time"`           // the loop's time (virtual or real), seconds
	Kind string  `json:"kind"`           // see the Kind constants
	Line int     `json:"line,omitempty"` // source line running when it happened
}
