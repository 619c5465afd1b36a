#!/usr/bin/env python3
"""Writes testdata/re/corpus.jsonl: CPython 3.11's results for random
regular expressions and subjects, for the differential test of our re
engine (runtime/regex). Each line is one case:

  {"p": pattern, "f": flags, "s": subject, "b": true if bytes (pattern and
   subject then hold the bytes as latin-1 text),
   "m": [caps..., lastindex] of search(), or null,
   "a": [[caps..., lastindex], ...] of every finditer() match,
   "w": [pos, endpos], "x": [match(s, pos, endpos), fullmatch(s, pos,
   endpos), search(s, pos, endpos)] each as "m",
   or "e": [type, msg, pos] when compiling fails (pos -1: none)}

caps are 2*(groups+1) offsets, -1 for a group that did not take part;
lastindex is 0 when None. The generator is seeded: the file is the same on
every run. Usage: scripts/re-corpus.py [N]   (default 10000 cases)
"""
import json
import os
import random
import re
import sys
import warnings

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
DENSE = False
rng = random.Random(20261207)

ALPHA = "aabbcAB_ 1\n-é"
SUBJ_ALPHA = "aaabbbcAB_ 1\n-éſK.x"


def lit():
    if DENSE:
        return rng.choice("aab")
    c = rng.choice(ALPHA + ".^$*+?(){}[]|\\")
    if c in ".^$*+?(){}[]|\\":
        return "\\" + c
    if c == "\n":
        return "\\n"
    return c


def cls():
    items = []
    for _ in range(rng.randint(1, 3)):
        k = rng.random()
        if k < 0.4:
            items.append(rng.choice("abcAB_1 é-"))
        elif k < 0.7:
            lo = rng.choice("aAb0")
            hi = chr(ord(lo) + rng.randint(0, 5))
            items.append(lo + "-" + hi)
        else:
            items.append(rng.choice([r"\d", r"\w", r"\s", r"\D", r"\W", r"\S", r"\n", r"\]"]))
    neg = "^" if rng.random() < 0.3 else ""
    return "[" + neg + "".join(items) + "]"


def fixed(depth):
    # fixed-width pieces for lookbehinds
    n = rng.randint(1, 3)
    s = "".join(rng.choice(["a", "b", ".", r"\w", "[ab]", r"\d", " "]) for _ in range(n))
    if rng.random() < 0.3:
        s = s + "|" + "".join(rng.choice("ab.") for _ in range(n))
    return s


class Gen:
    def __init__(self):
        self.groups = 0
        self.names = []
        self.closed = []

    def atom(self, depth):
        k = rng.random()
        if depth > 3 or k < 0.35:
            return lit()
        if k < 0.45:
            return "."
        if k < 0.55:
            return cls()
        if k < 0.62:
            return rng.choice([r"\d", r"\w", r"\s", r"\W", r"\b", r"\B", "^", "$", r"\A", r"\Z", r"\S", r"\D"])
        if k < 0.80:
            kind = rng.random()
            if kind < 0.45:
                self.groups += 1
                g = self.groups
                body = self.alt(depth + 1)
                self.closed.append(g)
                return "(" + body + ")"
            if kind < 0.55:
                self.groups += 1
                g = self.groups
                name = "n%d" % g
                body = self.alt(depth + 1)
                self.closed.append(g)
                self.names.append(name)
                return "(?P<%s>%s)" % (name, body)
            if kind < 0.65:
                return "(?:" + self.alt(depth + 1) + ")"
            if kind < 0.72:
                return "(?>" + self.alt(depth + 1) + ")"
            if kind < 0.80:
                return "(?" + rng.choice("=!") + self.alt(depth + 1) + ")"
            if kind < 0.88:
                return "(?<" + rng.choice("=!") + fixed(depth) + ")"
            return "(?" + rng.choice(["i", "s", "m", "x", "-i", "i-s", "a"]) + ":" + self.alt(depth + 1) + ")"
        if k < 0.88 and self.closed:
            g = rng.choice(self.closed)
            if rng.random() < 0.5:
                return "\\%d" % g
            return "(?(%d)%s|%s)" % (g, self.seq(depth + 1), self.seq(depth + 1))
        if k < 0.92 and self.names:
            return "(?P=%s)" % rng.choice(self.names)
        return lit()

    def quant(self, a):
        if a in ("^", "$", r"\b", r"\B", r"\A", r"\Z"):
            return a
        k = rng.random()
        if k < 0.6:
            return a
        q = rng.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}", "{0,1}"])
        s = rng.random()
        if s < 0.3:
            q += "?"
        elif s < 0.4:
            q += "+"
        return a + q

    def seq(self, depth):
        return "".join(self.quant(self.atom(depth)) for _ in range(rng.randint(1, 4)))

    def alt(self, depth):
        s = self.seq(depth)
        while rng.random() < 0.25:
            s += "|" + self.seq(depth)
        return s


