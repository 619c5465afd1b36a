# os.environ as a mapping, getenv and their errors (only variables this program sets are printed).
import os

os.environ["ASYNC_DEMO"] = "1"
print(os.environ["ASYNC_DEMO"], os.getenv("ASYNC_DEMO"), os.environ.get("ASYNC_DEMO"), "ASYNC_DEMO" in os.environ)
print(os.getenv("ASYNC_MISSING"), os.getenv("ASYNC_MISSING", "default"), os.environ.get("ASYNC_MISSING", 5))
os.environ.setdefault("ASYNC_OTHER", "x")
os.environ.update(ASYNC_THIRD="3")
print(sorted(k for k in os.environ if k.startswith("ASYNC_")), os.environ.pop("ASYNC_OTHER"))
del os.environ["ASYNC_THIRD"]
print("ASYNC_THIRD" in os.environ, isinstance(os.environ.copy(), dict), type(os.environ).__name__)
merged = os.environ | {"ASYNC_NEW": "n"}
print(type(merged).__name__, merged["ASYNC_NEW"], "ASYNC_NEW" in os.environ)
print(isinstance(os.getpid(), int), isinstance(os.cpu_count(), int), os.path.isabs(os.getcwd()), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.expanduser("~/docs") == os.path.join(os.environ["HOME"], "docs"), os.path.expandvars("$ASYNC_DEMO-${ASYNC_DEMO}"))
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("missing", lambda: os.environ["ASYNC_MISSING"])
attempt("set int", lambda: os.environ.__setitem__("ASYNC_X", 1))
attempt("key int", lambda: os.environ[1])
attempt("getenv int", lambda: os.getenv(1))
attempt("del missing", lambda: os.environ.__delitem__("ASYNC_MISSING"))
