# Graph algorithms on a small road map: BFS, DFS, topological sort, Dijkstra, connected components.
from collections import deque, defaultdict

ROADS = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1),
]


def build(edges, directed=False):
    g = defaultdict(list)
    for a, b, w in edges:
        g[a].append((b, w))
        if not directed:
            g[b].append((a, w))
        else:
            g[b]
    return g


def bfs(g, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(g[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


def dfs(g, start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    out = [start]
    for nxt, _ in sorted(g[start]):
        if nxt not in seen:
            out += dfs(g, nxt, seen)
    return out


def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    frontier = [(0, src)]
    done = set()
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if node in done:
            continue
        done.add(node)
        for nxt, w in g[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def components(g):
    seen, comps = set(), []
    for node in sorted(g):
        if node not in seen:
            comp = dfs(g, node, seen)
            comps.append(sorted(comp))
    return comps


def topo_sort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            indeg.setdefault(d, 0)
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(indeg):
        raise ValueError("cycle detected among " + ", ".join(sorted(n for n in indeg if n not in order)))
    return order


g = build(ROADS)
print("bfs:", bfs(g, "A"))
print("dfs:", dfs(g, "A"))
dist, prev = dijkstra(g, "A")
for target in sorted(dist):
    print(f"  A->{target}: {dist[target]:2} via {'-'.join(path(prev, target))}")
print("unreachable:", sorted(set(g) - set(dist)))
print("components:", components(g))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
print("build order:", topo_sort(deps))
try:
    topo_sort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("ValueError:", e)
