# datetime: date, time, datetime, timedelta, tzinfo and timezone with
# CPython's values, reprs and errors. Local time is UTC (the runtime has no
# time zone). now() and today() read the run's wall clock (time.time_ns):
# on the virtual clock it starts at 2026-01-01 00:00:00 UTC and advances
# only with the run's virtual time, so runs print the same every time.
# strftime and strptime are the time module's (runtime/modules/strtime.go).

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return (_days_before_year(y) + _DAYS_BEFORE_MONTH[m] +
            (m > 2 and _is_leap(y)) + d)


def _ord2ymd(n):
    # Estimate the year from 400-year cycles, then correct it.
    y = (n - 1) * 400 // 146097 + 1
    while _days_before_year(y + 1) < n:
        y += 1
    while _days_before_year(y) >= n:
        y -= 1
    doy = n - _days_before_year(y)
    leap = _is_leap(y)
    m = 1
    while m < 12 and doy > _DAYS_BEFORE_MONTH[m + 1] + (m + 1 > 2 and leap):
        m += 1
    return y, m, doy - _DAYS_BEFORE_MONTH[m] - (m > 2 and leap)


def _iso_week1_monday(y):
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _setattr(self, name, value):
    # The module's own classes have no __dict__ in CPython: an instance
    # takes no new attributes (a subclass's does). Instances keep their
    # fields in __dict__ all the same, written directly, since slot
    # stores are slow in this runtime.
    if type(self) in _C_NAMES and not hasattr(type(self), name):
        raise AttributeError(f"'{_tp_name(self)}' object has no attribute '{name}'")
    object.__setattr__(self, name, value)


def _field(get, name):
    # A read-only attribute with CPython's message for an assignment.
    def refuse(self, value=None):
        raise AttributeError(f"attribute '{name}' of '{_tp_name(self)}' objects is not writable")
    return property(get, refuse, refuse)


def _int(v):
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError(f"'{_tp_name(v)}' object cannot be interpreted as an integer") from None
    return index(v)


def _check_required(year, month, day):
    if year is None or month is None or day is None:
        for pos, name, v in ((1, "year", year), (2, "month", month), (3, "day", day)):
            if v is None:
                raise TypeError(f"function missing required argument '{name}' (pos {pos})")
            _int(v)


# The checks take ints (callers convert other types with _int first) and
# return nothing: building and unpacking tuples is slow in this runtime.

def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _tp_name(x):
    # The name CPython's C types give in messages: "datetime.date" for
    # the module's own classes, the bare name for subclasses.
    t = type(x)
    return _C_NAMES.get(t, t.__name__)


def _cmp_error(x, y):
    raise TypeError(f"can't compare {_tp_name(x)} to {_tp_name(y)}")


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _check_offset(name, offset):
    # A tzinfo method's result: None or a timedelta within a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _format_offset(off, sep):
    # "+HH<sep>MM[<sep>SS[.ffffff]]", or "" for None.
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off.microseconds:
        s += f"{sep}{ss:02d}"
        if off.microseconds:
            s += f".{off.microseconds:06d}"
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, tt):
    # %z, %Z and %f are the object's; the rest is time.strftime's.
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        elif c == "f":
            out.append(f"{getattr(obj, 'microsecond', 0):06d}")
        else:
            out.append("%" + c)
    return _time.strftime("".join(out), tt)


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _accumulate(total, leftover, value, factor, what):
    # One timedelta argument in microseconds: ints exactly; floats split
    # into a whole part and a fraction carried in leftover, as CPython does.
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        whole = int(value)
        total += whole * factor
        frac = (value - whole) * factor
        whole = int(frac)
        return total + whole, leftover + (frac - whole)
    raise TypeError(f"unsupported type for timedelta {what} component: {type(value).__name__}")


def _round_half_even(num, den):
    if den < 0:
        num, den = -num, -den
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


