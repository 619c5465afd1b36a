package modules

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The array module: array.array of machine values (b B u h H i I l L q Q
// f d, sized as on 64-bit Linux), with CPython's range checks, reprs and
// errors. Items are kept as Python values already converted to the type
// (ints in range, floats rounded to float32 for 'f', one-character strs
// for 'u'); tobytes/frombytes use the little-endian machine layout.

func init() { goModules["array"] = initArray }

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

const arrayTypecodes = "bBuhHiIlLqQfd"

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

// pyArray is an array.array.
type pyArray struct {
	code  byte
	items []core.Value
}

// ArrayType is array.array.
var ArrayType = core.NewStaticType("array")

var (
	int64Max = big.NewInt(math.MaxInt64)
	int64Min = big.NewInt(math.MinInt64)
)

// convert checks and converts one item for the array's typecode.
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

func (a *pyArray) repr(th *core.Thread) (string, *core.Exception) {
	head := "array('" + string(a.code) + "'"
	if len(a.items) == 0 {
		return head + ")", nil
	}
	if a.code == 'u' {
		return head + ", " + core.StrRepr(a.unicode()) + ")", nil
	}
	r, err := th.Repr(core.NewList(a.items))
	if err != nil {
		return "", err
	}
	return head + ", " + r + ")", nil
}

func (a *pyArray) unicode() string {
	var sb strings.Builder
	for _, v := range a.items {
		s, _ := core.AsStr(v)
		sb.WriteString(s)
	}
	return sb.String()
}

func newArray(code byte, items []core.Value) core.Value {
	return core.ObjValue(ArrayType, &pyArray{code: code, items: items})
}

func arrayOf(v core.Value) (*pyArray, bool) {
	a, ok := v.Obj().(*pyArray)
	return a, ok
}

func arraySelf(name string, args []core.Value) (*pyArray, *core.Exception) {
	if len(args) > 0 {
		if a, ok := arrayOf(args[0]); ok {
			return a, nil
		}
	}
	return nil, core.Errorf(core.TypeError, "descriptor '%s' requires a 'array.array' object", name)
}

// arrayMethod wraps a method taking between lo and hi positional arguments.
func arrayMethod(name string, lo, hi int, f func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception)) core.BuiltinFunc {
	return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		a, err := arraySelf(name, args)
		if err != nil {
			return core.Value{}, err
		}
		if err := core.ArgCount(name, args[1:], kw, lo, hi); err != nil {
			return core.Value{}, err
		}
		return f(th, args[0], a, args[1:])
	}
}

// sameKindArray checks the other operand of + and +=.
func sameKindArray(a *pyArray, v core.Value, notArray string) (*pyArray, *core.Exception) {
	b, ok := arrayOf(v)
	if !ok {
		return nil, core.Errorf(core.TypeError, notArray, core.TypeName(v))
	}
	if b.code != a.code {
		return nil, core.Errorf(core.TypeError, "bad argument type for built-in operation")
	}
	return b, nil
}

