package modules

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asynchrony/asynchrony/runtime/core"
	"github.com/asynchrony/asynchrony/runtime/regex"
)

// The re module: re.Pattern, re.Match and the finditer iterator in Go over
// the runtime/regex engine (module _re, CPython's _sre), and re's Python
// part (py/re.py: the module functions, flags, re.error, the replacement
// templates) run as "<stdlib>/re/__init__.py".

// re's Python modules run as CPython's files (stdlibModule): _re_compiler
// and _re_parser stand in for re._compiler and re._parser in tracebacks of
// pattern errors (see py/re_parser.py).

var (
	// PatternType is re.Pattern.
	PatternType = newReType("Pattern")
	// MatchType is re.Match.
	MatchType = newReType("Match")
	// reIterType is what finditer returns (CPython's callable_iterator).
	reIterType = newIterType("callable_iterator", "builtins")
)

func newReType(name string) *core.Type {
	t := core.NewStaticType(name)
	t.Module = "re"
	return t
}

// rePattern is a compiled pattern.
type rePattern struct {
	prog    *regex.Prog
	pattern core.Value // the str or bytes it was compiled from
	flags   int
	index   *core.Dict // group name -> number
	m       *regex.Machine

	// The last subject, converted to code points once for the calls of a
	// loop (finditer, and sub or split with a function).
	lastStr   *core.Str
	lastBytes []byte
	lastRunes []rune

	subxCache map[string]core.Value // template -> re._subx's result
}

type reMatch struct {
	pat         *rePattern
	patV        core.Value
	str         core.Value // the subject as given
	subj        []rune
	isText      bool
	caps        []int
	lastIndex   int
	pos, endpos int
}

// reChecker charges the matcher's steps to the run (8 matcher steps for
// one interpreter step) and stops it on the step budget, the memory limit
// or Stop.
func reChecker(th *core.Thread) regex.Checker {
	return func(n int) error {
		if err := th.CheckLimits(int64(n / 8)); err != nil {
			return reStop{err}
		}
		return nil
	}
}

type reStop struct{ e *core.Exception }

func (s reStop) Error() string { return "re: stopped" }

