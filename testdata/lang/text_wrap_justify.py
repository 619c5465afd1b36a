# Greedy word wrapping and full justification of a paragraph.
TEXT = ("Asynchronous programming lets a single thread juggle many tasks by switching "
        "between them whenever one of them has to wait for something slow to happen.")
def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in (30, 45):
    print(f"width {width}:")
    lines = wrap(TEXT, width)
    for words in lines[:-1]:
        print("|" + justify(words, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
