package modules

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The Go part of the array module (py/array.py holds array.array): typed
// item conversion with CPython's range checks and messages, and the
// machine layout of tobytes/frombytes (b B u h H i I l L q Q f d, sized as
// on 64-bit Linux, little-endian). Items are Python values already
// converted to the type: ints in range, floats rounded to float32 for 'f',
// one-character strs for 'u'.

// arrayCode describes one typecode.
type arrayCode struct {
	size     int
	signed   bool
	min, max *big.Int // integer codes
	overMax  string   // OverflowError messages of the narrow codes
	underMin string
}

var arrayCodes = map[byte]*arrayCode{
	'b': {size: 1, signed: true, overMax: "signed char is greater than maximum", underMin: "signed char is less than minimum"},
	'B': {size: 1, overMax: "unsigned byte integer is greater than maximum", underMin: "unsigned byte integer is less than minimum"},
	'h': {size: 2, signed: true, overMax: "signed short integer is greater than maximum", underMin: "signed short integer is less than minimum"},
	'H': {size: 2, overMax: "unsigned short is greater than maximum", underMin: "unsigned short is less than minimum"},
	'i': {size: 4, signed: true, overMax: "signed integer is greater than maximum", underMin: "signed integer is less than minimum"},
	'I': {size: 4, overMax: "unsigned int is greater than maximum"},
	'l': {size: 8, signed: true},
	'L': {size: 8},
	'q': {size: 8, signed: true},
	'Q': {size: 8},
	'f': {size: 4},
	'd': {size: 8},
	'u': {size: 4},
}

func init() {
	for c, ac := range arrayCodes {
		if c == 'f' || c == 'd' || c == 'u' {
			continue
		}
		bits := uint(ac.size * 8)
		if ac.signed {
			ac.max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
			ac.min = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		} else {
			ac.max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
			ac.min = new(big.Int)
		}
	}
}

// pyArray is the Go side of one array: its typecode and items.
type pyArray struct {
	code  byte
	items []core.Value
}

var (
	int64Max = big.NewInt(math.MaxInt64)
	int64Min = big.NewInt(math.MinInt64)
)

func (a *pyArray) convert(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	switch a.code {
	case 'u':
		if s, ok := core.AsStr(v); ok && utf8.RuneCountInString(s) == 1 {
			return core.NewStr(s), nil
		}
		return core.Value{}, core.Errorf(core.TypeError, "array item must be unicode character")
	case 'f', 'd':
		f, err := th.FloatValue(v)
		if err != nil {
			return core.Value{}, err
		}
		if a.code == 'f' {
			f = float64(float32(f))
		}
		return core.Float(f), nil
	}
	iv, err := th.IndexValue(v)
	if err != nil {
		return core.Value{}, err
	}
	x := iv.BigInt()
	if x == nil {
		x = big.NewInt(iv.Int64())
	}
	ac := arrayCodes[a.code]
	switch a.code {
	case 'q', 'Q':
		if a.code == 'Q' && x.Sign() < 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "can't convert negative int to unsigned")
		}
		if x.Cmp(ac.min) < 0 || x.Cmp(ac.max) > 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "int too big to convert")
		}
	case 'I', 'L':
		if x.Sign() < 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "can't convert negative value to unsigned int")
		}
		if x.Cmp(arrayCodes['L'].max) > 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "Python int too large to convert to C unsigned long")
		}
		if x.Cmp(ac.max) > 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "%s", ac.overMax)
		}
	default:
		// The narrow codes go through a C long first.
		if x.Cmp(int64Min) < 0 || x.Cmp(int64Max) > 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "Python int too large to convert to C long")
		}
		if x.Cmp(ac.max) > 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "%s", ac.overMax)
		}
		if x.Cmp(ac.min) < 0 {
			return core.Value{}, core.Errorf(core.OverflowError, "%s", ac.underMin)
		}
	}
	if x.IsInt64() {
		return core.Int(x.Int64()), nil
	}
	return core.BigInt(x), nil
}

