# posixpath (os.path): the path-string functions of CPython's posixpath,
# for str and bytes. There is no file system: exists(), isfile(), isdir()
# and islink() are False, and getsize() & co. raise FileNotFoundError. The
# current directory is os.getcwd()'s fixed "/home/user".

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath",
           "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_types(funcname, *args):
    # CPython's genericpath._check_arg_types.
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {type(s).__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_types("join", a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots is part of the name (".bashrc" has no extension).
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def exists(path):
    os.fspath(path)
    return False


lexists = isfile = isdir = islink = ismount = exists


def samefile(f1, f2):
    return os.stat(f1) == os.stat(f2)  # os.stat raises: nothing exists


def expanduser(path):
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # another user's home: there is no password database
    home = os.environ.get("HOME", "/")
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    # $name and ${name} from os.environ; unknown names are left alone.
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    s = path.decode("latin-1") if is_bytes else path
    if "$" not in s:
        return path
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("$", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        if s.startswith("{", j + 1):
            end = s.find("}", j + 2)
            if end < 0:
                out.append(s[j:])
                break
            name, k = s[j + 2:end], end + 1
        else:
            k = j + 1
            while k < n and (s[k].isalnum() and s[k].isascii() or s[k] == "_"):
                k += 1
            name = s[j + 1:k]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(s[j:k] if name or k > j + 1 else "$")
        i = max(k, j + 1)
    s = "".join(out)
    return s.encode("latin-1") if is_bytes else s


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot, empty = b"/", b".", b"..", b""
    else:
        sep, dot, dotdot, empty = "/", ".", "..", ""
    if path == empty:
        return dot
    slashes = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes; three or more become one.
        slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not slashes and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep * slashes + sep.join(comps)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        cur, sep, par = b".", b"/", b".."
    else:
        cur, sep, par = ".", "/", ".."
    if start is None:
        start = cur
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_types("relpath", path, start)
        raise
    i = len(commonprefix([start_list, path_list]))
    rel = [par] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return cur
    return join(*rel)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, cur = b"/", b"."
    else:
        sep, cur = "/", "."
    try:
        split_paths = [p.split(sep) for p in paths]
        try:
            (isabs_,) = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != cur] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_types("commonpath", *paths)
        raise
