# asyncio's queues are Go (queue.go); this file only provides the frames
# CPython's tracebacks show when an exception is thrown into a waiting
# put() or get() (asyncio/queues.py, lines 120 and 158 in CPython 3.11).


def _frames():
    async def put(putter):
        await putter  #@120

    async def get(getter):
        await getter  #@158

    return put, get


_queue_put_reraise, _queue_get_reraise = _frames()
del _frames
