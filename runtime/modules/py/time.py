# struct_time and the functions built on it (UTC only).

class struct_time(tuple):
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
               "tm_wday", "tm_yday", "tm_isdst")

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError(f"time.struct_time() takes a 9-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"time.struct_time({parts})"

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: "UTC")
    tm_gmtoff = property(lambda self: 0)


def gmtime(secs=None):
    return struct_time(_gmtime_fields(secs))


localtime = gmtime


def mktime(t):
    return _mktime_from_utc(*tuple(t)[:6])


def strftime(format, t=None):
    if t is None:
        t = gmtime()
    t = tuple(t)
    return _strftime(format, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7])


def asctime(t=None):
    return strftime("%c", t)


def ctime(secs=None):
    return asctime(gmtime(secs))
