import heapq
for f, a in [(heapq.heappop, ([1], 2)), (heapq.heappop, ()), (heapq.heappush, ([],)), (heapq.heappush, (1, 2)), (heapq.heappop, (1,)), (heapq.heapify, ()), (heapq.heapify, (1,)), (heapq.heappushpop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heapreplace, (1, 1)), (heapq.heappop, ([],))]:
    try:
        f(*a)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
for obj in ("a\nb", b"a\nb", bytearray(b"a\nb")):
    for args, kw in [((), {'x': 1}), (("no",), {}), ((1, 2), {}), ((), {'keepends': 1}), ((1.5,), {}), ((None,), {})]:
        try:
            print(obj.splitlines(*args, **kw))
        except TypeError as e:
            print(type(e).__name__, e)
for obj in (bytearray(b"abc"), b"abc"):
    for a in (2.0, "a", None, 300, -1, [1]):
        try:
            print(obj.count(a))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for m in ("find", "index", "rfind", "startswith"):
        try:
            print(getattr(obj, m)(2.0))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
for b in (b'abcabc', bytearray(b'abcabc')):
    for args in ((b'b',), (b'b', 2), (b'b', 2, 4), (b'', 5), (b'', 7), (b'', -2), (98, -3), (b'c', None, -1), (b'', 2, 1)):
        print(args, b.count(*args), b.find(*args), b.rfind(*args))
    try: b.index(b'z', 1)
    except ValueError as e: print(e)
    try: b.count(b'a', 1, 2, 3)
    except TypeError as e: print(e)
    try: b.count(256)
    except ValueError as e: print(e)
