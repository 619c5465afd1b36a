import concurrent.futures as cf
import re
import threading
import time


def clean(r):
    return re.sub(r'0x[0-9a-f]+', '0x?', r)


def square(x):
    time.sleep(x / 5)
    return x * x, threading.current_thread().name


def fail(x):
    time.sleep(0.05)
    raise ValueError(f'bad {x}')


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(square, x): x for x in (4, 1, 3, 5)}
    print(sorted(t.name for t in threading.enumerate()))
    for f in cf.as_completed(fs):
        print('completed', fs[f], f.result()[0])
    print([r[0] for r in ex.map(square, [3, 1, 2])])
    f = ex.submit(fail, 7)
    print(clean(repr(f)), f.running(), f.done())
    print(repr(f.exception()), clean(repr(f)))
    try:
        f.result()
    except ValueError as e:
        print('result raised', e)
    ok = ex.submit(square, 0)
    ok.result()
    print(clean(repr(ok)))
print(ex._shutdown)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)

# Cancelling a future that has not started.
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='solo') as ex:
    first = ex.submit(square, 2)
    second = ex.submit(square, 1)
    print(second.cancel(), second.cancelled(), first.cancel())
    print(first.result())
    try:
        second.result()
    except cf.CancelledError:
        print('cancelled')

# wait with FIRST_COMPLETED and ALL_COMPLETED, and timeouts.
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(square, x) for x in (3, 1, 2)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print(sorted(f.result()[0] for f in done), len(not_done))
    done, not_done = cf.wait(fs, timeout=0.3)
    print(sorted(f.result()[0] for f in done), len(not_done))
    done, not_done = cf.wait(fs)
    print(sorted(f.result()[0] for f in done), len(not_done))
    slow = ex.submit(square, 5)
    try:
        slow.result(timeout=0.1)
    except TimeoutError:
        print('timed out', slow.done())
    fs = [ex.submit(fail, 1), ex.submit(square, 3)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done))
    try:
        for r in ex.map(square, [1, 9], timeout=0.3):
            print('map', r[0])
    except TimeoutError:
        print('map timed out')

# Callbacks run when the future finishes, in the thread that finishes it.
f = cf.Future()
f.add_done_callback(lambda fut: print('callback', fut.result(), threading.current_thread().name))
t = threading.Thread(target=f.set_result, args=(42,), name='setter')
t.start()
t.join()
f.add_done_callback(lambda fut: print('late callback', fut.result(), threading.current_thread().name))
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', clean(str(e)))
print(clean(repr(cf.Future())))

# An exception leaves through result() with the worker's frames.
with cf.ThreadPoolExecutor() as ex:
    ex.submit(fail, 'last').result()
