package modules

import (
	"github.com/asynchrony/asynchrony/runtime/core"
)

// functools.lru_cache's wrapper in Go (module _functools): memoized
// recursive functions are hot. Keys are made as CPython's _make_key makes
// them; a bounded cache moves hits to the end of its (ordered) dict and
// evicts from the front, so it evicts in CPython's order.

type lruWrapper struct {
	fn           core.Value
	maxsize      int // -1: unbounded
	typed        bool
	kwdMark      core.Value
	infoType     core.Value
	cache        *core.Dict
	hits, misses int64
	dict         *core.Dict // __dict__ (update_wrapper's attributes)
}

// InstanceDict gives the wrapper a __dict__.
func (w *lruWrapper) InstanceDict() *core.Dict { return w.dict }

var lruWrapperType = core.NewStaticType("_lru_cache_wrapper")

func (w *lruWrapper) key(args []core.Value, kw []string) core.Value {
	npos := len(args) - len(kw)
	if len(kw) == 0 && npos == 1 && !w.typed {
		if t := args[0].Type(); t == core.IntType || t == core.StrType {
			return args[0]
		}
	}
	items := append([]core.Value(nil), args[:npos]...)
	if len(kw) > 0 {
		items = append(items, w.kwdMark)
		for i, k := range kw {
			items = append(items, core.NewStr(k), args[npos+i])
		}
	}
	if w.typed {
		for _, a := range args {
			items = append(items, a.Type().Value())
		}
	}
	return core.NewTuple(items)
}

func (w *lruWrapper) call(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if w.maxsize == 0 {
		w.misses++
		return th.Call(w.fn, args, kw)
	}
	key := w.key(args, kw)
	if v, ok, err := w.cache.Get(th, key); err != nil {
		return core.Value{}, err
	} else if ok {
		w.hits++
		if w.maxsize > 0 {
			if _, err := w.cache.Delete(th, key); err != nil {
				return core.Value{}, err
			}
			if err := w.cache.Set(th, key, v); err != nil {
				return core.Value{}, err
			}
		}
		return v, nil
	}
	w.misses++
	r, err := th.Call(w.fn, args, kw)
	if err != nil {
		return core.Value{}, err
	}
	if w.maxsize > 0 {
		if _, ok, err := w.cache.Get(th, key); err != nil || ok {
			// Added by a recursive call meanwhile: keep that entry.
			return r, err
		}
		if w.cache.Len() >= w.maxsize {
			if k, _, _, ok := w.cache.Next(0); ok {
				if _, err := w.cache.Delete(th, k); err != nil {
					return core.Value{}, err
				}
			}
		}
	}
	return r, w.cache.Set(th, key, r)
}

func lruOf(v core.Value) *lruWrapper { return v.Obj().(*lruWrapper) }

// lruMethods and lruFuncs are the method tables of functools' cache
// wrapper: methods without arguments, and those that read their own.
var lruMethods = []core.MethodDef[*lruWrapper]{
	{Name: "cache_info", Min: 0, Max: 0, Fn: lruCacheInfo},
	{Name: "cache_clear", Min: 0, Max: 0, Fn: lruCacheClear},
}

var lruFuncs = []core.FuncDef{
	{Name: "__call__", Fn: lruCall},
	{Name: "__get__", Fn: lruGet},
}

func init() {
	t := lruWrapperType
	t.Module = "functools"
	t.Call = func(th *core.Thread, fn core.Value, args []core.Value, kw []string) (core.Value, *core.Exception) {
		return lruOf(fn).call(th, args, kw)
	}
	core.AddMethods(t, core.ObjectOf[*lruWrapper], lruMethods)
	core.AddFuncs(t, lruFuncs)
	core.AddGetSets(t, lruGetSets)
}

var lruGetSets = []core.GetSetDef{
	{Name: "__dict__", Get: lruDict},
}

func lruDict(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
	return lruOf(self).dict.Value(), nil
}

func lruCall(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return lruOf(args[0]).call(th, args[1:], kw)
}

func lruGet(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if len(args) < 2 || args[1].IsNone() {
		return args[0], nil
	}
	return core.ObjValue(core.MethodType, &core.Method{Func: args[0], Self: args[1]}), nil
}

func lruCacheInfo(th *core.Thread, self core.Value, w *lruWrapper, args []core.Value) (core.Value, *core.Exception) {
	maxsize := core.None
	if w.maxsize >= 0 {
		maxsize = core.Int(int64(w.maxsize))
	}
	return th.Call(w.infoType, []core.Value{core.Int(w.hits), core.Int(w.misses), maxsize, core.Int(int64(w.cache.Len()))}, nil)
}

func lruCacheClear(th *core.Thread, self core.Value, w *lruWrapper, args []core.Value) (core.Value, *core.Exception) {
	w.cache.Clear()
	w.hits, w.misses = 0, 0
	return core.None, nil
}

// _lru_cache_wrapper(user_function, maxsize, typed, kwd_mark, cache_info_type)
func newLRUWrapper(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_lru_cache_wrapper", args, kw, 5, 5); err != nil {
		return core.Value{}, err
	}
	if !core.Callable(args[0]) {
		return core.Value{}, core.Errorf(core.TypeError, "the first argument must be callable")
	}
	w := &lruWrapper{fn: args[0], maxsize: -1, kwdMark: args[3], infoType: args[4],
		cache: core.NewDict(), dict: core.NewDict()}
	if !args[1].IsNone() {
		n, err := th.IndexInt(args[1])
		if err != nil {
			return core.Value{}, err
		}
		w.maxsize = max(n, 0)
	}
	typed, err := th.Truth(args[2])
	if err != nil {
		return core.Value{}, err
	}
	w.typed = typed
	return core.ObjValue(lruWrapperType, w), nil
}

func initFunctoolsBase(th *core.Thread, m *core.Module) *core.Exception {
	m.Dict.SetStr("_lru_cache_wrapper", core.NewBuiltin("_lru_cache_wrapper", newLRUWrapper))
	return nil
}