// convertAll converts a sequence of items.
func (a *pyArray) convertAll(th *core.Thread, vals []core.Value) ([]core.Value, *core.Exception) {
	out := make([]core.Value, len(vals))
	for i, v := range vals {
		c, err := a.convert(th, v)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

func (a *pyArray) tobytes() []byte {
	size := arrayCodes[a.code].size
	out := make([]byte, len(a.items)*size)
	for i, v := range a.items {
		p := out[i*size:]
		switch a.code {
		case 'f':
			binary.LittleEndian.PutUint32(p, math.Float32bits(float32(v.Float64())))
		case 'd':
			binary.LittleEndian.PutUint64(p, math.Float64bits(v.Float64()))
		case 'u':
			s, _ := core.AsStr(v)
			r, _ := utf8.DecodeRuneInString(s)
			binary.LittleEndian.PutUint32(p, uint32(r))
		default:
			var u uint64
			if b := v.BigInt(); b != nil {
				u = b.Uint64()
			} else {
				u = uint64(v.Int64())
			}
			for k := 0; k < size; k++ {
				p[k] = byte(u >> (8 * k))
			}
		}
	}
	return out
}

func (a *pyArray) frombytes(b []byte) *core.Exception {
	ac := arrayCodes[a.code]
	if len(b)%ac.size != 0 {
		return core.Errorf(core.ValueError, "bytes length not a multiple of item size")
	}
	for i := 0; i+ac.size <= len(b); i += ac.size {
		p := b[i:]
		var v core.Value
		switch a.code {
		case 'f':
			v = core.Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
		case 'd':
			v = core.Float(math.Float64frombits(binary.LittleEndian.Uint64(p)))
		case 'u':
			r := rune(binary.LittleEndian.Uint32(p))
			if !utf8.ValidRune(r) {
				return core.Errorf(core.ValueError, "character U+%x is not in range [U+0000; U+10ffff]", uint32(r))
			}
			v = core.NewStr(string(r))
		default:
			var u uint64
			for k := ac.size - 1; k >= 0; k-- {
				u = u<<8 | uint64(p[k])
			}
			switch {
			case ac.signed:
				shift := uint(64 - 8*ac.size)
				v = core.Int(int64(u<<shift) >> shift)
			case u > math.MaxInt64:
				v = core.BigInt(new(big.Int).SetUint64(u))
			default:
				v = core.Int(int64(u))
			}
		}
		a.items = append(a.items, v)
	}
	return nil
}

// arrayCode reads a typecode argument of the helpers.
func arrayCodeArg(v core.Value) (*pyArray, *core.Exception) {
	tc, ok := core.AsStr(v)
	if !ok || len(tc) != 1 || arrayCodes[tc[0]] == nil {
		return nil, core.Errorf(core.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	return &pyArray{code: tc[0]}, nil
}

// The helpers behind py/array.py: item conversion (with CPython's range
// checks and messages) and the machine layout, which Python cannot write.
func arrayHelpers() funcs {
	return funcs{
		// _convert(typecode, items: list) -> list of converted items
		"_convert": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("_convert", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			a, err := arrayCodeArg(args[0])
			if err != nil {
				return core.Value{}, err
			}
			vals, ok := core.AsList(args[1])
			if !ok {
				return core.Value{}, core.Errorf(core.TypeError, "_convert: items must be a list")
			}
			out, err := a.convertAll(th, vals)
			if err != nil {
				return core.Value{}, err
			}
			return core.NewList(out), nil
		},
		// _tobytes(typecode, items: list) -> bytes
		"_tobytes": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("_tobytes", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			a, err := arrayCodeArg(args[0])
			if err != nil {
				return core.Value{}, err
			}
			a.items, _ = core.AsList(args[1])
			return core.NewBytes(a.tobytes()), nil
		},
		// _frombytes(typecode, data) -> list of items
		"_frombytes": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("_frombytes", args, kw, 2, 2); err != nil {
				return core.Value{}, err
			}
			a, err := arrayCodeArg(args[0])
			if err != nil {
				return core.Value{}, err
			}
			b, ok := core.Unwrap(args[1]).Obj().(*core.Bytes)
			if !ok {
				return core.Value{}, core.Errorf(core.TypeError, "a bytes-like object is required, not '%s'", core.TypeName(args[1]))
			}
			if err := a.frombytes(b.B); err != nil {
				return core.Value{}, err
			}
			return core.NewList(a.items), nil
		},
	}
}

func initArrayHelpers(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, arrayHelpers())
	sizes := core.NewDict()
	for c, ac := range arrayCodes {
		sizes.SetStr(string(c), core.Int(int64(ac.size)))
	}
	m.Dict.SetStr("_itemsizes", sizes.Value())
	return nil
}