class timedelta:
    __setattr__ = _setattr

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0, **bad):
        if bad:
            raise TypeError(f"{next(iter(bad))!r} is an invalid keyword argument for __new__()")
        total, left = 0, 0.0
        for value, factor, what in ((days, 86400000000, "days"), (seconds, 1000000, "seconds"),
                                    (microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                    (minutes, 60000000, "minutes"), (hours, 3600000000, "hours"),
                                    (weeks, 604800000000, "weeks")):
            total, left = _accumulate(total, left, value, factor, what)
        if left:
            whole = round(left)
            if abs(whole - left) == 0.5:
                odd = total & 1
                whole = 2 * round((left + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -2**31 <= d < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self.__dict__["_days"] = d
        self.__dict__["_seconds"] = s
        self.__dict__["_microseconds"] = us
        self.__dict__["_hashcode"] = -1
        return self

    days = _field(lambda self: self._days, "days")
    seconds = _field(lambda self: self._seconds, "seconds")
    microseconds = _field(lambda self: self._microseconds, "microseconds")

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_tp_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("division by zero")
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self.__dict__["_hashcode"] = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    __setattr__ = _setattr

    def __new__(cls, year=None, month=None, day=None):
        if type(year) is not int or type(month) is not int or type(day) is not int:
            _check_required(year, month, day)
            year = _int(year)
            month = _int(month)
            day = _int(day)
        _check_date(year, month, day)
        self = object.__new__(cls)
        self.__dict__["_year"] = year
        self.__dict__["_month"] = month
        self.__dict__["_day"] = day
        self.__dict__["_hashcode"] = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, wd, yd, dst = _time.gmtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError(f"year {_ord2ymd(n)[0]} is out of range")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        ymd = _parse_iso_date(date_string, len(date_string))
        if ymd is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(_int(year), _int(week), _int(day)))

    year = _field(lambda self: self._year, "year")
    month = _field(lambda self: self._month, "month")
    day = _field(lambda self: self._day, "day")

    def __repr__(self):
        return f"{_tp_name(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None, **bad):
        if bad:
            raise TypeError(f"{next(iter(bad))!r} is an invalid keyword argument for replace()")
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            return NotImplemented
        if isinstance(other, date):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self.__dict__["_hashcode"] = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        week1 = _iso_week1_monday(y)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            y -= 1
            week, day = divmod(today - _iso_week1_monday(y), 7)
        elif week >= 52 and today >= _iso_week1_monday(y + 1):
            y += 1
            week = 0
        return IsoCalendarDate(y, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class tzinfo:

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        d = dt.dst()
        if d is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - d
        if delta:
            dt += delta
            d = dt.dst()
            if d is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + d


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f"{_tp_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return (tuple, (tuple(self),))


class time:
    __setattr__ = _setattr

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if type(hour) is not int or type(minute) is not int or type(second) is not int or type(microsecond) is not int:
            hour = _int(hour)
            minute = _int(minute)
            second = _int(second)
            microsecond = _int(microsecond)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self.__dict__["_hour"] = hour
        self.__dict__["_minute"] = minute
        self.__dict__["_second"] = second
        self.__dict__["_microsecond"] = microsecond
        self.__dict__["_tzinfo"] = tzinfo
        self.__dict__["_fold"] = fold
        self.__dict__["_hashcode"] = -1
        return self

    hour = _field(lambda self: self._hour, "hour")
    minute = _field(lambda self: self._minute, "minute")
    second = _field(lambda self: self._second, "second")
    microsecond = _field(lambda self: self._microsecond, "microsecond")
    tzinfo = _field(lambda self: self._tzinfo, "tzinfo")
    fold = _field(lambda self: self._fold, "fold")

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        # As datetime._cmp.
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        a, b = self.utcoffset(), other.utcoffset()
        if a == b:
            return _cmp(self._us(), other._us())
        if a is None or b is None:
            if op == "==":
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._us() - a._us(), other._us() - b._us())

    def __eq__(self, other):
        c = self._cmp(other, "==")
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._cmp(other, "<")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other, "<=")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, ">")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other, ">=")
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self.__dict__["_hashcode"] = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                self.__dict__["_hashcode"] = hash(t._us() - off._us())
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            s = f"{self._hour}, {self._minute}, {self._second}"
        else:
            s = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_tp_name(self)}({s})"

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        t = _parse_iso_time(time_string, 1 if time_string.startswith("T") else 0)
        if t is None:
            raise ValueError(f"Invalid isoformat string: {time_string!r}")
        return cls(*t)

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None, **bad):
        if bad:
            raise TypeError(f"{next(iter(bad))!r} is an invalid keyword argument for replace()")
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


