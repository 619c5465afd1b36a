# re: the module functions, flags, re.error and replacement templates, run
# as "<stdlib>/re/__init__.py" over the Go engine in _re (re.Pattern and
# re.Match are Go types). Lines ending in "#@N" are moved to line N, where
# CPython 3.11's re/__init__.py has them, so tracebacks read the same.

import _re
import _re_compiler as _compiler
import _re_parser as _parser
from _re import Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """Exception raised for invalid regular expressions."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern[:pos].count(newline) + 1
            self.colno = pos - pattern[:pos].rfind(newline)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# The flags in the order CPython's RegexFlag defines them (its reprs list
# combined flags in this order).
_flag_names = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128))


class RegexFlag(int):
    """An int whose repr names the re flags it holds (re.I|re.M)."""

    __module__ = 're'

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in _flag_names:
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        r = repr(self)
        return r.replace('re.', '') if r != 're.NOFLAG' else 'NOFLAG'

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 ^ int(self))


NOFLAG = RegexFlag.NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag.ASCII = RegexFlag.A = RegexFlag(256)
IGNORECASE = I = RegexFlag.IGNORECASE = RegexFlag.I = RegexFlag(2)
LOCALE = L = RegexFlag.LOCALE = RegexFlag.L = RegexFlag(4)
UNICODE = U = RegexFlag.UNICODE = RegexFlag.U = RegexFlag(32)
MULTILINE = M = RegexFlag.MULTILINE = RegexFlag.M = RegexFlag(8)
DOTALL = S = RegexFlag.DOTALL = RegexFlag.S = RegexFlag(16)
VERBOSE = X = RegexFlag.VERBOSE = RegexFlag.X = RegexFlag(64)
TEMPLATE = T = RegexFlag.TEMPLATE = RegexFlag.T = RegexFlag(1)
DEBUG = RegexFlag.DEBUG = RegexFlag(128)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)  #@166

def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)  #@171

def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)  #@176

def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)  #@185

def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)  #@196

def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)  #@206

def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)  #@216

def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)  #@223

def compile(pattern, flags=0):
    return _compile(pattern, flags)  #@227

def purge():
    _cache.clear()

def template(pattern, flags=0):
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags|T)  #@244


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


_cache = {}  # ordered!
_MAXCACHE = 512
def _compile(pattern, flags):  #@272
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(  #@282
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")  #@286
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                  "as it is an undocumented flag "
                  "without an obvious purpose. "
                  "Don't use it.",
                  DeprecationWarning)
    p = _compiler.compile(pattern, flags)  #@294
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def _compile_repl(repl, pattern):  #@306
    # internal: compile replacement pattern (Pattern.sub caches the result)
    return _parser.parse_template(repl, pattern)  #@308

def _expand(pattern, match, template):
    # internal: Match.expand implementation hook
    template = _parser.parse_template(template, pattern)  #@312
    return _parser.expand_template(template, match)

def _subx(pattern, template):
    # internal: Pattern.sub/subn implementation helper
    template = _compile_repl(template, pattern)  #@317
    if not template[0] and len(template[1]) == 1:
        # literal replacement
        return template[1][0]
    def filter(match, template=template):
        return _parser.expand_template(template, match)  #@322
    return filter


class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self.scanner = compile('|'.join('(%s)' % phrase for phrase, action in lexicon), flags)

    def scan(self, string):
        result = []
        append = result.append
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex-1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


# The tokenizer of replacement templates (_parser.parse_template).

_OCTDIGITS = frozenset("01234567")
_DIGITS = frozenset("0123456789")
_ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ESCAPES = {r"\a": "\a", r"\b": "\b", r"\f": "\f", r"\n": "\n", r"\r": "\r",
            r"\t": "\t", r"\v": "\v", "\\\\": "\\"}
_MAXGROUPS = 2**30 - 1


class _Tokens:
    # A replacement string as _parser.Tokenizer reads it: characters, or a
    # backslash with the character after it.

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        self.chars = string if self.istext else str(string, 'latin1')
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        if i >= len(self.chars):
            self.next = None
            return
        c = self.chars[i]
        if c == "\\":
            i += 1
            if i >= len(self.chars):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            c += self.chars[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def tell(self):
        return self.index - len(self.next or '')

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result
