# assert statements: passing, failing with and without message, lazy message.
assert True
assert 1 + 1 == 2, "math works"
def message():
    print("message evaluated")
    return "failed!"
assert True, message()
try:
    assert False, message()
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 0
except AssertionError as e:
    print("bare:", repr(e), e.args)