class datetime(date):

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if type(year) is not int or type(month) is not int or type(day) is not int:
            _check_required(year, month, day)
            year = _int(year)
            month = _int(month)
            day = _int(day)
        _check_date(year, month, day)
        if type(hour) is not int or type(minute) is not int or type(second) is not int or type(microsecond) is not int:
            hour = _int(hour)
            minute = _int(minute)
            second = _int(second)
            microsecond = _int(microsecond)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self.__dict__["_year"] = year
        self.__dict__["_month"] = month
        self.__dict__["_day"] = day
        self.__dict__["_hour"] = hour
        self.__dict__["_minute"] = minute
        self.__dict__["_second"] = second
        self.__dict__["_microsecond"] = microsecond
        self.__dict__["_tzinfo"] = tzinfo
        self.__dict__["_fold"] = fold
        self.__dict__["_hashcode"] = -1
        return self

    hour = _field(lambda self: self._hour, "hour")
    minute = _field(lambda self: self._minute, "minute")
    second = _field(lambda self: self._second, "second")
    microsecond = _field(lambda self: self._microsecond, "microsecond")
    tzinfo = _field(lambda self: self._tzinfo, "tzinfo")
    fold = _field(lambda self: self._fold, "fold")

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            secs = int(t // 1)
            us = round((t - secs) * 1e6)
            if us >= 1000000:
                secs += 1
                us -= 1000000
        elif isinstance(t, int):
            secs, us = t, 0
        else:
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        if not -62135596800 <= secs <= 253402300799:
            raise ValueError("year %d is out of range" % _time.gmtime(secs).tm_year)
        y, m, d, hh, mm, ss = _time.gmtime(secs)[:6]
        result = cls(y, m, d, hh, mm, ss, us, None if utc else tz)
        if tz is not None and not utc:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, False, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        ns = _time.time_ns()
        _check_tzinfo(tz)
        secs, ns = divmod(ns, 10**9)
        y, m, d, hh, mm, ss = _time.gmtime(secs)[:6]
        result = cls(y, m, d, hh, mm, ss, ns // 1000)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcnow(cls):
        return cls.now()

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        bad = ValueError(f"Invalid isoformat string: {date_string!r}")
        if len(date_string) < 7:
            raise bad
        sep = _iso_separator(date_string)
        ymd = _parse_iso_date(date_string, sep) if sep >= 0 else None
        if ymd is None:
            raise bad
        if len(date_string) > sep:
            t = _parse_iso_time(date_string, sep + 1)
            if t is None:
                raise bad
        else:
            t = [0, 0, 0, 0, None]
        return cls(*ymd, *t)

    @classmethod
    def strptime(cls, date_string, format):
        for i, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                name = "None" if arg is None else type(arg).__name__
                raise TypeError(f"strptime() argument {i + 1} must be str, not {name}")
        r = _time._strptime(date_string, format)
        args = list(r[:6]) + [r[11]]
        tzname, gmtoff = r[9], r[10]
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=r[12])
            args.append(timezone(delta, tzname) if tzname else timezone(delta))
        return cls(*args)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        d = self.dst()
        dst = -1 if d is None else (1 if d else 0)
        return _struct_time(self._year, self._month, self._day,
                            self._hour, self._minute, self._second, dst)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _local_us(self):
        # Microseconds since 0001-01-01 of the naive fields.
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second)
                * 1000000 + self._microsecond)

    def timestamp(self):
        us = self._local_us() - _EPOCH_US
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us / 10**6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None, **bad):
        if bad:
            raise TypeError(f"{next(iter(bad))!r} is an invalid keyword argument for replace()")
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")
        mytz = self._tzinfo
        if mytz is None:
            off = timedelta(0)  # naive: local time, which is UTC here
        else:
            if tz is mytz:
                return self
            off = self.utcoffset()
            if off is None:
                off = timedelta(0)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return _time.asctime(self.timetuple())

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not {type(sep).__name__}")
        s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        s = f"{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._microsecond:
            s += f", {self._second}, {self._microsecond}"
        elif self._second:
            s += f", {self._second}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_tp_name(self)}({s})"

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def _cmp(self, other, op):
        # -1, 0 or 1; 2 for == between values without an order between
        # them (naive and aware); NotImplemented for other types.
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == "==":
                    return 2
                _cmp_error(self, other)
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._local_us(), other._local_us())
        a, b = self.utcoffset(), other.utcoffset()
        if a == b:
            return _cmp(self._local_us(), other._local_us())
        if a is None or b is None:
            if op == "==":
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._local_us() - a._us(), other._local_us() - b._us())

    def __eq__(self, other):
        c = self._cmp(other, "==")
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._cmp(other, "<")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other, "<=")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, ">")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other, ">=")
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            us = t._local_us()
            if off:
                us -= off._us()
            self.__dict__["_hashcode"] = hash(us)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._local_us() + other._us()
        days, us = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, 1000000)
        mm, ss = divmod(secs, 60)
        hh, mm = divmod(mm, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        us = self._local_us() - other._local_us()
        if self._tzinfo is not other._tzinfo:
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a is not None:
                us -= a._us() - b._us()
        return timedelta(microseconds=us)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time


class timezone(tzinfo):
    __setattr__ = _setattr

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {offset!r}.")
        if name is None and not offset and _UTC is not None:
            return _UTC
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name):
        self = tzinfo.__new__(cls)
        self.__dict__["_offset"] = offset
        self.__dict__["_name"] = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_tp_name(self)}({self._offset!r})"
        return f"{_tp_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, name):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{name}(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return "UTC"
        return "UTC" + _format_offset(off, ":")

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        if self._name is None:
            return (timezone, (self._offset,))
        return (timezone, (self._offset, self._name))


