# threading, simulated: see runtime/modules/threading.go. Thread.start()
# runs the thread at once on its own virtual clock; join() moves the
# caller's clock to the thread's end; a lock, semaphore or event that a
# thread run earlier held (or set) moves the acquirer's clock to when it
# was free (set), as blocking would. It runs as
# "<stdlib>/threading.py": a line ending in "#@N" is moved to line N, the
# line of CPython 3.11's threading.py that tracebacks through it show.

import _thread_sim

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore",
           "Thread", "Barrier", "Timer", "local", "TIMEOUT_MAX"]

TIMEOUT_MAX = 9223372036.0
_counter = 0
_ident = 0


def _new_ident():
    global _ident
    _ident += 1
    return 1000 + _ident


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _counter
        assert group is None, "group argument must be None for now"
        if not name:
            _counter += 1  # only unnamed threads take a number, as in CPython
            name = f"Thread-{_counter}"
            if target is not None and hasattr(target, "__name__"):
                name += f" ({target.__name__})"
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = str(name)
        self._daemonic = bool(daemon) if daemon is not None else current_thread().daemon
        self._started = False
        self._end = None
        self._ident = None

    def start(self):
        global _current
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _new_ident()
        _live.append(self)
        previous = _current
        _current = self
        try:
            self._end = _thread_sim._run(self._bootstrap_inner, self._name, self._daemonic)
        finally:
            _current = previous

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)  #@982
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        self.run()  #@1045

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and _thread_sim._now() + timeout < self._end:
            _thread_sim._join(_thread_sim._now() + timeout)
            return
        _thread_sim._join(self._end)

    def is_alive(self):
        return self._started and self._end is not None and _thread_sim._now() < self._end

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started" if self.is_alive() else "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._daemonic = False
        self._started = True
        self._end = float("inf")
        self._ident = _new_ident()

    def is_alive(self):
        return True


_main = _MainThread()
_current = _main
_live = []


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _current.ident


get_native_id = get_ident


def enumerate():
    return [_main] + [t for t in _live if t.is_alive()]


def active_count():
    return len(enumerate())


activeCount = active_count


class _Slots:
    # When a lock's or semaphore's slots were held, on the virtual clock.
    # Threads run one after another, so a thread acquires, at its own time,
    # what threads run before it held at that time: it takes the slot free
    # soonest and its clock moves there, as if it had blocked until then.

    def __init__(self, n):
        self._spans = [[] for _ in range(n)]  # per slot: (start, end) of past holds
        self._open = []  # (slot, start) of holds not released yet

    def acquire(self, blocking, timeout, what):
        t = _thread_sim._now()
        held = {slot for slot, _ in self._open}
        best = None
        for slot in range(len(self._spans)):  # (enumerate is threading's own here)
            if slot in held:
                continue
            at = t
            for start, end in sorted(self._spans[slot]):
                if start <= at < end:
                    at = end
            if best is None or at < best[1]:
                best = (slot, at)
        if best is None:
            # Held by threads still running (this one, or one that started
            # it): only they could release it, after this wait.
            if not blocking:
                return False
            if timeout is not None:
                _thread_sim._join(t + timeout)
                return False
            raise RuntimeError(f"deadlock: a simulated thread waits for {what} that is never released")
        slot, at = best
        if at > t:
            if not blocking:
                return False
            if timeout is not None and t + timeout < at:
                _thread_sim._join(t + timeout)
                return False
            _thread_sim._join(at)
        self._open.append((slot, at))
        return True

    def release(self):
        if not self._open:
            return False
        slot, start = self._open.pop()
        end = _thread_sim._now()
        if end > start:  # a hold that took no time blocks no one
            self._spans[slot].append((start, end))
        return True

    def add(self):
        # A release with nothing held: one more slot, free from now on.
        self._spans.append([(float("-inf"), _thread_sim._now())])

    def busy(self):
        t = _thread_sim._now()
        return bool(self._open) or any(s <= t < e for spans in self._spans for s, e in spans)


class Lock:
    def __init__(self):
        self._slots = _Slots(1)

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return self._slots.acquire(blocking, None if timeout < 0 else timeout, "a lock")

    def release(self):
        if not self._slots.release():
            raise RuntimeError("release unlocked lock")

    def locked(self):
        return self._slots.busy()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


class RLock:
    def __init__(self):
        self._slots = _Slots(1)
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread()
        if self._count and self._owner is me:
            self._count += 1
            return True
        if not self._slots.acquire(blocking, None if timeout < 0 else timeout, "a lock"):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner is not current_thread() or not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._slots.release()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


def _cannot_wait(what):
    # A simulated thread runs to its end when started: what it waits for
    # cannot happen meanwhile (under CPython the wait would end only when
    # another thread acts, or never).
    if current_thread() is _main:
        raise RuntimeError(f"deadlock: the main thread waits for {what} that no thread can signal")
    raise RuntimeError(f"simulated threads run one at a time: {current_thread().name} cannot wait for {what} to be signalled by another thread")


class Event:
    def __init__(self):
        self._flag = False
        self._set_at = 0.0

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        if not self._flag:
            self._flag = True
            self._set_at = _thread_sim._now()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag:
            if timeout is None:
                _cannot_wait("an Event")
            import time
            time.sleep(timeout)
            return False
        # Set by a thread run earlier: this one waits until it was set.
        now = _thread_sim._now()
        if self._set_at > now:
            if timeout is not None and now + timeout < self._set_at:
                _thread_sim._join(now + timeout)
                return False
            _thread_sim._join(self._set_at)
        return True


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._slots = _Slots(value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return self._slots.acquire(blocking, timeout, "a semaphore")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        for _ in range(n):
            if not self._slots.release():
                self._slots.add()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if len(self._slots._open) < n:
            raise ValueError("Semaphore released too many times")
        for _ in range(n):
            self._slots.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        # No other thread can run meanwhile, so nothing can notify.
        if timeout is None:
            _cannot_wait("a Condition")
        import time
        time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def run(self):
        import time
        time.sleep(self.interval)
        if not self._cancelled:
            self.function(*self.args, **self.kwargs)  #@1401


class local:
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self.parties = parties
        self.n_waiting = 0
        self.broken = False

    def wait(self, timeout=None):
        raise RuntimeError("Barrier.wait is not supported by simulated threads")
