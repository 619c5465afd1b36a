package modules

import "github.com/asynchrony/asynchrony/runtime/core"

// contextvars: the types live in core (the current context belongs to
// the Thread, and asyncio runs tasks and callbacks in their contexts).

func initContextvars(th *core.Thread, m *core.Module) *core.Exception {
	d := m.Dict
	d.SetStr("Context", core.ContextType.Value())
	d.SetStr("ContextVar", core.ContextVarType.Value())
	d.SetStr("Token", core.TokenType.Value())
	d.SetStr("copy_context", core.NewBuiltin("copy_context", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("copy_context", args, kw, 0, 0); err != nil {
			return core.Value{}, err
		}
		return th.Ctx.Copy().Value(), nil
	}))
	d.SetStr("__all__", core.NewTuple([]core.Value{core.NewStr("Context"), core.NewStr("ContextVar"), core.NewStr("Token"), core.NewStr("copy_context")}))
	return nil
}
