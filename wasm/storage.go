//go:build js && wasm

package main

import (
	"context"
	"errors"
	"sync"
	"syscall/js"
	"time"

	"github.com/asynchrony/asynchrony/wasm/snippets"
)

// storage handles {type, req, ...} requests and answers each with
// {type:"reply", req, ok, value} or {type:"reply", req, ok:false, error,
// conflict}. Requests run one at a time, in order, in a goroutine.
//
//	get    {deck, id}                          -> record or null
//	save   {deck, id, code, orig, baseRev, force} -> record (conflict: current record)
//	reset  {deck, id}                          -> null
//	list   {deck}                              -> [record]  (deck "" = all)
//	import {records: [record]}                 -> count
func storage(post func(map[string]any)) func(js.Value) {
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
			reply := js.Global().Get("Object").New()
			reply.Set("type", "reply")
			reply.Set("req", req)
			value, err := any(nil), open()
			if err == nil {
				value, err = serve(store, msg)
			}
			if err != nil {
				reply.Set("ok", false)
				reply.Set("error", err.Error())
				var ce *snippets.ConflictError
				if errors.As(err, &ce) {
					reply.Set("conflict", snippets.ToJS(ce.Current))
				}
			} else {
				reply.Set("ok", true)
				reply.Set("value", value)
			}
			js.Global().Call("postMessage", reply)
		}()
	}
}

func serve(s snippets.Store, msg js.Value) (any, error) {
	now := time.Now().UnixMilli()
	deck, id := str(msg, "deck"), str(msg, "id")
	switch t := str(msg, "type"); t {
	case "get":
		r, ok, err := s.Get(deck, id)
		if err != nil || !ok {
			return nil, err
		}
		return snippets.ToJS(r), nil
	case "save":
		r, err := s.Save(deck, id, str(msg, "code"), str(msg, "orig"), int64(msg.Get("baseRev").Float()), msg.Get("force").Truthy(), now)
		if err != nil {
			return nil, err
		}
		return snippets.ToJS(r), nil
	case "reset":
		return nil, s.Reset(deck, id)
	case "list":
		rs, err := s.List(deck)
		if err != nil {
			return nil, err
		}
		arr := js.Global().Get("Array").New(len(rs))
		for i, r := range rs {
			arr.SetIndex(i, snippets.ToJS(r))
		}
		return arr, nil
	case "import":
		v := msg.Get("records")
		if v.Type() != js.TypeObject || v.Get("length").Type() != js.TypeNumber {
			return nil, errors.New("import: records must be an array")
		}
		rs := make([]snippets.Record, v.Length())
		for i := range rs {
			rs[i] = snippets.FromJS(v.Index(i))
		}
		n, err := s.Import(rs, now)
		return n, err
	default:
		return nil, errors.New("storage worker: unknown request " + t)
	}
}
