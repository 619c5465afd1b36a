# asyncio.timeout / timeout_at, structured as CPython 3.11's
# asyncio/timeouts.py; "#@N" markers as in locks.py.
_CREATED = _Named('CREATED', 'created')
_ENTERED = _Named('ENTERED', 'active')
_EXPIRING = _Named('EXPIRING', 'expiring')
_EXPIRED = _Named('EXPIRED', 'expired')
_EXITED = _Named('EXITED', 'finished')


class Timeout:

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when  #@44

    def when(self):
        return self._when  #@48

    def reschedule(self, when):
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError("Timeout has not been entered")  #@54
            raise RuntimeError(  #@55
                f"Cannot change state of {self._state.value} Timeout",  #@56
            )  #@57
        self._when = when  #@59
        if self._timeout_handler is not None:  #@61
            self._timeout_handler.cancel()  #@62
        if when is None:  #@64
            self._timeout_handler = None  #@65
        else:  #@66
            loop = events.get_running_loop()  #@67
            if when <= loop.time():  #@68
                self._timeout_handler = loop.call_soon(self._on_timeout)  #@69
            else:  #@70
                self._timeout_handler = loop.call_at(when, self._on_timeout)  #@71

    def expired(self):
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        info = ['']  #@78
        if self._state is _ENTERED:
            when = round(self._when, 3) if self._when is not None else None  #@80
            info.append(f"when={when}")  #@81
        info_str = ' '.join(info)  #@82
        return f"<Timeout [{self._state.value}]{info_str}>"  #@83

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")  #@87
        task = tasks.current_task()  #@88
        if task is None:  #@89
            raise RuntimeError("Timeout should be used inside a task")  #@90
        self._state = _ENTERED
        self._task = task  #@92
        self._cancelling = self._task.cancelling()  #@93
        self.reschedule(self._when)  #@94
        return self  #@95

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:  #@105
            self._timeout_handler.cancel()  #@106
            self._timeout_handler = None  #@107
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:  #@112
                raise TimeoutError from exc_val  #@115
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None  #@119

    def _on_timeout(self):
        self._task.cancel()  #@123
        self._state = _EXPIRING
        self._timeout_handler = None  #@126


def timeout(delay):
    loop = events.get_running_loop()  #@145
    return Timeout(loop.time() + delay if delay is not None else None)  #@146


def timeout_at(when):
    return Timeout(when)  #@168


