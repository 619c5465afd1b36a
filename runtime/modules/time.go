package modules

import (
	"math"
	"time"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The time module: wall clock, monotonic clocks, sleep (virtual by default,
// see runClock; with the real clock blocking, but ended early by the run's
// Cancel), struct_time via gmtime/localtime (UTC: the runtime has no time
// zone, localtime is gmtime named "UTC"), strftime and strptime
// (strtime.go). The wall clock (time.time) starts a virtual-clock run at
// VirtualEpoch.

// runClock is the time module's view of the run's clock (core.Thread.Now).
// With the default virtual clock, sleeps cost no wall time: they advance the
// run's clock, which monotonic(), perf_counter() and time() add to the real
// elapsed time (so timings of computation stay real). With the real clock
// (runtime.Options.Clock == "real") sleeps really sleep.
type runClock struct {
	th    *core.Thread
	start time.Time
}

// clockSlot holds each run's runClock.
var clockSlot = core.NewSlot(func(th *core.Thread) *runClock {
	return &runClock{th: th, start: time.Now()}
})

func getClock(th *core.Thread) *runClock { return clockSlot.Get(th) }

// elapsed is the time module's clock: the virtual clock plus the real time
// spent computing while the run had one thread (core.Thread.ComputeTime).
func (c *runClock) elapsed() time.Duration {
	if c.th.RealClock() {
		return time.Since(c.start)
	}
	return c.th.ComputeTime() + time.Duration(c.offset()*float64(time.Second))
}

// VirtualEpoch is the wall-clock time at the start of a run on the virtual
// clock, 2026-01-01 00:00:00 UTC (in Unix seconds): time.time(),
// datetime.now() and friends read it plus the run's virtual time, so that
// they print the same in every run. With the real clock they read the real
// time.
const VirtualEpoch = 1767225600

// wallNs is the run's wall clock in Unix nanoseconds.
func (c *runClock) wallNs() int64 {
	virtual := int64(c.offset() * 1e9)
	if c.th.RealClock() {
		return time.Now().UnixNano() + virtual
	}
	return VirtualEpoch*1e9 + virtual
}

// offset is the virtual time in seconds added to the real clocks.
func (c *runClock) offset() float64 {
	if c.th.RealClock() {
		return 0
	}
	return c.th.Now()
}

func floatSeconds(th *core.Thread, v core.Value, name string) (float64, *core.Exception) {
	if !core.IsInt(v) && !v.IsFloat() && !v.Type().IsSubtype(core.FloatType) && !v.Type().IsSubtype(core.IntType) {
		return 0, core.Errorf(core.TypeError, "'%s' object cannot be interpreted as an integer", core.TypeName(v))
	}
	return th.FloatValue(v)
}

func initTime(th *core.Thread, m *core.Module) *core.Exception {
	clock := getClock(th)
	d := m.Dict
	// The monotonic clocks start at 1 s so that no reading is 0.
	mono := func() time.Duration { return clock.elapsed() + time.Second }
	floatFn := func(name string, f func() float64) core.BuiltinFunc {
		return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount(name, args, kw, 0, 0); err != nil {
				return core.Value{}, err
			}
			return core.Float(f()), nil
		}
	}
	intFn := func(name string, f func() int64) core.BuiltinFunc {
		return func(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
			if err := core.ArgCount(name, args, kw, 0, 0); err != nil {
				return core.Value{}, err
			}
			return core.Int(f()), nil
		}
	}
	wall := clock.wallNs
	now := func() float64 { return float64(wall()) / 1e9 }
	setFuncs(d, map[string]core.BuiltinFunc{
		"time":             floatFn("time", now),
		"time_ns":          intFn("time_ns", wall),
		"monotonic":        floatFn("monotonic", func() float64 { return mono().Seconds() }),
		"monotonic_ns":     intFn("monotonic_ns", func() int64 { return int64(mono()) }),
		"perf_counter":     floatFn("perf_counter", func() float64 { return mono().Seconds() }),
		"perf_counter_ns":  intFn("perf_counter_ns", func() int64 { return int64(mono()) }),
		"process_time":     floatFn("process_time", func() float64 { return mono().Seconds() }),
		"process_time_ns":  intFn("process_time_ns", func() int64 { return int64(mono()) }),
		"thread_time":      floatFn("thread_time", func() float64 { return mono().Seconds() }),
		"sleep":            timeSleep,
		"_gmtime_fields":   timeFields,
		"_mktime_from_utc": timeMktime,
	})
	d.SetStr("timezone", core.Int(0))
	d.SetStr("altzone", core.Int(0))
	d.SetStr("daylight", core.Int(0))
	d.SetStr("tzname", tuple(str("UTC"), str("UTC")))
	return nil
}

func timeSleep(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	if err := core.ArgCount("sleep", args, kw, 1, 1); err != nil {
		return core.Value{}, err
	}
	secs, err := floatSeconds(th, args[0], "sleep")
	if err != nil {
		return core.Value{}, err
	}
	if math.IsNaN(secs) {
		return core.Value{}, core.Errorf(core.ValueError, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return core.Value{}, core.Errorf(core.ValueError, "sleep length must be non-negative")
	}
	var exc *core.Exception
	if secs == 0 {
		exc = th.Yield()
	} else {
		exc = th.Sleep(secs)
	}
	if exc != nil {
		return core.Value{}, exc
	}
	return core.None, nil
}

// timeFields returns the 9 struct_time fields of a Unix time in UTC:
// (year, mon, mday, hour, min, sec, wday, yday, isdst); None means now.
func timeFields(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	t := time.Unix(0, getClock(th).wallNs()).UTC()
	if len(args) > 0 && !args[0].IsNone() {
		secs, err := floatSeconds(th, args[0], "gmtime")
		if err != nil {
			return core.Value{}, err
		}
		if math.IsNaN(secs) {
			return core.Value{}, core.Errorf(core.ValueError, "Invalid value NaN (not a number)")
		}
		if math.Abs(secs) >= 1<<63 {
			return core.Value{}, core.Errorf(core.OverflowError, "timestamp out of range for platform time_t")
		}
		if secs > 67768036191676799 || secs < -67768040609740800 { // C's int tm_year overflows
			return core.Value{}, core.Errorf(core.OSError, "[Errno 75] Value too large for defined data type")
		}
		t = time.Unix(int64(math.Floor(secs)), 0).UTC()
	}
	wd := (int(t.Weekday()) + 6) % 7 // Monday is 0
	return tuple(core.Int(int64(t.Year())), core.Int(int64(t.Month())), core.Int(int64(t.Day())),
		core.Int(int64(t.Hour())), core.Int(int64(t.Minute())), core.Int(int64(t.Second())),
		core.Int(int64(wd)), core.Int(int64(t.YearDay())), core.Int(0)), nil
}

func timeMktime(th *core.Thread, args []core.Value, kw []string) (core.Value, *core.Exception) {
	f := make([]int, 6)
	for i := range f {
		n, err := th.IndexInt(args[i])
		if err != nil {
			return core.Value{}, err
		}
		f[i] = n
	}
	t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, time.UTC)
	return core.Float(float64(t.Unix())), nil
}
