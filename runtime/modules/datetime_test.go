package modules

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// The wall clock on the virtual clock: a run starts at VirtualEpoch and
// advances only with virtual time (time.sleep, asyncio.sleep, simulated
// threads' sleeps), so now() prints the same in every run.
func TestNowVirtualClock(t *testing.T) {
	runCases(t, []pyCase{
		{"start", `
import datetime, time
print(datetime.datetime.now(), datetime.date.today(), datetime.datetime.today(), time.time(), time.time_ns())
print(repr(datetime.datetime.now(datetime.timezone.utc)), datetime.datetime.utcnow())
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.ctime(), time.asctime(), time.localtime().tm_yday, time.gmtime().tm_zone)
`, "2026-01-01 00:00:00 2026-01-01 2026-01-01 00:00:00 1767225600.0 1767225600000000000\n" +
			"datetime.datetime(2026, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) 2026-01-01 00:00:00\n" +
			"2026-01-01 00:00:00 Thu Jan  1 00:00:00 2026 Thu Jan  1 00:00:00 2026 1 GMT\n"},
		{"time.sleep", `
import datetime, time
time.sleep(1.5)
print(datetime.datetime.now(), time.time())
time.sleep(86400 * 31 + 0.000001)
print(datetime.datetime.now(), datetime.date.today())
`, "2026-01-01 00:00:01.500000 1767225601.5\n2026-02-01 00:00:01.500001 2026-02-01\n"},
		{"asyncio.sleep", `
import asyncio, datetime
async def tick(name, delay):
    await asyncio.sleep(delay)
    print(name, datetime.datetime.now().time())
async def main():
    start = datetime.datetime.now()
    await asyncio.gather(tick("b", 2), tick("a", 0.25), tick("c", 3600))
    print(datetime.datetime.now() - start)
asyncio.run(main())
`, "a 00:00:00.250000\nb 00:00:02\nc 01:00:00\n1:00:00\n"},
		{"threads", `
import datetime, threading, time
def worker(n):
    time.sleep(n)
    print(n, datetime.datetime.now().replace(microsecond=0).time())  # threads also cost virtual time per step
ts = [threading.Thread(target=worker, args=(n,)) for n in (2, 1)]
for t in ts: t.start()
for t in ts: t.join()
`, "1 00:00:01\n2 00:00:02\n"},
		{"zone", `
import datetime
tz = datetime.timezone(datetime.timedelta(hours=-5), "EST")
print(datetime.datetime.now(tz), datetime.datetime.now().astimezone())
`, "2025-12-31 19:00:00-05:00 2026-01-01 00:00:00+00:00\n"},
	})
}

// With the real clock, now() is the real time.
func TestNowRealClock(t *testing.T) {
	before := time.Now().Unix()
	out, errs := runPyClock(t, "import datetime, time\nprint(int(datetime.datetime.now(datetime.timezone.utc).timestamp()), int(time.time()))\n", "real")
	after := time.Now().Unix()
	if errs != "" {
		t.Fatal(errs)
	}
	for _, f := range strings.Fields(out) {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil || n < before || n > after {
			t.Errorf("real clock read %q, want between %d and %d", f, before, after)
		}
	}
}
