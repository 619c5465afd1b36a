package core

import (
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// The builtins that convert or compute on the built-in types: chr, ord,
// hex, oct, bin, format, abs, round, divmod, pow, ascii. The builtins
// module lists them with all other builtin names in
// runtime/modules/builtins.go.

// BuiltinChr is builtins.chr.
func BuiltinChr(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("chr", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	v, err := th.IndexValue(args[0])
	if err != nil {
		return Value{}, err
	}
	if v.o != nil {
		return Value{}, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	x := v.Int64()
	if x < 0 || x > 0x10ffff {
		return Value{}, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	if x < 0x80 {
		return asciiStrs[x], nil
	}
	if x >= 0xd800 && x <= 0xdfff {
		// Lone surrogates cannot be held in UTF-8; keep the replacement.
		return NewStr(string(utf8.RuneError)), nil
	}
	return NewStr(string(rune(x))), nil
}

// BuiltinOrd is builtins.ord.
func BuiltinOrd(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("ord", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	if s, ok := AsStr(args[0]); ok {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || n != len(s) {
			return Value{}, Errorf(TypeError, "ord() expected a character, but string of length %d found", utf8.RuneCountInString(s))
		}
		return Int(int64(r)), nil
	}
	if b, ok := bytesOf(args[0]); ok {
		if len(b.B) != 1 {
			return Value{}, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(b.B))
		}
		return Int(int64(b.B[0])), nil
	}
	return Value{}, Errorf(TypeError, "ord() expected string of length 1, but %s found", args[0].t.Name)
}

// BuiltinHex is builtins.hex.
func BuiltinHex(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return intText(th, "hex", 16, "0x", args, kw)
}

// BuiltinOct is builtins.oct.
func BuiltinOct(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return intText(th, "oct", 8, "0o", args, kw)
}

// BuiltinBin is builtins.bin.
func BuiltinBin(th *Thread, args []Value, kw []string) (Value, *Exception) {
	return intText(th, "bin", 2, "0b", args, kw)
}

// intText is hex, oct and bin: the integer args[0] in base, after prefix.
func intText(th *Thread, name string, base int, prefix string, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount(name, args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	v, err := th.IndexValue(args[0])
	if err != nil {
		return Value{}, err
	}
	var s string
	if b := v.BigInt(); b != nil {
		s = new(big.Int).Abs(b).Text(base)
		if b.Sign() < 0 {
			return NewStr("-" + prefix + s), nil
		}
		return NewStr(prefix + s), nil
	}
	x := v.Int64()
	if x < 0 {
		return NewStr("-" + prefix + strconv.FormatUint(-uint64(x), base)), nil
	}
	return NewStr(prefix + strconv.FormatUint(uint64(x), base)), nil
}

// BuiltinFormat is builtins.format.
func BuiltinFormat(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("format", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := AsStr(args[1])
		if !ok {
			return Value{}, Errorf(TypeError, "format() argument 2 must be str, not %s", args[1].t.Name)
		}
		spec = s
	}
	s, err := th.Format(args[0], spec)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

// BuiltinAbs is builtins.abs.
func BuiltinAbs(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("abs", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	switch v.t {
	case IntType:
		if v.o == nil {
			return intAbs(int64(v.n), nil), nil
		}
		return intAbs(0, v.o.(*big.Int)), nil
	case BoolType:
		return Int(int64(v.n)), nil
	case FloatType:
		return Float(math.Abs(v.Float64())), nil
	}
	r, found, err := th.callMethod(v, "__abs__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, Errorf(TypeError, "bad operand type for abs(): '%s'", v.t.Name)
	}
	return r, nil
}

// BuiltinRound is builtins.round.
func BuiltinRound(th *Thread, args []Value, kw []string) (Value, *Exception) {
	var num, nd Value
	if err := th.UnpackArgs("round", args, kw, "number", &num, "ndigits?", &nd); err != nil {
		return Value{}, err
	}
	if num.t == FloatType && (!nd.IsValid() || nd.IsNone()) {
		return floatRoundInt(num.Float64())
	}
	var r Value
	var found bool
	var err *Exception
	if !nd.IsValid() || nd.IsNone() {
		r, found, err = th.callMethod(num, "__round__")
	} else {
		r, found, err = th.callMethod(num, "__round__", nd)
	}
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, Errorf(TypeError, "type %s doesn't define __round__ method", num.t.Name)
	}
	return r, nil
}

// Divmod is divmod(a, b).
func (th *Thread) Divmod(a, b Value) (Value, *Exception) {
	if (a.t == IntType || a.t == BoolType) && (b.t == IntType || b.t == BoolType) {
		x, xb, _ := intOf(a)
		y, yb, _ := intOf(b)
		q, m, err := intDivMod(x, xb, y, yb, true, true)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{q, m}), nil
	}
	r, err := th.binaryMethods(a, b, "__divmod__", "__rdivmod__")
	if err != nil {
		return Value{}, err
	}
	if r.Is(NotImplemented) {
		return Value{}, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.t.Name, b.t.Name)
	}
	return r, nil
}

// BuiltinDivmod is builtins.divmod.
func BuiltinDivmod(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("divmod", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	return th.Divmod(args[0], args[1])
}

// BuiltinPow is builtins.pow.
func BuiltinPow(th *Thread, args []Value, kw []string) (Value, *Exception) {
	var base, exp, mod Value
	if err := th.UnpackArgs("pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return Value{}, err
	}
	if !mod.IsValid() || mod.IsNone() {
		return th.Binary(Pow, base, exp)
	}
	if x, xb, ok := intOf(base); ok {
		if y, yb, ok := intOf(exp); ok {
			if m, mb, ok := intOf(mod); ok {
				return intPowMod(x, xb, y, yb, m, mb)
			}
		}
	}
	if d, ok := base.t.Lookup("__pow__"); ok && !d.IsNone() {
		r, err := th.callDescr(d, base, []Value{exp, mod}, nil)
		if err != nil {
			return Value{}, err
		}
		if !r.Is(NotImplemented) {
			return r, nil
		}
	}
	return Value{}, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.t.Name, exp.t.Name, mod.t.Name)
}

// BuiltinASCII is builtins.ascii.
func BuiltinASCII(th *Thread, args []Value, kw []string) (Value, *Exception) {
	if err := ArgCount("ascii", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := th.ASCII(args[0])
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}
