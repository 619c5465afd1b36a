"""Dump CPython's AST of a file in the format of runtime/syntax's test dump
(node names and fields of syntax/ast.go), to compare the Go parser with
CPython during development:  python3 astdump.py [--pos] file.py
"""
import ast, sys

OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
       ast.Mod: "%", ast.MatMult: "@", ast.Pow: "**", ast.BitAnd: "&", ast.BitOr: "|",
       ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>", ast.And: "and", ast.Or: "or",
       ast.Not: "not", ast.UAdd: "+", ast.USub: "-", ast.Invert: "~", ast.Eq: "==",
       ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
       ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
CTX = {ast.Load: "Load", ast.Store: "Store", ast.Del: "Del"}
NOPOS = {"Arguments", "WithItem", "Comprehension", "MatchCase"}

def q(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 32 <= o < 127 and ch not in '"\\':
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return '"' + "".join(out) + '"'

def qb(b):
    return '"' + "".join(chr(c) if 32 <= c < 127 and chr(c) not in '"\\' else "\\x{%x}" % c for c in b) + '"'

def const(v):
    if v is None: return "None"
    if v is True: return "True"
    if v is False: return "False"
    if v is Ellipsis: return "Ellipsis"
    if isinstance(v, int): return "int:%d" % v
    if isinstance(v, float): return "float:%.17g" % v
    if isinstance(v, str): return "str:" + q(v)
    if isinstance(v, bytes): return "bytes:" + qb(v)
    return "?" + repr(v)

class D:
    def __init__(self, pos): self.pos = pos
    def node(self, name, n, fields, loc=None):
        s = name + "(" + ", ".join("%s=%s" % (k, v) for k, v in fields) + ")"
        if self.pos and name not in NOPOS:
            if loc is None:
                loc = (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
            s += "@%d:%d-%d:%d" % loc
        return s
    def l(self, xs): return "[" + ", ".join(self.o(x) for x in xs) + "]"
    def o(self, x): return "None" if x is None else self.d(x)
    def d(self, n):
        T = type(n).__name__
        o, l = self.o, self.l
        if T == "Module": return "Module(Body=%s)" % l(n.body)
        if T == "Expr": return self.node("ExprStmt", n, [("X", o(n.value))])
        if T == "Assign": return self.node("Assign", n, [("Targets", l(n.targets)), ("Value", o(n.value))])
        if T == "AugAssign": return self.node("AugAssign", n, [("Target", o(n.target)), ("Op", q(OPS[type(n.op)])), ("Value", o(n.value))])
        if T == "AnnAssign": return self.node("AnnAssign", n, [("Target", o(n.target)), ("Annotation", o(n.annotation)), ("Value", o(n.value)), ("Simple", "true" if n.simple else "false")])
        if T == "Delete": return self.node("Delete", n, [("Targets", l(n.targets))])
        if T in ("Pass", "Break", "Continue"): return self.node(T, n, [])
        if T == "Return": return self.node("Return", n, [("Value", o(n.value))])
        if T == "Raise": return self.node("Raise", n, [("Exc", o(n.exc)), ("Cause", o(n.cause))])
        if T in ("Global", "Nonlocal"): return self.node(T, n, [("Names", "[" + ", ".join(q(x) for x in n.names) + "]")])
        if T == "Assert": return self.node("Assert", n, [("Test", o(n.test)), ("Msg", o(n.msg))])
        if T == "alias": return self.node("Alias", n, [("Name", q(n.name)), ("AsName", q(n.asname or ""))])
        if T == "Import": return self.node("Import", n, [("Names", l(n.names))])
        if T == "ImportFrom": return self.node("ImportFrom", n, [("Module", q(n.module or "")), ("Names", l(n.names)), ("Level", str(n.level))])
        if T == "If": return self.node("If", n, [("Test", o(n.test)), ("Body", l(n.body)), ("Orelse", l(n.orelse))])
        if T == "While": return self.node("While", n, [("Test", o(n.test)), ("Body", l(n.body)), ("Orelse", l(n.orelse))])
        if T in ("For", "AsyncFor"): return self.node("For", n, [("Async", "true" if T == "AsyncFor" else "false"), ("Target", o(n.target)), ("Iter", o(n.iter)), ("Body", l(n.body)), ("Orelse", l(n.orelse))])
        if T == "ExceptHandler": return self.node("ExceptHandler", n, [("Type", o(n.type)), ("Name", q(n.name or "")), ("Body", l(n.body))])
        if T in ("Try", "TryStar"): return self.node("Try", n, [("Star", "true" if T == "TryStar" else "false"), ("Body", l(n.body)), ("Handlers", l(n.handlers)), ("Orelse", l(n.orelse)), ("Finalbody", l(n.finalbody))])
        if T == "withitem": return self.node("WithItem", n, [("Context", o(n.context_expr)), ("Vars", o(n.optional_vars))])
        if T in ("With", "AsyncWith"): return self.node("With", n, [("Async", "true" if T == "AsyncWith" else "false"), ("Items", l(n.items)), ("Body", l(n.body))])
        if T == "arg": return self.node("Arg", n, [("Name", q(n.arg)), ("Annotation", o(n.annotation))])
        if T == "arguments": return self.node("Arguments", n, [("PosOnly", l(n.posonlyargs)), ("Args", l(n.args)), ("Vararg", o(n.vararg)), ("KwOnly", l(n.kwonlyargs)), ("KwDefaults", l(n.kw_defaults)), ("Kwarg", o(n.kwarg)), ("Defaults", l(n.defaults))])
        if T in ("FunctionDef", "AsyncFunctionDef"): return self.node("FunctionDef", n, [("Async", "true" if T == "AsyncFunctionDef" else "false"), ("Name", q(n.name)), ("Params", o(n.args)), ("Returns", o(n.returns)), ("Body", l(n.body)), ("Decorators", l(n.decorator_list))])
        if T == "ClassDef": return self.node("ClassDef", n, [("Name", q(n.name)), ("Bases", l(n.bases)), ("Keywords", l(n.keywords)), ("Body", l(n.body)), ("Decorators", l(n.decorator_list))])
        if T == "match_case": return self.node("MatchCase", n, [("Pattern", o(n.pattern)), ("Guard", o(n.guard)), ("Body", l(n.body))])
        if T == "Match": return self.node("Match", n, [("Subject", o(n.subject)), ("Cases", l(n.cases))])
        if T == "BoolOp": return self.node("BoolOp", n, [("Op", q(OPS[type(n.op)])), ("Values", l(n.values))])
        if T == "NamedExpr": return self.node("NamedExpr", n, [("Target", o(n.target)), ("Value", o(n.value))])
        if T == "BinOp": return self.node("BinOp", n, [("Left", o(n.left)), ("Op", q(OPS[type(n.op)])), ("Right", o(n.right))])
        if T == "UnaryOp": return self.node("UnaryOp", n, [("Op", q(OPS[type(n.op)])), ("X", o(n.operand))])
        if T == "Lambda": return self.node("Lambda", n, [("Params", o(n.args)), ("Body", o(n.body))])
        if T == "IfExp": return self.node("IfExp", n, [("Test", o(n.test)), ("Body", o(n.body)), ("Orelse", o(n.orelse))])
        if T == "Dict": return self.node("Dict", n, [("Keys", l(n.keys)), ("Values", l(n.values))])
        if T == "Set": return self.node("Set", n, [("Elts", l(n.elts))])
        if T == "comprehension": return self.node("Comprehension", n, [("Async", "true" if n.is_async else "false"), ("Target", o(n.target)), ("Iter", o(n.iter)), ("Ifs", l(n.ifs))])
        if T in ("ListComp", "SetComp", "GeneratorExp"): return self.node(T, n, [("Elt", o(n.elt)), ("Generators", l(n.generators))])
        if T == "DictComp": return self.node(T, n, [("Key", o(n.key)), ("Value", o(n.value)), ("Generators", l(n.generators))])
        if T in ("Await", "Yield", "YieldFrom"): return self.node(T, n, [("Value", o(n.value))])
        if T == "Compare": return self.node(T, n, [("Left", o(n.left)), ("Ops", "[" + ", ".join(q(OPS[type(x)]) for x in n.ops) + "]"), ("Comparators", l(n.comparators))])
        if T == "keyword": return self.node("Keyword", n, [("Arg", q(n.arg or "")), ("Value", o(n.value))])
        if T == "Call": return self.node(T, n, [("Func", o(n.func)), ("Args", l(n.args)), ("Keywords", l(n.keywords))])
        if T == "FormattedValue": return self.node(T, n, [("Value", o(n.value)), ("Conversion", str(max(n.conversion, 0))), ("FormatSpec", o(n.format_spec))])
        if T == "JoinedStr": return self.node(T, n, [("Values", l(n.values))])
        if T == "Constant": return self.node(T, n, [("V", const(n.value))])
        if T == "Attribute": return self.node(T, n, [("Value", o(n.value)), ("Attr", q(n.attr)), ("Ctx", CTX[type(n.ctx)])])
        if T == "Subscript": return self.node(T, n, [("Value", o(n.value)), ("Slice", o(n.slice)), ("Ctx", CTX[type(n.ctx)])])
        if T == "Starred": return self.node(T, n, [("Value", o(n.value)), ("Ctx", CTX[type(n.ctx)])])
        if T == "Name": return self.node(T, n, [("Id", q(n.id)), ("Ctx", CTX[type(n.ctx)])])
        if T in ("List", "Tuple"): return self.node(T, n, [("Elts", l(n.elts)), ("Ctx", CTX[type(n.ctx)])])
        if T == "Slice": return self.node(T, n, [("Lower", o(n.lower)), ("Upper", o(n.upper)), ("Step", o(n.step))])
        if T == "MatchValue": return self.node(T, n, [("Value", o(n.value))])
        if T == "MatchSingleton": return self.node(T, n, [("Value", {None: "0", True: "1", False: "2"}[n.value])])
        if T == "MatchSequence": return self.node(T, n, [("Patterns", l(n.patterns))])
        if T == "MatchMapping": return self.node(T, n, [("Keys", l(n.keys)), ("Patterns", l(n.patterns)), ("Rest", q(n.rest or ""))])
        if T == "MatchClass": return self.node(T, n, [("Cls", o(n.cls)), ("Patterns", l(n.patterns)), ("KwdAttrs", "[" + ", ".join(q(x) for x in n.kwd_attrs) + "]"), ("KwdPatterns", l(n.kwd_patterns))])
        if T == "MatchStar": return self.node(T, n, [("Name", q(n.name or ""))])
        if T == "MatchAs": return self.node(T, n, [("Pattern", o(n.pattern)), ("Name", q(n.name or ""))])
        if T == "MatchOr": return self.node(T, n, [("Patterns", l(n.patterns))])
        return "?" + T

pos = "--pos" in sys.argv
for f in [a for a in sys.argv[1:] if a != "--pos"]:
    try:
        tree = ast.parse(open(f, "rb").read(), f)
    except SyntaxError as e:
        print("ERR %s %s %d %d %d %d" % (type(e).__name__, q(e.msg), e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0))
        continue
    print(D(pos).d(tree))
