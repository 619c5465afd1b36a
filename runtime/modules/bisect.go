package modules

import "github.com/asynchrony/asynchrony/runtime/core"

// bisect in Go (binary searches run in hot loops): bisect_left/right and
// insort_left/right with lo, hi and key, as CPython's _bisect.

func bisectFunc(name string, right, insort bool) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		var a, x, loV, hiV, key core.Value
		if err := th.UnpackArgs(name, args, kw, "a", &a, "x", &x, "lo?", &loV, "hi?", &hiV, "key?", &key); err != nil {
			return core.Value{}, err
		}
		if key.IsNone() {
			key = core.Value{}
		}
		lo, hi := 0, -1
		var err *core.Exception
		if loV.IsValid() {
			if lo, err = th.IndexInt(loV); err != nil {
				return core.Value{}, err
			}
			if lo < 0 {
				return core.Value{}, core.Errorf(core.ValueError, "lo must be non-negative")
			}
		}
		if hiV.IsValid() && !hiV.IsNone() {
			if hi, err = th.IndexInt(hiV); err != nil {
				return core.Value{}, err
			}
		} else {
			n, err := th.Len(a)
			if err != nil {
				return core.Value{}, err
			}
			hi = n
		}
		kx := x
		if insort && key.IsValid() {
			if kx, err = th.Call(key, []core.Value{x}, nil); err != nil {
				return core.Value{}, err
			}
		}
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			item, err := th.GetItem(a, core.Int(int64(mid)))
			if err != nil {
				return core.Value{}, err
			}
			if key.IsValid() {
				if item, err = th.Call(key, []core.Value{item}, nil); err != nil {
					return core.Value{}, err
				}
			}
			var less bool
			if right {
				less, err = th.Less(kx, item) // x < a[mid]: go left
			} else {
				less, err = th.Less(item, kx) // a[mid] < x: go right
			}
			if err != nil {
				return core.Value{}, err
			}
			if right == less {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		if !insort {
			return core.Int(int64(lo)), nil
		}
		if l, ok := a.Obj().(*core.List); ok && a.Type() == core.ListType {
			l.Items = append(l.Items, core.Value{})
			copy(l.Items[lo+1:], l.Items[lo:])
			l.Items[lo] = x
			return core.None, nil
		}
		_, err = th.CallMethodAttr(a, "insert", core.Int(int64(lo)), x)
		return core.None, err
	}
}

func initBisect(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, funcs{
		"bisect_left":  bisectFunc("bisect_left", false, false),
		"bisect_right": bisectFunc("bisect_right", true, false),
		"bisect":       bisectFunc("bisect_right", true, false),
		"insort_left":  bisectFunc("insort_left", false, true),
		"insort_right": bisectFunc("insort_right", true, true),
		"insort":       bisectFunc("insort_right", true, true),
	})
	return nil
}
