package bridge

import (
	"github.com/asynchrony/asynchrony/runtime/timeline"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// The page <-> worker protocol. Every message is a plain object whose
// "type" field names one of the types below; its other fields are the
// type's, under their json names (Plain's rules). This file is the one
// place they are documented; site/src/protocol.js is generated from it
// (go generate ./wasm/bridge) and a test keeps the two in agreement.
//
// A run worker takes Run, then answers queries about the last run until
// the next Run (the trace stays in the worker: only output streams to the
// page). The page terminates the worker to stop a run. Queries carry a
// request number (Req), echoed in the answer; an answer to a query that
// cannot be served is an Error with that Req.
//
// The storage worker takes Get, Save, ResetSnippet, List and Import, and
// answers each with a Reply.

//go:generate go run ./genprotocol -o ../../site/src/protocol.js

// Message is one message of the protocol.
type Message interface {
	// MsgType is the value of the message's "type" field.
	MsgType() string
}

// Direction says who sends a message.
type Direction string

const (
	ToWorker Direction = "page -> worker"
	ToPage   Direction = "worker -> page"
)

// Spec describes one message for the documentation and the JS mirror.
type Spec struct {
	Msg Message
	Dir Direction
	Doc string
}

// Protocol lists every message, in the order the JS mirror lists them.
var Protocol = []Spec{
	{Init{}, ToWorker, "starts a worker in a mode with the compiled runtime, or with its URL to compile it there (handled by worker.js)"},
	{Run{}, ToWorker, "runs a program; output streams as Out, then Done"},
	{SummaryQuery{}, ToWorker, "asks for the last run's Summary"},
	{StateQuery{}, ToWorker, "asks for the loop's state after step Step"},
	{SVGQuery{}, ToWorker, "asks for the timeline drawn for a view"},
	{EventsQuery{}, ToWorker, "asks for a page of the trace table"},
	{CompareQuery{}, ToWorker, "asks for several kept runs drawn on one time axis"},
	{Get{}, ToWorker, "storage: one example's saved edit (Reply value: record or null)"},
	{Save{}, ToWorker, "storage: saves an edit made from BaseRev (Reply value: the record; conflict: the newer one)"},
	{ResetSnippet{}, ToWorker, "storage: forgets an edit (Reply value: null)"},
	{List{}, ToWorker, "storage: the saved edits of a deck, all decks when Deck is empty (Reply value: [record])"},
	{Import{}, ToWorker, "storage: adds records from an export file (Reply value: how many)"},

	{Compiled{}, ToPage, "a worker started with Init.URL compiled the runtime: the page keeps the module for the workers it starts later (sent by worker.js)"},
	{Ready{}, ToPage, "the worker's Go main is up"},
	{Crashed{}, ToPage, "the Go program exited or failed to start"},
	{Out{}, ToPage, "a batch of a run's output"},
	{Progress{}, ToPage, "a growing run's timeline so far (at most a few per second)"},
	{Done{}, ToPage, "a run ended; its Summary follows in Drawn once the timeline is built"},
	{Drawn{}, ToPage, "the finished run's timeline is built and can be queried"},
	{SummaryReply{}, ToPage, "answers SummaryQuery"},
	{StateReply{}, ToPage, "answers StateQuery"},
	{SVGReply{}, ToPage, "answers SVGQuery"},
	{EventsReply{}, ToPage, "answers EventsQuery"},
	{CompareReply{}, ToPage, "answers CompareQuery"},
	{Error{}, ToPage, "a query that could not be answered"},
	{Reply{}, ToPage, "answers a storage request"},
}

// Init starts a worker. Module is a WebAssembly.Module; without one the
// worker fetches and compiles URL itself and sends it back in Compiled
// (the page's first run worker: its streamed compile then takes nothing
// of the page's main thread). Exec is the URL of Go's wasm_exec.js.
type Init struct {
	Mode   string `json:"mode"` // "run" or "storage"
	Module any    `json:"module"`
	URL    string `json:"url"`
	Exec   string `json:"exec"`
}

// Run runs Code. Trace false runs without the visualiser (no events kept).
// The worker keeps the traces of this run and of the earlier runs named in
// Keep (a compare= example's runs, drawn together by CompareQuery); it
// forgets every other run.
type Run struct {
	ID       float64   `json:"id"`    // the run, echoed by Out, Progress, Done, Drawn
	Code     string    `json:"code"`  // the program
	Clock    string    `json:"clock"` // "virtual" or "real"
	Filename string    `json:"filename"`
	Trace    bool      `json:"trace"`
	Argv     []string  `json:"argv"` // sys.argv[1:]
	Seed     float64   `json:"seed"` // varies how threads interleave (runtime.Options.Seed); 0: the default
	Keep     []float64 `json:"keep"` // earlier runs whose traces stay
}

// SummaryQuery asks for the Summary of run ID.
type SummaryQuery struct {
	Req float64 `json:"req"`
	ID  float64 `json:"id"`
}

// StateQuery asks for the state after step Step (0: before the first
// event) of run ID.
type StateQuery struct {
	Req  float64 `json:"req"`
	ID   float64 `json:"id"`
	Step float64 `json:"step"`
}

// SVGQuery asks for run ID's timeline between From and To (steps or
// seconds, as Axis says; To <= From: the whole run), Width pixels wide.
type SVGQuery struct {
	Req      float64 `json:"req"`
	ID       float64 `json:"id"`
	Axis     string  `json:"axis"` // "time" or "steps"
	From     float64 `json:"from"`
	To       float64 `json:"to"`
	Width    float64 `json:"width"`
	Internal bool    `json:"internal"` // draw asyncio's own tasks too
}

// EventsQuery asks for Count trace events of run ID from event From (1-based).
type EventsQuery struct {
	Req   float64 `json:"req"`
	ID    float64 `json:"id"`
	From  float64 `json:"from"`
	Count float64 `json:"count"`
}

// CompareQuery asks for runs IDs (kept traces) drawn on one time axis,
// each titled by Titles, Width pixels wide (runtime/timeline's Compare).
type CompareQuery struct {
	Req    float64   `json:"req"`
	IDs    []float64 `json:"ids"`
	Titles []string  `json:"titles"`
	Width  float64   `json:"width"`
}

// Get asks for the saved edit of example ID in Deck.
type Get struct {
	Req  float64 `json:"req"`
	Deck string  `json:"deck"`
	ID   string  `json:"id"`
}

// Save stores Code as the edit of example ID, made from revision BaseRev
// of an original whose hash is Orig; Force overwrites a newer revision.
type Save struct {
	Req     float64 `json:"req"`
	Deck    string  `json:"deck"`
	ID      string  `json:"id"`
	Code    string  `json:"code"`
	Orig    string  `json:"orig"`
	BaseRev float64 `json:"baseRev"`
	Force   bool    `json:"force"`
}

// ResetSnippet forgets the edit of example ID.
type ResetSnippet struct {
	Req  float64 `json:"req"`
	Deck string  `json:"deck"`
	ID   string  `json:"id"`
}

// List asks for the saved edits of Deck ("" for every deck).
type List struct {
	Req  float64 `json:"req"`
	Deck string  `json:"deck"`
}

// Import adds Records (snippet records as an export file holds them).
type Import struct {
	Req     float64 `json:"req"`
	Records []any   `json:"records"`
}

// Compiled hands the page the WebAssembly.Module a worker compiled from
// Init.URL.
type Compiled struct {
	Module any `json:"module"`
}

// Ready says the worker's Go main is up.
type Ready struct{}

// Crashed says the Go program exited or failed to start.
type Crashed struct {
	Error string `json:"error"`
}

// Out is a batch of output, in the order written.
type Out struct {
	ID     float64 `json:"id"`
	Chunks []Chunk `json:"chunks"`
}

// Chunk is text written to one stream.
type Chunk struct {
	Stream string `json:"stream"` // "stdout" or "stderr"
	Text   string `json:"text"`
}

// Progress tells how far a run's timeline has grown, while it runs.
type Progress struct {
	ID      float64 `json:"id"`
	Summary Summary `json:"summary"`
}

// Done says run ID ended.
type Done struct {
	ID        float64 `json:"id"`
	ExitCode  int     `json:"exitCode"`
	Ms        float64 `json:"ms"`        // the run's time in the worker
	OutputCut bool    `json:"outputCut"` // the output limit stopped it
	Traced    bool    `json:"traced"`    // Drawn follows
}

// Drawn says run ID's timeline is built.
type Drawn struct {
	ID      float64 `json:"id"`
	Ms      float64 `json:"ms"` // the time building it took, after Done
	Summary Summary `json:"summary"`
}

// Summary is a run's timeline at a glance.
type Summary struct {
	Steps    int64      `json:"steps"`    // events in the trace
	Duration float64    `json:"duration"` // the loop's clock at the last event, seconds
	Lanes    []LaneInfo `json:"lanes"`    // the lanes drawn by default, top to bottom
	Internal int        `json:"internal"` // lanes of asyncio's own tasks left out of Lanes
	Error    string     `json:"error"`    // the trace did not replay (a loop bug), if set
}

// LaneInfo is one lane of the timeline.
type LaneInfo struct {
	Index   int    `json:"index"` // data-lane in the SVG
	Kind    string `json:"kind"`  // loop, task, callbacks or thread
	Name    string `json:"name"`
	Coro    string `json:"coro"`
	Outcome string `json:"outcome"`
	Value   string `json:"value"`
}

// SummaryReply answers SummaryQuery.
type SummaryReply struct {
	Req     float64 `json:"req"`
	Summary Summary `json:"summary"`
}

// StateReply answers StateQuery: the state, the significant steps before
// and after it (what step back and step forward go to), the source line
// of the next one (the editor marks "just ran" and "next"), and where the
// lane running at the step last started and next starts running (the
// keys , and .: timeline.Model.NextInLane).
type StateReply struct {
	Req      float64         `json:"req"`
	State    *timeline.State `json:"state"`
	Prev     int64           `json:"prev"`
	Next     int64           `json:"next"`
	NextLine int             `json:"nextLine"`
	LanePrev int64           `json:"lanePrev"`
	LaneNext int64           `json:"laneNext"`
}

// SVGReply answers SVGQuery with the SVG text (classes and data-*
// attributes only: no style attributes) and how steps map to pixels, so
// the page can draw its cursor without asking: step k is at
//
//	u = (k - s0) / (s1 - s0)
//	u = share*u + (1-share)*(time(k) - t0)/(t1 - t0)    on a time axis (time: true)
//	x = x0 + u*w
type SVGReply struct {
	Req  float64 `json:"req"`
	SVG  string  `json:"svg"`
	View View    `json:"view"`
}

// View is the mapping of an SVGReply.
type View struct {
	Axis   string  `json:"axis"`
	S0     int64   `json:"s0"`
	S1     int64   `json:"s1"`
	Time   bool    `json:"time"`
	T0     float64 `json:"t0"`
	T1     float64 `json:"t1"`
	Share  float64 `json:"share"`
	X0     float64 `json:"x0"`
	W      float64 `json:"w"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// EventsReply answers EventsQuery: events From.. of Total.
type EventsReply struct {
	Req    float64       `json:"req"`
	From   int64         `json:"from"`
	Total  int64         `json:"total"`
	Events []trace.Event `json:"events"`
}

// CompareReply answers CompareQuery with the SVG (classes only, as
// SVGReply's) and each run's total, in the order asked: the loop's clock
// at its last event, in seconds.
type CompareReply struct {
	Req    float64   `json:"req"`
	SVG    string    `json:"svg"`
	Totals []float64 `json:"totals"`
}

// Error says query Req could not be answered.
type Error struct {
	Req   float64 `json:"req"`
	Error string  `json:"error"`
}

// Reply answers storage request Req: OK with Value, or Error (and, for a
// refused save, Conflict: the newer record).
type Reply struct {
	Req      float64 `json:"req"`
	OK       bool    `json:"ok"`
	Value    any     `json:"value"`
	Error    string  `json:"error"`
	Conflict any     `json:"conflict"`
}

func (Init) MsgType() string         { return "init" }
func (Run) MsgType() string          { return "run" }
func (SummaryQuery) MsgType() string { return "summary" }
func (StateQuery) MsgType() string   { return "state" }
func (SVGQuery) MsgType() string     { return "svg" }
func (EventsQuery) MsgType() string  { return "events" }
func (CompareQuery) MsgType() string { return "compare" }
func (Get) MsgType() string          { return "get" }
func (Save) MsgType() string         { return "save" }
func (ResetSnippet) MsgType() string { return "reset" }
func (List) MsgType() string         { return "list" }
func (Import) MsgType() string       { return "import" }
func (Compiled) MsgType() string     { return "compiled" }
func (Ready) MsgType() string        { return "ready" }
func (Crashed) MsgType() string      { return "crashed" }
func (Out) MsgType() string          { return "out" }
func (Progress) MsgType() string     { return "progress" }
func (Done) MsgType() string         { return "done" }
func (Drawn) MsgType() string        { return "drawn" }
func (SummaryReply) MsgType() string { return "summary-reply" }
func (StateReply) MsgType() string   { return "state-reply" }
func (SVGReply) MsgType() string     { return "svg-reply" }
func (EventsReply) MsgType() string  { return "events-reply" }
func (CompareReply) MsgType() string { return "compare-reply" }
func (Error) MsgType() string        { return "error" }
func (Reply) MsgType() string        { return "reply" }

// Encode turns m into the plain object sent to the other side.
func Encode(m Message) map[string]any {
	out, _ := Plain(m).(map[string]any)
	if out == nil {
		out = map[string]any{}
	}
	out["type"] = m.MsgType()
	return out
}
