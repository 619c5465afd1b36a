# sys.exit with a string prints it to stderr and exits with status 1.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
sys.exit("fatal: configuration missing")
