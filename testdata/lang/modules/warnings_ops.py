import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", RuntimeWarning)
print([(str(m.message), m.category.__name__, m.lineno) for m in w])
warnings.simplefilter("error")
try:
    warnings.warn("boom", UserWarning)
except UserWarning as e:
    print("raised", e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"))
