import io
from contextlib import redirect_stdout
s = io.StringIO()
s.write("hello\n"); print("world", file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), s.read(), repr(s.read()))
with redirect_stdout(io.StringIO()) as buf:
    print("captured")
print(repr(buf.getvalue()))
r = io.StringIO("a\nb\nc")
print([line for line in r], io.BytesIO(b"xy").read())
try:
    s.write(1)
except TypeError as e:
    print(e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print(e)
