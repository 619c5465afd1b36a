# os: a read-only subset for a runtime with no operating system under it.
# The process has a fixed identity so that runs print the same everywhere:
#   getpid() 42, getppid() 1, getcwd() "/home/user", cpu_count() 1,
#   getlogin() "user", and os.environ holds
#   HOME=/home/user  LANG=C.UTF-8  PATH=/usr/local/bin:/usr/bin:/bin
#   PWD=/home/user  SHELL=/bin/sh  TZ=UTC  USER=user
# environ can be changed within a run. There is no file system: os.stat
# raises FileNotFoundError and os.path.exists() is False. Files, processes
# and directories (open, listdir, walk, system, ...) are not provided.

import sys
import abc as _abc
from collections.abc import MutableMapping as _MutableMapping

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError
supports_bytes_environ = True

_CWD = "/home/user"


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        method = t.__fspath__
    except AttributeError:
        if hasattr(t, "__fspath__"):
            raise
        raise TypeError(f"expected str, bytes or os.PathLike object, not {t.__name__}") from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {t.__name__}.__fspath__() to return str or bytes, not {type(result).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ(_MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key)] = _check_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ({
    "HOME": "/home/user",
    "LANG": "C.UTF-8",
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "PWD": _CWD,
    "SHELL": "/bin/sh",
    "TZ": "UTC",
    "USER": "user",
})


def getenv(key, default=None):
    return environ.get(key, default)


def getpid():
    return 42


def getppid():
    return 1


def getcwd():
    return _CWD


def getcwdb():
    return _CWD.encode()


def getlogin():
    return "user"


def cpu_count():
    return 1




def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = fspath(path)
    raise FileNotFoundError(2, "No such file or directory", path)


lstat = stat

import posixpath as path
sys.modules["os.path"] = path
