# Imaginary literals in match patterns and in the tokenizer's corner cases.
def kind(z):
    match z:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one-plus-two-j"
        case -1 - 2j:
            return "minus-one-minus-two-j"
        case 3j:
            return "three-j"
        case -1.5 + 0.5j:
            return "float parts"
        case complex(real=r, imag=0.0):
            return f"real {r}"
        case complex():
            return "other complex"
    return "not complex"

for z in [0, 0j, 1 + 2j, -1 - 2j, 3j, complex(-1.5, 0.5), 5 + 0j, 2 + 2j, "x"]:
    print(repr(z), kind(z))
print([0x10, 1e1j, 1.j, .5j, 1_0.0_1j])
print(eval("2j * 2j"), eval("-3j"), eval("(1+2j).imag"))
for src in ["1jx", "0x1j", "1j = 2", "09j + 1"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.msg)
