# struct_time and the functions built on it. The runtime has no time zone:
# local time is UTC (as on a machine with TZ=UTC), gmtime names its zone
# "GMT" and localtime "UTC", as glibc does there.

class struct_time(tuple):
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
               "tm_wday", "tm_yday", "tm_isdst")
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"time.struct_time({parts})"

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


struct_time.__module__ = "time"


def gmtime(secs=None):
    return struct_time(_gmtime_fields(secs) + ("GMT", 0))


def localtime(secs=None):
    return struct_time(_gmtime_fields(secs) + ("UTC", 0))


def _tm_arg(t, fname):
    # The checks of CPython's gettmarg: a 9-tuple of ints.
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    fields = [_index(v) for v in t]
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    else:
        zone, gmtoff = None, None
    return fields, zone, gmtoff


def _index(v):
    if isinstance(v, int):
        return v
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None
    return index(v)


def _checktm(f):
    # CPython's checktm, after its normalisations of 0 fields.
    year, mon, mday, hour, minute, sec, wday, yday, isdst = f
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    wday = wday % 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return [year, mon, mday, hour, minute, sec, wday, yday, isdst]


def strftime(format, t=None, /):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    f, zone, gmtoff = _tm_arg(t, "strftime")
    f = _checktm(f)
    isdst = f[8]
    if zone is None:
        zone = "" if isdst < 0 else "UTC"
    if gmtoff is None:
        z = "" if isdst < 0 else "+0000"
    else:
        sign = "-" if gmtoff < 0 else "+"
        m = abs(gmtoff) // 60
        z = f"{sign}{m // 60:02d}{m % 60:02d}"
    return _strftime(format, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], zone, z)


def strptime(string, format="%a %b %d %H:%M:%S %Y", /):
    r = _strptime(string, format)
    return struct_time(r[:6] + (r[6], r[7], r[8], r[9], r[10]))


def mktime(t, /):
    f, zone, gmtoff = _tm_arg(t, "mktime")
    return _mktime_from_utc(*f[:6])


def asctime(t=None, /):
    if t is None:
        t = localtime()
    f, zone, gmtoff = _tm_arg(t, "asctime")
    f = _checktm(f)
    return _strftime("%a %b %e %H:%M:%S %Y", f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], "", "")


def ctime(secs=None, /):
    return asctime(localtime(secs))
