package asyncio

import (
	"sort"
	"strings"

	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/trace"
)

// callExceptionHandler is BaseEventLoop.call_exception_handler: the custom
// handler when one is set (falling back to the default one when it
// raises), else the default handler. Only SystemExit and KeyboardInterrupt
// come back as errors.
func (l *Loop) callExceptionHandler(ctx *core.Dict) *core.Exception {
	th := l.th()
	if th.Trace != nil {
		e := trace.Event{Kind: trace.KindException}
		if v, ok := ctx.GetStr("exception"); ok {
			if exc, ok := v.Obj().(*core.Exception); ok {
				e.Value = excSummary(th, exc)
			}
		}
		if e.Value == "" {
			if v, ok := ctx.GetStr("message"); ok {
				e.Value, _ = v.AsStr()
			}
		}
		for _, k := range []string{"task", "future"} {
			if v, ok := ctx.GetStr(k); ok {
				if f := asFuture(v); f != nil {
					if f.task != nil {
						e.Task = f.id
					} else {
						e.Future = f.id
					}
					break
				}
			}
		}
		th.Emit(&e)
	}
	if !l.excHandler.IsValid() || l.excHandler.IsNone() {
		err := l.defaultExceptionHandler(ctx)
		if err != nil && isFatal(err) {
			return err
		}
		if err != nil {
			th.Write(false, "Exception in default exception handler\n"+formatException(th, err))
		}
		return nil
	}
	var err *core.Exception
	if fn := getState(th).internals.callExcHandler; fn.IsValid() {
		_, err = th.Call(fn, []core.Value{l.self, ctx.Value()}, nil)
	} else {
		_, err = th.Call(l.excHandler, []core.Value{l.self, ctx.Value()}, nil)
	}
	if err == nil {
		return nil
	}
	if isFatal(err) {
		return err
	}
	inner := core.NewDict()
	inner.SetStr("message", core.NewStr("Unhandled error in exception handler"))
	inner.SetStr("exception", err.Value())
	inner.SetStr("context", ctx.Value())
	if err2 := l.defaultExceptionHandler(inner); err2 != nil {
		if isFatal(err2) {
			return err2
		}
		th.Write(false, "Exception in default exception handler while handling an unexpected error in custom exception handler\n"+formatException(th, err2))
	}
	return nil
}

// defaultExceptionHandler is BaseEventLoop.default_exception_handler, with
// the output logging's last-resort handler gives it on stderr: the message,
// "key: repr(value)" for the other keys in sorted order, then the
// exception's traceback.
func (l *Loop) defaultExceptionHandler(ctx *core.Dict) *core.Exception {
	th := l.th()
	message := ""
	if v, ok := ctx.GetStr("message"); ok {
		s, err := th.StrOf(v)
		if err != nil {
			return err
		}
		message = s
	}
	if message == "" {
		message = "Unhandled exception in event loop"
	}
	var exc *core.Exception
	if v, ok := ctx.GetStr("exception"); ok {
		exc, _ = v.Obj().(*core.Exception)
	}
	var keys []string
	for _, it := range ctx.Items() {
		k, ok := it.Key.AsStr()
		if !ok {
			return core.Errorf(core.TypeError, "'<' not supported between instances of '%s' and 'str'", core.TypeName(it.Key))
		}
		if k != "message" && k != "exception" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(message)
	for _, k := range keys {
		v, _ := ctx.GetStr(k)
		r, err := th.Repr(v)
		if err != nil {
			return err
		}
		b.WriteString("\n" + k + ": " + r)
	}
	b.WriteString("\n")
	if exc != nil {
		b.WriteString(formatException(th, exc))
	}
	return th.Write(false, b.String())
}

// formatException is the exception with its traceback, as the traceback
// module prints it.
func formatException(th *core.Thread, exc *core.Exception) string {
	return th.FormatException(exc)
}