// setSlice is a[slice] = items (already of the array's type).
func (a *pyArray) setSlice(th *core.Thread, s *core.Slice, items []core.Value) *core.Exception {
	start, stop, step, n, err := th.SliceIndices(s, len(a.items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		rest := append(items, a.items[stop:]...)
		a.items = append(a.items[:start], rest...)
		return nil
	}
	if len(items) != n {
		return core.Errorf(core.ValueError, "attempt to assign array of size %d to extended slice of size %d", len(items), n)
	}
	for k, v := range items {
		a.items[start+k*step] = v
	}
	return nil
}

// repeat is a * n.
func (a *pyArray) repeat(th *core.Thread, nv core.Value) (core.Value, *core.Exception) {
	if !core.IsInt(nv) {
		if _, ok := nv.Type().Lookup("__index__"); !ok {
			// Like CPython's sq_repeat: a class with __rmul__ may still
			// answer; anything else is a bad repeat count.
			if _, ok := nv.Type().Lookup("__rmul__"); ok && !nv.Type().Static {
				return core.NotImplemented, nil
			}
			return core.Value{}, core.Errorf(core.TypeError, "can't multiply sequence by non-int of type '%s'", core.TypeName(nv))
		}
	}
	n, err := th.IndexInt(nv)
	if err != nil {
		return core.Value{}, err
	}
	if n < 0 {
		n = 0
	}
	if len(a.items) > 0 && n > (1<<28)/len(a.items) {
		return core.Value{}, core.Errorf(core.MemoryError, "")
	}
	out := make([]core.Value, 0, len(a.items)*n)
	for k := 0; k < n; k++ {
		out = append(out, a.items...)
	}
	return newArray(a.code, out), nil
}

func arrayNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if len(kw) > 0 {
		return core.Value{}, core.Errorf(core.TypeError, "array.array() takes no keyword arguments")
	}
	args = args[1:]
	if len(args) < 1 || len(args) > 2 {
		if len(args) < 1 {
			return core.Value{}, core.Errorf(core.TypeError, "array() takes at least 1 argument (0 given)")
		}
		return core.Value{}, core.Errorf(core.TypeError, "array() takes at most 2 arguments (%d given)", len(args))
	}
	tc, ok := core.AsStr(args[0])
	if !ok || utf8.RuneCountInString(tc) != 1 {
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "array() argument 1 must be a unicode character, not %s", core.TypeName(args[0]))
		}
		return core.Value{}, core.Errorf(core.TypeError, "array() argument 1 must be a unicode character, not str")
	}
	if len(tc) != 1 || arrayCodes[tc[0]] == nil {
		return core.Value{}, core.Errorf(core.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := &pyArray{code: tc[0]}
	self := core.ObjValue(ArrayType, a)
	if len(args) == 1 {
		return self, nil
	}
	init := args[1]
	if s, ok := core.AsStr(init); ok {
		if a.code != 'u' {
			return core.Value{}, core.Errorf(core.TypeError, "cannot use a str to initialize an array with typecode '%c'", a.code)
		}
		for _, r := range s {
			a.items = append(a.items, core.NewStr(string(r)))
		}
		return self, nil
	}
	switch init.Type() {
	case core.BytesType, core.ByteArrayType:
		b := core.Unwrap(init).Obj().(*core.Bytes).B
		return self, a.frombytes(b)
	}
	if other, ok := arrayOf(init); ok && other.code == 'u' && a.code != 'u' {
		return core.Value{}, core.Errorf(core.TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", a.code)
	}
	vals, err := th.Collect(init)
	if err != nil {
		return core.Value{}, err
	}
	items, err := a.convertAll(th, vals)
	a.items = items
	return self, err
}

func initArray(th *core.Thread, m *core.Module) *core.Exception {
	m.Dict.SetStr("array", ArrayType.Value())
	m.Dict.SetStr("ArrayType", ArrayType.Value())
	m.Dict.SetStr("typecodes", core.NewStr(arrayTypecodes))
	return nil
}

// arrayIndex resolves an item index (negative from the end).
func arrayIndex(th *core.Thread, a *pyArray, v core.Value, msg string) (int, *core.Exception) {
	i, err := th.IndexInt(v)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += len(a.items)
	}
	if i < 0 || i >= len(a.items) {
		return 0, core.Errorf(core.IndexError, "%s", msg)
	}
	return i, nil
}

func (a *pyArray) find(th *core.Thread, v core.Value) (int, *core.Exception) {
	for i, x := range a.items {
		eq, err := th.Equal(x, v)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// compare is array_richcompare: the first differing items decide, then
// the lengths.
func arrayCompare(th *core.Thread, op core.CmpOp, a, b *pyArray) (core.Value, *core.Exception) {
	if (op == core.Eq || op == core.Ne) && len(a.items) != len(b.items) {
		return core.Bool(op == core.Ne), nil
	}
	n := min(len(a.items), len(b.items))
	for i := 0; i < n; i++ {
		eq, err := th.Equal(a.items[i], b.items[i])
		if err != nil {
			return core.Value{}, err
		}
		if !eq {
			if op == core.Eq {
				return core.False, nil
			}
			if op == core.Ne {
				return core.True, nil
			}
			return th.Compare(op, a.items[i], b.items[i])
		}
	}
	la, lb := len(a.items), len(b.items)
	var r bool
	switch op {
	case core.Lt:
		r = la < lb
	case core.Le:
		r = la <= lb
	case core.Eq:
		r = la == lb
	case core.Ne:
		r = la != lb
	case core.Gt:
		r = la > lb
	case core.Ge:
		r = la >= lb
	}
	return core.Bool(r), nil
}

func init() {
	t := ArrayType
	t.Module = "array"
	t.Final = true
	t.AddStaticMethod("__new__", arrayNew)
	t.AddAttr("__hash__", core.None)
	t.AddClassMethod("__class_getitem__", core.ClassGetItem)
	t.AddGetSet("typecode", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		a, _ := arrayOf(self)
		return core.NewStr(string(a.code)), nil
	}, nil)
	t.AddGetSet("itemsize", func(th *core.Thread, self core.Value) (core.Value, *core.Exception) {
		a, _ := arrayOf(self)
		return core.Int(int64(arrayCodes[a.code].size)), nil
	}, nil)
	for name, fn := range arrayMethods() {
		t.AddMethod(name, fn)
	}
	ops := map[string]core.CmpOp{"__lt__": core.Lt, "__le__": core.Le, "__eq__": core.Eq, "__ne__": core.Ne, "__gt__": core.Gt, "__ge__": core.Ge}
	for name, op := range ops {
		t.AddMethod(name, func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			a, err := arraySelf(name, args)
			if err != nil || len(args) != 2 {
				return core.NotImplemented, err
			}
			b, ok := arrayOf(args[1])
			if !ok {
				return core.NotImplemented, nil
			}
			return arrayCompare(th, op, a, b)
		})
	}
}

type arrayFn = func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception)

