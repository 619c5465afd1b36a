# A recursive-descent calculator: precedence, unary minus, power, parentheses, variables, functions.
import math


class CalcError(Exception):
    pass


def lex(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            out.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            out.append(("name", text[i:j]))
            i = j
        elif text.startswith("**", i):
            out.append(("op", "**"))
            i += 2
        elif c in "+-*/%(),=":
            out.append(("op", c))
            i += 1
        else:
            raise CalcError(f"unexpected character {c!r}")
    out.append(("end", None))
    return out


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min}

    def __init__(self, env):
        self.env = env

    def parse(self, text):
        self.toks = lex(text)
        self.pos = 0
        if self.peek() == ("name", self.toks[0][1]) and self.toks[1] == ("op", "="):
            name = self.toks[0][1]
            self.pos = 2
            value = self.expr()
            self.expect("end")
            self.env[name] = value
            return value
        value = self.expr()
        self.expect("end")
        return value

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.take()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.unary()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.expect("op", ")")
                if val not in self.FUNCS:
                    raise CalcError(f"unknown function {val}")
                return self.FUNCS[val](*args)
            if val not in self.env:
                raise CalcError(f"undefined variable {val}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect("op", ")")
            return v
        raise CalcError(f"unexpected {val!r}")


calc = Parser({"pi": math.pi})
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4 + 7 % -3",
    "x = 5", "y = x * 2 + 1", "x * y - 3", "sqrt(16) + abs(-3)", "max(1, y, x * 3)",
    "2 * pi", "1 +", "(1 + 2", "3 / (2 - 2)", "foo + 1", "bar(2)", "4 $ 4", "1.5 * 4",
]
for line in lines:
    try:
        print(f"{line:22} => {calc.parse(line)}")
    except CalcError as e:
        print(f"{line:22} => error: {e}")
print(sorted(calc.env))
