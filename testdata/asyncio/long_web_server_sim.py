# A simulated web server: a listener feeds requests into a queue, handlers with per-request
# timeouts, a connection limit (Semaphore), a shared cache with a Lock, and graceful shutdown.
import asyncio

REQUESTS = [
    (0.00, "GET", "/"), (0.01, "GET", "/slow"), (0.01, "GET", "/user/1"), (0.02, "GET", "/user/1"),
    (0.03, "POST", "/user"), (0.03, "GET", "/crash"), (0.05, "GET", "/user/2"), (0.075, "GET", "/"),
]


class Server:
    def __init__(self, max_conns, timeout):
        self.queue = asyncio.Queue()
        self.limit = asyncio.Semaphore(max_conns)
        self.cache = {}
        self.cache_lock = asyncio.Lock()
        self.timeout = timeout
        self.log = []
        self.active = 0
        self.peak = 0

    async def listener(self, t0):
        loop = asyncio.get_running_loop()
        for at, method, path in REQUESTS:
            await asyncio.sleep(max(0, t0 + at - loop.time()))
            await self.queue.put((method, path))
        await self.queue.put(None)

    async def load_user(self, uid):
        async with self.cache_lock:
            if uid in self.cache:
                return self.cache[uid] + " (cached)"
            await asyncio.sleep(0.015)
            self.cache[uid] = f"user#{uid}"
            return self.cache[uid]

    async def route(self, method, path):
        if path == "/":
            return 200, "home"
        if path == "/slow":
            await asyncio.sleep(1)
            return 200, "finally"
        if path.startswith("/user/"):
            return 200, await self.load_user(path.rsplit("/", 1)[1])
        if path == "/user" and method == "POST":
            await asyncio.sleep(0.005)
            return 201, "created"
        if path == "/crash":
            raise ZeroDivisionError("handler bug")
        return 404, "not found"

    async def handle(self, n, method, path):
        async with self.limit:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                status, body = await asyncio.wait_for(self.route(method, path), self.timeout)
            except TimeoutError:
                status, body = 504, "timeout"
            except Exception as e:
                status, body = 500, f"{type(e).__name__}: {e}"
            finally:
                self.active -= 1
        self.log.append((n, status))
        print(f"#{n} {method} {path} -> {status} {body}")

    async def serve(self):
        t0 = asyncio.get_running_loop().time()
        listener = asyncio.create_task(self.listener(t0))
        async with asyncio.TaskGroup() as tg:
            n = 0
            while (req := await self.queue.get()) is not None:
                n += 1
                tg.create_task(self.handle(n, *req))
        await listener
        print("served", len(self.log), "requests, peak concurrency", self.peak)
        print("status counts:", sorted({s: [x for _, x in self.log].count(s) for _, s in self.log}.items()))


asyncio.run(Server(max_conns=3, timeout=0.05).serve())
