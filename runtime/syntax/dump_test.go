package syntax

import (
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// dump renders a node as Name(field=value, ...) with positions, for tests
// and for comparing against CPython's ast module (see testdata/astdump.py).
func dump(n any, pos bool) string {
	var b strings.Builder
	dumpValue(&b, reflect.ValueOf(n), pos)
	return b.String()
}

func dumpValue(b *strings.Builder, v reflect.Value, pos bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		dumpValue(b, v.Elem(), pos)
	case reflect.Slice:
		if v.Type().Elem() == reflect.TypeOf(byte(0)) {
			b.WriteString(strconv.Quote(string(v.Bytes())))
			return
		}
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			dumpValue(b, v.Index(i), pos)
		}
		b.WriteString("]")
	case reflect.Struct:
		t := v.Type()
		if c, ok := v.Interface().(Constant); ok {
			b.WriteString("Constant(V=" + constString(&c) + ")")
			if pos {
				writeLoc(b, c.Loc)
			}
			return
		}
		b.WriteString(t.Name())
		b.WriteString("(")
		first := true
		var loc Loc
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Name == "Loc" {
				loc = v.Field(i).Interface().(Loc)
				continue
			}
			if f.Name == "NamePos" || f.Name == "Filename" {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(f.Name)
			b.WriteString("=")
			dumpValue(b, v.Field(i), pos)
		}
		b.WriteString(")")
		switch t.Name() {
		case "Module", "Arguments", "WithItem", "Comprehension", "MatchCase":
		default:
			if pos {
				writeLoc(b, loc)
			}
		}
	case reflect.String:
		b.WriteString(quoteStr(v.String()))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Uint8:
		if t, ok := v.Interface().(Token); ok {
			b.WriteString(strconv.Quote(t.String()))
			return
		}
		if c, ok := v.Interface().(Ctx); ok {
			b.WriteString(c.String())
			return
		}
		b.WriteString(strconv.Itoa(int(v.Uint())))
	case reflect.Int, reflect.Int64, reflect.Int32:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	default:
		b.WriteString(v.String())
	}
}

func writeLoc(b *strings.Builder, loc Loc) {
	b.WriteString("@" + strconv.Itoa(int(loc.Pos.Line)) + ":" + strconv.Itoa(int(loc.Pos.Col)) + "-" + strconv.Itoa(int(loc.End.Line)) + ":" + strconv.Itoa(int(loc.End.Col)))
}

// quoteStr quotes like testdata/astdump.py: printable ASCII as is, other
// code points as \u{hex}.
func quoteStr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r >= 32 && r < 127 && r != '"' && r != '\\' {
			b.WriteRune(r)
		} else {
			b.WriteString("\\u{" + strconv.FormatInt(int64(r), 16) + "}")
		}
	}
	b.WriteByte('"')
	return b.String()
}

func constString(c *Constant) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstTrue:
		return "True"
	case ConstFalse:
		return "False"
	case ConstEllipsis:
		return "Ellipsis"
	case ConstInt:
		if c.IntText != "" {
			n, _ := new(big.Int).SetString(c.IntText, 0)
			return "int:" + n.String()
		}
		return "int:" + strconv.FormatInt(c.Int, 10)
	case ConstFloat:
		return "float:" + strconv.FormatFloat(c.Float, 'g', 17, 64)
	case ConstImag:
		return "imag:" + strconv.FormatFloat(c.Float, 'g', 17, 64)
	case ConstStr:
		return "str:" + quoteStr(c.Str)
	}
	var b strings.Builder
	b.WriteString("bytes:\"")
	for i := 0; i < len(c.Str); i++ {
		ch := c.Str[i]
		if ch >= 32 && ch < 127 && ch != '"' && ch != '\\' {
			b.WriteByte(ch)
		} else {
			b.WriteString("\\x{" + strconv.FormatInt(int64(ch), 16) + "}")
		}
	}
	b.WriteByte('"')
	return b.String()
}
