# The other Decimal methods: sign copies, normalize, fma, logb, scaleb, ...
from decimal import *

D = Decimal
print(D("-1.5").copy_abs(), D("1.5").copy_negate(), D("-1.5").copy_sign(2), D("1.5").copy_sign(D("-0")), D("NaN").copy_sign(-1))
for v in ["123.456", "100", "0.00", "-1.2000", "1E+5", "120E-1", "Infinity", "-0E+3"]:
    print("normalize", v, D(v).normalize())
print(D(5).fma(2, 3), D("1.5").fma(D(2), D("-0.5")), D(10).logb(), D("0.001").logb(), D(0).logb() if False else "", D(7).scaleb(-2),
      D("1.5").scaleb(3), D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D(1).next_toward(1))
print(D(7).radix(), D(7).real, D(7).imag, D(7).conjugate(), D(7).canonical(), D(7).is_canonical(), D(-7).adjusted(), D("0.07").adjusted())
print(D("1.23").same_quantum(D("4.56")), D(1).same_quantum(D("NaN")), D("NaN").same_quantum(D("NaN")), D("Infinity").same_quantum(D("-Infinity")))
print(D("1.1").max(D("1.10")), D("1.10").max(D("1.1")), D("-0").max(D("0")), D("0").min(D("-0")), D(3).max_mag(-4), D(3).min_mag(-4))
print(D(1).compare_total(D("1.0")), D("1.0").compare_total(D(1)), D("NaN").compare_total(D("sNaN")), D(-1).compare_total(D("NaN")))
print(D("12.345").to_eng_string(), D("0.0001234").to_eng_string(), D("-1.23E-10").to_eng_string(), D("0E-7").to_eng_string())
print(D(0).logb(context=Context(traps=[])), D("1E+5").to_integral_exact(), D("7.5").__round__(), D("7.5").__round__(0))
print(D.from_float(0.25), type(D(1).__copy__()).__name__, D("2.0").__reduce__(), D(1).__deepcopy__({}))
