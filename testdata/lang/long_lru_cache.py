# An LRU cache written from scratch with a doubly linked list and a dict, compared with functools.lru_cache.
import functools


class Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) == self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            print(f"  evict {lru.key!r}")
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return f"LRUCache({self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache.get("z", "?"))
cache.put("d", "D")
print(cache.keys(), "b" in cache, len(cache))
cache.put("c", "C2")
cache.put("e", "E")
print(cache, cache.get("c"))

calls = []


def slow_square(n):
    calls.append(n)
    return n * n


mine = LRUCache(2)
reference = functools.lru_cache(maxsize=2)(slow_square)
for n in [1, 2, 1, 3, 2, 1, 1, 4]:
    v = mine.get(n)
    if v is None:
        v = n * n
        mine.put(n, v)
    assert v == reference(n)
print(mine, reference.cache_info())
print("reference computed:", calls)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
