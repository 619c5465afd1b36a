# Frames that CPython's tracebacks show inside asyncio, reproduced with the
# same file names, function names, line numbers and source text; the loop
# calls them to re-raise an exception with that frame on its traceback.
# Each is run with the file name of the module it imitates (see stdlib.go).

#@file <stdlib>/asyncio/base_events.py
def run_until_complete(future):
    return future.result()  #@653

def call_exception_handler(self, context):
    self._exception_handler(self, context)  #@1808

#@file <stdlib>/asyncio/events.py
def _run(self):
    self._context.run(self._callback, *self._args)  #@80
