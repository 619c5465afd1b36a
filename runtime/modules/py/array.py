# array: array.array in Python over a list of converted items; the Go
# module _array converts items (CPython's range checks and messages) and
# packs/unpacks the machine layout for tobytes and frombytes.

from _array import _convert, _tobytes, _frombytes, _itemsizes

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"


class array:
    __slots__ = ("_code", "_items")

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)")
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            + type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != "u":
                    raise TypeError("cannot use a str to initialize an array with typecode "
                                    f"'{typecode}'")
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if init._code == "u" and typecode != "u":
                    raise TypeError("cannot use a unicode array to initialize an array with "
                                    f"typecode '{typecode}'")
                self._items = _convert(typecode, init._items)
            else:
                self._items = _convert(typecode, list(init))
        return self

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _itemsizes[self._code]

    def _same(self, other, message):
        if not isinstance(other, array):
            raise TypeError(message % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return other._items

    def __repr__(self):
        if not self._items:
            return f"array('{self._code}')"
        if self._code == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._code}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = self._same(value, 'can only assign array (not "%s") to array slice')
            try:
                self._items[index] = items
            except ValueError:
                n = len(range(*index.indices(len(self._items))))
                raise ValueError(f"attempt to assign array of size {len(items)} to extended "
                                 f"slice of size {n}") from None
            return
        value = _convert(self._code, [value])[0]
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _new(self, items):
        a = object.__new__(array)
        a._code = self._code
        a._items = items
        return a

    def __add__(self, other):
        return self._new(self._items + self._same(other, 'can only append array (not "%s") to array'))

    def __iadd__(self, other):
        self._items += self._same(other, 'can only extend array with array (not "%s")')
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            if hasattr(type(n), "__rmul__") and type(n).__module__ != "builtins":
                return NotImplemented
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        r = self.__mul__(n)
        if r is NotImplemented:
            return r
        self._items = r._items
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            symbol = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[op]
            raise TypeError(f"'{symbol}' not supported between instances of 'array.array' "
                            f"and '{type(other).__name__}'")
        return getattr(self._items, f"__{op}__")(other._items)

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        return self._compare(other, "lt")

    def __le__(self, other):
        return self._compare(other, "le")

    def __gt__(self, other):
        return self._compare(other, "gt")

    def __ge__(self, other):
        return self._compare(other, "ge")

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def append(self, value):
        self._items.append(_convert(self._code, [value])[0])

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items += iterable._items
            return
        # Items before a bad one stay appended, as in CPython.
        for value in iterable:
            self._items.append(_convert(self._code, [value])[0])

    def insert(self, i, value):
        self._items.insert(i, _convert(self._code, [value])[0])

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, value, start=0, stop=None):
        try:
            if stop is None:
                return self._items.index(value, start)
            return self._items.index(value, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items += _convert(self._code, items)

    def tobytes(self):
        return _tobytes(self._code, self._items)

    def frombytes(self, data):
        if isinstance(data, array):
            data = data.tobytes()
        self._items += _frombytes(self._code, data)

    def tounicode(self):
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items += list(s)

    def byteswap(self):
        data = self.tobytes()
        size = _itemsizes[self._code]
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = _frombytes(self._code, swapped)


array.__module__ = "array"
ArrayType = array
