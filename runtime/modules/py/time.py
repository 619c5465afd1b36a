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


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_COMPOSITE = {"F": "%Y-%m-%d", "T": "%H:%M:%S", "X": "%H:%M:%S", "R": "%H:%M",
              "r": "%I:%M:%S %p", "D": "%m/%d/%y", "x": "%m/%d/%y", "c": "%a %b %e %H:%M:%S %Y"}


def _iso_week(year, yday, wday):
    # The ISO year and week of a date: the week's Thursday decides the year.
    thu = yday - wday + 3
    if thu < 1:
        year -= 1
        thu += 366 if _is_leap(year) else 365
    elif thu > (366 if _is_leap(year) else 365):
        thu -= 366 if _is_leap(year) else 365
        year += 1
    return year, (thu - 1) // 7 + 1


def _strftime(format, year, mon, mday, hour, minute, sec, wday, yday, zone, gmtoff):
    # glibc's strftime in the C locale, for fields time.strftime checked:
    # unknown directives are copied, and the flags "-" (no padding), "_"
    # (spaces) and "0" are understood.
    out = []
    hour12 = hour % 12 or 12
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        start = i - 1
        flag = ""
        if format[i] in "-_0":
            flag = format[i]
            i += 1
            if i == n:
                out.append(format[start:])
                break
        d = format[i]
        i += 1
        num = None
        width, fill = 2, "0"
        if d == "Y":
            num, width = year, 1
        elif d == "y":
            num = year % 100
        elif d == "C":
            num, width = year // 100, 1
        elif d in "GgV":
            iso_year, week = _iso_week(year, yday, wday)
            num, width = (iso_year, 1) if d == "G" else (iso_year % 100 if d == "g" else week, 2)
        elif d == "m":
            num = mon
        elif d in "de":
            num, fill = mday, ("0" if d == "d" else " ")
        elif d in "Hk":
            num, fill = hour, ("0" if d == "H" else " ")
        elif d in "Il":
            num, fill = hour12, ("0" if d == "I" else " ")
        elif d == "M":
            num = minute
        elif d == "S":
            num = sec
        elif d == "j":
            num, width = yday, 3
        elif d == "u":
            num, width = wday + 1, 1
        elif d == "w":
            num, width = (wday + 1) % 7, 1
        elif d == "U":
            num = (yday - 1 + 7 - (wday + 1) % 7) // 7
        elif d == "W":
            num = (yday - 1 + 7 - wday) // 7
        elif d == "s":
            days = _ordinal(year, 1, 1) - 719163 + yday - 1
            num, width = ((days * 24 + hour) * 60 + minute) * 60 + sec, 1
        elif d in "pP":
            ampm = "AM" if hour < 12 else "PM"
            out.append(ampm if d == "p" else ampm.lower())
        elif d in "Aa":
            out.append(_DAY_NAMES[wday] if d == "A" else _DAY_NAMES[wday][:3])
        elif d in "Bbh":
            out.append(_MONTH_NAMES[mon - 1] if d == "B" else _MONTH_NAMES[mon - 1][:3])
        elif d == "Z":
            out.append(zone)
        elif d == "z":
            out.append(gmtoff)
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        elif d in _COMPOSITE:
            out.append(_strftime(_COMPOSITE[d], year, mon, mday, hour, minute, sec, wday, yday, zone, gmtoff))
        else:
            out.append(format[start:i])
        if num is None:
            continue
        if flag == "-":
            width = 1
        elif flag:
            fill = " " if flag == "_" else "0"
        text = str(num)
        if num >= 0 and len(text) < width:
            text = fill * (width - len(text)) + text
        out.append(text)
    return "".join(out)


# strptime's regular expressions, as CPython's _strptime.TimeRE builds them
# for the C locale.
_STRPTIME_PATTERNS = {
    "d": r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[0-1]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[0-1]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)",
    "p": "am|pm",
    "Z": "utc|gmt",
}


def _longest_first(names):
    return "|".join(sorted((n.lower() for n in names), key=len, reverse=True))


_STRPTIME_PATTERNS["A"] = _longest_first(_DAY_NAMES)
_STRPTIME_PATTERNS["a"] = _longest_first(d[:3] for d in _DAY_NAMES)
_STRPTIME_PATTERNS["B"] = _longest_first(_MONTH_NAMES)
_STRPTIME_PATTERNS["b"] = _longest_first(m[:3] for m in _MONTH_NAMES)
_STRPTIME_LOCALE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_strptime_cache = {}


def _strptime_pattern(format):
    # The regular expression for a format: regex characters escaped,
    # whitespace runs as \s+, directives as named groups (KeyError for an
    # unknown directive, IndexError for a trailing %).
    escaped = "".join("\\" + c if c in "\\.^$*+?(){}[]|" else c for c in format)
    parts = []
    i = 0
    while i < len(escaped):
        if escaped[i].isspace():
            while i < len(escaped) and escaped[i].isspace():
                i += 1
            parts.append(r"\s+")
        else:
            parts.append(escaped[i])
            i += 1
    rest = "".join(parts)
    out = []
    while "%" in rest:
        i = rest.index("%") + 1
        d = rest[i]
        out.append(rest[:i - 1])
        if d == "%":
            out.append("%")
        elif d in _STRPTIME_LOCALE:
            out.append(_strptime_pattern(_STRPTIME_LOCALE[d]))
        else:
            out.append(f"(?P<{d}>{_STRPTIME_PATTERNS[d]})")
        rest = rest[i + 1:]
    return "".join(out) + rest


