# json's encoder (CPython 3.11's json/encoder.py), run in the json module
# as "<stdlib>/json/encoder.py" ("#@N" lines moved to line N). The encoding
# is Go's (_json._make_encoder, as CPython's c_make_encoder), also when an
# indent is given (CPython then runs its Python encoder, whose frames
# tracebacks through default() would show).

from _json import _make_encoder


class JSONEncoder(object):
    __module__ = "json.encoder"
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '  #@180
                        f'is not JSON serializable')

    def encode(self, o):
        chunks = self.iterencode(o, _one_shot=True)  #@200
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        _iterencode = _make_encoder(
            self.indent, self.item_separator, self.key_separator,
            self.sort_keys, self.skipkeys, self.ensure_ascii,
            self.allow_nan, self.check_circular, self.default)
        return _iterencode(o, 0)  #@258
