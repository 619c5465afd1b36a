import string, types
print(string.capwords(" a  b "), string.Template("$a-${b}").substitute(a=1, b=2), string.Template("$x $$").safe_substitute())
try:
    string.Template("$").substitute()
except ValueError as e:
    print(e)
ns = types.SimpleNamespace(x=1)
print(ns, ns == types.SimpleNamespace(x=1), types.SimpleNamespace())
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__, types.BuiltinFunctionType.__name__)
