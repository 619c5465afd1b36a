# A simulated web crawler: fetch pages concurrently (limited), follow links once.
import asyncio
SITE = {
    "/": ["/about", "/blog", "/contact"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog"],
    "/blog/2": ["/blog", "/missing"],
    "/contact": [],
    "/team": ["/about"],
}
async def fetch(url):
    await asyncio.sleep(0.001 * len(url))
    if url not in SITE:
        raise LookupError(f"404 {url}")
    return SITE[url]
async def crawl(start, limit):
    seen = {start}
    sem = asyncio.Semaphore(limit)
    errors = []
    async def visit(url):
        async with sem:
            try:
                links = await fetch(url)
            except LookupError as e:
                errors.append(str(e))
                return
        new = [l for l in links if l not in seen]
        seen.update(new)
        await asyncio.gather(*(visit(l) for l in new))
    await visit(start)
    return sorted(seen), errors
print(asyncio.run(crawl("/", 2)))
