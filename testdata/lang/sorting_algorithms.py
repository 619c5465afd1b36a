# Quicksort, mergesort, insertion sort and binary search written in Python.
import random
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = mergesort(xs[:mid]), mergesort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key, j = xs[i], i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == target else -1
random.seed(1)
data = [random.randint(0, 999) for _ in range(300)]
s = sorted(data)
print(quicksort(data) == s, mergesort(data) == s, insertion_sort(data) == s)
print(s[:10], s[-5:])
print(bsearch(s, s[150]) <= 150, bsearch(s, -5), bsearch([1, 3, 5], 5), bsearch([], 1))
print(mergesort(["pear", "fig", "apple"]), quicksort([3.5, -1, 2]))
