# asyncio's task helpers written in Python (CPython 3.11's asyncio/tasks.py
# has them in the same order): wait, wait_for, as_completed, shield, and
# the frame of sleep that tracebacks show.

def _create_task_frames():
    # create_task is Go; when no loop runs it calls this frame, which
    # tracebacks show as CPython's create_task, to raise the RuntimeError.
    def create_task(coro):
        loop = events.get_running_loop()  #@381
    return create_task


_create_task_reraise = _create_task_frames()
del _create_task_frames


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):  #@415
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")  #@416
    if not fs:  #@417
        raise ValueError('Set of Tasks/Futures is empty.')  #@418
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):  #@419
        raise ValueError(f'Invalid return_when value: {return_when}')  #@420
    fs = set(fs)  #@422
    if any(coroutines.iscoroutine(f) for f in fs):  #@424
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")  #@425
    loop = events.get_running_loop()  #@427
    return await _wait(fs, timeout, return_when, loop)  #@428


def _release_waiter(waiter, *args):
    if not waiter.done():  #@432
        waiter.set_result(None)  #@433


async def wait_for(fut, timeout):
    loop = events.get_running_loop()  #@449
    if timeout is None:  #@451
        return await fut  #@452
    if timeout <= 0:  #@454
        fut = ensure_future(fut, loop=loop)  #@455
        if fut.done():  #@457
            return fut.result()  #@458
        await _cancel_and_wait(fut, loop=loop)  #@460
        try:  #@461
            return fut.result()  #@462
        except exceptions.CancelledError as exc:  #@463
            raise exceptions.TimeoutError() from exc  #@464
    import functools  # on first use: most runs never need it
    waiter = loop.create_future()  #@466
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)  #@467
    cb = functools.partial(_release_waiter, waiter)  #@468
    fut = ensure_future(fut, loop=loop)  #@470
    fut.add_done_callback(cb)  #@471
    try:  #@473
        try:  #@475
            await waiter  #@476
        except exceptions.CancelledError:  #@477
            if fut.done():  #@478
                return fut.result()  #@479
            else:  #@480
                fut.remove_done_callback(cb)  #@481
                await _cancel_and_wait(fut, loop=loop)  #@485
                raise  #@486
        if fut.done():  #@488
            return fut.result()  #@489
        else:  #@490
            fut.remove_done_callback(cb)  #@491
            await _cancel_and_wait(fut, loop=loop)  #@495
            try:  #@499
                return fut.result()  #@500
            except exceptions.CancelledError as exc:  #@501
                raise exceptions.TimeoutError() from exc  #@502
    finally:  #@503
        timeout_handle.cancel()  #@504


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()  #@513
    timeout_handle = None  #@514
    if timeout is not None:  #@515
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)  #@516
    counter = len(fs)  #@517

    def _on_completion(f):  #@519
        nonlocal counter  #@520
        counter -= 1  #@521
        if (counter <= 0 or  #@522
            return_when == FIRST_COMPLETED or  #@523
            return_when == FIRST_EXCEPTION and (not f.cancelled() and  #@524
                                                f.exception() is not None)):  #@525
            if timeout_handle is not None:  #@526
                timeout_handle.cancel()  #@527
            if not waiter.done():  #@528
                waiter.set_result(None)  #@529

    for f in fs:  #@531
        f.add_done_callback(_on_completion)  #@532
    try:  #@534
        await waiter  #@535
    finally:  #@536
        if timeout_handle is not None:  #@537
            timeout_handle.cancel()  #@538
        for f in fs:  #@539
            f.remove_done_callback(_on_completion)  #@540
    done, pending = set(), set()  #@542
    for f in fs:  #@543
        if f.done():  #@544
            done.add(f)  #@545
        else:  #@546
            pending.add(f)  #@547
    return done, pending  #@548


async def _cancel_and_wait(fut, loop):
    import functools
    waiter = loop.create_future()  #@554
    cb = functools.partial(_release_waiter, waiter)  #@555
    fut.add_done_callback(cb)  #@556
    try:  #@558
        fut.cancel()  #@559
        await waiter  #@562
    finally:  #@563
        fut.remove_done_callback(cb)  #@564


def as_completed(fs, *, timeout=None):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):  #@586
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")  #@587
    done = Queue()  #@590
    loop = events._get_event_loop()  #@592
    todo = {ensure_future(f, loop=loop) for f in set(fs)}  #@593
    timeout_handle = None  #@594

    def _on_timeout():  #@596
        for f in todo:  #@597
            f.remove_done_callback(_on_completion)  #@598
            done.put_nowait(None)  # Queue a dummy value for _wait_for_one().  #@599
        todo.clear()  # Can't do todo.remove(f) in the loop.  #@600

    def _on_completion(f):  #@602
        if not todo:  #@603
            return  # _on_timeout() was here first.  #@604
        todo.remove(f)  #@605
        done.put_nowait(f)  #@606
        if not todo and timeout_handle is not None:  #@607
            timeout_handle.cancel()  #@608

    async def _wait_for_one():  #@610
        f = await done.get()  #@611
        if f is None:  #@612
            raise exceptions.TimeoutError  #@614
        return f.result()  # May raise f.exception().  #@615

    for f in todo:  #@617
        f.add_done_callback(_on_completion)  #@618
    if todo and timeout is not None:  #@619
        timeout_handle = loop.call_later(timeout, _on_timeout)  #@620
    for _ in range(len(todo)):  #@621
        yield _wait_for_one()  #@622


def _sleep_frames():
    # asyncio.sleep is Go; when an exception is thrown into a sleep, the loop
    # passes it through these frames, which tracebacks show as CPython's
    # sleep: sleep(0)'s bare yield in __sleep0, else `return await future`.
    import types

    @types.coroutine
    def __sleep0():
        yield  #@634

    async def sleep():
        await __sleep0()  #@640
    sleep0 = sleep

    async def sleep(future):
        return await future  #@649
    return sleep0, sleep


_sleep0_reraise, _sleep_reraise = _sleep_frames()
del _sleep_frames

# Go's ensure_future and gather raise a non-awaitable's TypeError through these.
def _ensure_future_frames():
    def ensure_future(coro_or_future, loop=None):
        return _ensure_future(coro_or_future, loop=loop)  #@659

    def _ensure_future(coro_or_future, loop=None):
        raise TypeError('An asyncio.Future, a coroutine or an awaitable '  #@674
                        'is required')

    def gather(arg, loop=None):
        fut = _ensure_future(arg, loop=loop)  #@827
    return ensure_future, gather


_ensure_future_reraise, _gather_reraise = _ensure_future_frames()
del _ensure_future_frames


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():  #@885
        return inner  #@887
    loop = futures._get_loop(inner)  #@888
    outer = loop.create_future()  #@889

    def _inner_done_callback(inner):  #@891
        if outer.cancelled():  #@892
            if not inner.cancelled():  #@893
                inner.exception()  #@895
            return  #@896
        if inner.cancelled():  #@898
            outer.cancel()  #@899
        else:  #@900
            exc = inner.exception()  #@901
            if exc is not None:  #@902
                outer.set_exception(exc)  #@903
            else:  #@904
                outer.set_result(inner.result())  #@905

    def _outer_done_callback(outer):  #@908
        if not inner.done():  #@909
            inner.remove_done_callback(_inner_done_callback)  #@910

    inner.add_done_callback(_inner_done_callback)  #@912
    outer.add_done_callback(_outer_done_callback)  #@913
    return outer  #@914