func arrayMethods() map[string]core.BuiltinFunc {
	m := map[string]core.BuiltinFunc{}
	def := func(name string, lo, hi int, f arrayFn) { m[name] = arrayMethod(name, lo, hi, f) }
	def("__repr__", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		s, err := a.repr(th)
		return core.NewStr(s), err
	})
	def("__len__", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		return core.Int(int64(len(a.items))), nil
	})
	def("__iter__", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		return core.NewTupleIter(append([]core.Value(nil), a.items...)), nil
	})
	def("__contains__", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		i, err := a.find(th, args[0])
		return core.Bool(i >= 0), err
	})
	def("__getitem__", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		if s, ok := args[0].Obj().(*core.Slice); ok && args[0].Type() == core.SliceType {
			start, _, step, n, err := th.SliceIndices(s, len(a.items))
			if err != nil {
				return core.Value{}, err
			}
			out := make([]core.Value, n)
			for i := range out {
				out[i] = a.items[start+i*step]
			}
			return newArray(a.code, out), nil
		}
		i, err := arrayIndex(th, a, args[0], "array index out of range")
		if err != nil {
			return core.Value{}, err
		}
		return a.items[i], nil
	})
	def("__setitem__", 2, 2, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		if s, ok := args[0].Obj().(*core.Slice); ok && args[0].Type() == core.SliceType {
			other, err := sameKindArray(a, args[1], "can only assign array (not \"%s\") to array slice")
			if err != nil {
				return core.Value{}, err
			}
			return core.None, a.setSlice(th, s, append([]core.Value(nil), other.items...))
		}
		i, err := arrayIndex(th, a, args[0], "array assignment index out of range")
		if err != nil {
			return core.Value{}, err
		}
		v, err := a.convert(th, args[1])
		if err != nil {
			return core.Value{}, err
		}
		a.items[i] = v
		return core.None, nil
	})
	def("__delitem__", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		if s, ok := args[0].Obj().(*core.Slice); ok && args[0].Type() == core.SliceType {
			start, _, step, n, err := th.SliceIndices(s, len(a.items))
			if err != nil {
				return core.Value{}, err
			}
			drop := make(map[int]bool, n)
			for k := 0; k < n; k++ {
				drop[start+k*step] = true
			}
			kept := make([]core.Value, 0, len(a.items)-n)
			for i, v := range a.items {
				if !drop[i] {
					kept = append(kept, v)
				}
			}
			a.items = kept
			return core.None, nil
		}
		i, err := arrayIndex(th, a, args[0], "array assignment index out of range")
		if err != nil {
			return core.Value{}, err
		}
		a.items = append(a.items[:i], a.items[i+1:]...)
		return core.None, nil
	})
	def("__add__", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		b, err := sameKindArray(a, args[0], "can only append array (not \"%s\") to array")
		if err != nil {
			return core.Value{}, err
		}
		return newArray(a.code, append(append([]core.Value(nil), a.items...), b.items...)), nil
	})
	def("__iadd__", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		b, err := sameKindArray(a, args[0], "can only extend array with array (not \"%s\")")
		if err != nil {
			return core.Value{}, err
		}
		a.items = append(a.items, b.items...)
		return self, nil
	})
	mul := func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		return a.repeat(th, args[0])
	}
	def("__mul__", 1, 1, mul)
	def("__rmul__", 1, 1, mul)
	def("__imul__", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		r, err := a.repeat(th, args[0])
		if err != nil || r.Is(core.NotImplemented) {
			return r, err
		}
		b, _ := arrayOf(r)
		a.items = b.items
		return self, nil
	})
	def("append", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		v, err := a.convert(th, args[0])
		if err != nil {
			return core.Value{}, err
		}
		a.items = append(a.items, v)
		return core.None, nil
	})
	def("extend", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		if b, ok := arrayOf(args[0]); ok {
			if b.code != a.code {
				return core.Value{}, core.Errorf(core.TypeError, "can only extend with array of same kind")
			}
			a.items = append(a.items, b.items...)
			return core.None, nil
		}
		vals, err := th.Collect(args[0])
		if err != nil {
			return core.Value{}, err
		}
		// Items before a bad one stay appended, as in CPython.
		for _, v := range vals {
			c, err := a.convert(th, v)
			if err != nil {
				return core.Value{}, err
			}
			a.items = append(a.items, c)
		}
		return core.None, nil
	})
	def("insert", 2, 2, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		i, err := th.IndexInt(args[0])
		if err != nil {
			return core.Value{}, err
		}
		v, err := a.convert(th, args[1])
		if err != nil {
			return core.Value{}, err
		}
		n := len(a.items)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		a.items = append(a.items, core.Value{})
		copy(a.items[i+1:], a.items[i:])
		a.items[i] = v
		return core.None, nil
	})
	def("pop", 0, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		if len(a.items) == 0 {
			return core.Value{}, core.Errorf(core.IndexError, "pop from empty array")
		}
		i := len(a.items) - 1
		if len(args) == 1 {
			var err *core.Exception
			if i, err = arrayIndex(th, a, args[0], "pop index out of range"); err != nil {
				return core.Value{}, err
			}
		}
		v := a.items[i]
		a.items = append(a.items[:i], a.items[i+1:]...)
		return v, nil
	})
	def("remove", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		i, err := a.find(th, args[0])
		if err != nil {
			return core.Value{}, err
		}
		if i < 0 {
			return core.Value{}, core.Errorf(core.ValueError, "array.remove(x): x not in array")
		}
		a.items = append(a.items[:i], a.items[i+1:]...)
		return core.None, nil
	})
	def("index", 1, 3, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		start, stop := 0, len(a.items)
		var err *core.Exception
		if len(args) > 1 {
			if start, err = th.IndexInt(args[1]); err != nil {
				return core.Value{}, err
			}
		}
		if len(args) > 2 {
			if stop, err = th.IndexInt(args[2]); err != nil {
				return core.Value{}, err
			}
		}
		n := len(a.items)
		if start < 0 {
			start = max(start+n, 0)
		}
		if stop < 0 {
			stop = max(stop+n, 0)
		}
		for i := start; i < min(stop, n); i++ {
			eq, err := th.Equal(a.items[i], args[0])
			if err != nil {
				return core.Value{}, err
			}
			if eq {
				return core.Int(int64(i)), nil
			}
		}
		return core.Value{}, core.Errorf(core.ValueError, "array.index(x): x not in array")
	})
	def("count", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		c := 0
		for _, x := range a.items {
			eq, err := th.Equal(x, args[0])
			if err != nil {
				return core.Value{}, err
			}
			if eq {
				c++
			}
		}
		return core.Int(int64(c)), nil
	})
	def("reverse", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		for i, j := 0, len(a.items)-1; i < j; i, j = i+1, j-1 {
			a.items[i], a.items[j] = a.items[j], a.items[i]
		}
		return core.None, nil
	})
	def("tobytes", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		return core.NewBytes(a.tobytes()), nil
	})
	def("frombytes", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		switch args[0].Type() {
		case core.BytesType, core.ByteArrayType:
		default:
			if _, ok := arrayOf(args[0]); !ok {
				return core.Value{}, core.Errorf(core.TypeError, "a bytes-like object is required, not '%s'", core.TypeName(args[0]))
			}
			b, _ := arrayOf(args[0])
			return core.None, a.frombytes(b.tobytes())
		}
		b := core.Unwrap(args[0]).Obj().(*core.Bytes).B
		return core.None, a.frombytes(b)
	})
	def("tolist", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		return core.NewList(append([]core.Value(nil), a.items...)), nil
	})
	def("fromlist", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		vals, ok := core.AsList(args[0])
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "arg must be list")
		}
		items, err := a.convertAll(th, vals)
		if err != nil {
			return core.Value{}, err
		}
		a.items = append(a.items, items...)
		return core.None, nil
	})
	def("tounicode", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		if a.code != 'u' {
			return core.Value{}, core.Errorf(core.ValueError, "tounicode() may only be called on unicode type arrays")
		}
		return core.NewStr(a.unicode()), nil
	})
	def("fromunicode", 1, 1, func(th *core.Thread, self core.Value, a *pyArray, args []core.Value) (core.Value, *core.Exception) {
		s, ok := core.AsStr(args[0])
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "fromunicode() argument must be str, not %s", core.TypeName(args[0]))
		}
		if a.code != 'u' {
			return core.Value{}, core.Errorf(core.ValueError, "fromunicode() may only be called on unicode type arrays")
		}
		for _, r := range s {
			a.items = append(a.items, core.NewStr(string(r)))
		}
		return core.None, nil
	})
	def("byteswap", 0, 0, func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		b := a.tobytes()
		size := arrayCodes[a.code].size
		for i := 0; i < len(b); i += size {
			for x, y := i, i+size-1; x < y; x, y = x+1, y-1 {
				b[x], b[y] = b[y], b[x]
			}
		}
		a.items = a.items[:0]
		return core.None, a.frombytes(b)
	})
	cp := func(th *core.Thread, self core.Value, a *pyArray, _ []core.Value) (core.Value, *core.Exception) {
		return newArray(a.code, append([]core.Value(nil), a.items...)), nil
	}
	def("__copy__", 0, 0, cp)
	def("__deepcopy__", 1, 1, cp)
	return m
}
