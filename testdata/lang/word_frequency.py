# Word frequencies of a text with normalisation, ties broken alphabetically.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
import string
from collections import Counter
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
freq = Counter(words)
print(len(words), len(freq))
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:12} {n:2} {'#' * n}")
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest)
by_letter = {}
for w in sorted(freq):
    by_letter.setdefault(w[0], []).append(w)
print({k: v for k, v in by_letter.items() if len(v) > 1})
