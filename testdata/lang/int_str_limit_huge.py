# str() of a huge int fails at once from its size, before any conversion.
import sys
x = 2 ** 10**8
for conv in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ',')):
    try:
        conv(x)
    except ValueError as e:
        print(e)
for n in (4300, 4301):
    v = 10 ** (n - 1)
    try:
        print(len(str(v)), len(str(-v)))
    except ValueError as e:
        print(n, e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(-10 ** 5000)
except ValueError as e:
    print(e)
print(len(hex(x)), x.bit_length())
