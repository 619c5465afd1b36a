#!/usr/bin/env python3
# Generates runtime/modules/py/re_parser.py and re_compiler.py: stand-ins
# for CPython 3.11's re/_parser.py and re/_compiler.py with, at CPython's
# line numbers, the statements through which CPython raises pattern
# errors, so tracebacks of re.error read as CPython's. Each entry below is
# (line, call or raise, the statement's first line, its continuation):
# runtime/regex records the same (function, line) frames for its errors.
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
R, C = "raise", "call"
PARSER = [
 ("checklookbehindgroup(gid, source)", [
   (106, R, "raise source.error('cannot refer to an open group')", None),
   (108, R, "raise source.error('cannot refer to group defined in the same '", "'lookbehind subpattern')")]),
 ("__init__(string)", [
   (239, C, "self.__next()", None)]),
 ("__next()", [
   (252, R, 'raise error("bad escape (end of pattern)",', "self.string, len(self.string) - 1) from None")]),
 ("match(char)", [
   (258, C, "self.__next()", None)]),
 ("get()", [
   (263, C, "self.__next()", None)]),
 ("getuntil(terminator, name)", [
   (281, R, 'raise self.error("missing " + name)', None),
   (282, R, 'raise self.error("missing %s, unterminated name" % terminator,', "len(result))"),
   (286, R, 'raise self.error("missing " + name, 1)', None)]),
 ("checkgroupname(name, offset, nested)", [
   (307, R, "raise self.error(msg, len(name) + offset)", None)]),
 ("_class_escape(source, escape)", [
   (330, R, 'raise source.error("incomplete escape %s" % escape, len(escape))', None),
   (336, R, 'raise source.error("incomplete escape %s" % escape, len(escape))', None),
   (342, R, 'raise source.error("incomplete escape %s" % escape, len(escape))', None),
   (350, R, 'raise source.error("missing {")', None),
   (351, C, "charname = source.getuntil('}', 'character name')", None),
   (355, R, 'raise source.error("undefined character name %r" % charname,', "len(charname) + len(r'\\N{}'))"),
   (363, R, "raise source.error('octal escape value %s outside of '", "'range 0-0o377' % escape, len(escape))"),
   (370, R, "raise source.error('bad escape %s' % escape, len(escape))", None),
   (374, R, 'raise source.error("bad escape %s" % escape, len(escape))', None)]),
 ("_escape(source, escape, state)", [
   (390, R, 'raise source.error("incomplete escape %s" % escape, len(escape))', None),
   (396, R, 'raise source.error("incomplete escape %s" % escape, len(escape))', None),
   (402, R, 'raise source.error("incomplete escape %s" % escape, len(escape))', None),
   (410, R, 'raise source.error("missing {")', None),
   (411, C, "charname = source.getuntil('}', 'character name')", None),
   (415, R, 'raise source.error("undefined character name %r" % charname,', "len(charname) + len(r'\\N{}'))"),
   (432, R, "raise source.error('octal escape value %s outside of '", "'range 0-0o377' % escape, len(escape))"),
   (440, R, 'raise source.error("cannot refer to an open group",', "len(escape))"),
   (442, C, "state.checklookbehindgroup(group, source)", None),
   (444, R, 'raise source.error("invalid group reference %d" % group, len(escape) - 1)', None),
   (447, R, 'raise source.error("bad escape %s" % escape, len(escape))', None),
   (451, R, 'raise source.error("bad escape %s" % escape, len(escape))', None)]),
 ("_parse_sub(source, state, verbose, nested)", [
   (464, C, "itemsappend(_parse(source, state, verbose, nested + 1,", "not nested and not items))")]),
 ("_parse(source, state, verbose, nested, first=False)", [
   (532, C, "this = that = char = ''", None),
   (534, C, "sourceget()", None),
   (548, C, "code = _escape(source, this, state)", None),
   (567, C, 'negate = sourcematch("^")', None),
   (570, C, "this = sourceget()", None),
   (572, R, 'raise source.error("unterminated character set",', "source.tell() - here)"),
   (577, C, "code1 = _class_escape(source, this)", None),
   (591, C, 'if sourcematch("-"):', "pass"),
   (593, C, "that = sourceget()", None),
   (595, R, 'raise source.error("unterminated character set",', "source.tell() - here)"),
   (604, C, "code2 = _class_escape(source, that)", None),
   (616, R, "raise source.error(msg, len(this) + 1 + len(that))", None),
   (621, R, "raise source.error(msg, len(this) + 1 + len(that))", None),
   (675, R, 'raise OverflowError("the repetition number is too large")', None),
   (679, R, 'raise OverflowError("the repetition number is too large")', None),
   (681, R, 'raise source.error("min repeat greater than max repeat",', "source.tell() - here)"),
   (691, R, 'raise source.error("nothing to repeat",', "source.tell() - here + len(this))"),
   (694, R, 'raise source.error("multiple repeat",', "source.tell() - here + len(this))"),
   (700, C, 'if sourcematch("?"):', "pass"),
   (703, C, 'elif sourcematch("+"):', "pass"),
   (720, C, 'if sourcematch("?"):', "pass"),
   (722, C, "char = sourceget()", None),
   (724, R, 'raise source.error("unexpected end of pattern")', None),
   (729, C, 'name = source.getuntil(">", "group name")', None),
   (730, C, "source.checkgroupname(name, 1, nested)", None),
   (733, C, 'name = source.getuntil(")", "group name")', None),
   (734, C, "source.checkgroupname(name, 1, nested)", None),
   (738, R, "raise source.error(msg, len(name) + 1)", None),
   (740, R, 'raise source.error("cannot refer to an open group",', "len(name) + 1)"),
   (742, C, "state.checklookbehindgroup(gid, source)", None),
   (750, R, 'raise source.error("unknown extension ?P" + char,', "len(char) + 2)"),
   (759, R, 'raise source.error("missing ), unterminated comment",', "source.tell() - start)"),
   (771, R, 'raise source.error("unexpected end of pattern")', None),
   (773, R, 'raise source.error("unknown extension ?<" + char,', "len(char) + 2)"),
   (779, C, "p = _parse_sub(source, state, verbose, nested + 1)", None),
   (784, R, 'raise source.error("missing ), unterminated subpattern",', "source.tell() - start)", 'if not sourcematch(")"):'),
   (794, C, 'condname = source.getuntil(")", "group name")', None),
   (800, R, "raise source.error(msg, len(condname) + 1)", None),
   (808, R, "raise source.error(msg, len(condname) + 1) from None", None),
   (810, R, 'raise source.error("bad group number",', "len(condname) + 1)"),
   (814, R, "raise source.error(msg, len(condname) + 1)", None),
   (827, C, "state.checklookbehindgroup(condgroup, source)", None),
   (828, C, "item_yes = _parse(source, state, verbose, nested + 1)", None),
   (830, C, "item_no = _parse(source, state, verbose, nested + 1)", None),
   (832, R, 'raise source.error("conditional backref with more than two branches")', None),
   (836, R, 'raise source.error("missing ), unterminated subpattern",', "source.tell() - start)", 'if not source.match(")"):'),
   (847, C, "flags = _parse_flags(source, state, char)", None),
   (850, R, "raise source.error('global flags not at the start '", "'of the expression', source.tell() - start)"),
   (859, R, 'raise source.error("unknown extension ?" + char,', "len(char) + 1)"),
   (867, R, "raise source.error(err.msg, len(name) + 1) from None", None),
   (872, C, "p = _parse_sub(source, state, sub_verbose, nested + 1)", None),
   (874, R, 'raise source.error("missing ), unterminated subpattern",', "source.tell() - start)", 'if not source.match(")"):')]),
 ("_parse_flags(source, state, char)", [
   (913, R, "raise source.error(msg)", None),
   (917, R, "raise source.error(msg)", None),
   (921, R, "raise source.error(msg)", None),
   (924, R, 'raise source.error("missing -, : or )")', None),
   (929, R, "raise source.error(msg, len(char))", None),
   (934, R, 'raise source.error("bad inline flags: cannot turn on global flag", 1)', None),
   (938, R, 'raise source.error("missing flag")', None),
   (941, R, "raise source.error(msg, len(char))", None),
   (946, R, "raise source.error(msg)", None),
   (950, R, 'raise source.error("missing :")', None),
   (955, R, "raise source.error(msg, len(char))", None),
   (958, R, 'raise source.error("bad inline flags: cannot turn off global flag", 1)', None),
   (960, R, 'raise source.error("bad inline flags: flag turned on and off", 1)', None)]),
 ("fix_flags(src, flags)", [
   (967, R, 'raise ValueError("cannot use LOCALE flag with a str pattern")', None),
   (971, R, 'raise ValueError("ASCII and UNICODE flags are incompatible")', None),
   (974, R, 'raise ValueError("cannot use UNICODE flag with a bytes pattern")', None),
   (976, R, 'raise ValueError("ASCII and LOCALE flags are incompatible")', None)]),
 ("parse(str, flags=0, state=None)", [
   (980, C, "Tokenizer = _hop if _at(982) else _Tokenizer", None),
   (982, C, "source = Tokenizer(str)", None),
   (985, C, "state = State()", None),
   (989, C, "p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)", None),
   (990, C, "p.state.flags = fix_flags(str, p.state.flags)", None),
   (994, R, 'raise source.error("unbalanced parenthesis")', None),
   (999, R, "raise error(msg, str, p.state.grouprefpos[g])", None)]),
]
COMPILER = [
 ("_compile(code, pattern, flags)", [
   (119, C, "_compile(code, av[2], flags)", None),
   (128, C, "_compile(code, p, _combine_flags(flags, add_flags, del_flags))", None),
   (140, C, "_compile(code, av, flags)", None),
   (153, R, 'raise error("looks too much behind")', None),
   (155, R, 'raise error("look-behind requires fixed-width pattern")', None),
   (157, C, "_compile(code, av[1], flags)", None),
   (176, C, "_compile(code, av, flags)", None),
   (204, C, "_compile(code, av[1], flags)", None),
   (209, C, "_compile(code, av[2], flags)", None)]),
 ("_code(p, flags)", [
   (580, C, "code = []", None),
   (582, C, "_compile(code, p.data, flags)", None)]),
]

