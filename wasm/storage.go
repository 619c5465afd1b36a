//go:build js && wasm

package main

import (
	"context"
	"errors"
	"sync"
	"syscall/js"
	"time"

	"github.com/asynchrony/asynchrony/wasm/bridge"
	"github.com/asynchrony/asynchrony/wasm/snippets"
)

// storage handles the storage requests of bridge's protocol (Get, Save,
// ResetSnippet, List, Import) and answers each with a Reply: OK with the
// value, or the error and, for a refused save, the newer record as
// Conflict. Requests run one at a time, in order, in a goroutine.
func storage(post func(bridge.Message)) func(js.Value) {
	var (
		mu      sync.Mutex
		store   snippets.Store
		openErr error
		opened  bool
	)
	open := func() error {
		if !opened {
			opened = true
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			kv, err := snippets.OpenIDB(ctx)
			if err != nil {
				openErr = errors.New("cannot open IndexedDB: " + err.Error())
			} else {
				store = snippets.Store{KV: kv}
			}
		}
		return openErr
	}
	return func(msg js.Value) {
		req := msg.Get("req").Float()
		go func() {
			mu.Lock()
			defer mu.Unlock()
			value, err := any(nil), open()
			if err == nil {
				value, err = serve(store, msg)
			}
			reply := bridge.Encode(bridge.Reply{Req: req, OK: err == nil})
			// The values are js.Values already (snippets.ToJS), which
			// js.ValueOf passes through.
			if err != nil {
				reply["error"] = err.Error()
				var ce *snippets.ConflictError
				if errors.As(err, &ce) {
					reply["conflict"] = snippets.ToJS(ce.Current)
				}
			} else {
				reply["value"] = value
			}
			js.Global().Call("postMessage", js.ValueOf(reply))
		}()
	}
}

func serve(s snippets.Store, msg js.Value) (any, error) {
	now := time.Now().UnixMilli()
	switch t := str(msg, "type"); t {
	case "get":
		var q bridge.Get
		bridge.Decode(msg, &q)
		r, ok, err := s.Get(q.Deck, q.ID)
		if err != nil || !ok {
			return nil, err
		}
		return snippets.ToJS(r), nil
	case "save":
		var q bridge.Save
		bridge.Decode(msg, &q)
		r, err := s.Save(q.Deck, q.ID, q.Code, q.Orig, int64(q.BaseRev), q.Force, now)
		if err != nil {
			return nil, err
		}
		return snippets.ToJS(r), nil
	case "reset":
		var q bridge.ResetSnippet
		bridge.Decode(msg, &q)
		return nil, s.Reset(q.Deck, q.ID)
	case "list":
		var q bridge.List
		bridge.Decode(msg, &q)
		rs, err := s.List(q.Deck)
		if err != nil {
			return nil, err
		}
		arr := js.Global().Get("Array").New(len(rs))
		for i, r := range rs {
			arr.SetIndex(i, snippets.ToJS(r))
		}
		return arr, nil
	case "import":
		var q bridge.Import
		bridge.Decode(msg, &q)
		v := msg.Get("records")
		if v.Type() != js.TypeObject || v.Get("length").Type() != js.TypeNumber {
			return nil, errors.New("import: records must be an array")
		}
		rs := make([]snippets.Record, len(q.Records))
		for i, r := range q.Records {
			rs[i] = snippets.FromJS(r.(js.Value))
		}
		n, err := s.Import(rs, now)
		return n, err
	default:
		return nil, errors.New("storage worker: unknown request " + t)
	}
}