def mutate(p):
    p = list(p)
    for _ in range(rng.randint(1, 3)):
        k = rng.random()
        i = rng.randint(0, len(p))
        if k < 0.5:
            p.insert(i, rng.choice(list("()[]{}*+?|\\^$-:=<>!P#,0123") + ["(?", "(?P<", "\\g", "{1,", "(?<"]))
        elif p:
            del p[min(i, len(p) - 1)]
    return "".join(p)


FLAGS = [0, 0, 0, re.I, re.M, re.S, re.X, re.A, re.I | re.M, re.I | re.A, re.S | re.M]

HAND = [
    r"(a|ab)(c|bcd)(d*)", r"(a*)*", r"(a*)+", r"(a|)*", r"(a?)+?b", r"(?:a*)*b",
    r"(a+)+b", r"((a)|b)+", r"(?:(a)|b)*", r"(a)|b", r"^(?:(a)|(b))*$",
    r"\bfoo\b", r"(?<=a)b", r"(?<!a)b", r"(?=(a+))a*b\1", r"x*", r"a*?", r"",
    r"(?i)straße", r"(?i)[k]", r"(?i)ſ", r"[^\W\d]+", r"\w+", r"(\w+)\s(\w+)",
    r"(?P<first>\w+) (?P<last>\w+)", r"(a)(?(1)b|c)", r"(?:(a)|x)(?(1)b|c)",
    r"a++b", r"(?>a+)b", r"(?:ab)*+a", r"(a|ab)*+c", r"(?:a|ab){2}+",
    r"$", r"^", r"(?m)^\w", r"(?m)$", r"\Z", r"\A\w", r"(?s).+", r".+",
    r"(?x) a b  # comment\n c", r"[a-c]+?c", r"a{2,3}", r"a{,2}?", r"a{3}",
    r"(ab|a)*?b", r"(?:a|b)*?c", r"(a)\1*", r"(?i)(a)\1", r"\B", r"\b",
]


def run(p, flags, subj, isbytes):
    d = {"p": p.decode("latin-1") if isbytes else p, "f": flags,
         "s": subj.decode("latin-1") if isbytes else subj}
    if isbytes:
        d["b"] = True
    try:
        r = re.compile(p, flags)
    except re.error as e:
        d["e"] = ["error", e.msg, -1 if e.pos is None else e.pos]
        return d
    except (OverflowError, ValueError, RecursionError) as e:
        d["e"] = [type(e).__name__, str(e), -1]
        return d

    def caps(m):
        out = []
        for g in range(r.groups + 1):
            out += list(m.span(g))
        return out + [m.lastindex or 0]

    m = r.search(subj)
    d["m"] = caps(m) if m else None
    d["a"] = [caps(m) for m in r.finditer(subj)]
    pos = rng.randint(0, len(subj))
    endpos = rng.randint(pos, len(subj))
    d["w"] = [pos, endpos]
    d["x"] = [caps(m) if m else None for m in (r.match(subj, pos, endpos), r.fullmatch(subj, pos, endpos), r.search(subj, pos, endpos))]
    return d


def subject(p):
    if DENSE:
        return "".join(rng.choice("aaabbc") for _ in range(rng.randint(0, 10)))
    chars = SUBJ_ALPHA
    # borrow literal characters of the pattern so matches happen
    extra = [c for c in p if c.isalnum()]
    n = rng.randint(0, 12)
    return "".join(rng.choice(chars + "".join(extra) * 2) for _ in range(n))


def main():
    warnings.simplefilter("ignore")
    out = []
    for p in HAND:
        for f in (0, re.I, re.M):
            for s in ["", "a", "ab", "aab", "abab", "foo bar", "aaab", "ba\nab\n", "Straße STRASSE",
                      "ſK k", "abcd", "a1 b2_c"]:
                out.append(run(p, f, s, False))
    global DENSE
    while len(out) < N:
        # every third pattern is dense: only a and b, nested repeats and
        # groups over subjects of a and b, where the matching rules differ
        DENSE = len(out) % 3 == 0
        g = Gen()
        p = g.alt(0)
        if rng.random() < 0.25 and not DENSE:
            p = mutate(p)
        flags = rng.choice(FLAGS)
        isbytes = rng.random() < 0.12
        s = subject(p)
        if isbytes:
            pb = p.encode("utf-8")
            sb = s.encode("utf-8")
            if flags & re.A:
                flags &= ~re.A
            out.append(run(pb, flags, sb, True))
        else:
            out.append(run(p, flags, s, False))
    path = os.path.join(os.path.dirname(__file__), "..", "testdata", "re", "corpus.jsonl")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    errs = sum(1 for d in out if "e" in d)
    print("re-corpus: %d cases (%d errors) -> testdata/re/corpus.jsonl" % (len(out), errs))


main()
