// Package slides holds the talks as Markdown decks (the convention is in
// README.md). It has no code of its own: its test checks that each deck
// parses, that every slide has speaker notes, and that every runnable
// example is a golden program under testdata/asyncio/talk/ with the same
// code, so the examples a reader runs are the ones tested against CPython.
package slides
