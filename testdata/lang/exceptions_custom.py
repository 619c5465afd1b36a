# User-defined exception hierarchies, args, str/repr, attributes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
for exc in (NotFound("id"), Invalid(1, 2), AppError(), AppError("a", "b")):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
e = NotFound("x")
print(e.key, isinstance(e, Exception), isinstance(e, BaseException), NotFound.__mro__[1:3])
print(repr(ValueError()), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")))
print(repr(Exception("msg")), str(Exception(1, 2)), Exception(1).args)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
