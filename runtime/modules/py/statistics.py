# statistics (ints and floats): exact rational sums as CPython's, so
# results round the same way.

import math
from collections import Counter

__all__ = ["StatisticsError", "fmean", "mean", "median", "median_high", "median_low",
           "mode", "multimode", "pstdev", "pvariance", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if not math.isfinite(x):
            return x, None
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _reduce(n, d):
    g = math.gcd(n, d)
    return n // g, d // g


def _add(a, b):
    return _reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _type_of(data):
    T = int
    for x in data:
        if isinstance(x, float):
            T = float
        elif not isinstance(x, int):
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    return T


def _convert(q, T):
    n, d = q
    if T is int and d != 1:
        T = float
    if T is int:
        return n
    return n / d


def _sum(data):
    total = (0, 1)
    special = None
    for x in data:
        n, d = _ratio(x)
        if d is None:
            special = n if special is None else special + n
            continue
        total = _add(total, (n, d))
    return total, special


def mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    T = _type_of(data)
    total, special = _sum(data)
    if special is not None:
        return special
    return _convert(_reduce(total[0], total[1] * n), T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    counts = Counter(iter(data)).most_common()
    if not counts:
        return []
    maxcount = counts[0][1]
    return [value for value, count in counts if count == maxcount]


def _ss(data, c=None):
    data = list(data)
    T = _type_of(data)
    n = len(data)
    if c is not None:
        cq = _ratio(c)
        ss = (0, 1)
        for x in data:
            dx = _add(_ratio(x), (-cq[0], cq[1]))
            ss = _add(ss, (dx[0] * dx[0], dx[1] * dx[1]))
        return T, ss, n
    sx = (0, 1)
    sxx = (0, 1)
    for x in data:
        p, q = _ratio(x)
        if q is None:
            return T, (p, 1), n
        sx = _add(sx, (p, q))
        sxx = _add(sxx, (p * p, q * q))
    if n == 0:
        return T, (0, 1), 0
    # ssd = (n * sxx - sx * sx) / n
    a = (n * sxx[0], sxx[1])
    b = (sx[0] * sx[0], sx[1] * sx[1])
    num = _add(a, (-b[0], b[1]))
    return T, _reduce(num[0], num[1] * n), n


def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_reduce(ss[0], ss[1] * (n - 1)), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_reduce(ss[0], ss[1] * n), T)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    q = _reduce(ss[0], ss[1] * (n - 1))
    return _float_sqrt_of_frac(q[0], q[1])


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    q = _reduce(ss[0], ss[1] * n)
    return _float_sqrt_of_frac(q[0], q[1])
