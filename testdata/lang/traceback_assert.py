# assert with and without message; uncaught AssertionError.
def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e))
print(check(5))
check(-1)
