# The sys module: argv, stdout/stderr, recursion limit, maxsize, version_info.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info >= (3, 11), sys.version_info.major)
sys.stdout.write("stdout write\n")
sys.stderr.write("stderr write\n")
print("via print to stderr", file=sys.stderr)
print(sys.byteorder, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.platform != "", isinstance(sys.path, list))
