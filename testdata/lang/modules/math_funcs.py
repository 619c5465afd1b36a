import math
print(math.log(2**1000), math.log10(10**50), math.log2(2**200), math.floor(-0.5), math.ceil(1e20))
import math as _m
for f in ["math.exp(1000)", "math.sqrt('a')", "math.pow(0,-1)", "math.log(1,1)", "math.comb(-1,2)", "math.isqrt(-1)", "math.factorial(1.5)", "math.floor(float('inf'))", "math.fmod(1,0)", "math.acos(2)", "math.gcd(1.5, 2)", "math.trunc('a')"]:
    try: print(f)
    except Exception as e: print(type(e).__name__, e)
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1]*10), math.prod([2.5, 2]), math.gcd(), math.gcd(12, 18, 27), math.lcm(2,3,4))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.hypot(1,2,3), math.perm(5), math.gamma(5), math.ulp(1.0), math.erf(0.5))
