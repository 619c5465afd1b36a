"""The numeric tower's abstract base classes (PEP 3141): Number, Complex,
Real, Rational and Integral, with the built-in types registered."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(namespace, names):
    """Abstract methods (or properties, for names starting with '@')."""
    for name in names.split():
        if name.startswith('@'):
            name = name[1:]

            def get(self):
                raise NotImplementedError
            get.__name__ = name
            namespace[name] = property(abstractmethod(get))
        else:
            def method(self, *args):
                raise NotImplementedError
            method.__name__ = name
            namespace[name] = abstractmethod(method)


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Complex numbers: +, -, *, /, **, abs(), complex(), ==, real, imag."""
    __slots__ = ()
    _abstract(locals(), "__complex__ @real @imag __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ "
                        "__truediv__ __rtruediv__ __pow__ __rpow__ __abs__ conjugate __eq__")

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus ordering, float(), floor, ceil, round, //, %."""
    __slots__ = ()
    _abstract(locals(), "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ "
                        "__mod__ __rmod__ __lt__ __le__")

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Rational numbers: Real plus numerator and denominator."""
    __slots__ = ()
    _abstract(locals(), "@numerator @denominator")

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus int(), index and the bitwise operators."""
    __slots__ = ()
    _abstract(locals(), "__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ "
                        "__xor__ __rxor__ __or__ __ror__ __invert__")

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
