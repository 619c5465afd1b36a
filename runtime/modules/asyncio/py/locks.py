# asyncio's synchronization primitives (Lock, Event, Condition, Semaphore,
# BoundedSemaphore, Barrier), structured as CPython 3.11's asyncio/locks.py;
# "#@N" puts a line at CPython's line N for tracebacks (see stdlib.go).
class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()  #@15
        return None  #@18

    async def __aexit__(self, exc_type, exc, tb):
        self.release()  #@21


class Lock(_ContextManagerMixin, _LoopBoundMixin):

    def __init__(self):
        self._waiters = None  #@79
        self._locked = False  #@80

    def __repr__(self):
        res = super().__repr__()  #@83
        extra = 'locked' if self._locked else 'unlocked'  #@84
        if self._waiters:  #@85
            extra = f'{extra}, waiters:{len(self._waiters)}'  #@86
        return f'<{res[1:-1]} [{extra}]>'  #@87

    def locked(self):
        return self._locked  #@91

    async def acquire(self):
        if (not self._locked and (self._waiters is None or  #@99
                                  all(w.cancelled() for w in self._waiters))):  #@100
            self._locked = True  #@101
            return True  #@102
        if self._waiters is None:  #@104
            self._waiters = _deque()
        fut = self._get_loop().create_future()  #@106
        self._waiters.append(fut)  #@107
        try:  #@112
            try:  #@113
                await fut  #@114
            finally:  #@115
                self._waiters.remove(fut)  #@116
        except exceptions.CancelledError:  #@117
            if not self._locked:  #@118
                self._wake_up_first()  #@119
            raise  #@120
        self._locked = True  #@122
        return True  #@123

    def release(self):
        if self._locked:  #@136
            self._locked = False  #@137
            self._wake_up_first()  #@138
        else:  #@139
            raise RuntimeError('Lock is not acquired.')  #@140

    def _wake_up_first(self):
        if not self._waiters:  #@144
            return  #@145
        try:  #@146
            fut = next(iter(self._waiters))  #@147
        except StopIteration:  #@148
            return  #@149
        if not fut.done():  #@154
            fut.set_result(True)  #@155


class Event(_LoopBoundMixin):

    def __init__(self):
        self._waiters = _deque()
        self._value = False  #@169

    def __repr__(self):
        res = super().__repr__()  #@172
        extra = 'set' if self._value else 'unset'  #@173
        if self._waiters:  #@174
            extra = f'{extra}, waiters:{len(self._waiters)}'  #@175
        return f'<{res[1:-1]} [{extra}]>'  #@176

    def is_set(self):
        return self._value  #@180

    def set(self):
        if not self._value:  #@187
            self._value = True  #@188
            for fut in self._waiters:  #@190
                if not fut.done():  #@191
                    fut.set_result(True)  #@192

    def clear(self):
        self._value = False  #@198

    async def wait(self):
        if self._value:  #@207
            return True  #@208
        fut = self._get_loop().create_future()  #@210
        self._waiters.append(fut)  #@211
        try:  #@212
            await fut  #@213
            return True  #@214
        finally:  #@215
            self._waiters.remove(fut)  #@216


