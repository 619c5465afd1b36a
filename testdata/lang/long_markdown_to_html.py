# A small Markdown-to-HTML converter: headings, paragraphs, lists, code blocks, emphasis, links, escaping.
DOC = """\
# Python & Asynchrony

A *single* thread can juggle **many** tasks.
See [the docs](https://docs.python.org) for `asyncio`.

## Steps

- create a loop
- schedule *callbacks*
- run until done

1. first
2. second

```
async def main():
    await asyncio.sleep(1) < 2
```

Plain text with <tags> & ampersands.
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    out, i = [], 0
    text = escape(text)
    while i < len(text):
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + text[i + 2:j] + "</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append("<em>" + text[i + 1:j] + "</em>")
                i = j + 1
                continue
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append("<code>" + text[i + 1:j] + "</code>")
                i = j + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                out.append(f'<a href="{text[close + 2:end]}">{text[i + 1:close]}</a>')
                i = end + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def convert(md):
    html, para, list_kind, in_code = [], [], None, False

    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None

    for line in md.splitlines():
        if line.startswith("```"):
            if in_code:
                html.append("</code></pre>")
            else:
                flush_para()
                close_list()
                html.append("<pre><code>")
            in_code = not in_code
            continue
        if in_code:
            html.append(escape(line))
            continue
        stripped = line.strip()
        if not stripped:
            flush_para()
            close_list()
        elif stripped.startswith("#"):
            flush_para()
            close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped[:2] in ("- ", "* ") or stripped.split(". ")[0].isdigit():
            flush_para()
            kind = "ul" if stripped[:2] in ("- ", "* ") else "ol"
            if list_kind != kind:
                close_list()
                html.append(f"<{kind}>")
                list_kind = kind
            item = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html.append(f"  <li>{inline(item)}</li>")
        else:
            para.append(stripped)
    flush_para()
    close_list()
    return "\n".join(html)


out = convert(DOC)
print(out)
print(out.count("<li>"), "list items,", out.count("<h"), "headings")
