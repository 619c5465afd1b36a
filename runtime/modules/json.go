package modules

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The engine of the json module (_json): an encoder and a scanner with
// CPython's output format and error messages, standing for CPython's C
// accelerators (c_make_encoder, make_scanner). The Python parts wrap them
// in json's API under CPython's file names and line numbers (see
// initJSONModule), so tracebacks through json read as CPython's.

// jsonSubmodule makes json.decoder / json.encoder: their classes live in
// the json module (one namespace for the three parts).
func jsonSubmodule(names ...string) func(th *core.Thread, m *core.Module) *core.Exception {
	return func(th *core.Thread, m *core.Module) *core.Exception {
		j, err := th.Import("json")
		if err != nil {
			return err
		}
		for _, n := range names {
			if v, ok := j.Dict.GetStr(n); ok {
				m.Dict.SetStr(n, v)
			}
		}
		return nil
	}
}

// jsonParts are json's Python parts, in order, with the CPython file each
// stands for; a line ending in "#@N" is moved to line N (placeLines).
var jsonParts = []struct{ source, file string }{
	{"json_decoder", "<stdlib>/json/decoder.py"},
	{"json_encoder", "<stdlib>/json/encoder.py"},
	{"json", "<stdlib>/json/__init__.py"},
}

var jsonSources = onceValue(func() []string {
	var out []string
	for _, p := range jsonParts {
		out = append(out, placeLines(pySource(p.source)))
	}
	return out
})

func initJSONModule(th *core.Thread, m *core.Module) *core.Exception {
	for i, src := range jsonSources() {
		if err := th.ExecModuleSource(th, m, jsonParts[i].file, src); err != nil {
			return err
		}
	}
	return nil
}

// JSONDecodeErrorType is json.JSONDecodeError (a ValueError); its
// constructor takes (msg, doc, pos) as CPython's.
var JSONDecodeErrorType = func() *core.Type {
	t := core.NewStaticType("JSONDecodeError", core.ValueError)
	t.Base = core.BaseException
	t.Module = "json.decoder"
	t.AddMethod("__init__", jsonDecodeErrorInit)
	return t
}()

func jsonDecodeErrorInit(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var msg, doc, pos core.Value
	if err := th.UnpackArgs("JSONDecodeError", args[1:], kw, "msg", &msg, "doc", &doc, "pos", &pos); err != nil {
		return core.Value{}, err
	}
	m, ok := core.Unwrap(msg).AsStr()
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "msg must be str")
	}
	d, ok := core.Unwrap(doc).AsStr()
	if !ok {
		return core.Value{}, core.Errorf(core.TypeError, "doc must be str")
	}
	p, err := th.IndexInt(pos)
	if err != nil {
		return core.Value{}, err
	}
	e := core.AsException(args[0])
	setDecodeError(e, m, doc, []rune(d), p)
	return core.None, nil
}

// setDecodeError gives e CPython's JSONDecodeError message and attributes.
func setDecodeError(e *core.Exception, msg string, doc core.Value, s []rune, pos int) {
	line := 1
	lastNL := -1
	for i := 0; i < pos && i < len(s); i++ {
		if s[i] == '\n' {
			line++
			lastNL = i
		}
	}
	col := pos - lastNL
	text := msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + " (char " + strconv.Itoa(pos) + ")"
	e.Args = []core.Value{core.NewStr(text)}
	dict := e.GetDict()
	dict.SetStr("msg", core.NewStr(msg))
	dict.SetStr("doc", doc)
	dict.SetStr("pos", core.Int(int64(pos)))
	dict.SetStr("lineno", core.Int(int64(line)))
	dict.SetStr("colno", core.Int(int64(col)))
}

type encoder struct {
	th        *core.Thread
	sb        strings.Builder
	indent    string
	hasIndent bool
	itemSep   string
	keySep    string
	sortKeys  bool
	skipKeys  bool
	ascii     bool
	allowNaN  bool
	circular  bool
	def       core.Value
	stack     map[any]bool
}

func (e *encoder) newline(depth int) {
	if !e.hasIndent {
		return
	}
	e.sb.WriteByte('\n')
	for i := 0; i < depth; i++ {
		e.sb.WriteString(e.indent)
	}
}