TEMPLATE = [('def parse_template(source, state):', 1006), ("    # parse 're' replacement string into list of literals and group references", None), ('    from re import _Tokens, _OCTDIGITS, _DIGITS, _ASCIILETTERS, _ESCAPES, _MAXGROUPS', None), ('    s = _Tokens(source)', None), ('    groups = []', None), ('    literals = []', None), ('    literal = []', None), ('    groupindex = state.groupindex', None), ('    def addgroup(index, pos):', 1015), ('        if index > state.groups:', None), ('            raise s.error("invalid group reference %d" % index, pos)', 1017), ('        if literal:', None), ("            literals.append(''.join(literal))", None), ('            del literal[:]', None), ('        groups.append((len(literals), index))', None), ('        literals.append(None)', None), ('    while True:', None), ('        this = s.get()', None), ('        if this is None:', None), ('            break', None), ('        if this[0] != "\\\\":', None), ('            literal.append(this)', None), ('            continue', None), ('        c = this[1]', None), ('        if c == "g":', None), ('            if not s.match("<"):', None), ('                raise s.error("missing <")', 1033), ('            name = s.getuntil(">", "group name")', None), ('            if name.isidentifier():', None), ('                try:', None), ('                    index = groupindex[name]', None), ('                except KeyError:', None), ('                    raise IndexError("unknown group name %r" % name) from None', 1040), ('            else:', None), ('                try:', None), ('                    index = int(name)', None), ('                    if index < 0:', None), ('                        raise ValueError', None), ('                except ValueError:', None), ('                    raise s.error("bad character in group name %r" % name,', 1047), ('                                  len(name) + 1) from None', None), ('                if index >= _MAXGROUPS:', None), ('                    raise s.error("invalid group reference %d" % index,', 1050), ('                                  len(name) + 1)', None), ('            addgroup(index, len(name) + 1)', 1060), ('        elif c == "0":', None), ('            if s.next in _OCTDIGITS:', None), ('                this += s.get()', None), ('                if s.next in _OCTDIGITS:', None), ('                    this += s.get()', None), ('            literal.append(chr(int(this[1:], 8) & 0xff))', None), ('        elif c in _DIGITS:', None), ('            isoctal = False', None), ('            if s.next in _DIGITS:', None), ('                this += s.get()', None), ('                if (c in _OCTDIGITS and this[2] in _OCTDIGITS and', None), ('                        s.next in _OCTDIGITS):', None), ('                    this += s.get()', None), ('                    isoctal = True', None), ('                    c = int(this[1:], 8)', None), ('                    if c > 0o377:', None), ("                        raise s.error('octal escape value %s outside of '", 1077), ("                                      'range 0-0o377' % this, len(this))", None), ('                    literal.append(chr(c))', None), ('            if not isoctal:', None), ('                addgroup(int(this[1:]), len(this) - 1)', 1081), ('        else:', None), ('            try:', None), ('                this = _ESCAPES[this]', None), ('            except KeyError:', None), ('                if c in _ASCIILETTERS:', None), ("                    raise s.error('bad escape %s' % this, len(this)) from None", 1087), ('            literal.append(this)', None), ('    if literal:', None), ("        literals.append(''.join(literal))", None), ('    if not isinstance(source, str):', None), ("        literals = [None if x is None else x.encode('latin-1') for x in literals]", None), ('    return groups, literals', None), ('', None), ('def expand_template(template, match):', 1099), ('    from re import error', None), ('    g = match.group', None), ('    empty = match.string[:0]', None), ('    groups, literals = template[0], template[1][:]', None), ('    try:', None), ('        for index, group in groups:', None), ('            literals[index] = g(group) or empty', None), ('    except IndexError:', None), ('        raise error("invalid group reference %d" % index) from None', 1108), ('    return empty.join(literals)', None)]


