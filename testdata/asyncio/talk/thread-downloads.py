import threading
import time

def download(name, seconds):
    time.sleep(seconds)          # each thread waits on its own
    print(f'done {name}')

t0 = time.monotonic()
threads = [threading.Thread(target=download, args=job)
           for job in [('a', 1.0), ('b', 0.6), ('c', 0.8)]]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f'took {round(time.monotonic() - t0, 1)}s')
