# An async job scheduler: jobs with dependencies and priorities run on a worker pool,
# with retries for flaky jobs, cancellation of dependents on failure, and a final report.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=True)
    duration: float = field(default=0.01, compare=False)
    deps: tuple = field(default=(), compare=False)
    fail_times: int = field(default=0, compare=False)
    attempts: int = field(default=0, compare=False)


class Scheduler:
    def __init__(self, jobs, workers, retries):
        self.jobs = {j.name: j for j in jobs}
        self.workers = workers
        self.retries = retries
        self.ready = asyncio.PriorityQueue()
        self.state = {name: "pending" for name in self.jobs}
        self.finished = asyncio.Event()
        self.order = []

    def release_ready(self):
        for name, job in self.jobs.items():
            if self.state[name] == "pending" and all(self.state[d] == "done" for d in job.deps):
                self.state[name] = "queued"
                self.ready.put_nowait(job)
        if all(s in ("done", "failed", "skipped") for s in self.state.values()):
            self.finished.set()

    def skip_dependents(self, failed):
        for name, job in self.jobs.items():
            if failed in job.deps and self.state[name] == "pending":
                self.state[name] = "skipped"
                print(f"  skip {name} (needs {failed})")
                self.skip_dependents(name)

    async def run_job(self, job):
        job.attempts += 1
        await asyncio.sleep(job.duration)
        if job.attempts <= job.fail_times:
            raise RuntimeError(f"{job.name} attempt {job.attempts} failed")

    async def worker(self, wid):
        while True:
            job = await self.ready.get()
            try:
                print(f"w{wid} start {job.name} (p{job.priority})")
                await self.run_job(job)
            except RuntimeError as e:
                if job.attempts <= self.retries:
                    print(f"w{wid} retry: {e}")
                    self.ready.put_nowait(job)
                    continue
                print(f"w{wid} give up: {e}")
                self.state[job.name] = "failed"
                self.skip_dependents(job.name)
            else:
                print(f"w{wid} done {job.name}")
                self.state[job.name] = "done"
                self.order.append(job.name)
            finally:
                self.ready.task_done()
            self.release_ready()

    async def run(self):
        self.release_ready()
        workers = [asyncio.create_task(self.worker(i)) for i in range(self.workers)]
        await self.finished.wait()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        return self.order


jobs = [
    Job(2, "fetch", 0.02),
    Job(1, "config", 0.01),
    Job(3, "parse", 0.015, deps=("fetch",)),
    Job(1, "compile", 0.03, deps=("config", "parse"), fail_times=1),
    Job(5, "lint", 0.005, deps=("parse",), fail_times=5),
    Job(4, "docs", 0.01, deps=("lint",)),
    Job(2, "package", 0.01, deps=("compile",)),
    Job(9, "notify", 0.001, deps=("docs",)),
]
s = Scheduler(jobs, workers=2, retries=2)
order = asyncio.run(s.run())
print("completed in order:", order)
for name in sorted(s.state):
    print(f"  {name:8} {s.state[name]:8} attempts={s.jobs[name].attempts}")
