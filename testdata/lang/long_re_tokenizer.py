# A tokenizer for a small expression language with one alternation of
# named groups (the "Writing a Tokenizer" recipe from the re docs), and an
# evaluator over its tokens.
import re
from typing import NamedTuple


class Token(NamedTuple):
    type: str
    value: object
    line: int
    column: int


def tokenize(code):
    keywords = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
    token_specification = [
        ("NUMBER",   r"\d+(\.\d*)?"),
        ("ASSIGN",   r":="),
        ("END",      r";"),
        ("ID",       r"[A-Za-z]+"),
        ("OP",       r"[+\-*/]"),
        ("NEWLINE",  r"\n"),
        ("SKIP",     r"[ \t]+"),
        ("MISMATCH", r"."),
    ]
    tok_regex = "|".join("(?P<%s>%s)" % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in keywords:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)


statements = """
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
"""
for token in tokenize(statements):
    print(token)

try:
    list(tokenize("x := 3 $ 4"))
except RuntimeError as e:
    print("error:", e)


def evaluate(src, env):
    tokens = [t for t in tokenize(src)]
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def atom():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        return env[t.value] if t.type == "ID" else t.value

    def term():
        nonlocal pos
        v = atom()
        while peek() and peek().value in ("*", "/"):
            op = tokens[pos].value
            pos += 1
            r = atom()
            v = v * r if op == "*" else v / r
        return v

    v = term()
    while peek() and peek().value in ("+", "-"):
        op = tokens[pos].value
        pos += 1
        r = term()
        v = v + r if op == "+" else v - r
    return v


env = {"price": 4, "quantity": 3, "total": 10}
for expr in ["total + price * quantity", "price * 0.5 - 1", "100 / quantity / 2"]:
    print(expr, "=", evaluate(expr, env))

scanner = re.Scanner([
    (r"-?\d+", lambda s, t: int(t)),
    (r"[a-z_]\w*", lambda s, t: ("name", t)),
    (r"\s+", None),
    (r"[=+]", lambda s, t: ("op", t)),
])
print(scanner.scan("x = y + 42 - 7 ?rest"))
