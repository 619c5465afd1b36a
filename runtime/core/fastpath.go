package core

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
