# The loop-binding mixin of the synchronization primitives (CPython 3.11's
# asyncio/mixins.py).
class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()  #@13
        if self._loop is None:  #@15
            self._loop = loop  #@18
        if loop is not self._loop:  #@19
            raise RuntimeError(f'{self!r} is bound to a different event loop')  #@20
        return loop  #@21

