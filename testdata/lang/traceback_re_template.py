import re

# A replacement template that names a group the pattern does not have.
def swap(text):
    return re.sub(r"(\w+)=(\w+)", r"\2=\1 (\3)", text)

print(re.sub(r"(\w+)=(\w+)", r"\2=\1", "a=1 b=2"))
print(swap("a=1 b=2"))
