# The first of asyncio's Python parts, run in the asyncio module after the
# Go parts (loop, Future, Task, sleep, gather, ...) are installed there. The
# others (mixins, locks, queues, tasks, taskgroups, timeouts, runners) each
# follow the structure of their CPython 3.11 counterpart so that callbacks
# are scheduled in the same order and errors read the same, and run under
# that file's name so tracebacks through them read as CPython's.

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class _Named:
    """A stand-in for an enum member: only its value is ever shown."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<{self.name}: {self.value!r}>'


def iscoroutinefunction(func):
    return (_iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_is_coroutine = object()


async def _shutdown_asyncgens(loop, closing_agens):
    # BaseEventLoop.shutdown_asyncgens once the loop has picked the async
    # generators still suspended: aclose() them all, report failures.
    if not len(closing_agens):
        return
    results = await gather(*[ag.aclose() for ag in closing_agens],
                           return_exceptions=True)
    for i in range(len(results)):
        result, agen = results[i], closing_agens[i]
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })
