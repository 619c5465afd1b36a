# asyncio with threads: executors (loop.run_in_executor, to_thread),
# wrap_future and run_coroutine_threadsafe, the parts of CPython 3.11's
# base_events.py, futures.py, threads.py and tasks.py that connect the
# loop to concurrent.futures. A future finished in a worker thread reaches
# the loop through call_soon_threadsafe, which wakes a loop blocked in its
# select.


def _convert_future_exc(exc):
    import concurrent.futures
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is concurrent.futures.TimeoutError:
        return TimeoutError(*exc.args)
    elif exc_class is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args)
    else:
        return exc


def _set_concurrent_future_state(concurrent, source):
    # source (an asyncio Future) is done: copy its outcome to a
    # concurrent.futures.Future.
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    # Make destination follow source, each of either kind; a cancelled
    # destination cancels source. Callbacks cross threads through the
    # destination's (or source's) loop.
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    import concurrent.futures
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def _run_in_executor(loop, executor, func, *args):
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')
    if executor is None:
        executor = loop._default_executor
        if executor is None:
            import concurrent.futures
            executor = concurrent.futures.ThreadPoolExecutor(
                thread_name_prefix='asyncio')
            loop._default_executor = executor
    return wrap_future(executor.submit(func, *args), loop=loop)


async def _shutdown_default_executor(loop, executor):
    executor.shutdown(wait=True)


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    import functools
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
