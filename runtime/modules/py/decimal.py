"""Decimal fixed and floating point arithmetic (the common part of
CPython's decimal module, with the C implementation's messages).

A Decimal is a sign, an integer coefficient and an exponent (or a kind:
infinity, quiet or signalling NaN). Every operation computes its exact
result, or enough digits of it, and rounds once to the context (_fix).
The conditions an operation meets are collected as a bit set and given
to the context at the end (Context._signal), which records them as flags
and raises the first trapped one with the list of trapped conditions, as
CPython's _decimal does.
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits (libmpdec's).
_CLAMPED = 1
_CONV = 2
_DIVZERO = 4
_DIVIMP = 8
_DIVUNDEF = 16
_INEXACT = 64
_INVCTX = 128
_INVOP = 256
_FLOATOP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_INVALID = _CONV | _DIVIMP | _DIVUNDEF | _INVCTX | _INVOP

# The signals with their bits, in the order contexts list them.
_SIGNAL_BITS = [(Clamped, _CLAMPED), (InvalidOperation, _INVALID), (DivisionByZero, _DIVZERO),
                (Inexact, _INEXACT), (FloatOperation, _FLOATOP), (Overflow, _OVERFLOW),
                (Rounded, _ROUNDED), (Subnormal, _SUBNORMAL), (Underflow, _UNDERFLOW)]
# The order of a signal dict's keys and of choosing the exception to raise.
_SIGNAL_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                 Subnormal, Inexact, Rounded, Clamped]
_BIT_OF = {cls: bit for cls, bit in _SIGNAL_BITS}
# The conditions an exception's list names, in order.
_CONDITIONS = [(InvalidOperation, _INVOP), (ConversionSyntax, _CONV), (DivisionImpossible, _DIVIMP),
               (DivisionUndefined, _DIVUNDEF), (InvalidContext, _INVCTX), (FloatOperation, _FLOATOP),
               (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW),
               (Subnormal, _SUBNORMAL), (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED)]

# The signal each condition bit belongs to, by bit (a context's repr lists
# its flags and traps in this order).
_BIT_NAMES = ['Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation', 'InvalidOperation',
              'InvalidOperation', 'Inexact', 'InvalidOperation', 'InvalidOperation', 'InvalidOperation',
              'FloatOperation', 'Overflow', 'Rounded', 'Subnormal', 'Underflow']

_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _ndigits(n):
    """The number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < 10 ** 18:
        return len(str(n))
    k = int(n.bit_length() * 0.30102999566398120) - 1
    p = 10 ** k
    while p <= n:
        p *= 10
        k += 1
    return k


def _digit_str(n):
    """str(n) for an int n >= 0 of any size (past int's str digit limit)."""
    if n.bit_length() < 12000:
        return str(n)
    k = _ndigits(n) // 2
    hi, lo = divmod(n, 10 ** k)
    return _digit_str(hi) + _digit_str(lo).rjust(k, '0')


def _new(sign, coef, exp, kind=_FINITE, cls=None):
    d = object.__new__(cls or Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _nan(sign=0, payload=0):
    return _new(sign, payload, 0, _NAN)


def _inf(sign):
    return _new(sign, 0, 0, _INF)


# Rounding ------------------------------------------------------------------

def _round_up(rounding, sign, q, cmp):
    """Whether truncating to q (with a nonzero remainder that compares with
    half a unit as cmp) must go one unit away from zero."""
    if rounding == ROUND_HALF_EVEN:
        return cmp > 0 or (cmp == 0 and q & 1)
    if rounding == ROUND_HALF_UP:
        return cmp >= 0
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return cmp > 0
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0  # ROUND_05UP


def _drop_digits(coef, drop, sign, rounding):
    """coef with its last `drop` (> 0) digits rounded away; and whether
    anything nonzero was dropped."""
    n = _ndigits(coef)
    if drop > n + 1:
        q, r, cmp = 0, coef, -1
    else:
        p = 10 ** drop
        q, r = divmod(coef, p)
        if r == 0:
            return q, False
        cmp = (2 * r > p) - (2 * r < p)
    if r and _round_up(rounding, sign, q, cmp):
        q += 1
    return q, r != 0


def _overflow(sign, ctx):
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _inf(sign)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fix(sign, coef, exp, ctx, status=0, rounding=None):
    """Round the finite number (sign, coef, exp) to the context: precision,
    exponent limits, clamping. Returns the Decimal and the conditions."""
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if coef == 0:
        emax = etop if ctx.clamp else ctx.Emax
        if exp < etiny:
            exp = etiny
            status |= _CLAMPED
        elif exp > emax:
            exp = emax
            status |= _CLAMPED
        return _new(sign, 0, exp), status
    n = _ndigits(coef)
    exp_min = n + exp - prec
    if exp_min > etop:
        return _overflow(sign, ctx), status | _OVERFLOW | _INEXACT | _ROUNDED
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        coef, inexact = _drop_digits(coef, exp_min - exp, sign, rounding or ctx.rounding)
        exp = exp_min
        status |= _ROUNDED
        if coef and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
            if exp > etop:
                return _overflow(sign, ctx), status | _OVERFLOW | _INEXACT
        if inexact:
            status |= _INEXACT
        if subnormal:
            status |= _SUBNORMAL
            if inexact:
                status |= _UNDERFLOW
            if coef == 0:
                status |= _CLAMPED
        return _new(sign, coef, exp), status
    if subnormal:
        status |= _SUBNORMAL
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        status |= _CLAMPED
    return _new(sign, coef, exp), status


# Parsing -------------------------------------------------------------------

def _parse(s):
    """The Decimal a string spells, or None."""
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = s[0] == '-'
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _inf(int(sign))
    for prefix, kind in (('snan', _SNAN), ('nan', _NAN)):
        if low.startswith(prefix):
            digits = low[len(prefix):]
            if digits and not (digits.isascii() and digits.isdigit()):
                return None
            return _new(int(sign), int(digits or '0'), 0, kind)
    mant, e, exps = low.partition('e')
    if e:
        if exps[:1] in ('+', '-'):
            body = exps[1:]
        else:
            body = exps
        if not body or not (body.isascii() and body.isdigit()):
            return None
        exp = int(exps)
    else:
        exp = 0
    ip, dot, fp = mant.partition('.')
    digits = ip + fp
    if not digits or not (digits.isascii() and digits.isdigit()):
        return None
    return _new(int(sign), int(digits), exp - len(fp))


def _from_float(f, cls=None):
    if f != f:
        return _new(int(_math.copysign(1.0, f) < 0), 0, 0, _NAN, cls)
    sign = int(_math.copysign(1.0, f) < 0)
    if f in (float('inf'), float('-inf')):
        return _new(sign, 0, 0, _INF, cls)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k, _FINITE, cls)


