# sys.exit with an int sets the exit status; finally blocks still run.
import sys
print("about to exit")
try:
    sys.exit(3)
finally:
    print("finally runs before exit")
print("never")
