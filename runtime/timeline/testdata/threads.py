import threading
import time

def work(n):
    time.sleep(n)
    print("done", n)

threads = [threading.Thread(target=work, args=(i * 0.5,)) for i in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all done")