def _from_tuple(t, cls):
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t
    if sign not in (0, 1) or type(sign) is not int:
        raise ValueError("sign must be an integer with the value 0 or 1")
    kind = _FINITE
    if isinstance(exp, str):
        if exp == 'F':
            kind = _INF
        elif exp == 'n':
            kind = _NAN
        elif exp == 'N':
            kind = _SNAN
        else:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif type(exp) is not int:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for dg in digits:
        if type(dg) is not int or not 0 <= dg <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + dg
    if kind == _INF:
        return _new(sign, 0, 0, _INF, cls)
    if kind != _FINITE:
        return _new(sign, coef, 0, kind, cls)
    return _new(sign, coef, exp, _FINITE, cls)


# Contexts ------------------------------------------------------------------

_SIGNALS_ERROR = ("valid values for signals are:\n"
                  "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                  "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                  "   Clamped]")


class _SignalDict(object):
    """A context's flags or traps: a mapping of the signals to bools over
    the context's bit set."""

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def __getitem__(self, key):
        if key not in _BIT_OF:
            raise KeyError(_SIGNALS_ERROR)
        return bool(getattr(self._ctx, self._attr) & _BIT_OF[key])

    def __setitem__(self, key, value):
        if key not in _BIT_OF:
            raise KeyError(_SIGNALS_ERROR)
        bits = getattr(self._ctx, self._attr)
        if value:
            bits |= _BIT_OF[key]
        else:
            bits &= ~_BIT_OF[key]
        setattr(self._ctx, self._attr, bits)

    def __len__(self):
        return len(_SIGNAL_ORDER)

    def __iter__(self):
        return iter(_SIGNAL_ORDER)

    def __contains__(self, key):
        return key in _BIT_OF

    def keys(self):
        return list(_SIGNAL_ORDER)

    def values(self):
        return [self[k] for k in _SIGNAL_ORDER]

    def items(self):
        return [(k, self[k]) for k in _SIGNAL_ORDER]

    def get(self, key, default=None):
        return self[key] if key in _BIT_OF else default

    def copy(self):
        return {k: self[k] for k in _SIGNAL_ORDER}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        return self.copy() == other

    def __repr__(self):
        return '{' + ', '.join('%s:%s' % (k, self[k]) for k in _SIGNAL_ORDER) + '}'


def _signal_bits(value, what):
    if value is None:
        return 0
    if isinstance(value, (dict, _SignalDict)):
        bits = 0
        for k, v in value.items():
            if k not in _BIT_OF:
                raise KeyError(_SIGNALS_ERROR)
            if v:
                bits |= _BIT_OF[k]
        if len(value) != len(_SIGNAL_ORDER):
            raise KeyError("invalid signal dict")
        return bits
    bits = 0
    for k in value:
        if k not in _BIT_OF:
            raise KeyError(_SIGNALS_ERROR)
        bits |= _BIT_OF[k]
    return bits


_ROUNDING_ERROR = ("valid values for rounding are:\n"
                   "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                   "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                   "   ROUND_05UP]")


def _check_rounding(r):
    if r not in _ROUNDINGS or not isinstance(r, str):
        raise TypeError(_ROUNDING_ERROR)
    return r


class Context(object):
    """The arithmetic context: precision, rounding, exponent limits, and
    the signals' flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _INVALID | _DIVZERO | _OVERFLOW
        if dc is not None:
            self._prec, self._rounding, self._Emin, self._Emax = dc._prec, dc._rounding, dc._Emin, dc._Emax
            self._capitals, self._clamp, self._traps = dc._capitals, dc._clamp, dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signal_bits(flags, 'flags')
        if traps is not None:
            self._traps = _signal_bits(traps, 'traps')

    def _int_attr(self, value, lo, hi, msg):
        if type(value) is not int and not isinstance(value, int):
            raise TypeError("an integer is required")
        if not lo <= value <= hi:
            raise ValueError(msg)
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        self._prec = self._int_attr(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        self._rounding = _check_rounding(value)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        self._Emin = self._int_attr(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        self._Emax = self._int_attr(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        self._capitals = self._int_attr(value, 0, 1, "valid values for capitals are 0 or 1")

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        self._clamp = self._int_attr(value, 0, 1, "valid values for clamp are 0 or 1")

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        self._flags = _signal_bits(value, 'flags')

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        self._traps = _signal_bits(value, 'traps')

    def _signal(self, status):
        """Record the conditions of one operation; raise the first trapped."""
        if not status:
            return
        self._flags |= status
        hit = status & self._traps
        if not hit:
            return
        for cls in _SIGNAL_ORDER:
            if hit & _BIT_OF[cls]:
                break
        raise cls([c for c, bit in _CONDITIONS if hit & bit])

    def _result(self, pair):
        d, status = pair
        self._signal(status)
        return d

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context.__new__(Context)
        c.__dict__.update(self.__dict__)
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                          [k for k in _SIGNAL_ORDER if self.flags[k]], [k for k in _SIGNAL_ORDER if self.traps[k]]))

    def __repr__(self):
        def names(bits):
            # By condition bit, naming the invalid-operation ones once.
            out = []
            for i, name in enumerate(_BIT_NAMES):
                if bits & (1 << i) and name not in out:
                    out.append(name)
            return ', '.join(out)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                   names(self._flags), names(self._traps)))

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            d = _parse(num)
            if d is None:
                self._signal(_CONV)
                return _nan()
            if d._kind >= _NAN:
                if _ndigits(d._coef) > self._prec - self._clamp:
                    self._signal(_CONV)
                    return _nan()
                return d
        else:
            d = Decimal(num, self)
        if d._kind != _FINITE:
            return _new(d._sign, d._coef, d._exp, d._kind)
        return self._result(_fix(d._sign, d._coef, d._exp, self))

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _conv(self, a):
        return _convert(a, True, self)

    def abs(self, a):
        return self._conv(a).__abs__(context=self)

    def plus(self, a):
        return self._conv(a).__pos__(context=self)

    def minus(self, a):
        return self._conv(a).__neg__(context=self)

    def add(self, a, b):
        return self._conv(a).__add__(self._conv(b), context=self)

    def subtract(self, a, b):
        return self._conv(a).__sub__(self._conv(b), context=self)

    def multiply(self, a, b):
        return self._conv(a).__mul__(self._conv(b), context=self)

    def divide(self, a, b):
        return self._conv(a).__truediv__(self._conv(b), context=self)

    def divide_int(self, a, b):
        return self._conv(a).__floordiv__(self._conv(b), context=self)

    def remainder(self, a, b):
        return self._conv(a).__mod__(self._conv(b), context=self)

    def divmod(self, a, b):
        return self._conv(a).__divmod__(self._conv(b), context=self)

    def power(self, a, b, modulo=None):
        return self._conv(a).__pow__(self._conv(b), modulo, context=self)

    def compare(self, a, b):
        return self._conv(a).compare(b, context=self)

    def copy_abs(self, a):
        return self._conv(a).copy_abs()

    def copy_negate(self, a):
        return self._conv(a).copy_negate()

    def copy_sign(self, a, b):
        return self._conv(a).copy_sign(b, context=self)

    def copy_decimal(self, a):
        return self._conv(a)


def _make_context_methods():
    for name in ('sqrt', 'exp', 'ln', 'log10', 'normalize', 'to_integral_value', 'to_integral_exact',
                 'to_integral', 'next_plus', 'next_minus', 'logb', 'is_nan', 'is_qnan', 'is_snan',
                 'is_infinite', 'is_finite', 'is_signed', 'is_zero', 'is_normal', 'is_subnormal',
                 'is_canonical', 'number_class', 'to_sci_string', 'to_eng_string', 'canonical'):
        def unary(self, a, _name=name):
            d = self._conv(a)
            if _name == 'to_sci_string':
                return d.__str__(context=self)
            m = getattr(d, _name)
            if _name in ('is_nan', 'is_qnan', 'is_snan', 'is_infinite', 'is_finite', 'is_signed',
                         'is_zero', 'is_canonical', 'canonical'):
                return m()
            return m(context=self)
        unary.__name__ = name
        setattr(Context, name, unary)
    for name in ('max', 'min', 'max_mag', 'min_mag', 'quantize', 'same_quantum', 'remainder_near',
                 'next_toward', 'scaleb', 'compare_total'):
        def binary(self, a, b, _name=name):
            d = self._conv(a)
            if _name in ('same_quantum', 'compare_total'):
                return getattr(d, _name)(b)
            return getattr(d, _name)(b, context=self)
        binary.__name__ = name
        setattr(Context, name, binary)

    def fma(self, a, b, c):
        return self._conv(a).fma(b, c, context=self)
    Context.fma = fma


_make_context_methods()

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
_default_ready = True
_current = [None]


def getcontext():
    """The current thread's context."""
    c = _current[0]
    if c is None:
        c = _current[0] = DefaultContext.copy()
        c._flags = 0
    return c


