# asyncio's queues (Queue, PriorityQueue, LifoQueue), structured as CPython
# 3.11's asyncio/queues.py; "#@N" markers as in locks.py.
class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue(_LoopBoundMixin):

    def __init__(self, maxsize=0):
        self._maxsize = maxsize  #@34
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0  #@40
        self._finished = Event()
        self._finished.set()  #@42
        self._init(maxsize)  #@43

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()  #@51

    def _put(self, item):
        self._queue.append(item)  #@54

    def _wakeup_next(self, waiters):
        while waiters:  #@60
            waiter = waiters.popleft()  #@61
            if not waiter.done():  #@62
                waiter.set_result(None)  #@63
                break  #@64

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'  #@67

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'  #@70

    def _format(self):
        result = f'maxsize={self._maxsize!r}'  #@75
        if getattr(self, '_queue', None):  #@76
            result += f' _queue={list(self._queue)!r}'  #@77
        if self._getters:  #@78
            result += f' _getters[{len(self._getters)}]'  #@79
        if self._putters:  #@80
            result += f' _putters[{len(self._putters)}]'  #@81
        if self._unfinished_tasks:  #@82
            result += f' tasks={self._unfinished_tasks}'  #@83
        return result  #@84

    def qsize(self):
        return len(self._queue)  #@88

    @property
    def maxsize(self):
        return self._maxsize  #@93

    def empty(self):
        return not self._queue  #@97

    def full(self):
        if self._maxsize <= 0:  #@105
            return False  #@106
        else:  #@107
            return self.qsize() >= self._maxsize  #@108

    async def put(self, item):
        while self.full():  #@116
            putter = self._get_loop().create_future()  #@117
            self._putters.append(putter)  #@118
            try:  #@119
                await putter  #@120
            except:  #@121
                putter.cancel()  # Just in case putter is not done yet.  #@122
                try:  #@123
                    self._putters.remove(putter)  #@125
                except ValueError:  #@126
                    pass  #@129
                if not self.full() and not putter.cancelled():  #@130
                    self._wakeup_next(self._putters)  #@133
                raise  #@134
        return self.put_nowait(item)  #@135

    def put_nowait(self, item):
        if self.full():  #@142
            raise QueueFull  #@143
        self._put(item)  #@144
        self._unfinished_tasks += 1  #@145
        self._finished.clear()  #@146
        self._wakeup_next(self._getters)  #@147

    async def get(self):
        while self.empty():  #@154
            getter = self._get_loop().create_future()  #@155
            self._getters.append(getter)  #@156
            try:  #@157
                await getter  #@158
            except:  #@159
                getter.cancel()  # Just in case getter is not done yet.  #@160
                try:  #@161
                    self._getters.remove(getter)  #@163
                except ValueError:  #@164
                    pass  #@167
                if not self.empty() and not getter.cancelled():  #@168
                    self._wakeup_next(self._getters)  #@171
                raise  #@172
        return self.get_nowait()  #@173

    def get_nowait(self):
        if self.empty():  #@180
            raise QueueEmpty  #@181
        item = self._get()  #@182
        self._wakeup_next(self._putters)  #@183
        return item  #@184

    def task_done(self):
        if self._unfinished_tasks <= 0:  #@200
            raise ValueError('task_done() called too many times')  #@201
        self._unfinished_tasks -= 1  #@202
        if self._unfinished_tasks == 0:  #@203
            self._finished.set()  #@204

    async def join(self):
        if self._unfinished_tasks > 0:  #@214
            await self._finished.wait()  #@215


class PriorityQueue(Queue):

    def _init(self, maxsize):
        self._queue = []  #@225

    def _put(self, item):
        import heapq; heapq.heappush(self._queue, item)

    def _get(self):
        import heapq; return heapq.heappop(self._queue)


class LifoQueue(Queue):

    def _init(self, maxsize):
        self._queue = []  #@238

    def _put(self, item):
        self._queue.append(item)  #@241

    def _get(self):
        return self._queue.pop()  #@244

