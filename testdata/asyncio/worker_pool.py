# A fixed pool of workers draining a job queue; results collected in order of job id.
import asyncio
async def worker(wid, jobs, results):
    while True:
        job_id, cost = await jobs.get()
        try:
            await asyncio.sleep(cost)
            results[job_id] = f"job{job_id} by w{wid}"
            print(f"w{wid} finished job{job_id}")
        finally:
            jobs.task_done()
async def main():
    jobs = asyncio.Queue()
    costs = [0.03, 0.01, 0.025, 0.012, 0.05, 0.02, 0.01]
    for i, c in enumerate(costs):
        jobs.put_nowait((i, c))
    results = {}
    workers = [asyncio.create_task(worker(w, jobs, results)) for w in range(3)]
    await jobs.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    for k in sorted(results):
        print(results[k])
asyncio.run(main())