def setcontext(context):
    """Make context the current one (a copy, for the shared templates)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current[0] = context


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current
    context), with the given attributes, current inside its block."""
    if ctx is None:
        ctx = getcontext()
    if not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    ctx = ctx.copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(ctx, k, v)
    return _ContextManager(ctx)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _convert(other, raiseit=False, ctx=None):
    """other as a Decimal (ints exactly), NotImplemented or a TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(int(other < 0), abs(int(other)), 0)
    if raiseit:
        if isinstance(other, float):
            raise TypeError("conversion from float to Decimal is not supported")
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _nans(a, b, ctx):
    """The NaN result of an operation with a NaN operand (or None)."""
    if a._kind == _SNAN or (b is not None and b._kind == _SNAN):
        src = a if a._kind == _SNAN else b
        return _new(src._sign, src._coef, 0, _NAN), _INVOP
    if a._kind == _NAN:
        return a, 0
    if b is not None and b._kind == _NAN:
        return b, 0
    return None


def _operator(name, compute):
    """The forward and reflected methods of an arithmetic operator: each
    converts the other operand (a foreign type gives NotImplemented), picks
    the context and rounds compute(a, b, ctx)'s (value, status) in it."""
    def forward(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        return ctx._result(compute(self, other, ctx))

    def reflected(self, other, context=None):
        other = _convert(other)
        return other if other is NotImplemented else forward(other, self, context)

    _name_method(forward, name)
    _name_method(reflected, 'r' + name)
    return forward, reflected


def _reflected(name):
    """The reflected method of an operator without a compute of its own: it
    converts the other operand and calls that one's forward method."""
    def method(self, other, *args, **kwargs):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return getattr(other, '__%s__' % name)(self, *args, **kwargs)

    _name_method(method, 'r' + name)
    return method


def _name_method(fn, name):
    fn.__name__ = '__%s__' % name
    fn.__qualname__ = 'Decimal.' + fn.__name__


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_P = 2 ** 61 - 1
_10INV = pow(10, _P - 2, _P)


# Transcendental functions on fixed-point integers -------------------------

def _ln_fixed(m, p):
    """ln(m / 10**p) * 10**p, for an int m > 0, to within a few units."""
    s = 10 ** p
    r = 0
    lo, hi = s - s // 10, s + s // 10
    while not lo <= m <= hi:
        m = _math.isqrt(m * s)
        r += 1
    neg = m < s
    t = abs(m - s) * s // (m + s)
    t2 = t * t // s
    total, term, k = t, t, 1
    while term:
        term = term * t2 // s
        k += 2
        total += term // k
    if neg:
        total = -total
    return 2 * total * (1 << r)


_LN10_CACHE = {}


def _ln10_fixed(p):
    """ln(10) * 10**p."""
    if p in _LN10_CACHE:
        return _LN10_CACHE[p]
    s = 10 ** (p + 5)

    def atanh_inv(n):  # atanh(1/n) * s
        total = term = s // n
        k, n2 = 1, n * n
        while term:
            term //= n2
            k += 2
            total += term // k
        return total
    ln2 = 2 * atanh_inv(3)
    ln125 = 2 * atanh_inv(9)
    v = (3 * ln2 + ln125) // 10 ** 5
    _LN10_CACHE[p] = v
    return v


def _exp_fixed(x, p):
    """exp(x / 10**p) * 10**p for an int x with |x / 10**p| < 3 or so."""
    s = 10 ** p
    if x < 0:
        return s * s // _exp_fixed(-x, p)
    r = 0
    while abs(x) > s // 100:
        x //= 2
        r += 1
    total, term, k = s, s, 0
    while term:
        k += 1
        term = term * x // (s * k)
        total += term
    for _ in range(r):
        total = total * total // s
    return total


def _safe_round(approx, exp, prec, err, rounding):
    """Whether rounding approx * 10**exp (known to within err units) to prec
    digits gives the same result at both ends of the error interval."""
    n = _ndigits(approx)
    drop = n - prec
    if drop <= 1:
        return False
    p = 10 ** drop
    r = approx % p
    if rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN):
        half = p // 2
        return abs(r - half) > err and r > err and p - r > err
    return r > err and p - r > err