// subject converts a subject to code points (bytes: one per byte), with
// the type checks of _sre's getstring.
func (p *rePattern) subject(v core.Value) ([]rune, *core.Exception) {
	u := core.Unwrap(v)
	switch u.Type() {
	case core.StrType:
		if !p.prog.IsText {
			return nil, core.Errorf(core.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		s := u.Obj().(*core.Str)
		if s == p.lastStr {
			return p.lastRunes, nil
		}
		rs := []rune(s.S)
		p.lastStr, p.lastBytes, p.lastRunes = s, nil, rs
		return rs, nil
	case core.BytesType, core.ByteArrayType:
		if p.prog.IsText {
			return nil, core.Errorf(core.TypeError, "cannot use a string pattern on a bytes-like object")
		}
		b := u.Obj().(*core.Bytes).B
		if p.lastBytes != nil && len(b) == len(p.lastBytes) && (len(b) == 0 || &b[0] == &p.lastBytes[0]) && u.Type() == core.BytesType {
			return p.lastRunes, nil
		}
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		p.lastStr, p.lastBytes, p.lastRunes = nil, b, rs
		return rs, nil
	}
	return nil, core.Errorf(core.TypeError, "expected string or bytes-like object, got '%s'", core.TypeName(v))
}

func (p *rePattern) exec(th *core.Thread, subj []rune, pos, endpos int, mode regex.Mode, mustAdvance bool) (*regex.Result, *core.Exception) {
	r, err := p.m.Exec(subj, pos, endpos, mode, mustAdvance, reChecker(th))
	if err != nil {
		if s, ok := err.(reStop); ok {
			return nil, s.e
		}
		return nil, core.Errorf(core.RuntimeError, "%s", err.Error())
	}
	return r, nil
}

// slice is the subject's [a:b] as str or bytes (_sre's getslice).
func sliceSubject(isText bool, subj []rune, a, b int) core.Value {
	if isText {
		return core.NewStr(string(subj[a:b]))
	}
	bs := make([]byte, b-a)
	for i := range bs {
		bs[i] = byte(subj[a+i])
	}
	return core.NewBytes(bs)
}

func (p *rePattern) newMatch(patV, str core.Value, subj []rune, r *regex.Result, pos, endpos int) core.Value {
	return core.ObjValue(MatchType, &reMatch{pat: p, patV: patV, str: str, subj: subj, isText: p.prog.IsText,
		caps: r.Caps, lastIndex: r.LastIndex, pos: pos, endpos: endpos})
}

// clampPos applies _sre's state_init bounds to pos and endpos.
func clampPos(pos, endpos, n int) (int, int) {
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	return pos, endpos
}

func patternSelf(args []core.Value) *rePattern { return patternOf(args[0]) }

func matchSelf(args []core.Value) *reMatch { return matchOf(args[0]) }

// posArgs unpacks (string, pos=0, endpos=maxsize) and returns the
// subject searched, with pos and endpos clamped to it.
func (p *rePattern) posArgs(th *core.Thread, fname string, args []core.Value, kw []string) (core.Value, []rune, int, int, *core.Exception) {
	var s, posV, endV core.Value
	if err := th.UnpackArgs(fname, args, kw, "string", &s, "pos?", &posV, "endpos", &endV); err != nil {
		return core.Value{}, nil, 0, 0, err
	}
	pos, err := optIndex(th, posV, 0)
	if err != nil {
		return core.Value{}, nil, 0, 0, err
	}
	endpos, err := optIndex(th, endV, int(^uint(0)>>1))
	if err != nil {
		return core.Value{}, nil, 0, 0, err
	}
	subj, err := p.subject(s)
	if err != nil {
		return core.Value{}, nil, 0, 0, err
	}
	pos, endpos = clampPos(pos, endpos, len(subj))
	return s, subj, pos, endpos, nil
}

// optIndex is an optional integer argument, def when absent.
func optIndex(th *core.Thread, v core.Value, def int) (int, *core.Exception) {
	if v.Type() == nil {
		return def, nil
	}
	return th.IndexInt(v)
}

func patternMatch(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return patternExec(th, args, kw, "match", regex.ModeMatch)
}

func patternFullmatch(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return patternExec(th, args, kw, "fullmatch", regex.ModeFullMatch)
}

func patternSearch(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return patternExec(th, args, kw, "search", regex.ModeSearch)
}

// patternExec is match, fullmatch and search.
func patternExec(th *core.Thread, args []core.Value, kw []string, name string, mode regex.Mode) (core.Value, *core.Exception) {
	p := patternSelf(args)
	s, subj, pos, endpos, err := p.posArgs(th, name, args[1:], kw)
	if err != nil {
		return core.Value{}, err
	}
	r, err := p.exec(th, subj, pos, endpos, mode, false)
	if err != nil || r == nil {
		return core.None, err
	}
	return p.newMatch(args[0], s, subj, r, pos, endpos), nil
}

// scan calls f for each match of a finditer-style loop (an empty match
// must be followed by a match that does not start there empty); f
// returns false to stop.
func (p *rePattern) scan(th *core.Thread, subj []rune, pos, endpos int, f func(r *regex.Result) (bool, *core.Exception)) *core.Exception {
	mustAdv := false
	for pos <= endpos {
		r, err := p.exec(th, subj, pos, endpos, regex.ModeSearch, mustAdv)
		if err != nil || r == nil {
			return err
		}
		more, err := f(r)
		if err != nil || !more {
			return err
		}
		mustAdv = r.Caps[0] == r.Caps[1]
		pos = r.Caps[1]
	}
	return nil
}

// groupSlice is a group's text, or def when it did not take part.
func groupSlice(isText bool, subj []rune, caps []int, g int, def core.Value) core.Value {
	a, b := caps[2*g], caps[2*g+1]
	if a < 0 || b < 0 {
		return def
	}
	return sliceSubject(isText, subj, a, b)
}

func patternFindall(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	p := patternSelf(args)
	_, subj, pos, endpos, err := p.posArgs(th, "findall", args[1:], kw)
	if err != nil {
		return core.Value{}, err
	}
	isText := p.prog.IsText
	empty := sliceSubject(isText, subj, 0, 0)
	var out []core.Value
	err = p.scan(th, subj, pos, endpos, func(r *regex.Result) (bool, *core.Exception) {
		switch p.prog.Groups {
		case 0:
			out = append(out, sliceSubject(isText, subj, r.Caps[0], r.Caps[1]))
		case 1:
			out = append(out, groupSlice(isText, subj, r.Caps, 1, empty))
		default:
			items := make([]core.Value, p.prog.Groups)
			for g := range items {
				items[g] = groupSlice(isText, subj, r.Caps, g+1, empty)
			}
			out = append(out, core.NewTuple(items))
		}
		return true, nil
	})
	if err != nil {
		return core.Value{}, err
	}
	return core.NewList(out), nil
}

// reIter is finditer's iterator.
type reIter struct {
	p       *rePattern
	patV, s core.Value
	subj    []rune
	pos     int
	endpos  int
	origPos int
	mustAdv bool
	done    bool
}

func (it *reIter) Next(th *core.Thread) (core.Value, bool, *core.Exception) {
	if it.done || it.pos > it.endpos {
		return core.Value{}, false, nil
	}
	r, err := it.p.exec(th, it.subj, it.pos, it.endpos, regex.ModeSearch, it.mustAdv)
	if err != nil {
		return core.Value{}, false, err
	}
	if r == nil {
		it.done = true
		return core.Value{}, false, nil
	}
	it.mustAdv = r.Caps[0] == r.Caps[1]
	it.pos = r.Caps[1]
	return it.p.newMatch(it.patV, it.s, it.subj, r, it.origPos, it.endpos), true, nil
}

func patternFinditer(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	p := patternSelf(args)
	s, subj, pos, endpos, err := p.posArgs(th, "finditer", args[1:], kw)
	if err != nil {
		return core.Value{}, err
	}
	return core.ObjValue(reIterType, &reIter{p: p, patV: args[0], s: s, subj: subj, pos: pos, endpos: endpos, origPos: pos}), nil
}

func patternSplit(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	p := patternSelf(args)
	var s, maxV core.Value
	if err := th.UnpackArgs("split", args[1:], kw, "string", &s, "maxsplit?", &maxV); err != nil {
		return core.Value{}, err
	}
	maxsplit, err := optIndex(th, maxV, 0)
	if err != nil {
		return core.Value{}, err
	}
	subj, err := p.subject(s)
	if err != nil {
		return core.Value{}, err
	}
	isText := p.prog.IsText
	var out []core.Value
	last, n := 0, 0
	if maxsplit >= 0 {
		err = p.scan(th, subj, 0, len(subj), func(r *regex.Result) (bool, *core.Exception) {
			if maxsplit != 0 && n >= maxsplit {
				return false, nil
			}
			out = append(out, sliceSubject(isText, subj, last, r.Caps[0]))
			for g := 1; g <= p.prog.Groups; g++ {
				out = append(out, groupSlice(isText, subj, r.Caps, g, core.None))
			}
			n++
			last = r.Caps[1]
			return maxsplit == 0 || n < maxsplit, nil
		})
		if err != nil {
			return core.Value{}, err
		}
	}
	out = append(out, sliceSubject(isText, subj, last, len(subj)))
	return core.NewList(out), nil
}

func patternSub(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return patternSubx(th, args, kw, "sub", false)
}

func patternSubn(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	return patternSubx(th, args, kw, "subn", true)
}

// patternSubx is sub and subn (_sre's pattern_subx).
func patternSubx(th *core.Thread, args []core.Value, kw []string, name string, withCount bool) (core.Value, *core.Exception) {
	p := patternSelf(args)
	var repl, s, countV core.Value
	if err := th.UnpackArgs(name, args[1:], kw, "repl", &repl, "string", &s, "count?", &countV); err != nil {
		return core.Value{}, err
	}
	count, err := optIndex(th, countV, 0)
	if err != nil {
		return core.Value{}, err
	}
	subj, err := p.subject(s)
	if err != nil {
		return core.Value{}, err
	}
	var filter core.Value
	literal, isLiteral := core.Value{}, false
	if core.Callable(repl) {
		filter = repl
	} else {
		if hasNoBackslash(repl) {
			literal, isLiteral = repl, true
		} else {
			f, err := p.subx(th, args[0], repl)
			if err != nil {
				return core.Value{}, err
			}
			if core.Callable(f) {
				filter = f
			} else {
				literal, isLiteral = f, true
			}
		}
	}
	isText := p.prog.IsText
	var parts []core.Value
	last, n := 0, 0
	err = p.scan(th, subj, 0, len(subj), func(r *regex.Result) (bool, *core.Exception) {
		if count > 0 && n >= count || count < 0 {
			return false, nil
		}
		if last < r.Caps[0] {
			parts = append(parts, sliceSubject(isText, subj, last, r.Caps[0]))
		}
		if isLiteral {
			parts = append(parts, literal)
		} else {
			item, err := th.Call(filter, []core.Value{p.newMatch(args[0], s, subj, r, 0, len(subj))}, nil)
			if err != nil {
				return false, err
			}
			if !item.IsNone() {
				parts = append(parts, item)
			}
		}
		last = r.Caps[1]
		n++
		return count == 0 || n < count, nil
	})
	if err != nil {
		return core.Value{}, err
	}
	if last < len(subj) {
		parts = append(parts, sliceSubject(isText, subj, last, len(subj)))
	}
	joined, err := joinParts(isText, parts)
	if err != nil {
		return core.Value{}, err
	}
	if withCount {
		return core.NewTuple([]core.Value{joined, core.Int(int64(n))}), nil
	}
	return joined, nil
}

// subx is re._subx(pattern, template): the replacement for a template
// with backslashes, a string or a function of the match. Results for str
// and bytes templates are kept (re keeps them in _compile_repl's cache).
func (p *rePattern) subx(th *core.Thread, patV, tmpl core.Value) (core.Value, *core.Exception) {
	key, cacheable := "", false
	if u := core.Unwrap(tmpl); u.Type() == core.StrType {
		s, _ := u.AsStr()
		key, cacheable = "s"+s, true
	} else if u.Type() == core.BytesType {
		key, cacheable = "b"+string(u.Obj().(*core.Bytes).B), true
	}
	if f, ok := p.subxCache[key]; ok && cacheable {
		return f, nil
	}
	re, err := th.Import("re")
	if err != nil {
		return core.Value{}, err
	}
	subx, err := th.GetAttr(re.Value(), "_subx")
	if err != nil {
		return core.Value{}, err
	}
	f, err := th.Call(subx, []core.Value{patV, tmpl}, nil)
	if err != nil || !cacheable {
		return f, err
	}
	if p.subxCache == nil || len(p.subxCache) >= 64 {
		p.subxCache = map[string]core.Value{}
	}
	p.subxCache[key] = f
	return f, nil
}

func hasNoBackslash(v core.Value) bool {
	u := core.Unwrap(v)
	if s, ok := u.AsStr(); ok {
		return !strings.Contains(s, `\`)
	}
	if u.Type() == core.BytesType || u.Type() == core.ByteArrayType {
		return !strings.Contains(string(u.Obj().(*core.Bytes).B), `\`)
	}
	return false
}

// joinParts is "".join(parts) (or b"".join), with join's errors.
func joinParts(isText bool, parts []core.Value) (core.Value, *core.Exception) {
	if isText {
		var b strings.Builder
		for i, v := range parts {
			s, ok := core.Unwrap(v).AsStr()
			if !ok {
				return core.Value{}, core.Errorf(core.TypeError, "sequence item %d: expected str instance, %s found", i, core.TypeName(v))
			}
			b.WriteString(s)
		}
		return core.NewStr(b.String()), nil
	}
	var out []byte
	for i, v := range parts {
		u := core.Unwrap(v)
		if u.Type() != core.BytesType && u.Type() != core.ByteArrayType {
			return core.Value{}, core.Errorf(core.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, core.TypeName(v))
		}
		out = append(out, u.Obj().(*core.Bytes).B...)
	}
	return core.NewBytes(out), nil
}

var reFlagNames = []struct {
	name string
	bit  int
}{
	{"TEMPLATE", regex.FlagTemplate}, {"IGNORECASE", regex.FlagIgnoreCase}, {"LOCALE", regex.FlagLocale},
	{"MULTILINE", regex.FlagMultiline}, {"DOTALL", regex.FlagDotAll}, {"UNICODE", regex.FlagUnicode},
	{"VERBOSE", regex.FlagVerbose}, {"DEBUG", regex.FlagDebug}, {"ASCII", regex.FlagASCII},
}

func patternRepr(th *core.Thread, self core.Value, p *rePattern, args []core.Value) (core.Value, *core.Exception) {
	r, err := th.Repr(p.pattern)
	if err != nil {
		return core.Value{}, err
	}
	r = truncRunes(r, 200)
	flags := p.flags
	if p.prog.IsText && flags&(regex.FlagLocale|regex.FlagUnicode|regex.FlagASCII) == regex.FlagUnicode {
		flags &^= regex.FlagUnicode
	}
	var names []string
	for _, f := range reFlagNames {
		if flags&f.bit != 0 {
			names = append(names, "re."+f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strconv.FormatInt(int64(flags), 16))
	}
	if len(names) == 0 {
		return core.NewStr("re.compile(" + r + ")"), nil
	}
	return core.NewStr("re.compile(" + r + ", " + strings.Join(names, "|") + ")"), nil
}

func truncRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// reCompile(pattern, flags) compiles a str or bytes pattern: a Pattern,
// or, when there are warnings to issue or an error to raise, the tuple
// (Pattern or None, error kind or None, message, position, warnings,
// CPython's frames for the error or None) for the caller (the position is
// None when CPython gives none; the kind is "" for re.error).
func reCompile(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("compile", args, kw, 2, 2); err != nil {
		return core.Value{}, err
	}
	flags, err := th.IndexInt(args[1])
	if err != nil {
		return core.Value{}, err
	}
	u := core.Unwrap(args[0])
	var src []rune
	isText := true
	if s, ok := u.AsStr(); ok {
		src = []rune(s)
	} else if u.Type() == core.BytesType {
		isText = false
		for _, c := range u.Obj().(*core.Bytes).B {
			src = append(src, rune(c))
		}
	} else {
		return core.Value{}, core.Errorf(core.TypeError, "first argument must be string or compiled pattern")
	}
	prog, warnings, perr := regex.Compile(src, isText, flags)
	pat := core.None
	if prog != nil {
		index := core.NewDict()
		for _, name := range prog.GroupNames {
			index.SetStr(name, core.Int(int64(prog.GroupIndex[name])))
		}
		pat = core.ObjValue(PatternType, &rePattern{prog: prog, pattern: args[0], flags: prog.Flags, index: index, m: regex.NewMachine(prog)})
		if len(warnings) == 0 {
			return pat, nil
		}
	}
	// (pattern or None, error type or None, message, position, warnings)
	var ws []core.Value
	for _, w := range warnings {
		ws = append(ws, core.NewTuple([]core.Value{core.NewStr(w.Category), core.NewStr(w.Msg)}))
	}
	kind, msg, pos, trace := core.None, core.None, core.None, core.None
	if perr != nil {
		kind, msg = core.NewStr(perr.Kind), core.NewStr(perr.Msg)
		if perr.Pos >= 0 {
			pos = core.Int(int64(perr.Pos))
		}
		if perr.Trace != nil {
			var fs []core.Value
			for _, f := range perr.Trace {
				fs = append(fs, core.NewTuple([]core.Value{core.NewStr(f.Fn), core.Int(int64(f.Line))}))
			}
			trace = core.NewList(fs)
		}
	}
	return core.NewTuple([]core.Value{pat, kind, msg, pos, core.NewList(ws), trace}), nil
}

// reTrace steers the stand-ins of re._parser and re._compiler along the
// frames of an error: hop (bound to the names those call) calls the
// function of the next frame when called from the current frame's line,
// and does nothing otherwise; at(N) tells a guard whether line N raises.
type reTrace struct {
	funcs []core.Value
	lines []int
	k     int
	exc   core.Value
	any   core.Value
	// guards are the lines of "if not source.match(...)" before a raise;
	// elsewhere a match that does nothing answers False.
	guards map[int]bool
}

func (t *reTrace) builtins() map[string]core.BuiltinFunc {
	return map[string]core.BuiltinFunc{
		"begin": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("begin", args, kw, 5, 5); err != nil {
				return core.Value{}, err
			}
			fl, ok := core.Unwrap(args[0]).Obj().(*core.List)
			ll, ok2 := core.Unwrap(args[1]).Obj().(*core.List)
			if !ok || !ok2 || len(fl.Items) != len(ll.Items) || len(fl.Items) == 0 {
				return core.Value{}, core.Errorf(core.TypeError, "begin() takes two lists of frames")
			}
			t.funcs, t.lines, t.k, t.exc, t.any = append([]core.Value(nil), fl.Items...), nil, 0, args[2], args[3]
			for _, v := range ll.Items {
				n, err := th.IndexInt(v)
				if err != nil {
					return core.Value{}, err
				}
				t.lines = append(t.lines, n)
			}
			t.guards = map[int]bool{}
			if gl, ok := core.Unwrap(args[4]).Obj().(*core.List); ok {
				for _, v := range gl.Items {
					if n, err := th.IndexInt(v); err == nil {
						t.guards[n] = true
					}
				}
			}
			return core.None, nil
		},
		"hop": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if t.k+1 < len(t.lines) {
				if f := th.CurrentFrame(); f != nil && f.Line() == t.lines[t.k] {
					t.k++
					return th.Call(t.funcs[t.k], args, kw)
				}
			}
			if t.any.Type() == nil {
				return core.None, nil
			}
			return t.any, nil
		},
		// hopmatch is hop for source.match: doing nothing, it answers
		// False, or at a guard whether the raise on the next line is not
		// the one to run.
		"hopmatch": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if t.k < len(t.lines) {
				if f := th.CurrentFrame(); f != nil {
					if f.Line() == t.lines[t.k] && t.k+1 < len(t.lines) {
						t.k++
						return th.Call(t.funcs[t.k], args, kw)
					}
					if t.guards[f.Line()] {
						return core.Bool(t.lines[t.k] != f.Line()+1), nil
					}
					return core.False, nil
				}
			}
			return core.True, nil
		},
		"at": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount("at", args, kw, 1, 1); err != nil {
				return core.Value{}, err
			}
			n, err := th.IndexInt(args[0])
			return core.Bool(err == nil && t.k < len(t.lines) && t.lines[t.k] == n), err
		},
		"pending": func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if t.exc.Type() == nil {
				return core.Value{}, core.Errorf(core.RuntimeError, "no pending re error")
			}
			return t.exc, nil
		},
	}
}

func initRe(th *core.Thread, m *core.Module) *core.Exception {
	setFuncs(m.Dict, map[string]core.BuiltinFunc{"compile": reCompile})
	setFuncs(m.Dict, (&reTrace{}).builtins())
	m.Dict.SetStr("Pattern", PatternType.Value())
	m.Dict.SetStr("Match", MatchType.Value())
	m.Dict.SetStr("MAXREPEAT", core.Int(regex.MaxRepeat))
	return nil
}

// matchIndex is _sre's match_getindex: a group number or name.
func (m *reMatch) index(th *core.Thread, v core.Value) (int, *core.Exception) {
	i := -1
	if iv, err := th.IndexValue(v); err == nil {
		if iv.IsSmallInt() {
			i = int(iv.Int64())
		}
	} else if s, ok := core.Unwrap(v).AsStr(); ok {
		if g, ok := m.pat.prog.GroupIndex[s]; ok {
			i = g
		}
	}
	if i < 0 || i > m.pat.prog.Groups {
		return 0, core.Errorf(core.IndexError, "no such group")
	}
	return i, nil
}

func (m *reMatch) group(g int, def core.Value) core.Value {
	return groupSlice(m.isText, m.subj, m.caps, g, def)
}

func (m *reMatch) spanOf(th *core.Thread, args []core.Value, name string) (int, int, *core.Exception) {
	if len(args) > 1 {
		return 0, 0, core.Errorf(core.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	g := 0
	if len(args) == 1 {
		var err *core.Exception
		if g, err = m.index(th, args[0]); err != nil {
			return 0, 0, err
		}
	}
	return m.caps[2*g], m.caps[2*g+1], nil
}

func matchRepr(th *core.Thread, self core.Value, m *reMatch, args []core.Value) (core.Value, *core.Exception) {
	r, err := th.Repr(m.group(0, core.None))
	if err != nil {
		return core.Value{}, err
	}
	return core.NewStr("<re.Match object; span=(" + strconv.Itoa(m.caps[0]) + ", " + strconv.Itoa(m.caps[1]) +
		"), match=" + truncRunes(r, 50) + ">"), nil
}

// The method tables of re.Pattern and re.Match (core/method.go says how to
// add a method): the methods with fixed arguments, then those that read
// their own (keywords included, as CPython's).
var patternMethods = []core.MethodDef[*rePattern]{
	{Name: "__repr__", Min: 0, Max: 0, Fn: patternRepr},
	{Name: "__eq__", Min: 1, Max: 1, Fn: patternEq},
	{Name: "__hash__", Min: 0, Max: 0, Fn: patternHash},
	{Name: "__copy__", Min: 0, Max: 0, Fn: reSelf[*rePattern]},
	{Name: "__deepcopy__", Min: 1, Max: 1, Fn: reSelf[*rePattern]},
}

var patternFuncs = []core.FuncDef{
	{Name: "match", Fn: patternMatch},
	{Name: "fullmatch", Fn: patternFullmatch},
	{Name: "search", Fn: patternSearch},
	{Name: "findall", Fn: patternFindall},
	{Name: "finditer", Fn: patternFinditer},
	{Name: "split", Fn: patternSplit},
	{Name: "sub", Fn: patternSub},
	{Name: "subn", Fn: patternSubn},
}

var matchMethods = []core.MethodDef[*reMatch]{
	{Name: "__getitem__", Min: 1, Max: 1, Fn: matchGetitem},
	{Name: "__repr__", Min: 0, Max: 0, Fn: matchRepr},
	{Name: "__copy__", Min: 0, Max: 0, Fn: reSelf[*reMatch]},
	{Name: "__deepcopy__", Min: 1, Max: 1, Fn: reSelf[*reMatch]},
}

var matchFuncs = []core.FuncDef{
	{Name: "group", Fn: matchGroup},
	{Name: "groups", Fn: matchGroups},
	{Name: "groupdict", Fn: matchGroupdict},
	{Name: "start", Fn: matchStart},
	{Name: "end", Fn: matchEnd},
	{Name: "span", Fn: matchSpan},
	{Name: "expand", Fn: matchExpand},
}

// patternGetSets and matchGetSets are the read-only attributes.
var patternGetSets = []core.GetSetDef{
	{Name: "pattern", Get: patternPattern},
	{Name: "flags", Get: patternFlags},
	{Name: "groups", Get: patternGroups},
	{Name: "groupindex", Get: patternGroupindex},
}

var matchGetSets = []core.GetSetDef{
	{Name: "pos", Get: matchPos},
	{Name: "endpos", Get: matchEndpos},
	{Name: "string", Get: matchString},
	{Name: "re", Get: matchRe},
	{Name: "lastindex", Get: matchLastindex},
	{Name: "lastgroup", Get: matchLastgroup},
	{Name: "regs", Get: matchRegs},
}

func patternOf(v core.Value) *rePattern { return core.Unwrap(v).Obj().(*rePattern) }

func matchOf(v core.Value) *reMatch { return core.Unwrap(v).Obj().(*reMatch) }

func patternPattern(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return patternOf(v).pattern, nil
}

func patternFlags(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(patternOf(v).flags)), nil
}

func patternGroups(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(patternOf(v).prog.Groups)), nil
}

func patternGroupindex(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return core.ObjValue(core.MappingProxyType, &core.MappingProxy{D: patternOf(v).index}), nil
}

func matchPos(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(matchOf(v).pos)), nil
}

func matchEndpos(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return core.Int(int64(matchOf(v).endpos)), nil
}

func matchString(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return matchOf(v).str, nil
}

func matchRe(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	return matchOf(v).patV, nil
}

func matchLastindex(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	m := matchOf(v)
	if m.lastIndex <= 0 {
		return core.None, nil
	}
	return core.Int(int64(m.lastIndex)), nil
}

func matchLastgroup(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	m := matchOf(v)
	for name, g := range m.pat.prog.GroupIndex {
		if g == m.lastIndex && m.lastIndex > 0 {
			return core.NewStr(name), nil
		}
	}
	return core.None, nil
}

func matchRegs(th *core.Thread, v core.Value) (core.Value, *core.Exception) {
	m := matchOf(v)
	out := make([]core.Value, len(m.caps)/2)
	for g := range out {
		out[g] = core.NewTuple([]core.Value{core.Int(int64(m.caps[2*g])), core.Int(int64(m.caps[2*g+1]))})
	}
	return core.NewTuple(out), nil
}

func init() {
	core.AddMethods(PatternType, core.ObjectOf[*rePattern], patternMethods)
	core.AddFuncs(PatternType, patternFuncs)
	core.AddMethods(MatchType, core.ObjectOf[*reMatch], matchMethods)
	core.AddFuncs(MatchType, matchFuncs)
	core.AddGetSets(PatternType, patternGetSets)
	core.AddGetSets(MatchType, matchGetSets)
	for _, t := range []*core.Type{PatternType, MatchType} {
		t.AddStaticMethod("__new__", reNoNew)
		t.AddClassMethod("__class_getitem__", core.ClassGetItem)
	}
}

// reNoNew is re.Pattern's and re.Match's __new__: only re makes them.
func reNoNew(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	name := "Pattern"
	if len(args) > 0 && args[0].AsType() == MatchType {
		name = "Match"
	}
	return core.Value{}, core.Errorf(core.TypeError, "cannot create 're.%s' instances", name)
}

// reSelf is __copy__ and __deepcopy__: patterns and matches are immutable.
func reSelf[T any](th *core.Thread, self core.Value, _ T, args []core.Value) (core.Value, *core.Exception) {
	return self, nil
}

func patternEq(th *core.Thread, self core.Value, p *rePattern, args []core.Value) (core.Value, *core.Exception) {
	o, ok := core.Unwrap(args[0]).Obj().(*rePattern)
	if !ok || core.Unwrap(args[0]).Type() != PatternType {
		return core.NotImplemented, nil
	}
	if p == o {
		return core.True, nil
	}
	if p.flags != o.flags || p.prog.IsText != o.prog.IsText {
		return core.False, nil
	}
	eq, err := th.Equal(p.pattern, o.pattern)
	return core.Bool(eq), err
}

func patternHash(th *core.Thread, self core.Value, p *rePattern, args []core.Value) (core.Value, *core.Exception) {
	h, err := th.Hash(p.pattern)
	return core.Int(h ^ int64(p.flags)), err
}

func matchGroup(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.NoKwargs("Match.group", kw); err != nil {
		return core.Value{}, err
	}
	m := matchSelf(args)
	if len(args) == 1 {
		return m.group(0, core.None), nil
	}
	out := make([]core.Value, len(args)-1)
	for i, a := range args[1:] {
		g, err := m.index(th, a)
		if err != nil {
			return core.Value{}, err
		}
		out[i] = m.group(g, core.None)
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return core.NewTuple(out), nil
}

func matchGetitem(th *core.Thread, self core.Value, m *reMatch, args []core.Value) (core.Value, *core.Exception) {
	g, err := m.index(th, args[0])
	if err != nil {
		return core.Value{}, err
	}
	return m.group(g, core.None), nil
}

func matchGroups(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	def := core.None
	if err := th.UnpackArgs("groups", args[1:], kw, "default?", &def); err != nil {
		return core.Value{}, err
	}
	m := matchSelf(args)
	out := make([]core.Value, m.pat.prog.Groups)
	for i := range out {
		out[i] = m.group(i+1, def)
	}
	return core.NewTuple(out), nil
}

func matchGroupdict(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	def := core.None
	if err := th.UnpackArgs("groupdict", args[1:], kw, "default?", &def); err != nil {
		return core.Value{}, err
	}
	m := matchSelf(args)
	d := core.NewDict()
	for _, name := range m.pat.prog.GroupNames {
		d.SetStr(name, m.group(m.pat.prog.GroupIndex[name], def))
	}
	return core.ObjValue(core.DictType, d), nil
}

func matchStart(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	a, _, err := matchSelf(args).spanOf(th, args[1:], "start")
	return core.Int(int64(a)), err
}

func matchEnd(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	_, b, err := matchSelf(args).spanOf(th, args[1:], "end")
	return core.Int(int64(b)), err
}

func matchSpan(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	a, b, err := matchSelf(args).spanOf(th, args[1:], "span")
	return core.NewTuple([]core.Value{core.Int(int64(a)), core.Int(int64(b))}), err
}

func matchExpand(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	var tmpl core.Value
	if err := th.UnpackArgs("expand", args[1:], kw, "template", &tmpl); err != nil {
		return core.Value{}, err
	}
	re, err := th.Import("re")
	if err != nil {
		return core.Value{}, err
	}
	expand, err := th.GetAttr(re.Value(), "_expand")
	if err != nil {
		return core.Value{}, err
	}
	return th.Call(expand, []core.Value{matchSelf(args).patV, args[0], tmpl}, nil)
}
