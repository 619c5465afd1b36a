import time

def download(name, seconds):
    print(f'start {name}')
    time.sleep(seconds)          # waiting: the program can do nothing else
    print(f'done {name}')

t0 = time.monotonic()
download('a', 1.0)
download('b', 0.6)
download('c', 0.8)
print(f'took {round(time.monotonic() - t0, 1)}s')