_UTC = None
_UTC = timezone._create(timedelta(0), None)
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59), None)
timezone.max = timezone._create(timedelta(hours=23, minutes=59), None)
UTC = _UTC
_LOCAL = timezone._create(timedelta(0), "UTC")  # the machine's zone: UTC

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_US = datetime(1970, 1, 1)._local_us()


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        first = (_ymd2ord(year, 1, 1) + 6) % 7
        if not (week == 53 and (first == 3 or (first == 2 and _is_leap(year)))):
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ISO 8601 parsing as CPython's C implementation does it: reading a
# character past the end of the string gives "\0", and some parsers read
# past the end of the part they were given, as the C code does.

def _at(s, i):
    return s[i] if i < len(s) else "\0"


def _c_digits(s, p, n):
    # (value, p + n) for n ASCII digits at s[p:], else None.
    v = 0
    for k in range(n):
        c = _at(s, p + k)
        if not "0" <= c <= "9":
            return None
        v = v * 10 + ord(c) - 48
    return v, p + n


def _iso_separator(s):
    # Where the date part of an ISO datetime string ends; -1 if unusable.
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == "-":
            if n == 9:
                return -1
            if n > 10 and "0" <= s[10] <= "9":
                return 8
            return 10
        return 8
    if s[4] == "W":
        i = 7
        while i < n and "0" <= s[i] <= "9":
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s, length):
    # [y, m, d] of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D] at the
    # start of s (length is where the date part ends); None if malformed.
    r = _c_digits(s, 0, 4)
    if r is None:
        return None
    year, p = r
    dash = _at(s, p) == "-"
    p += dash
    if _at(s, p) == "W":
        r = _c_digits(s, p + 1, 2)
        if r is None:
            return None
        week, p = r
        day = 1
        if p < length:
            if dash:
                if _at(s, p) != "-":
                    return None
                p += 1
            r = _c_digits(s, p, 1)
            if r is None:
                return None
            day = r[0]
        try:
            return list(_iso_to_ymd(year, week, day))
        except ValueError:
            return None
    r = _c_digits(s, p, 2)
    if r is None:
        return None
    month, p = r
    if dash:
        if _at(s, p) != "-":
            return None
        p += 1
    r = _c_digits(s, p, 2)
    if r is None:
        return None
    return [year, month, r[0]]


_FRACTION_SCALE = (1, 100000, 10000, 1000, 100, 10, 1)


def _parse_hms(s, p, end, vals):
    # HH[:?MM[:?SS[{.,}f+]]] at s[p:end] into vals; returns 0, 1 when
    # something follows, or < 0 when malformed.
    colon = True
    for i in range(3):
        r = _c_digits(s, p, 2)
        if r is None:
            return -3
        vals[i], p = r
        c = _at(s, p)
        p += 1
        if i == 0:
            colon = c == ":"
        if p >= end:
            return 1 if c != "\0" else 0
        if colon and c == ":":
            continue
        if c in ".,":
            break
        if colon:
            return -4
        p -= 1
    n = min(end - p, 6)
    r = _c_digits(s, p, n)
    if r is None:
        return -3
    vals[3], p = r
    vals[3] *= _FRACTION_SCALE[n]
    while "0" <= _at(s, p) <= "9":
        p += 1
    return 1 if _at(s, p) != "\0" else 0


def _parse_iso_time(s, p):
    # [h, m, s, us, tzinfo] of the ISO time at s[p:]; None if malformed.
    end = len(s)
    tz = p
    while True:
        if _at(s, tz) in "Z+-":
            break
        tz += 1
        if tz >= end:
            break
    vals = [0, 0, 0, 0]
    rv = _parse_hms(s, p, tz, vals)
    if rv < 0:
        return None
    if tz == end:
        return None if rv == 1 else vals + [None]
    if s[tz] == "Z":
        return vals + [_UTC] if _at(s, tz + 1) == "\0" else None
    z = [0, 0, 0, 0]
    if _parse_hms(s, tz + 1, end, z):
        return None
    secs = z[0] * 3600 + z[1] * 60 + z[2]
    us = z[3]
    if s[tz] == "-":
        secs, us = -secs, -us
    if not secs and not us:
        return vals + [_UTC]
    return vals + [timezone(timedelta(seconds=secs, microseconds=us))]


_C_NAMES = {timedelta: "datetime.timedelta", date: "datetime.date", time: "datetime.time",
            datetime: "datetime.datetime", timezone: "datetime.timezone", tzinfo: "datetime.tzinfo",
            IsoCalendarDate: "datetime.IsoCalendarDate"}
for _cls, _name in _C_NAMES.items():
    _set_c_name(_cls, _name)
del _cls, _name, _set_c_name
