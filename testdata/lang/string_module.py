# The string module's constants and helpers.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable))
print(string.capwords("hello   big world"))
tmpl = string.Template("$who likes ${what}!")
print(tmpl.substitute(who="Ann", what="tea"), tmpl.safe_substitute(who="Bo"))
