# os.path's string functions: join, split, splitext, basename, dirname, normpath, relpath, commonpath.
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs, commonprefix, commonpath, relpath

print(join("a", "b", "c"), join("/a", "b/", "c"), join("a", "/b", "c"), join("a", ""), join("", "b"), join("a/", "b"), join("a"), join(b"x", b"y"))
for p in ["/usr/lib/python3.11/os.py", "os.py", "/", "", "a/b/", "//a//b", "///x", "a/.hidden", ".bashrc", "..", "a/b.tar.gz", "a.b/c", "...x", "x.", b"/tmp/f.txt"]:
    print(repr(p), split(p), splitext(p), repr(basename(p)), repr(dirname(p)), isabs(p))
for p in ["", ".", "/", "//", "///", "a/./b/../c", "../../x", "/../x", "a/b/../../..", "//a/b/../c", "./", "a//b///c/", "/a/b/./../c/.", b"a/../b"]:
    print(repr(p), repr(normpath(p)))
print(commonprefix(["/usr/lib", "/usr/local/lib", "/usr/li"]), repr(commonprefix([])), commonprefix([[1, 2, 3], [1, 2, 4]]), repr(commonprefix(["abc", "xyz"])))
print(commonpath(["/usr/lib", "/usr/local/lib"]), commonpath(["a/b/c", "a/b/d", "a/b"]), repr(commonpath(["a", "b"])), commonpath(["/a/./b", "/a/b/c"]))
print(relpath("/a/b/c", "/a"), relpath("/a", "/a/b/c"), relpath("/x/y", "/a/b"), relpath("/a/b", "/a/b"), relpath("a/b", "a"), relpath("a", "a/b/c"))
print(os.path.normcase("A/B"), os.path.splitdrive("/a/b"), os.path.splitdrive(b"c"), os.path.expanduser("abc"), os.path.expanduser("~other/x"), os.path.expandvars("$NO_SUCH_VAR_X/${NO_SUCH_Y}/$"))
print(os.sep, os.pathsep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.path.sep, os.path.pathsep)

class P:
    def __fspath__(self):
        return "/from/pathlike"
print(os.fspath(P()), join(P(), "x"), basename(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike), os.fspath(b"b"))
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("join int", lambda: join(1))
attempt("join a int", lambda: join("a", 1))
attempt("join mix", lambda: join("a", b"b"))
attempt("split int", lambda: split(5))
attempt("basename None", lambda: basename(None))
attempt("relpath empty", lambda: relpath(""))
attempt("commonpath empty", lambda: commonpath([]))
attempt("commonpath mix", lambda: commonpath(["/a", "b"]))
attempt("fspath int", lambda: os.fspath(1))
attempt("getsize", lambda: os.path.getsize("no/such/file.txt"))
attempt("stat", lambda: os.stat("no-such-file"))
attempt("exists", lambda: (os.path.exists("no/such"), os.path.isfile("no/such"), os.path.isdir("no/such/dir"), os.path.islink("no/such")))
