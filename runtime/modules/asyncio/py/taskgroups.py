# asyncio.TaskGroup, structured as CPython 3.11's asyncio/taskgroups.py, but
# self._tasks is a dict: tasks stay in creation order (a set of tasks is
# ordered by address in CPython, which no program can rely on).
class TaskGroup:

    def __init__(self):
        self._entered = False  #@29
        self._exiting = False  #@30
        self._aborting = False  #@31
        self._loop = None  #@32
        self._parent_task = None  #@33
        self._parent_cancel_requested = False  #@34
        self._tasks = {}
        self._errors = []  #@36
        self._base_error = None  #@37
        self._on_completed_fut = None  #@38

    def __repr__(self):
        info = ['']  #@41
        if self._tasks:  #@42
            info.append(f'tasks={len(self._tasks)}')  #@43
        if self._errors:  #@44
            info.append(f'errors={len(self._errors)}')  #@45
        if self._aborting:  #@46
            info.append('cancelling')  #@47
        elif self._entered:  #@48
            info.append('entered')  #@49
        info_str = ' '.join(info)  #@51
        return f'<TaskGroup{info_str}>'  #@52

    async def __aenter__(self):
        if self._entered:  #@55
            raise RuntimeError(  #@56
                f"TaskGroup {self!r} has already been entered")  #@57
        if self._loop is None:  #@58
            self._loop = events.get_running_loop()  #@59
        self._parent_task = tasks.current_task(self._loop)  #@60
        if self._parent_task is None:  #@61
            raise RuntimeError(  #@62
                f'TaskGroup {self!r} cannot determine the parent task')  #@63
        self._entered = True  #@64
        return self  #@66

    async def __aexit__(self, et, exc, tb):
        self._exiting = True  #@69
        if (exc is not None and  #@71
                self._is_base_error(exc) and  #@72
                self._base_error is None):  #@73
            self._base_error = exc  #@74
        propagate_cancellation_error = \  #@76
            exc if et is exceptions.CancelledError else None  #@77
        if self._parent_cancel_requested:  #@78
            if self._parent_task.uncancel() == 0:  #@80
                propagate_cancellation_error = None  #@83
        if et is not None:  #@85
            if not self._aborting:  #@86
                self._abort()  #@99
        while self._tasks:  #@105
            if self._on_completed_fut is None:  #@106
                self._on_completed_fut = self._loop.create_future()  #@107
            try:  #@109
                await self._on_completed_fut  #@110
            except exceptions.CancelledError as ex:  #@111
                if not self._aborting:  #@112
                    propagate_cancellation_error = ex  #@121
                    self._abort()  #@122
            self._on_completed_fut = None  #@124
        if self._base_error is not None:  #@128
            raise self._base_error  #@129
        if propagate_cancellation_error and not self._errors:  #@133
            raise propagate_cancellation_error  #@134
        if et is not None and et is not exceptions.CancelledError:  #@136
            self._errors.append(exc)  #@137
        if self._errors:  #@139
            try:  #@143
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)  #@144
                raise me from None  #@145
            finally:  #@146
                self._errors = None  #@147

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:  #@154
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")  #@155
        if self._exiting and not self._tasks:  #@156
            raise RuntimeError(f"TaskGroup {self!r} is finished")  #@157
        if self._aborting:  #@158
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")  #@159
        task = self._loop.create_task(coro)  #@161
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)  #@165
        self._tasks[task] = None
        return task  #@167

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))  #@175

    def _abort(self):
        self._aborting = True  #@178
        for t in self._tasks:  #@180
            if not t.done():  #@181
                t.cancel()  #@182

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:  #@187
            if not self._on_completed_fut.done():  #@188
                self._on_completed_fut.set_result(True)  #@189
        if task.cancelled():  #@191
            return  #@192
        exc = task.exception()  #@194
        if exc is None:  #@195
            return  #@196
        self._errors.append(exc)  #@198
        if self._is_base_error(exc) and self._base_error is None:  #@199
            self._base_error = exc  #@200
        if self._parent_task.done():  #@202
            self._loop.call_exception_handler({  #@205
                'message': f'Task {task!r} has errored out but its parent '  #@206
                           f'task {self._parent_task} is already completed',  #@207
                'exception': exc,  #@208
                'task': task,  #@209
            })  #@210
            return  #@211
        if not self._aborting and not self._parent_cancel_requested:  #@213
            self._abort()  #@232
            self._parent_cancel_requested = True  #@233
            self._parent_task.cancel()  #@234

