# A text tokenizer for a small language: numbers, names, strings, operators, comments, positions.
KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";"]


class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"


class LexError(Exception):
    pass


def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            i += 1
            line += 1
            col = 1
            continue
        if ch in " \t":
            i += 1
            col += 1
            continue
        if ch == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{start_col}")
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("KEYWORD" if text in KEYWORDS else "NAME", text, line, start_col))
        elif ch in "\"'":
            j = i + 1
            buf = []
            while j < n and src[j] != ch:
                if src[j] == "\\" and j + 1 < n:
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                    continue
                if src[j] == "\n":
                    raise LexError(f"unterminated string at {line}:{start_col}")
                buf.append(src[j])
                j += 1
            if j >= n:
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(Token("STRING", "".join(buf), line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(Token("OP", op, line, start_col))
                    break
            else:
                raise LexError(f"unexpected {ch!r} at {line}:{start_col}")
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens


PROGRAM = '''\
# compute things
let x = 42;
let pi = 3.14159;
fn area(r) -> { return pi * r * r; }
if x >= 40 { print("big\\tnumber", x); } else { print('small'); }
while x != 0 { let x = x - 1; }
'''

toks = tokenize(PROGRAM)
for t in toks[:12]:
    print(t)
print("...")
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
print([t.text for t in toks if t.kind == "STRING"])
print(sorted({t.text for t in toks if t.kind == "KEYWORD"}))
for bad in ['let s = "open', "x = 1.2.3", "a @ b", "ok\n  'two\nlines'"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
