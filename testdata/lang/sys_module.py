# The sys module: argv, stdout/stderr, recursion limit.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write("stdout write\n")
sys.stderr.write("stderr write\n")
print("via print to stderr", file=sys.stderr)
