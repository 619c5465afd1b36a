# A hand-written JSON pretty printer and a minimal parser, checked against the json module.
import json


def pretty(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f"{pad}{quote(str(k))}: {pretty(v, indent, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + end_pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [pad + pretty(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + end_pad + "]"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (int, float)):
        return repr(value)
    raise TypeError(f"cannot serialize {type(value).__name__}")


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


class MiniParser:
    def __init__(self, text):
        self.s, self.i = text, 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            obj = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return obj
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":", f"colon expected at {self.i}"
                self.i += 1
                obj[k] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return obj
        if c == "[":
            self.i += 1
            arr = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return arr
            while True:
                arr.append(self.value())
                self.ws()
                sep = self.s[self.i]
                self.i += 1
                if sep == "]":
                    return arr
        if c == '"':
            j = self.i + 1
            buf = []
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    nxt = self.s[j + 1]
                    if nxt == "u":
                        buf.append(chr(int(self.s[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(nxt, nxt))
                    j += 2
                    continue
                buf.append(self.s[j])
                j += 1
            self.i = j + 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        num = self.s[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)


doc = {
    "name": "Widget \"Pro\"",
    "tags": ["a", "b\tc", "é"],
    "price": 12.5,
    "stock": 0,
    "active": True,
    "discontinued": False,
    "notes": None,
    "dims": {"w": 1.25, "h": 2, "empty": {}, "list": []},
    "matrix": [[1, 2], [3, [4, 5]]],
}
text = pretty(doc)
print(text)
print(text == json.dumps(doc, indent=2))
back = MiniParser(text).value()
print(back == doc, back["tags"][2], back["matrix"][1][1])
print(pretty([], 4), pretty({"x": [None]}, 4))
try:
    pretty({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
