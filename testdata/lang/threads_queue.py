import queue
import threading
import time

# FIFO, LIFO and priority order.
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for x in (3, 1, 2):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), [q.get() for _ in range(3)], q.empty())

# Empty and Full, with and without timeouts.
q = queue.Queue(maxsize=2)
q.put('a')
q.put_nowait('b')
print(q.full(), q.qsize())
for what, f in [('put_nowait', lambda: q.put_nowait('c')),
                ('put timeout', lambda: q.put('c', timeout=0.05)),
                ('put nonblocking', lambda: q.put('c', False))]:
    try:
        f()
    except queue.Full as e:
        print(what, 'Full', repr(e))
print(q.get(), q.get_nowait())
for what, f in [('get_nowait', q.get_nowait),
                ('get timeout', lambda: q.get(timeout=0.05)),
                ('simple', lambda: queue.SimpleQueue().get(timeout=0.05))]:
    try:
        f()
    except queue.Empty as e:
        print(what, 'Empty', repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print(e)

# A producer and consumers; join waits for every task_done.
tasks = queue.Queue()
results = []
lock = threading.Lock()


def consumer(name):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        time.sleep(item / 10)
        with lock:
            results.append((name, item))
        tasks.task_done()


workers = [threading.Thread(target=consumer, args=(f'c{i}',)) for i in range(2)]
for w in workers:
    w.start()
for item in [3, 1, 5, 2]:
    tasks.put(item)
tasks.join()
print([item for name, item in results], sorted(set(name for name, item in results)))
for w in workers:
    tasks.put(None)
for w in workers:
    w.join()
print('unfinished', tasks.unfinished_tasks)

# A bounded queue makes the producer wait for the consumer.
bounded = queue.Queue(maxsize=1)
log = []


def slow_consumer():
    for _ in range(3):
        time.sleep(0.1)
        log.append(('got', bounded.get()))


c = threading.Thread(target=slow_consumer)
c.start()
for i in range(3):
    bounded.put(i)
    log.append(('put', i))
c.join()
print(log)

# get with a timeout, fed by a Timer.
q = queue.Queue()
threading.Timer(0.2, q.put, args=('late',)).start()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print('not yet')
print(q.get(timeout=0.5))
