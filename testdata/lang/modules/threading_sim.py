import threading, time
def f(n):
    time.sleep(0.1 * n)
    print("in", threading.current_thread().name, n)
    if n == 99:
        raise ValueError("boom")
ts = [threading.Thread(target=f, args=(i,)) for i in (3, 1, 2)]
for t in ts: t.start()
print("started", ts[0].is_alive())
for t in ts: t.join()
print("joined", ts[0].is_alive(), threading.current_thread().name, threading.active_count())
lock = threading.Lock()
with lock:
    print("locked", lock.locked())
class W(threading.Thread):
    def run(self):
        time.sleep(0.5)
        print("W ran", self.name)
w = W(); w.start(); w.join(); print("end")