class Decimal(object):
    """A decimal floating point number with its own precision."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, Decimal):
            if type(value) is cls:
                return value
            return _new(value._sign, value._coef, value._exp, value._kind, cls)
        if isinstance(value, str):
            d = _parse(value)
            if d is None:
                _ctx(context)._signal(_CONV)
                return _new(0, 0, 0, _NAN, cls)
            if cls is not Decimal:
                d = _new(d._sign, d._coef, d._exp, d._kind, cls)
            return d
        if isinstance(value, int):
            return _new(int(value < 0), abs(int(value)), 0, _FINITE, cls)
        if isinstance(value, float):
            _ctx(context)._signal(_FLOATOP)
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value, cls)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = _from_float(f)
        return d if cls is Decimal else cls(d)

    # Representation ----------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind != _FINITE:
            return sign + ('sNaN' if self._kind == _SNAN else 'NaN') + (_digit_str(self._coef) if self._coef else '')
        digits = _digit_str(self._coef)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._coef == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            caps = _ctx(context).capitals
            e = ('E' if caps else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in _digit_str(self._coef)) if (self._coef or self._kind == _FINITE) else ()
        if self._kind == _NAN:
            return DecimalTuple(self._sign, digits, 'n')
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._kind != _FINITE:
            raise ValueError("cannot convert NaN to integer ratio")
        n, e = self._coef, self._exp
        if e >= 0:
            n, d = n * 10 ** e, 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # Predicates and simple queries -------------------------------------

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FINITE

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def number_class(self, context=None):
        s = '-' if self._sign else '+'
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _NAN:
            return 'NaN'
        if self._kind == _INF:
            return s + 'Infinity'
        if self._coef == 0:
            return s + 'Zero'
        if self.adjusted() < _ctx(context).Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._coef, self._exp, self._kind)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind >= _NAN and other._kind >= _NAN) or \
                (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    # Conversions -------------------------------------------------------

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def _to_int(self, rounding):
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n, _ = _drop_digits(self._coef, -self._exp, self._sign, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._kind == _NAN:
            return float('-nan') if self._sign else float('nan')
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        return self._to_int(ROUND_HALF_EVEN)

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._coef % _P * pow(10, self._exp, _P) % _P
        else:
            h = self._coef % _P * pow(_10INV, -self._exp, _P) % _P
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # Comparisons -------------------------------------------------------

    def _cmp_value(self, other, op):
        """other as a Decimal for a comparison, or NotImplemented; floats
        and Rationals compare exactly."""
        if isinstance(other, (Decimal, int)):
            return _convert(other)
        if isinstance(other, float):
            if op not in ('eq', 'ne'):
                getcontext()._signal(_FLOATOP)
            else:  # == and != only record the flag
                getcontext()._flags |= _FLOATOP
            return _from_float(other)
        if isinstance(other, complex):
            if op in ('eq', 'ne') and other.imag == 0:
                getcontext()._flags |= _FLOATOP
                return _from_float(other.real)
            return NotImplemented
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _compare(self, other):
        """-1, 0 or 1 for finite or infinite self and other."""
        if not isinstance(other, Decimal):  # a Rational: compare self * d with n
            if self._kind == _INF:
                return -1 if self._sign else 1
            n, d = self.as_integer_ratio()
            a, b = n * other.denominator, other.numerator * d
            return (a > b) - (a < b)
        if self._kind == _INF or other._kind == _INF:
            a = 0 if self._kind != _INF else (-1 if self._sign else 1)
            b = 0 if other._kind != _INF else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                return (a > b) - (a < b) if a and b else (a if a else -b)
        if self._coef == 0 and other._coef == 0:
            return 0
        if self._coef == 0:
            return 1 if other._sign else -1
        if other._coef == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        sa, sb = self.adjusted(), other.adjusted()
        if sa != sb:
            c = 1 if sa > sb else -1
        else:
            ea, eb = self._exp, other._exp
            x, y = self._coef, other._coef
            if ea > eb:
                x *= 10 ** (ea - eb)
            else:
                y *= 10 ** (eb - ea)
            c = (x > y) - (x < y)
        return -c if self._sign else c

    def __eq__(self, other, context=None):
        o = self._cmp_value(other, 'eq')
        if o is NotImplemented:
            return o
        if self._kind == _SNAN or (isinstance(o, Decimal) and o._kind == _SNAN):
            getcontext()._signal(_INVOP)
        if self._kind >= _NAN or (isinstance(o, Decimal) and o._kind >= _NAN):
            return False
        return self._compare(o) == 0

    def __ne__(self, other, context=None):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        o = self._cmp_value(other, op)
        if o is NotImplemented:
            return o
        if self._kind >= _NAN or (isinstance(o, Decimal) and o._kind >= _NAN):
            getcontext()._signal(_INVOP)
            return None
        return self._compare(o)

    def __lt__(self, other, context=None):
        c = self._order(other, 'lt')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other, context=None):
        c = self._order(other, 'le')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other, context=None):
        c = self._order(other, 'gt')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other, context=None):
        c = self._order(other, 'ge')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        r = _nans(self, other, ctx)
        if r:
            return ctx._result(r)
        return Decimal(self._compare(other))

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        rank = {_FINITE: 0, _INF: 1, _SNAN: 2, _NAN: 3}
        ra, rb = rank[self._kind], rank[other._kind]
        if ra != rb:
            c = (ra > rb) - (ra < rb)
        elif ra >= 2:
            c = (self._coef > other._coef) - (self._coef < other._coef)
        elif ra == 1:
            c = 0
        else:
            c = self._compare(other)
            if c == 0:
                c = (self._exp > other._exp) - (self._exp < other._exp)
                c = -c if self._sign else c
                return Decimal(c)
        return Decimal(-c if self._sign else c)

    def _minmax(self, other, context, want_max, mag):
        ctx = _ctx(context)
        other = _convert(other, True)
        if self._kind >= _NAN or other._kind >= _NAN:
            if self._kind == _SNAN or other._kind == _SNAN:
                return ctx._result(_nans(self, other, ctx))
            if self._kind == _NAN and other._kind == _NAN:
                return self
            return other if self._kind == _NAN else self
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = a._compare(b)
        if c == 0 and not mag:
            c = self.compare_total(other)._to_int(ROUND_DOWN)
        elif c == 0:
            c = self._compare(other) or self.compare_total(other)._to_int(ROUND_DOWN)
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        return ctx._result(_fix(pick._sign, pick._coef, pick._exp, ctx)) if pick._kind == _FINITE else pick

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # Arithmetic --------------------------------------------------------

    def __pos__(self, context=None):
        ctx = _ctx(context)
        if self._kind != _FINITE:
            r = _nans(self, None, ctx)
            return ctx._result(r) if r else self
        sign = self._sign
        if self._coef == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return ctx._result(_fix(sign, self._coef, self._exp, ctx))

    def __neg__(self, context=None):
        ctx = _ctx(context)
        if self._kind != _FINITE:
            r = _nans(self, None, ctx)
            return ctx._result(r) if r else _inf(1 - self._sign)
        sign = 1 - self._sign
        if self._coef == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return ctx._result(_fix(sign, self._coef, self._exp, ctx))

    def __abs__(self, round=True, context=None):
        ctx = _ctx(context)
        if self._kind != _FINITE:
            r = _nans(self, None, ctx)
            return ctx._result(r) if r else _inf(0)
        if not round:
            return self.copy_abs()
        return ctx._result(_fix(0, self._coef, self._exp, ctx))

    def _add(self, other, ctx, negate):
        r = _nans(self, other, ctx)
        if r:
            return r
        bsign = other._sign ^ negate
        if self._kind == _INF or other._kind == _INF:
            if self._kind == _INF and other._kind == _INF and self._sign != bsign:
                return _nan(), _INVOP
            return (self if self._kind == _INF else _inf(bsign)), 0
        ea, eb = self._exp, other._exp
        a, b = self._coef, other._coef
        exp = min(ea, eb)
        if a == 0 and b == 0:
            if self._sign == bsign:
                sign = self._sign
            else:
                sign = int(ctx.rounding == ROUND_FLOOR)
            return _fix(sign, 0, exp, ctx)
        # Far apart operands: the smaller only matters as a sticky digit.
        if a and b:
            la, lb = ea + _ndigits(a), eb + _ndigits(b)
            limit = ctx.prec + 3
            if la - limit > lb and ea > eb:
                keep = min(ea, la - limit)
                b, eb = 1, keep - 1
                exp = eb
            elif lb - limit > la and eb > ea:
                keep = min(eb, lb - limit)
                a, ea = 1, keep - 1
                exp = ea
        # A zero operand only lowers the exponent: a few more zero digits
        # than the precision holds round the same way (Rounded, exact).
        if a == 0 or b == 0:
            c, ec = (b, eb) if a == 0 else (a, ea)
            shift = min(ec - exp, max(ctx.prec + 2 - _ndigits(c), 0))
            exp = ec - shift
            ea = eb = exp
            if a:
                a *= 10 ** shift
            else:
                b *= 10 ** shift
        x = a * 10 ** (ea - exp) if ea > exp else a
        y = b * 10 ** (eb - exp) if eb > exp else b
        if self._sign:
            x = -x
        if bsign:
            y = -y
        s = x + y
        if s == 0:
            return _fix(int(ctx.rounding == ROUND_FLOOR), 0, exp, ctx)
        return _fix(int(s < 0), abs(s), exp, ctx)

    __add__, __radd__ = _operator('add', lambda a, b, ctx: a._add(b, ctx, 0))
    __sub__, __rsub__ = _operator('sub', lambda a, b, ctx: a._add(b, ctx, 1))

    def _mul(self, other, ctx):
        r = _nans(self, other, ctx)
        if r:
            return r
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF:
            if (self._kind == _FINITE and self._coef == 0) or (other._kind == _FINITE and other._coef == 0):
                return _nan(), _INVOP
            return _inf(sign), 0
        return _fix(sign, self._coef * other._coef, self._exp + other._exp, ctx)

    __mul__, __rmul__ = _operator('mul', _mul)

    def _div(self, other, ctx):
        r = _nans(self, other, ctx)
        if r:
            return r
        sign = self._sign ^ other._sign
        if self._kind == _INF:
            if other._kind == _INF:
                return _nan(), _INVOP
            return _inf(sign), 0
        if other._kind == _INF:
            return _fix(sign, 0, ctx.Etiny(), ctx, _CLAMPED)
        if other._coef == 0:
            if self._coef == 0:
                return _nan(), _DIVUNDEF
            return _inf(sign), _DIVZERO
        ideal = self._exp - other._exp
        if self._coef == 0:
            return _fix(sign, 0, ideal, ctx)
        a, b = self._coef, other._coef
        shift = _ndigits(b) - _ndigits(a) + ctx.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, rem = divmod(a * 10 ** shift, b)
        else:
            q, rem = divmod(a, b * 10 ** -shift)
        if rem:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _fix(sign, q, exp, ctx)

    __truediv__, __rtruediv__ = _operator('truediv', _div)

    def _divmod(self, other, ctx):
        """(quotient, remainder, status) of divide-integer and remainder."""
        sign = self._sign ^ other._sign
        if self._kind == _INF:
            if other._kind == _INF:
                return _nan(), _nan(), _INVOP
            return _inf(sign), _nan(), _INVOP
        if other._kind == _INF:
            q, st = _fix(sign, 0, 0, ctx)
            rm, st2 = _fix(self._sign, self._coef, self._exp, ctx)
            return q, rm, st | st2
        if other._coef == 0:
            if self._coef == 0:
                return _nan(), _nan(), _DIVUNDEF
            return _inf(sign), _nan(), _DIVZERO | _INVOP
        if self._coef:
            # Decide from the magnitudes before aligning huge exponents.
            d = self.adjusted() - other.adjusted()
            if d > ctx.prec:
                return _nan(), _nan(), _DIVIMP
            if d < -1:
                q, st = _fix(sign, 0, 0, ctx)
                rm, st2 = _fix(self._sign, self._coef, self._exp, ctx)
                return q, rm, st | st2
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        q, rem = divmod(a, b)
        if q and _ndigits(q) > ctx.prec:
            return _nan(), _nan(), _DIVIMP
        qd, st = _fix(sign, q, 0, ctx)
        rd, st2 = _fix(self._sign, rem, exp, ctx)
        return qd, rd, st | st2

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nans(self, other, ctx)
        if r:
            ctx._signal(r[1])
            return r[0], r[0]
        q, rm, st = self._divmod(other, ctx)
        ctx._signal(st)
        return q, rm

    __rdivmod__ = _reflected('divmod')

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nans(self, other, ctx)
        if r:
            return ctx._result(r)
        q, rm, st = self._divmod(other, ctx)
        if other._kind == _FINITE and other._coef == 0 and self._kind == _FINITE and self._coef:
            st = _DIVZERO
        if self._kind == _INF and other._kind != _INF:
            st = 0
        ctx._signal(st)
        return q


    __rfloordiv__ = _reflected('floordiv')

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nans(self, other, ctx)
        if r:
            return ctx._result(r)
        q, rm, st = self._divmod(other, ctx)
        if st & _DIVZERO:
            st = _INVOP
        ctx._signal(st)
        return rm


    __rmod__ = _reflected('mod')

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        r = _nans(self, other, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF or (other._kind == _FINITE and other._coef == 0):
            return ctx._result((_nan(), _DIVUNDEF if self._kind == _FINITE and self._coef == 0 else _INVOP))
        if other._kind == _INF:
            return ctx._result(_fix(self._sign, self._coef, self._exp, ctx))
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        q, rem = divmod(a, b)
        if 2 * rem > b or (2 * rem == b and q & 1):
            rem -= b
            q += 1
        if q and _ndigits(q) > ctx.prec:
            return ctx._result((_nan(), _DIVIMP))
        sign = self._sign
        if rem < 0:
            sign, rem = 1 - sign, -rem
        return ctx._result(_fix(sign, rem, exp, ctx))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        third = _convert(third, True)
        exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        r = _nans(self, other, ctx) or _nans(third, None, ctx)
        if r:
            return ctx._result(r)
        prod, st = self._mul(other, exact)
        if st & _INVOP:
            return ctx._result((_nan(), _INVOP))
        return ctx._result(prod._add(third, ctx, 0))

    # Powers and roots --------------------------------------------------

    def _is_integral(self):
        if self._kind != _FINITE:
            return False
        if self._exp >= 0 or self._coef == 0:
            return True
        return self._coef % 10 ** (-self._exp) == 0

    def _int_value(self):
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v = self._coef // 10 ** (-self._exp)
        return -v if self._sign else v

    def _log10_estimate(self):
        """A float estimate of log10(|self|) for a nonzero finite self."""
        n = _ndigits(self._coef)
        lead = self._coef // 10 ** max(n - 17, 0)
        return _math.log10(lead) + max(n - 17, 0) + self._exp

    def _pow(self, other, ctx):
        r = _nans(self, other, ctx)
        if r:
            return r
        if other._kind == _FINITE and other._coef == 0:
            if self._kind == _FINITE and self._coef == 0:
                return _nan(), _INVOP
            return _new(0, 1, 0), 0
        integral = other._is_integral()
        sign = 0
        if self._sign:
            if not integral:
                if self._kind == _FINITE and self._coef == 0:
                    sign = 0
                else:
                    return _nan(), _INVOP
            elif other._kind == _FINITE and other._int_value() % 2:
                sign = 1
        if self._kind == _FINITE and self._coef == 0:
            if other._sign:
                return _inf(sign), 0
            return _new(sign, 0, 0), 0
        if self._kind == _INF:
            if other._sign:
                return _new(sign, 0, 0), 0
            return _inf(sign), 0
        if other._kind == _INF:
            c = self.copy_abs()._compare(_new(0, 1, 0))
            if c == 0:
                return _fix(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, _INEXACT | _ROUNDED)
            if (c > 0) != bool(other._sign):
                return _inf(sign), 0
            return _new(sign, 0, 0), 0
        is_one = self.copy_abs()._compare(_new(0, 1, 0)) == 0
        if is_one and not integral:
            return _fix(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, _INEXACT | _ROUNDED)
        # Overflow and underflow from the size of the result.
        try:
            est = float(other) * self._log10_estimate()
        except OverflowError:
            est = float('inf') if (other._sign == 0) == (self._log10_estimate() > 0) else float('-inf')
        if est > ctx.Emax + 2:
            return _fix(sign, 1, ctx.Emax + 1, ctx)
        if est < ctx.Etiny() - 3:
            return _fix(sign, 1, ctx.Etiny() - 2, ctx)
        if integral:
            n = other._int_value()
            if abs(n) * _ndigits(self._coef) <= 60000:
                coef, exp = self._coef ** abs(n), self._exp * abs(n)
                if n > 0:
                    return _fix(sign, coef, exp, ctx)
                return _new(0, 1, 0)._div(_new(sign, coef, exp), ctx)
        # Non-integral (or huge) powers: exp(y * ln(x)), correctly rounded.
        status = _INEXACT | _ROUNDED
        extra = 10
        while True:
            p = ctx.prec + extra + max(len(str(abs(int(est)))), 1)
            xs = self.copy_abs()
            lnx = _ln_of(xs, p)
            yv = other._coef * 10 ** (other._exp + p) if other._exp + p >= 0 else other._coef // 10 ** (-other._exp - p)
            if other._sign:
                yv = -yv
            t = lnx * yv // 10 ** p
            res, rexp = _exp_of(t, p)
            if _safe_round(res, rexp, ctx.prec, 1000, ctx.rounding) or extra > 80:
                return _fix(sign, res, rexp, ctx, status)
            extra += 20

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        if modulo is not None:
            return self._powmod(other, _convert(modulo, True), ctx)
        return ctx._result(self._pow(other, ctx))


    __rpow__ = _reflected('pow')

    def _powmod(self, other, modulo, ctx):
        if (self._kind != _FINITE or other._kind != _FINITE or modulo._kind != _FINITE or
                not self._is_integral() or not other._is_integral() or not modulo._is_integral() or
                other._sign or modulo._coef == 0 or (self._coef == 0 and other._coef == 0)):
            ctx._signal(_INVOP)
            return _nan()
        m = abs(modulo._int_value())
        if _ndigits(m) > ctx.prec:
            ctx._signal(_INVOP)
            return _nan()
        v = pow(abs(self._int_value()), other._int_value(), m)
        sign = self._sign if other._int_value() % 2 else 0
        return _new(sign, v, 0)

    def sqrt(self, context=None):
        ctx = _ctx(context)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF:
            if self._sign:
                return ctx._result((_nan(), _INVOP))
            return self
        if self._coef == 0:
            return ctx._result(_fix(self._sign, 0, self._exp // 2, ctx))
        if self._sign:
            return ctx._result((_nan(), _INVOP))
        ideal = self._exp // 2
        c, e = self._coef, self._exp
        if e & 1:
            c *= 10
            e -= 1
        # c * 10**e with e even; scale c by 10**(2k) for prec+1 digits.
        k = max(ctx.prec + 1 - (_ndigits(c) + 1) // 2, 0) + 1
        c *= 10 ** (2 * k)
        e -= 2 * k
        s = _math.isqrt(c)
        exp = e // 2
        if s * s == c:
            while exp < ideal and s % 10 == 0:
                s //= 10
                exp += 1
            return ctx._result(_fix(0, s, exp, ctx, 0, ROUND_HALF_EVEN))
        if s % 5 == 0:
            s += 1
        return ctx._result(_fix(0, s, exp, ctx, 0, ROUND_HALF_EVEN))

    def exp(self, context=None):
        ctx = _ctx(context)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF:
            return _new(0, 0, 0) if self._sign else self
        if self._coef == 0:
            return _new(0, 1, 0)
        adj = self.adjusted()
        if adj < -(ctx.prec + 2):
            # exp(x) = 1 + x + ...: a sticky digit is enough.
            p = ctx.prec + 3
            coef = 10 ** p + (-1 if self._sign else 1)
            return ctx._result(_fix(0, coef, -p, ctx, _INEXACT | _ROUNDED, ROUND_HALF_EVEN))
        if adj > 20:
            if self._sign:
                return ctx._result(_fix(0, 1, ctx.Etiny() - 2, ctx, _INEXACT | _ROUNDED))
            return ctx._result(_fix(0, 1, ctx.Emax + 1, ctx, _INEXACT | _ROUNDED))
        extra = 10
        while True:
            p = ctx.prec + extra + adj + 2
            xv = self._coef * 10 ** (self._exp + p) if self._exp + p >= 0 else self._coef // 10 ** (-self._exp - p)
            if self._sign:
                xv = -xv
            res, rexp = _exp_of(xv, p)
            if res is None:
                if self._sign:
                    return ctx._result(_fix(0, 1, ctx.Etiny() - 2, ctx, _INEXACT | _ROUNDED))
                return ctx._result(_fix(0, 1, ctx.Emax + 1, ctx, _INEXACT | _ROUNDED))
            if _safe_round(res, rexp, ctx.prec, 1000, ROUND_HALF_EVEN) or extra > 80:
                return ctx._result(_fix(0, res, rexp, ctx, _INEXACT | _ROUNDED, ROUND_HALF_EVEN))
            extra += 20

    def ln(self, context=None):
        ctx = _ctx(context)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF:
            if self._sign:
                return ctx._result((_nan(), _INVOP))
            return self
        if self._coef == 0:
            return _inf(1)
        if self._sign:
            return ctx._result((_nan(), _INVOP))
        if self._compare(_new(0, 1, 0)) == 0:
            return _new(0, 0, 0)
        return ctx._result(self._log(ctx, False))

    def log10(self, context=None):
        ctx = _ctx(context)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF:
            if self._sign:
                return ctx._result((_nan(), _INVOP))
            return self
        if self._coef == 0:
            return _inf(1)
        if self._sign:
            return ctx._result((_nan(), _INVOP))
        c = self._coef
        if c == 10 ** (_ndigits(c) - 1):  # an exact power of ten
            return ctx._result(_fix(0, 0, 0, ctx) if self.adjusted() == 0 else
                               _fix(int(self.adjusted() < 0), abs(self.adjusted()), 0, ctx))
        return ctx._result(self._log(ctx, True))

    def _log(self, ctx, ten):
        extra = 10
        while True:
            p = ctx.prec + extra + len(str(abs(self.adjusted()))) + 2
            v = _ln_of(self, p)
            if ten:
                v = v * 10 ** p // _ln10_fixed(p)
            sign = int(v < 0)
            v = abs(v)
            if v == 0:
                extra += 20
                continue
            if _safe_round(v, -p, ctx.prec, 1000, ROUND_HALF_EVEN) or extra > 80:
                return _fix(sign, v, -p, ctx, _INEXACT | _ROUNDED, ROUND_HALF_EVEN)
            extra += 20

    def logb(self, context=None):
        ctx = _ctx(context)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF:
            return _inf(0)
        if self._coef == 0:
            return ctx._result((_inf(1), _DIVZERO))
        return ctx._result(_fix(int(self.adjusted() < 0), abs(self.adjusted()), 0, ctx))

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        r = _nans(self, other, ctx)
        if r:
            return ctx._result(r)
        if other._kind != _FINITE or other._exp != 0:
            return ctx._result((_nan(), _INVOP))
        if self._kind == _INF:
            return self
        return ctx._result(_fix(self._sign, self._coef, self._exp + other._int_value(), ctx))

    # Rounding to exponents ---------------------------------------------

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounding away digits (finite self);
        and whether that was inexact."""
        if exp <= self._exp:
            return _new(self._sign, self._coef * 10 ** (self._exp - exp), exp), False
        coef, inexact = _drop_digits(self._coef, exp - self._exp, self._sign, rounding)
        return _new(self._sign, coef, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _convert(exp, True)
        if rounding is not None:
            _check_rounding(rounding)
        rounding = rounding or ctx.rounding
        r = _nans(self, exp, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF or exp._kind == _INF:
            if self._kind == _INF and exp._kind == _INF:
                return self
            return ctx._result((_nan(), _INVOP))
        if not ctx.Etiny() <= exp._exp <= ctx.Emax:
            return ctx._result((_nan(), _INVOP))
        if self._coef == 0:
            return ctx._result(_fix(self._sign, 0, exp._exp, ctx))
        if self.adjusted() > ctx.Emax or self.adjusted() - exp._exp + 1 > ctx.prec:
            return ctx._result((_nan(), _INVOP))
        ans, inexact = self._rescale(exp._exp, rounding)
        if ans._coef and (_ndigits(ans._coef) > ctx.prec or ans.adjusted() > ctx.Emax):
            return ctx._result((_nan(), _INVOP))
        status = 0
        if ans._exp > self._exp:
            status |= _ROUNDED
            if inexact:
                status |= _INEXACT
        if ans._coef and ans.adjusted() < ctx.Emin:
            status |= _SUBNORMAL
            if inexact:
                status |= _UNDERFLOW
        ctx._signal(status)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None:
            _check_rounding(rounding)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF or self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None:
            _check_rounding(rounding)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF or self._exp >= 0:
            return self
        ans, inexact = self._rescale(0, rounding or ctx.rounding)
        ctx._signal(_ROUNDED | (_INEXACT if inexact else 0))
        return ans

    def normalize(self, context=None):
        ctx = _ctx(context)
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF:
            return self
        d, st = _fix(self._sign, self._coef, self._exp, ctx)
        if d._kind != _FINITE:
            ctx._signal(st)
            return d
        if d._coef == 0:
            ctx._signal(st)
            return _new(d._sign, 0, 0)
        coef, exp = d._coef, d._exp
        emax = ctx.Etop() if ctx.clamp else ctx.Emax
        while coef % 10 == 0 and exp < emax:
            coef //= 10
            exp += 1
        ctx._signal(st)
        return _new(d._sign, coef, exp)

    def _next(self, ctx, up):
        r = _nans(self, None, ctx)
        if r:
            return ctx._result(r)
        if self._kind == _INF:
            if (self._sign == 0) == up:
                return self
            big = 10 ** ctx.prec - 1
            return _new(self._sign, big, ctx.Etop())
        tiny = ctx.Etiny() - 1
        exp = min(self._exp, tiny)
        step = _new(0 if up else 1, 1, tiny)
        c = Context(prec=ctx.prec, rounding=ROUND_CEILING if up else ROUND_FLOOR, Emin=ctx.Emin, Emax=ctx.Emax,
                    clamp=ctx.clamp, traps=[])
        d, st = self._add(step, c, 0)
        return d

    def next_plus(self, context=None):
        return self._next(_ctx(context), True)

    def next_minus(self, context=None):
        return self._next(_ctx(context), False)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        r = _nans(self, other, ctx)
        if r:
            return ctx._result(r)
        c = self._compare(other)
        if c == 0:
            return self.copy_sign(other)
        ans = self._next(ctx, c < 0)
        st = 0
        if ans._kind == _INF:
            st = _OVERFLOW | _INEXACT | _ROUNDED
        elif ans._kind == _FINITE and ans.adjusted() < ctx.Emin:
            st = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if ans._coef == 0:
                st |= _CLAMPED
        ctx._signal(st)
        return ans


def _ln_of(x, p):
    """ln(x) * 10**p for a positive finite Decimal x, within a few units."""
    c = x._coef
    k = _ndigits(c)
    m = c * 10 ** (p - k) if p >= k else c // 10 ** (k - p)
    e = x._exp + k  # x = (m / 10**p) * 10**e with m / 10**p in [0.1, 1)
    return _ln_fixed(m, p) + e * _ln10_fixed(p)


def _exp_of(t, p):
    """exp(t / 10**p) as (coefficient, exponent), within a few units of
    its last of about p digits."""
    ln10 = _ln10_fixed(p)
    q = t // ln10
    y = t - q * ln10  # in [0, ln10)
    v = _exp_fixed(y, p)
    return v, q - p


def _format(d, spec):
    """format(d, spec) as CPython's decimal formats."""
    fill, align, sign, nozero, alt, zero, width, sep, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx.rounding
    if d._kind != _FINITE:
        body = str(d.copy_abs())
        if typ == '%':
            body += '%'
        if zero and fill == '0' and align == '=':  # no zero padding for these
            fill, align = ' ', '>'
        return _align(_sign_str(d._sign, sign), body, fill, align, width, zero)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
    if typ == '%':
        d = _new(d._sign, d._coef, d._exp + 2)
    if prec is not None:
        if typ in 'eE':
            d = _round_digits(d, prec + 1, rounding)
            pad = prec + 1 - _ndigits(d._coef)
            if pad > 0 and d._coef:
                d = _new(d._sign, d._coef * 10 ** pad, d._exp - pad)
        elif typ in 'fF%':
            d = d._rescale(-prec, rounding)[0]
        elif typ in 'gG' and _ndigits(d._coef) > prec:
            d = _round_digits(d, prec, rounding)
    if d._coef == 0 and d._exp > 0 and typ in 'fF%':
        d = d._rescale(0, rounding)[0]
    neg = d._sign
    if d._coef == 0 and nozero:
        neg = 0
    digits = _digit_str(d._coef)
    leftdigits = d._exp + len(digits)
    if typ in 'eE':
        dotplace = 1 - prec if (d._coef == 0 and prec is not None) else 1
    elif typ in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart, fracpart = '0', '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
    else:
        intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
    exp = leftdigits - dotplace
    s = _sign_str(neg, sign)
    if fracpart or alt:
        fracpart = '.' + fracpart
    if exp != 0 or typ in 'eE':
        fracpart += {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[typ] + '%+d' % exp
    if typ == '%':
        fracpart += '%'
    min_width = width - len(fracpart) - len(s) if zero else 0
    intpart = _group(intpart, sep, min_width)
    return _align(s, intpart + fracpart, fill, align, width, zero)


def _round_digits(d, n, rounding):
    """d rounded to n significant digits."""
    drop = _ndigits(d._coef) - n
    if drop <= 0:
        return d
    return d._rescale(d._exp + drop, rounding)[0]


def _sign_str(neg, sign):
    if neg:
        return '-'
    if sign in ('+', ' '):
        return sign
    return ''


def _group(digits, sep, min_width):
    """digits with sep every three from the right, zero padded to at
    least min_width characters."""
    if not sep:
        return digits.rjust(min_width, '0') if min_width > len(digits) else digits
    groups = []
    while True:
        n = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-n:].rjust(n, '0') if digits else '0' * n)
        digits = digits[:-n] if len(digits) > n else ''
        min_width -= n
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, fill, align, width, zero):
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        half = pad // 2
        return fill * half + sign + body + fill * (pad - half)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body


def _parse_spec(spec):
    if not isinstance(spec, str):
        raise TypeError("format arg must be str")
    i, n = 0, len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    alt = False  # '#' and '_' are not in _decimal's format language
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        if align is None:
            fill, align = '0', '='
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError("invalid format string")
    if typ == 'n':
        typ = 'g'
    if typ in ('g', 'G') and prec == 0:
        prec = 1
    if align is None:
        align = '>'
    return fill, align, sign, nozero, alt, zero, width, sep, prec, typ


_numbers.Number.register(Decimal)

_set_c_name(Decimal, 'decimal.Decimal')
_set_c_name(Context, 'decimal.Context')
del _set_c_name
