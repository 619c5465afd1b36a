# json's decoder (CPython 3.11's json/decoder.py), run in the json module
# as "<stdlib>/json/decoder.py": a line ending in "#@N" is moved to line N,
# where CPython's tracebacks through json show it. The scanning is Go's
# (_json._make_scanner, as CPython's C scanner).

from _json import _make_scanner, _skip_ws, JSONDecodeError


class _WhitespaceMatch:
    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


class _Whitespace:
    # Stands for re.compile(r'[ \t\n\r]*'): match(s, pos).end() is where
    # the whitespace at pos ends.
    def match(self, s, pos=0):
        return _WhitespaceMatch(_skip_ws(s, pos))


WHITESPACE = _Whitespace()


class JSONDecoder(object):
    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())  #@337
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)  #@353
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
