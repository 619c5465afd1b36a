package core

import (
	"math/big"
	"strconv"
	"strings"
)

// FastBinary does a binary operator directly for exact built-in operands
// (int/bool/float arithmetic, str and list concatenation) without looking
// up dunder methods; ok=false means the operands need the full protocol.
// The abstract operations and the VM call it before th.Binary's dunder
// dispatch.
func FastBinary(op BinOp, a, b Value) (r Value, ok bool, err *Exception) {
	if a.t == StrType && b.t == StrType && op == Add {
		return concatStr(a, a.o.(*Str), b.o.(*Str)), true, nil
	}
	if a.t == ListType && b.t == ListType && op == Add {
		x, y := a.o.(*List).Items, b.o.(*List).Items
		out := make([]Value, 0, len(x)+len(y))
		return NewList(append(append(out, x...), y...)), true, nil
	}
	return NumberBinary(op, a, b)
}

// fastStr is repr() and str() of small ints, bools, floats and None,
// which are the same and need no method lookup.
func fastStr(v Value) (string, bool) {
	switch v.t {
	case IntType:
		if v.o == nil {
			return strconv.FormatInt(int64(v.n), 10), true
		}
	case FloatType:
		return floatRepr(v.Float64()), true
	case BoolType:
		if v.n != 0 {
			return "True", true
		}
		return "False", true
	case NoneType:
		return "None", true
	}
	return "", false
}

// fastGetItem is v[k] for exact dicts, lists, tuples and strs.
func (th *Thread) fastGetItem(v, k Value) (Value, bool, *Exception) {
	switch v.t {
	case DictType:
		r, err := th.DictGetItem(v, v.o.(*Dict), k)
		return r, true, err
	case ListType:
		r, err := th.listGetItem(v, v.o.(*List), k)
		return r, true, err
	case TupleType:
		r, err := th.tupleGetItem(v, v.o.(*Tuple), k)
		return r, true, err
	case StrType:
		r, err := th.strGetItem(v, v.o.(*Str), k)
		return r, true, err
	}
	return Value{}, false, nil
}

// fastSetItem is v[k] = x for exact dicts and lists.
func (th *Thread) fastSetItem(v, k, x Value) (bool, *Exception) {
	switch v.t {
	case DictType:
		return true, v.o.(*Dict).Set(th, k, x)
	case ListType:
		return true, th.listSetItem(v.o.(*List), k, x)
	}
	return false, nil
}

// fastFormat is format(v, spec) for exact ints, floats and strs without a
// __format__ method call (f-strings format these all the time).
func fastFormat(v Value, spec string) (string, bool, *Exception) {
	var r string
	var ferr *fmtError
	switch v.t {
	case IntType:
		var b *big.Int
		if v.o != nil {
			b = v.o.(*big.Int)
		}
		if b != nil && b.BitLen() > 2126 {
			// May pass the thread's digit limit: int.__format__ checks it.
			return "", false, nil
		}
		if spec == "" {
			if b == nil {
				return strconv.FormatInt(int64(v.n), 10), true, nil
			}
			return b.String(), true, nil
		}
		r, ferr = formatIntSpec(int64(v.n), b, spec, "int", 0)
	case FloatType:
		if spec == "" {
			return floatRepr(v.Float64()), true, nil
		}
		r, ferr = formatFloatSpec(v.Float64(), spec, "float")
	case StrType:
		r, ferr = formatStrSpec(v.o.(*Str).S, spec, "str")
	default:
		return "", false, nil
	}
	if ferr != nil {
		return "", true, fmtException(ferr)
	}
	return r, true, nil
}

// fastContains is `x in c` for exact sets, frozensets, lists, tuples and
// strs.
func (th *Thread) fastContains(c, x Value) (bool, bool, *Exception) {
	switch c.t {
	case SetType, FrozenSetType:
		k, h, err := setKeyArg(th, x)
		if err != nil {
			return false, true, err
		}
		_, found, err := c.o.(*Set).lookkey(th, k, h)
		return found, true, err
	case ListType, TupleType:
		items := th.seqItems(c)
		for i := 0; i < len(items); i++ {
			eq, err := th.Equal(items[i], x)
			if err != nil || eq {
				return eq, true, err
			}
			if c.t == ListType {
				items = c.o.(*List).Items // __eq__ may have changed the list
			}
		}
		return false, true, nil
	case StrType:
		if x.t == StrType {
			return strings.Contains(c.o.(*Str).S, x.o.(*Str).S), true, nil
		}
	}
	return false, false, nil
}
