import re

# An invalid pattern: the traceback goes through re's own files.
date = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
print(date.match("2026-12-07").groups())
words = re.findall(r"(\w+", "unbalanced group")
print(words)
