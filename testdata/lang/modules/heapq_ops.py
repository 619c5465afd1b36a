import heapq, random
random.seed(1)
data = [random.randint(0, 100) for _ in range(30)]
h = []
for x in data: heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(5)], h)
d2 = data[:]; heapq.heapify(d2); print(d2)
print(heapq.heapreplace(d2, 50), heapq.heappushpop(d2, 3), heapq.heappushpop(d2, 99), d2)
print(heapq.nlargest(3, data), heapq.nsmallest(4, data, key=lambda x: -x), heapq.nlargest(2, [(1,'a'),(1,'b'),(0,'c')], key=lambda t: t[0]))
print(list(heapq.merge([1,4,7],[2,5,8],[3,6,9])), list(heapq.merge([7,4,1],[8,5,2], reverse=True)), list(heapq.merge(['a','bb'],['ccc'], key=len)))
h = [(2, 'b'), (1, 'a'), (3, 'c')]; heapq.heapify(h); print(heapq.heappop(h), h)
try: heapq.heappop([])
except IndexError as e: print(e)
