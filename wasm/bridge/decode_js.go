//go:build js && wasm

package bridge

import (
	"reflect"
	"syscall/js"
)

// Decode fills the struct *dst from the plain object v by dst's json
// names, the reverse of Plain for the fields a page -> worker message has
// (strings, numbers, bools, and any, which keeps the js.Value). A field
// that is absent or of another JS type is left zero.
func Decode(v js.Value, dst any) {
	rv := reflect.ValueOf(dst).Elem()
	for _, f := range fieldsOf(rv.Type()) {
		decodeField(v.Get(f.name), rv.Field(f.index))
	}
}

func decodeField(v js.Value, dst reflect.Value) {
	switch dst.Kind() {
	case reflect.String:
		if v.Type() == js.TypeString {
			dst.SetString(v.String())
		}
	case reflect.Bool:
		dst.SetBool(v.Truthy())
	case reflect.Float32, reflect.Float64:
		if v.Type() == js.TypeNumber {
			dst.SetFloat(v.Float())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.Type() == js.TypeNumber {
			dst.SetInt(int64(v.Float()))
		}
	case reflect.Interface:
		if v.Type() != js.TypeUndefined {
			dst.Set(reflect.ValueOf(v))
		}
	case reflect.Slice:
		if v.Type() != js.TypeObject || v.Get("length").Type() != js.TypeNumber {
			return
		}
		n := v.Length()
		s := reflect.MakeSlice(dst.Type(), n, n)
		for i := 0; i < n; i++ {
			decodeField(v.Index(i), s.Index(i))
		}
		dst.Set(s)
	}
}
