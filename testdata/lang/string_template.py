# string.Template substitution and string.capwords.
import string
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
tmpl = string.Template("$who likes ${what}! $$5 each")
print(tmpl.substitute(who="Ann", what="tea"), tmpl.safe_substitute(who="Bo"))
try:
    tmpl.substitute(who="Cy")
except KeyError as e:
    print("KeyError:", e)
