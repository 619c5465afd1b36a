# An exception inside a generator expression consumed by a builtin: the <genexpr> frame.
def ratios(values):
    return sum(1 / v for v in values)
print(ratios([1, 2, 4]))
print(ratios([1, 0]))