func (e *encoder) floatStr(f float64) (string, *core.Exception) {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return "", core.Errorf(core.ValueError, "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return "", core.Errorf(core.ValueError, "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return "", core.Errorf(core.ValueError, "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return e.th.Repr(core.Float(f))
}

func (e *encoder) enter(o any) *core.Exception {
	if !e.circular {
		return nil
	}
	if e.stack[o] {
		return core.Errorf(core.ValueError, "Circular reference detected")
	}
	e.stack[o] = true
	return nil
}

func (e *encoder) leave(o any) {
	if e.circular {
		delete(e.stack, o)
	}
}

func (e *encoder) encode(v core.Value, depth int) *core.Exception {
	th := e.th
	switch {
	case v.IsNone():
		e.sb.WriteString("null")
		return nil
	case v.IsBool():
		if v.Int64() != 0 {
			e.sb.WriteString("true")
		} else {
			e.sb.WriteString("false")
		}
		return nil
	}
	u := core.Unwrap(v)
	switch t := u.Type(); {
	case t == core.StrType:
		s, _ := u.AsStr()
		writeJSONString(&e.sb, s, e.ascii)
		return nil
	case t == core.IntType:
		s, err := th.Repr(u)
		if err != nil {
			return err
		}
		e.sb.WriteString(s)
		return nil
	case t == core.FloatType:
		s, err := e.floatStr(u.Float64())
		if err != nil {
			return err
		}
		e.sb.WriteString(s)
		return nil
	case t == core.ListType || t == core.TupleType:
		items, _ := core.AsList(u)
		if t == core.TupleType {
			items, _ = core.AsTuple(u)
		}
		if len(items) == 0 {
			e.sb.WriteString("[]")
			return nil
		}
		if err := e.enter(u.Obj()); err != nil {
			return err
		}
		e.sb.WriteByte('[')
		e.newline(depth + 1)
		for i, x := range items {
			if i > 0 {
				e.sb.WriteString(e.itemSep)
				e.newline(depth + 1)
			}
			if err := e.encode(x, depth+1); err != nil {
				return err
			}
		}
		e.newline(depth)
		e.sb.WriteByte(']')
		e.leave(u.Obj())
		return nil
	case t == core.DictType:
		d, _ := core.AsDict(u)
		return e.encodeDict(d, depth)
	}
	if !e.def.IsValid() || e.def.IsNone() {
		return core.Errorf(core.TypeError, "Object of type %s is not JSON serializable", v.Type().Name)
	}
	key := v.Obj()
	if key != nil {
		if err := e.enter(key); err != nil {
			return err
		}
	}
	r, err := th.Call(e.def, []core.Value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r, depth); err != nil {
		return err
	}
	if key != nil {
		e.leave(key)
	}
	return nil
}

func (e *encoder) keyStr(k core.Value) (string, bool, *core.Exception) {
	switch {
	case k.IsNone():
		return "null", true, nil
	case k.IsBool():
		if k.Int64() != 0 {
			return "true", true, nil
		}
		return "false", true, nil
	}
	u := core.Unwrap(k)
	switch u.Type() {
	case core.StrType:
		s, _ := u.AsStr()
		return s, true, nil
	case core.IntType:
		s, err := e.th.Repr(u)
		return s, true, err
	case core.FloatType:
		s, err := e.floatStr(u.Float64())
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, core.Errorf(core.TypeError, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *encoder) encodeDict(d *core.Dict, depth int) *core.Exception {
	if d.Len() == 0 {
		e.sb.WriteString("{}")
		return nil
	}
	if err := e.enter(d); err != nil {
		return err
	}
	items := d.Items()
	if e.sortKeys {
		keys := make([]core.Value, len(items))
		for i, it := range items {
			keys[i] = tuple(it.Key, it.Value)
		}
		if err := e.th.SortValues(keys, core.Value{}, false); err != nil {
			return err
		}
		for i, kv := range keys {
			p, _ := core.AsTuple(kv)
			items[i] = core.Item{Key: p[0], Value: p[1]}
		}
	}
	e.sb.WriteByte('{')
	e.newline(depth + 1)
	first := true
	for _, it := range items {
		ks, ok, err := e.keyStr(it.Key)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.sb.WriteString(e.itemSep)
			e.newline(depth + 1)
		}
		first = false
		writeJSONString(&e.sb, ks, e.ascii)
		e.sb.WriteString(e.keySep)
		if err := e.encode(it.Value, depth+1); err != nil {
			return err
		}
	}
	e.newline(depth)
	e.sb.WriteByte('}')
	e.leave(d)
	return nil
}

func writeJSONString(sb *strings.Builder, s string, ascii bool) {
	const hex = "0123456789abcdef"
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			if r < 0x20 || (ascii && r > 0x7e) {
				write := func(u rune) {
					sb.WriteString(`\u`)
					sb.WriteByte(hex[u>>12&0xf])
					sb.WriteByte(hex[u>>8&0xf])
					sb.WriteByte(hex[u>>4&0xf])
					sb.WriteByte(hex[u&0xf])
				}
				if r > 0xffff {
					a, b := utf16.EncodeRune(r)
					write(a)
					write(b)
				} else {
					write(r)
				}
				continue
			}
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('"')
}

// jsonDumps(obj, indent, item_sep, key_sep, sort_keys, skipkeys,
// ensure_ascii, allow_nan, check_circular, default)
func jsonDumps(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_dumps", args, kw, 10, 10); err != nil {
		return core.Value{}, err
	}
	e := &encoder{th: th, stack: map[any]bool{}, def: args[9]}
	if ind := args[1]; !ind.IsNone() {
		e.hasIndent = true
		if s, ok := core.Unwrap(ind).AsStr(); ok {
			e.indent = s
		} else {
			n, err := th.IndexInt(ind)
			if err != nil {
				return core.Value{}, err
			}
			e.indent = strings.Repeat(" ", max(n, 0))
		}
	}
	var ok bool
	if e.itemSep, ok = core.Unwrap(args[2]).AsStr(); !ok {
		return core.Value{}, core.Errorf(core.TypeError, "item separator must be str")
	}
	if e.keySep, ok = core.Unwrap(args[3]).AsStr(); !ok {
		return core.Value{}, core.Errorf(core.TypeError, "key separator must be str")
	}
	flags := make([]bool, 5)
	for i := range flags {
		t, err := th.Truth(args[4+i])
		if err != nil {
			return core.Value{}, err
		}
		flags[i] = t
	}
	e.sortKeys, e.skipKeys, e.ascii, e.allowNaN, e.circular = flags[0], flags[1], flags[2], flags[3], flags[4]
	if err := e.encode(args[0], 0); err != nil {
		return core.Value{}, err
	}
	return core.NewStr(e.sb.String()), nil
}

type decoder struct {
	th        *core.Thread
	s         []rune
	doc       core.Value
	objHook   core.Value
	pairsHook core.Value
	parseF    core.Value
	parseI    core.Value
	parseC    core.Value
	strict    bool
}

func (d *decoder) fail(msg string, pos int) *core.Exception {
	if msg == "Expecting value" {
		// CPython's scanner raises StopIteration(pos) here, which
		// JSONDecoder.raw_decode turns into the JSONDecodeError.
		return core.NewException(core.StopIteration, core.Int(int64(pos)))
	}
	e := core.NewException(JSONDecodeErrorType)
	setDecodeError(e, msg, d.doc, d.s, pos)
	return e
}

func (d *decoder) ws(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (d *decoder) hasPrefix(i int, p string) bool {
	if i+len(p) > len(d.s) {
		return false
	}
	for j, c := range []rune(p) {
		if d.s[i+j] != c {
			return false
		}
	}
	return true
}

func (d *decoder) value(i int) (core.Value, int, *core.Exception) {
	if i >= len(d.s) {
		return core.Value{}, i, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, j, err := d.str(i + 1)
		return core.NewStr(s), j, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return core.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return core.True, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return core.False, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return d.constant("NaN", math.NaN(), i+3)
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return d.constant("Infinity", math.Inf(1), i+8)
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return d.constant("-Infinity", math.Inf(-1), i+9)
	case c == '-' || c >= '0' && c <= '9':
		return d.number(i)
	}
	return core.Value{}, i, d.fail("Expecting value", i)
}

func (d *decoder) constant(name string, f float64, j int) (core.Value, int, *core.Exception) {
	if d.parseC.IsValid() && !d.parseC.IsNone() {
		v, err := d.th.Call(d.parseC, []core.Value{core.NewStr(name)}, nil)
		return v, j, err
	}
	return core.Float(f), j, nil
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (d *decoder) number(i int) (core.Value, int, *core.Exception) {
	start := i
	j := i
	if d.s[j] == '-' {
		j++
	}
	if j >= len(d.s) || !isDigit(d.s[j]) {
		return core.Value{}, i, d.fail("Expecting value", i)
	}
	if d.s[j] == '0' {
		j++
	} else {
		for j < len(d.s) && isDigit(d.s[j]) {
			j++
		}
	}
	isFloat := false
	if j+1 < len(d.s) && d.s[j] == '.' && isDigit(d.s[j+1]) {
		isFloat = true
		j += 2
		for j < len(d.s) && isDigit(d.s[j]) {
			j++
		}
	}
	if j < len(d.s) && (d.s[j] == 'e' || d.s[j] == 'E') {
		k := j + 1
		if k < len(d.s) && (d.s[k] == '+' || d.s[k] == '-') {
			k++
		}
		if k < len(d.s) && isDigit(d.s[k]) {
			for k < len(d.s) && isDigit(d.s[k]) {
				k++
			}
			isFloat = true
			j = k
		}
	}
	text := string(d.s[start:j])
	if isFloat {
		if d.parseF.IsValid() && !d.parseF.IsNone() {
			v, err := d.th.Call(d.parseF, []core.Value{core.NewStr(text)}, nil)
			return v, j, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return core.Value{}, i, d.fail("Expecting value", i)
		}
		return core.Float(f), j, nil
	}
	if d.parseI.IsValid() && !d.parseI.IsNone() {
		v, err := d.th.Call(d.parseI, []core.Value{core.NewStr(text)}, nil)
		return v, j, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return core.Int(n), j, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return core.BigInt(b), j, nil
}

// str parses a string body starting after the opening quote.
func (d *decoder) str(i int) (string, int, *core.Exception) {
	begin := i - 1
	var sb strings.Builder
	for {
		if i >= len(d.s) {
			return "", i, d.fail("Unterminated string starting at", begin)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return sb.String(), i + 1, nil
		case c == '\\':
			i++
			if i >= len(d.s) {
				return "", i, d.fail("Unterminated string starting at", begin)
			}
			switch e := d.s[i]; e {
			case '"', '\\', '/':
				sb.WriteRune(e)
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				r, ok := d.hex4(i + 1)
				if !ok {
					return "", i, d.fail("Invalid \\uXXXX escape", i)
				}
				i += 4
				if r >= 0xd800 && r <= 0xdbff && d.hasPrefix(i+1, "\\u") {
					if r2, ok := d.hex4(i + 3); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
						r = utf16.DecodeRune(r, r2)
						i += 6
					}
				}
				if r >= 0xd800 && r <= 0xdfff {
					r = utf8.RuneError // a lone surrogate cannot be held in a Go string
				}
				sb.WriteRune(r)
			default:
				return "", i, d.fail("Invalid \\escape", i-1)
			}
			i++
		case c < 0x20 && d.strict:
			return "", i, d.fail("Invalid control character at", i)
		default:
			sb.WriteRune(c)
			i++
		}
	}
}

func (d *decoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range d.s[i : i+4] {
		var v rune
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | v
	}
	return r, true
}

func (d *decoder) object(i int) (core.Value, int, *core.Exception) {
	var pairs []core.Item
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(pairs, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return core.Value{}, i, d.fail("Expecting property name enclosed in double quotes", i)
		}
		key, j, err := d.str(i + 1)
		if err != nil {
			return core.Value{}, j, err
		}
		j = d.ws(j)
		if j >= len(d.s) || d.s[j] != ':' {
			return core.Value{}, j, d.fail("Expecting ':' delimiter", j)
		}
		j = d.ws(j + 1)
		v, k, err := d.value(j)
		if err != nil {
			return core.Value{}, k, err
		}
		pairs = append(pairs, core.Item{Key: core.NewStr(key), Value: v})
		k = d.ws(k)
		if k < len(d.s) && d.s[k] == '}' {
			return d.finishObject(pairs, k+1)
		}
		if k >= len(d.s) || d.s[k] != ',' {
			return core.Value{}, k, d.fail("Expecting ',' delimiter", k)
		}
		i = d.ws(k + 1)
	}
}

func (d *decoder) finishObject(pairs []core.Item, j int) (core.Value, int, *core.Exception) {
	if d.pairsHook.IsValid() && !d.pairsHook.IsNone() {
		items := make([]core.Value, len(pairs))
		for i, p := range pairs {
			items[i] = tuple(p.Key, p.Value)
		}
		v, err := d.th.Call(d.pairsHook, []core.Value{core.NewList(items)}, nil)
		return v, j, err
	}
	dict := core.NewDict()
	for _, p := range pairs {
		if err := dict.Set(d.th, p.Key, p.Value); err != nil {
			return core.Value{}, j, err
		}
	}
	if d.objHook.IsValid() && !d.objHook.IsNone() {
		v, err := d.th.Call(d.objHook, []core.Value{dict.Value()}, nil)
		return v, j, err
	}
	return dict.Value(), j, nil
}

func (d *decoder) array(i int) (core.Value, int, *core.Exception) {
	var items []core.Value
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == ']' {
		return core.NewList(items), i + 1, nil
	}
	for {
		v, j, err := d.value(i)
		if err != nil {
			return core.Value{}, j, err
		}
		items = append(items, v)
		j = d.ws(j)
		if j < len(d.s) && d.s[j] == ']' {
			return core.NewList(items), j + 1, nil
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return core.Value{}, j, d.fail("Expecting ',' delimiter", j)
		}
		i = d.ws(j + 1)
	}
}

// jsonMakeScanner(decoder) is CPython's make_scanner: scan_once(s, idx)
// returns (value, end) for the JSON value at idx, with the decoder's
// hooks and strictness as they were when the scanner was made.
func jsonMakeScanner(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_make_scanner", args, kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	ctx := args[0]
	attrs := make([]core.Value, 6)
	for i, name := range []string{"object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant", "strict"} {
		v, err := th.GetAttr(ctx, name)
		if err != nil {
			return core.Value{}, err
		}
		attrs[i] = v
	}
	strict, err := th.Truth(attrs[5])
	if err != nil {
		return core.Value{}, err
	}
	return core.NewBuiltin("scan_once", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("scan_once", args, kw, 2, 2); err != nil {
			return core.Value{}, err
		}
		s, ok := core.Unwrap(args[0]).AsStr()
		if !ok {
			return core.Value{}, core.Errorf(core.TypeError, "first argument must be a string, not %s", args[0].Type().Name)
		}
		idx, err := th.IndexInt(args[1])
		if err != nil {
			return core.Value{}, err
		}
		d := &decoder{th: th, s: []rune(s), doc: args[0], objHook: attrs[0], pairsHook: attrs[1],
			parseF: attrs[2], parseI: attrs[3], parseC: attrs[4], strict: strict}
		if idx < 0 || idx > len(d.s) {
			return core.Value{}, core.NewException(core.StopIteration, core.Int(int64(idx)))
		}
		v, j, err := d.value(idx)
		if err != nil {
			return core.Value{}, err
		}
		return core.NewTuple([]core.Value{v, core.Int(int64(j))}), nil
	}), nil
}

// jsonSkipWS(s, pos) is the end of the JSON whitespace at pos (what
// CPython's decoder gets from its WHITESPACE regular expression).
func jsonSkipWS(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_skip_ws", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	s, _ := core.Unwrap(args[0]).AsStr()
	pos, err := th.IndexInt(args[1])
	if err != nil {
		return core.Value{}, err
	}
	rs := []rune(s)
	d := &decoder{s: rs}
	return core.Int(int64(d.ws(min(max(pos, 0), len(rs))))), nil
}

// jsonMakeEncoder(indent, item_sep, key_sep, sort_keys, skipkeys,
// ensure_ascii, allow_nan, check_circular, default) is CPython's
// c_make_encoder: the returned function encodes (o, level) into a list of
// one string.
func jsonMakeEncoder(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("_make_encoder", args, kw, 9, 9); err != nil {
		return core.Value{}, err
	}
	conf := append([]core.Value(nil), args...)
	return core.NewBuiltin("_iterencode", func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
		if err := core.ArgCount("_iterencode", args, kw, 2, 2); err != nil {
			return core.Value{}, err
		}
		s, err := jsonDumps(th, append([]core.Value{args[0]}, conf...), nil)
		if err != nil {
			return core.Value{}, err
		}
		return core.NewList([]core.Value{s}), nil
	}), nil
}

func initJSON(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, map[string]core.BuiltinFunc{"_make_encoder": jsonMakeEncoder, "_make_scanner": jsonMakeScanner, "_skip_ws": jsonSkipWS})
	m.Dict.SetStr("JSONDecodeError", JSONDecodeErrorType.Value())
	return nil
}
