package syntax

import (
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
		if v.Type().Elem().Kind() == reflect.Uint8 {
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
		if pos && t.Name() != "Module" {
			b.WriteString("@" + strconv.Itoa(int(loc.Pos.Line)) + ":" + strconv.Itoa(int(loc.Pos.Col)) + "-" + strconv.Itoa(int(loc.End.Line)) + ":" + strconv.Itoa(int(loc.End.Col)))
		}
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
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
