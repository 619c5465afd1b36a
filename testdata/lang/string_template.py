# string.Template: substitute, safe_substitute, braces, $$, identifiers and errors.
from string import Template

t = Template("$who likes ${what}s, costs $$${price} ($who!)")
print(t.substitute(who="Tim", what="kung pao", price=9))
print(t.substitute({"who": "Ann", "what": "tea", "price": 3}, price=4))
print(t.safe_substitute(who="Bob"))
print(t.template, t.get_identifiers(), t.is_valid())
print(Template("$a$b ${c}d $_x1 $ä $1").safe_substitute(a=1, b=2, c=3, _x1=4))
print(Template("${a} ${ b} ${a").safe_substitute(a=1))
print(Template("$").safe_substitute(), Template("a$$").substitute(), Template("$$a").substitute())
print(Template("${bad name} $ok").is_valid(), Template("$ok ${}").get_identifiers(), Template("$a $a $b").get_identifiers())
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("missing", lambda: Template("$who is $age").substitute(who="x"))
attempt("missing braced", lambda: Template("${who}").substitute())
attempt("invalid", lambda: Template("cost: $5").substitute())
attempt("invalid line", lambda: Template("line one\nline $ two").substitute())
attempt("invalid brace", lambda: Template("x ${ y}").substitute(y=1))
attempt("unclosed", lambda: Template("x ${y").substitute(y=1))
attempt("trailing", lambda: Template("x $").substitute())
attempt("positional", lambda: Template("$a").substitute({"a": 1}, {"b": 2}))
attempt("non-mapping", lambda: Template("$a").substitute(5))
attempt("safe invalid", lambda: Template("$5 ${ x} $").safe_substitute())

class Percent(Template):
    delimiter = "%"
print(Percent("%name: %{count}%% done").substitute(name="job", count=50))
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name").safe_substitute({"user.name": "ada"}))
class Caps(Template):
    braceidpattern = r"[A-Z]+"
print(Caps("${ABC} $lower").safe_substitute(ABC=1, lower=2))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
