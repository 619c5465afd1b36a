# A priority scheduler with a binary heap written in Python (no heapq): jobs with priorities and arrival order.
class Heap:
    def __init__(self, key=lambda x: x):
        self.data = []
        self.key = key

    def push(self, item):
        self.data.append(item)
        self._up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        last = self.data.pop()
        if not self.data:
            return last
        top, self.data[0] = self.data[0], last
        self._down(0)
        return top

    def peek(self):
        return self.data[0]

    def __len__(self):
        return len(self.data)

    def _less(self, i, j):
        return self.key(self.data[i]) < self.key(self.data[j])

    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def _down(self, i):
        n = len(self.data)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._less(child, smallest):
                    smallest = child
            if smallest == i:
                return
            self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
            i = smallest


class Job:
    counter = 0

    def __init__(self, name, priority, duration):
        Job.counter += 1
        self.seq = Job.counter
        self.name, self.priority, self.duration = name, priority, duration
        self.remaining = duration

    def __repr__(self):
        return f"{self.name}(p{self.priority},{self.remaining}/{self.duration})"


class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.ready = Heap(key=lambda j: (j.priority, j.seq))
        self.clock = 0
        self.timeline = []
        self.arrivals = []

    def submit(self, at, job):
        self.arrivals.append((at, job))
        self.arrivals.sort(key=lambda a: a[0])

    def _admit(self):
        while self.arrivals and self.arrivals[0][0] <= self.clock:
            at, job = self.arrivals.pop(0)
            print(f"t={self.clock:2} arrive {job}")
            self.ready.push(job)

    def run(self):
        self._admit()
        while self.ready or self.arrivals:
            if not self.ready:
                self.clock = self.arrivals[0][0]
                self._admit()
                continue
            job = self.ready.pop()
            slice_ = min(self.quantum, job.remaining)
            self.timeline.append((self.clock, job.name, slice_))
            self.clock += slice_
            job.remaining -= slice_
            self._admit()
            if job.remaining:
                Job.counter += 1
                job.seq = Job.counter
                self.ready.push(job)
            else:
                print(f"t={self.clock:2} done   {job.name}")


h = Heap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
s = Scheduler(quantum=3)
s.submit(0, Job("editor", 2, 5))
s.submit(0, Job("backup", 5, 4))
s.submit(2, Job("alarm", 0, 1))
s.submit(4, Job("compile", 2, 6))
s.submit(30, Job("late", 1, 2))
s.run()
print(s.timeline)
print("finished at", s.clock)
