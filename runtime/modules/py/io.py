# io, minimal: in-memory text and byte streams (StringIO, BytesIO); there
# are no files in this runtime.

__all__ = ["StringIO", "BytesIO", "TextIOBase", "IOBase", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, "_closed", False)

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def flush(self):
        self._check_closed()

    def isatty(self):
        return False

    def readlines(self, hint=-1):
        return list(self)

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    pass


class _Buffer(IOBase):
    _empty = ""

    def __init__(self, initial=None):
        self._buf = initial if initial is not None else self._empty
        self._pos = 0
        self._closed = False

    def getvalue(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self._buf

    def write(self, s):
        self._check_closed()
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._write_error(s))
        n = len(s)
        if self._pos > len(self._buf):
            self._buf += self._empty_fill(self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buf)
        r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check_closed()
        nl = "\n" if isinstance(self._buf, str) else b"\n"
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size


class StringIO(_Buffer, TextIOBase):
    _empty = ""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        _Buffer.__init__(self, initial_value)

    def _write_error(self, s):
        return f"string argument expected, got '{type(s).__name__}'"

    def _empty_fill(self, n):
        return "\0" * n


class BytesIO(_Buffer):
    _empty = b""

    def __init__(self, initial_bytes=b""):
        _Buffer.__init__(self, bytes(initial_bytes))

    def _write_error(self, s):
        return f"a bytes-like object is required, not '{type(s).__name__}'"

    def _empty_fill(self, n):
        return b"\0" * n

    def getbuffer(self):
        return self._buf
