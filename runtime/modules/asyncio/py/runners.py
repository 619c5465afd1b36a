# asyncio.run and asyncio.Runner (CPython 3.11's asyncio/runners.py), run
# with the file name "<stdlib>/asyncio/runners.py". A line ending in a
# "#@N" marker is moved to line N (blank lines are inserted before it), so
# that tracebacks through these functions name the lines CPython's do.

_RUNNER_CREATED = _Named('CREATED', 'created')
_RUNNER_INITIALIZED = _Named('INITIALIZED', 'initialized')
_RUNNER_CLOSED = _Named('CLOSED', 'closed')


class Runner:

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _RUNNER_CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()  #@59
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state is not _RUNNER_INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _RUNNER_CLOSED

    def get_loop(self):
        self._lazy_init()  #@83
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))  #@89
        if _get_running_loop() is not None:
            raise RuntimeError(  #@93
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()  #@96
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)  #@118

    def _lazy_init(self):
        if self._state is _RUNNER_CLOSED:
            raise RuntimeError("Runner is closed")  #@133
        if self._state is _RUNNER_INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _RUNNER_INITIALIZED


def _cancel_all_tasks(loop):
    to_cancel = _all_tasks_list(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError(  #@186
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)  #@190
