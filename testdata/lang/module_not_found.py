# Importing an unknown module raises ModuleNotFoundError naming it.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from nonexistent_pkg import thing
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import math as m, sys as system
import sys
print(m.sqrt(16), system is sys)
import definitely_missing_module
