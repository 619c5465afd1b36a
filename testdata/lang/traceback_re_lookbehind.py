import re

def find_prices(text):
    return re.findall(r"(?<=\$\s*)\d+", text)

print(find_prices("costs $ 5"))