def _strptime_match(string, format):
    # The directives a string matches, as a flat tuple (directive, text,
    # ...) in the order of the format, with _strptime's errors.
    for index, arg in enumerate((string, format)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    regex = _strptime_cache.get(format)
    if regex is None:
        import re
        try:
            regex = re.compile(_strptime_pattern(format), re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            raise ValueError(f"'{'%' if bad == chr(92) else bad}' is a bad directive in format '{format}'") from None
        except IndexError:
            raise ValueError(f"stray % in format '{format}'") from None
        if len(_strptime_cache) > 5:
            _strptime_cache.clear()
        _strptime_cache[format] = regex
    found = regex.match(string)
    if not found:
        raise ValueError(f"time data {string!r} does not match format {format!r}")
    if len(string) != found.end():
        raise ValueError(f"unconverted data remains: {string[found.end():]}")
    out = ()
    for key, text in found.groupdict().items():
        out += (key, text)
    return out


_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ordinal(y, m, d):
    # date(y, m, d).toordinal(), with date()'s errors for a bad date.
    if not 1 <= y <= 9999:
        raise ValueError(f"year {y} is out of range")
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= (29 if m == 2 and _is_leap(y) else (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m]):
        raise ValueError("day is out of range for month")
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _from_ordinal(n):
    if n < 1:
        raise ValueError("ordinal must be >= 1")
    if n > 3652059:
        raise ValueError("year 10000 is out of range")
    y = (n - 1) * 400 // 146097 + 1
    while _ordinal(y, 1, 1) > n:
        y -= 1
    while y < 9999 and _ordinal(y + 1, 1, 1) <= n:
        y += 1
    doy = n - _ordinal(y, 1, 1) + 1
    leap = _is_leap(y)
    m = 1
    while m < 12 and doy > _DAYS_BEFORE_MONTH[m + 1] + (m + 1 > 2 and leap):
        m += 1
    return y, m, doy - _DAYS_BEFORE_MONTH[m] - (m > 2 and leap)


def _strptime(string, format):
    # CPython's _strptime._strptime: the matched directives (Go's matcher,
    # _strptime_match) turned into (year, month, day, hour, minute, second,
    # weekday, julian, tz, tzname, gmtoff, fraction, gmtoff_fraction).
    found = _strptime_match(string, format)
    groups = dict(zip(found[::2], found[1::2]))
    year = iso_year = iso_week = week_of_year = weekday = julian = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = tzname = None
    gmtoff_fraction = 0
    week_starts_mon = False
    for key, text in groups.items():
        if key == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(text)
        elif key == "G":
            iso_year = int(text)
        elif key == "m":
            month = int(text)
        elif key == "B":
            month = _MONTHS.index(text.lower()) + 1
        elif key == "b":
            month = [m[:3] for m in _MONTHS].index(text.lower()) + 1
        elif key == "d":
            day = int(text)
        elif key == "H":
            hour = int(text)
        elif key == "I":
            hour = int(text)
            if groups.get("p", "").lower() == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif key == "M":
            minute = int(text)
        elif key == "S":
            second = int(text)
        elif key == "f":
            fraction = int((text + "00000")[:6])
        elif key == "A":
            weekday = _DAYS.index(text.lower())
        elif key == "a":
            weekday = [d[:3] for d in _DAYS].index(text.lower())
        elif key == "w":
            weekday = (int(text) + 6) % 7
        elif key == "u":
            weekday = int(text) - 1
        elif key == "j":
            julian = int(text)
        elif key in ("U", "W"):
            week_of_year = int(text)
            week_starts_mon = key == "W"
        elif key == "V":
            iso_week = int(text)
        elif key == "z":
            if text == "Z":
                gmtoff = 0
                continue
            z = text
            if z[3] == ":":
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ":":
                        raise ValueError(f"Inconsistent use of : in {text}")
                    z = z[:5] + z[6:]
            gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
            gmtoff_fraction = int((z[8:] + "000000")[:6])
            if z[0] == "-":
                gmtoff, gmtoff_fraction = -gmtoff, -gmtoff_fraction
        elif key == "Z":
            tzname = text
            tz = 0  # utc and gmt: this runtime's zone has no daylight time
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year, leap_year_fix = 1904, True  # a leap year, reported as 1900
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = (_ordinal(year, 1, 1) + 6) % 7
            dow = weekday
            if not week_starts_mon:
                first, dow = (first + 1) % 7, (dow + 1) % 7
            if week_of_year == 0:
                julian = 1 + dow - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + dow
        elif iso_year is not None and iso_week is not None:
            correction = (_ordinal(iso_year, 1, 4) + 6) % 7 + 4
            ordinal = iso_week * 7 + weekday + 1 - correction
            if ordinal < 1:
                ordinal += _ordinal(iso_year, 1, 1)
                iso_year -= 1
                ordinal -= _ordinal(iso_year, 1, 1)
            year, julian = iso_year, ordinal
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz,
            tzname, gmtoff, fraction, gmtoff_fraction)


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