class Condition(_ContextManagerMixin, _LoopBoundMixin):

    def __init__(self, lock=None):
        if lock is None:  #@230
            lock = Lock()  #@231
        self._lock = lock  #@233
        self.locked = lock.locked  #@235
        self.acquire = lock.acquire  #@236
        self.release = lock.release  #@237
        self._waiters = _deque()

    def __repr__(self):
        res = super().__repr__()  #@242
        extra = 'locked' if self.locked() else 'unlocked'  #@243
        if self._waiters:  #@244
            extra = f'{extra}, waiters:{len(self._waiters)}'  #@245
        return f'<{res[1:-1]} [{extra}]>'  #@246

    async def wait(self):
        if not self.locked():  #@259
            raise RuntimeError('cannot wait on un-acquired lock')  #@260
        self.release()  #@262
        try:  #@263
            fut = self._get_loop().create_future()  #@264
            self._waiters.append(fut)  #@265
            try:  #@266
                await fut  #@267
                return True  #@268
            finally:  #@269
                self._waiters.remove(fut)  #@270
        finally:  #@272
            # Reacquire the lock even when cancelled, then re-raise.
            cancelled = False  #@274
            while True:  #@275
                try:  #@276
                    await self.acquire()  #@277
                    break  #@278
                except exceptions.CancelledError:  #@279
                    cancelled = True  #@280
            if cancelled:  #@282
                raise exceptions.CancelledError  #@283

    async def wait_for(self, predicate):
        result = predicate()  #@292
        while not result:  #@293
            await self.wait()  #@294
            result = predicate()  #@295
        return result  #@296

    def notify(self, n=1):
        if not self.locked():  #@310
            raise RuntimeError('cannot notify on un-acquired lock')  #@311
        idx = 0  #@313
        for fut in self._waiters:  #@314
            if idx >= n:  #@315
                break  #@316
            if not fut.done():  #@318
                idx += 1  #@319
                fut.set_result(False)  #@320

    def notify_all(self):
        self.notify(len(self._waiters))  #@328


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):

    def __init__(self, value=1):
        if value < 0:  #@347
            raise ValueError("Semaphore initial value must be >= 0")  #@348
        self._waiters = None  #@349
        self._value = value  #@350

    def __repr__(self):
        res = super().__repr__()  #@353
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'  #@354
        if self._waiters:  #@355
            extra = f'{extra}, waiters:{len(self._waiters)}'  #@356
        return f'<{res[1:-1]} [{extra}]>'  #@357

    def locked(self):
        return self._value == 0 or (  #@361
            any(not w.cancelled() for w in (self._waiters or ())))  #@362

    async def acquire(self):
        if not self.locked():  #@373
            self._value -= 1  #@374
            return True  #@375
        if self._waiters is None:  #@377
            self._waiters = _deque()
        fut = self._get_loop().create_future()  #@379
        self._waiters.append(fut)  #@380
        try:  #@385
            try:  #@386
                await fut  #@387
            finally:  #@388
                self._waiters.remove(fut)  #@389
        except exceptions.CancelledError:  #@390
            if not fut.cancelled():  #@391
                self._value += 1  #@392
                self._wake_up_next()  #@393
            raise  #@394
        if self._value > 0:  #@396
            self._wake_up_next()  #@397
        return True  #@398

    def release(self):
        self._value += 1  #@406
        self._wake_up_next()  #@407

    def _wake_up_next(self):
        if not self._waiters:  #@411
            return  #@412
        for fut in self._waiters:  #@414
            if not fut.done():  #@415
                self._value -= 1  #@416
                fut.set_result(True)  #@417
                return  #@418


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        self._bound_value = value  #@429
        super().__init__(value)  #@430

    def release(self):
        if self._value >= self._bound_value:  #@433
            raise ValueError('BoundedSemaphore released too many times')  #@434
        super().release()  #@435


class _BarrierState:
    FILLING = _Named('FILLING', 'filling')
    DRAINING = _Named('DRAINING', 'draining')
    RESETTING = _Named('RESETTING', 'resetting')
    BROKEN = _Named('BROKEN', 'broken')


class Barrier(_LoopBoundMixin):

    def __init__(self, parties):
        if parties < 1:  #@457
            raise ValueError('parties must be > 0')  #@458
        self._cond = Condition() # notify all tasks when state changes  #@460
        self._parties = parties  #@462
        self._state = _BarrierState.FILLING  #@463
        self._count = 0       # count tasks in Barrier  #@464

    def __repr__(self):
        res = super().__repr__()  #@467
        extra = f'{self._state.value}'  #@468
        if not self.broken:  #@469
            extra += f', waiters:{self.n_waiting}/{self.parties}'  #@470
        return f'<{res[1:-1]} [{extra}]>'  #@471

    async def __aenter__(self):
        return await self.wait()  #@476

    async def __aexit__(self, *args):
        pass  #@479

    async def wait(self):
        async with self._cond:  #@488
            await self._block() # Block while the barrier drains or resets.  #@489
            try:  #@490
                index = self._count  #@491
                self._count += 1  #@492
                if index + 1 == self._parties:  #@493
                    await self._release()  #@495
                else:  #@496
                    await self._wait()  #@497
                return index  #@498
            finally:  #@499
                self._count -= 1  #@500
                self._exit()  #@502

    async def _block(self):
        await self._cond.wait_for(  #@510
            lambda: self._state not in (  #@511
                _BarrierState.DRAINING, _BarrierState.RESETTING  #@512
            )  #@513
        )  #@514
        if self._state is _BarrierState.BROKEN:  #@517
            raise exceptions.BrokenBarrierError("Barrier aborted")  #@518

    async def _release(self):
        self._state = _BarrierState.DRAINING  #@525
        self._cond.notify_all()  #@526

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)  #@534
        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):  #@536
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")  #@537

    def _exit(self):
        if self._count == 0:  #@542
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):  #@543
                self._state = _BarrierState.FILLING  #@544
            self._cond.notify_all()  #@545

    async def reset(self):
        async with self._cond:  #@553
            if self._count > 0:  #@554
                if self._state is not _BarrierState.RESETTING:  #@555
                    self._state = _BarrierState.RESETTING  #@557
            else:  #@558
                self._state = _BarrierState.FILLING  #@559
            self._cond.notify_all()  #@560

    async def abort(self):
        async with self._cond:  #@568
            self._state = _BarrierState.BROKEN  #@569
            self._cond.notify_all()  #@570

    @property
    def parties(self):
        return self._parties  #@575

    @property
    def n_waiting(self):
        if self._state is _BarrierState.FILLING:  #@580
            return self._count  #@581
        return 0  #@582

    @property
    def broken(self):
        return self._state is _BarrierState.BROKEN  #@587