def emit(funcs, header, footer):
    out = header[:]
    for sig, stmts in funcs:
        name = sig.split("(")[0]
        # the def goes on a free line before the first statement, as do the
        # guards ("if _at(N):") of raise statements
        first = stmts[0][0]
        back = 1
        if stmts[0][1] == R:
            back = 3 if len(stmts) > 1 and stmts[1][0] == first + 1 and stmts[1][1] == R and not stmts[0][3] else 2
        out.append(("def %s:" % sig, first - back))
        i = 0
        while i < len(stmts):
            line, kind, text, cont = stmts[i][:4]
            guard = stmts[i][4] if len(stmts[i]) > 4 else "if _at(%d):" % line
            if kind == C:
                out.append(("    " + text, line))
                if cont:
                    out.append(("        " + cont, line + 1))
                i += 1
                continue
            # a run of adjacent raises (N, N+1): nested guards
            if i + 1 < len(stmts) and stmts[i + 1][0] == line + 1 and stmts[i + 1][1] == R and not cont:
                nxt = stmts[i + 1]
                out.append(("    if _at(%d) or _at(%d):" % (line, nxt[0]), line - 2))
                out.append(("        if _at(%d):" % line, line - 1))
                out.append(("            " + text, line))
                out.append(("        " + nxt[2], nxt[0]))
                if nxt[3]:
                    out.append(("            " + nxt[3], nxt[0] + 1))
                i += 2
                continue
            out.append(("    " + guard, line - 1))
            out.append(("        " + text, line))
            if cont:
                out.append(("            " + cont, line + 1))
            i += 1
        out.append(("    raise _pending()", None))
        out.append(("_F[%r] = %s" % (name, name), None))
    out += footer
    # place lines
    lines = []
    for text, at in out:
        if at is not None:
            if len(lines) + 1 > at:
                raise SystemExit("line %d too late for %r (at %d)" % (at, text, len(lines) + 1))
            while len(lines) + 1 < at:
                lines.append("")
        lines.append(text)
    return "\n".join(lines) + "\n"

COMMON = [
 ("# Generated by scripts/re-frames.py: do not edit.", None),
]
PH = COMMON + [
 ("# A stand-in for CPython's re/_parser.py, run as \"<stdlib>/re/_parser.py\":", None),
 ("# when our parser (runtime/regex) rejects a pattern it also names the", None),
 ("# frames CPython's parser would raise through, and re calls these", None),
 ("# functions along that path (_re.hop and _re.at steer them), so the", None),
 ("# traceback shows CPython's files, lines and statements.", None),
 ("import _re", None),
 ("from _re import hop as _hop, at as _at, pending as _pending", None),
 ("_F = {}", None),
 ("this = that = msg = char = escape = result = ''", None),
 ("here = start = group = gid = condgroup = g = sub_verbose = SRE_FLAG_VERBOSE = 0", None),
]
PF = [
 ("class _Any:", None),
 ("    def __getattr__(self, name):", None),
 ("        return self", None),
 ("    def __getitem__(self, key):", None),
 ("        return self", None),
 ("    def __radd__(self, other):", None),
 ("        return other", None),
 ("    def __bool__(self):", None),
 ("        return False", None),
 ("    def __len__(self):", None),
 ("        return 0", None),
 ("    def __call__(self, *args):", None),
 ("        return self", None),
 ("class Tokenizer:", None),
 ("    def __init__(self, string):", None),
 ("        self.getuntil = self.checkgroupname = _hop", None),
 ("        self.match = _re.hopmatch", None),
 ("        setattr(self, '__next', _hop)", None),
 ("        self.string = string", None),
 ("    def error(self, *args):", None),
 ("        return _pending()", None),
 ("    def tell(self):", None),
 ("        return 0", None),
 ("class State:", None),
 ("    def __init__(self):", None),
 ("        self.checklookbehindgroup = _hop", None),
 ("_Tokenizer = Tokenizer", None),
 ("self = Tokenizer('')", None),
 ("err = _Any()", None),
 ("items = ()", None),
 ("def itemsappend(x):", None),
 ("    pass", None),
 ("def error(*args):", None),
 ("    return _pending()", None),
 ("_parse_sub = _parse = _escape = _class_escape = _parse_flags = fix_flags = sourceget = _hop", None),
 ("sourcematch = _re.hopmatch", None),
]
CH = COMMON + [
 ("# A stand-in for CPython's re/_compiler.py, run as \"<stdlib>/re/_compiler.py\"", None),
 ("# (see re_parser.py): compile() compiles through _re and, for a pattern", None),
 ("# error, raises it along CPython's frames.", None),
 ("import _re", None),
 ("from _re import hop as _hop, at as _at, pending as _pending", None),
 ("_F = {}", None),
 ("av = {1: None, 2: None}", None),
 ("p = add_flags = del_flags = None", None),
 ("def _combine_flags(*args):", None),
 ("    return 0", None),
 ("def error(*args):", None),
 ("    return _pending()", None),
]
CF = [
 ("def _begin(p, r):", None),
 ("    # Issues the parser's warnings; for an error, sets the path of", None),
 ("    # CPython's frames for the hops and returns False.", None),
 ("    pattern, kind, msg, pos, warns, trace = r", None),
 ("    if warns:", None),
 ("        import warnings", None),
 ("        for category, text in warns:", None),
 ("            warnings.warn(text, _categories[category], stacklevel=5)", None),
 ("    if kind is None:", None),
 ("        return True", None),
 ("    from re import error", None),
 ("    if kind == 'OverflowError':", None),
 ("        exc = OverflowError(msg)", None),
 ("    elif kind == 'ValueError':", None),
 ("        exc = ValueError(msg)", None),
 ("    else:", None),
 ("        exc = error(msg, None if pos is None else p, pos)", None),
 ("    if trace is None:", None),
 ("        raise exc", None),
 ("    import _re_parser", None),
 ("    funcs = [(_F if fn in _F else _re_parser._F)[fn] for fn, line in trace]", None),
 ("    _re.begin(funcs, [line for fn, line in trace], exc, _re_parser._Any(), [783, 835, 873])", None),
 ("    return False", None),
 ("_categories = {'FutureWarning': FutureWarning, 'DeprecationWarning': DeprecationWarning}", None),
 ("_compile = _code = _hop", None),
 ("class _parser:", None),
 ("    parse = _hop", None),
 ("def compile(p, flags=0):", 740),
 ("    r = _re.compile(p, flags)", 741),
 ("    if type(r) is not tuple: return r", 742),
 ("    if _begin(p, r): return r[0]", 743),
 ("    p = _parser.parse(p, flags)", 745),

 ("    code = _code(p, flags)", 749),
 ("    raise _pending()", None),
 ("_F['compile'] = compile", None),
]
parser_src = emit(PARSER, PH, TEMPLATE + PF)
compiler_src = emit(COMPILER, CH, [])
# compile() must come last in its file: append it after _code
lines = compiler_src.rstrip("\n").split("\n")
for text, at in CF:
    if at is not None:
        while len(lines) + 1 < at:
            lines.append("")
    lines.append(text)
compiler_src = "\n".join(lines) + "\n"
open(os.path.join(ROOT, "runtime/modules/py/re_parser.py"), "w").write(parser_src)
open(os.path.join(ROOT, "runtime/modules/py/re_compiler.py"), "w").write(compiler_src)
print("ok")
