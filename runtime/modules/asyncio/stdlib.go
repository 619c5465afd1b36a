package asyncio

import (
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// CPython's tracebacks through asyncio show frames of its library files
// (asyncio.run's, run_until_complete's, Handle._run's); the golden outputs
// write them as <stdlib>/asyncio/FILE.py. We run the Python parts that
// take their place under those file names, with the lines that show in
// tracebacks moved to CPython's line numbers (the "#@N" markers).

//go:embed py/*.py
var pySources embed.FS

func pySource(name string) string {
	b, err := pySources.ReadFile("py/" + name + ".py")
	if err != nil {
		panic("asyncio: missing embedded source " + name)
	}
	return string(b)
}

var (
	runnersSource   = pySource("runners")
	internalsSource = pySource("internals")
)

// pyParts are the Python parts run in the asyncio module, in order, each
// under the name of the CPython file it stands for.
var pyParts = []struct{ source, file string }{
	{"init", "__init__"},
	{"mixins", "mixins"},
	{"locks", "locks"},
	{"queues", "queues"},
	{"tasks", "tasks"},
	{"threads", "threads"},
	{"taskgroups", "taskgroups"},
	{"timeouts", "timeouts"},
	{"runners", "runners"},
}

// placeLines moves every line ending in "#@N" to line N by inserting blank
// lines before it, and removes the markers. It fails when a marked line
// already comes after line N.
func placeLines(src string) (string, error) {
	var out []string
	for _, line := range strings.Split(src, "\n") {
		if i := strings.LastIndex(line, "#@"); i >= 0 {
			if n, err := strconv.Atoi(strings.TrimSpace(line[i+2:])); err == nil {
				line = strings.TrimRight(line[:i], " ")
				if len(out)+1 > n {
					return "", fmt.Errorf("line %q is at %d, after %d", line, len(out)+1, n)
				}
				for len(out)+1 < n {
					out = append(out, "")
				}
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"), nil
}

// splitFiles cuts internals.py at its "#@file NAME" lines.
func splitFiles(src string) map[string]string {
	files := map[string]string{}
	name := ""
	var cur []string
	flush := func() {
		if name != "" {
			files[name] = strings.Join(cur, "\n") + "\n"
		}
	}
	for _, line := range strings.Split(src, "\n") {
		if f, ok := strings.CutPrefix(line, "#@file "); ok {
			flush()
			name, cur = strings.TrimSpace(f), nil
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return files
}

// placedSet is the Python sources of asyncio with their lines placed.
type placedSet struct {
	parts     []string // pyParts' sources, in order
	internals []struct{ file, src string }
}

// placedSources places the lines of asyncio's Python sources once per
// process: they are the same in every run (and, being the same strings,
// find the runtime's compiled-code cache).
var placedSources = sync.OnceValues(func() (*placedSet, error) {
	ps := &placedSet{}
	for _, p := range pyParts {
		src, err := placeLines(pySource(p.source))
		if err != nil {
			return nil, fmt.Errorf("asyncio %s: %v", p.file, err)
		}
		ps.parts = append(ps.parts, src)
	}
	files := splitFiles(internalsSource)
	names := make([]string, 0, len(files))
	for file := range files {
		names = append(names, file)
	}
	sort.Strings(names)
	for _, file := range names {
		src, err := placeLines(files[file])
		if err != nil {
			return nil, fmt.Errorf("asyncio %s: %v", file, err)
		}
		ps.internals = append(ps.internals, struct{ file, src string }{file, src})
	}
	return ps, nil
})

// internals are the per-run Python functions that re-raise through an
// imitated CPython frame.
type internals struct {
	runUntilComplete core.Value // base_events.py: return future.result()
	sleep            core.Value // tasks.py: return await future
	sleep0           core.Value // tasks.py: await __sleep0() / yield

	shutdownAsyncgens core.Value // init.py: loop.shutdown_asyncgens' body

	queuePut, queueGet core.Value // queues.py: await putter / await getter
	handleRun          core.Value // events.py: self._context.run(self._callback, *self._args)
	callExcHandler     core.Value // base_events.py: self._exception_handler(self, context)

	// tasks.py: create_task's get_running_loop(), and the TypeError of
	// _ensure_future as ensure_future and gather reach it.
	createTask, ensureFuture, gatherArg core.Value

	// threads.py: loop.run_in_executor's body, and the coroutine that
	// shuts the default executor down.
	runInExecutor, shutdownExecutor core.Value
}

// execStdlib runs the Python parts in the asyncio module, and the imitated
// frames in modules of their own.
func execStdlib(th *core.Thread, m *core.Module, st *runState) *core.Exception {
	if th.ExecModuleSource == nil {
		return core.Errorf(core.ImportError, "cannot run the Python half of asyncio: no interpreter")
	}
	placed, perr := placedSources()
	if perr != nil {
		return core.Errorf(core.SystemError, "%v", perr)
	}
	for i, p := range pyParts {
		src := placed.parts[i]
		// Classes take their __module__ from __name__: asyncio.locks, ...
		if p.file != "__init__" {
			m.Dict.SetStr("__name__", core.NewStr("asyncio."+p.file))
		}
		exc := th.ExecModuleSource(th, m, "<stdlib>/asyncio/"+p.file+".py", src)
		m.Dict.SetStr("__name__", core.NewStr("asyncio"))
		if exc != nil {
			return exc
		}
	}
	if v, ok := m.Dict.GetStr("_sleep_reraise"); ok {
		st.internals.sleep = v
		m.Dict.DelStr("_sleep_reraise")
	}
	if v, ok := m.Dict.GetStr("_sleep0_reraise"); ok {
		st.internals.sleep0 = v
		m.Dict.DelStr("_sleep0_reraise")
	}
	for name, dst := range map[string]*core.Value{
		"_queue_put_reraise":         &st.internals.queuePut,
		"_queue_get_reraise":         &st.internals.queueGet,
		"_create_task_reraise":       &st.internals.createTask,
		"_ensure_future_reraise":     &st.internals.ensureFuture,
		"_gather_reraise":            &st.internals.gatherArg,
		"_run_in_executor":           &st.internals.runInExecutor,
		"_shutdown_default_executor": &st.internals.shutdownExecutor,
	} {
		if v, ok := m.Dict.GetStr(name); ok {
			*dst = v
			m.Dict.DelStr(name)
		}
	}
	if v, ok := m.Dict.GetStr("_shutdown_asyncgens"); ok {
		st.internals.shutdownAsyncgens = v
		m.Dict.DelStr("_shutdown_asyncgens")
	}
	for _, f := range placed.internals {
		file, src := f.file, f.src
		mod := core.NewModule("asyncio." + strings.TrimSuffix(file[strings.LastIndexByte(file, '/')+1:], ".py"))
		if err := th.ExecModuleSource(th, mod, file, src); err != nil {
			return err
		}
		if v, ok := mod.Dict.GetStr("run_until_complete"); ok {
			st.internals.runUntilComplete = v
		}
		if v, ok := mod.Dict.GetStr("call_exception_handler"); ok {
			st.internals.callExcHandler = v
		}
		if v, ok := mod.Dict.GetStr("_run"); ok {
			st.internals.handleRun = v
		}
	}
	return nil
}

// throughFrame returns exc after it passed through fn's frame (fn raises
// it by calling into Go), or exc unchanged when fn is missing.
func throughFrame(th *core.Thread, fn core.Value, arg core.Value) *core.Exception {
	_, err := th.Call(fn, []core.Value{arg}, nil)
	return err
}

// errorThroughFrames calls fn, an imitated CPython function that fails
// as the Go code just did, on args; it returns fn's exception, whose
// traceback has CPython's frames, or exc when fn is missing or returns.
func errorThroughFrames(th *core.Thread, fn core.Value, exc *core.Exception, args ...core.Value) *core.Exception {
	if !fn.IsValid() {
		return exc
	}
	if _, err := th.Call(fn, args, nil); err != nil {
		return err
	}
	return exc
}

// reraiser stands for a Handle in events._run: its _context.run raises
// the callback's exception again.
type reraiser struct{ exc *core.Exception }

var reraiserType = core.NewStaticType("Handle")

// reraiserGetSets are the Handle attributes events._run reads.
var reraiserGetSets = []core.GetSetDef{
	{Name: "_context", Get: reraiserSelf},
	{Name: "_callback", Get: func(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return core.None, nil }},
	{Name: "_args", Get: func(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return core.EmptyTuple(), nil }},
}

var reraiserMethods = []core.MethodDef[*reraiser]{
	{Name: "run", Min: 0, Max: -1, Fn: reraiserRun},
}

func init() {
	reraiserType.Module = "asyncio.events"
	reraiserType.Final = true
	core.AddGetSets(reraiserType, reraiserGetSets)
	core.AddMethods(reraiserType, core.ObjectOf[*reraiser], reraiserMethods)
}

func reraiserSelf(th *core.Thread, v core.Value) (core.Value, *core.Exception) { return v, nil }

// reraiserRun is _context.run(_callback, *_args): it raises the
// callback's exception again.
func reraiserRun(th *core.Thread, self core.Value, r *reraiser, args []core.Value) (core.Value, *core.Exception) {
	return core.Value{}, r.exc
}

// callbackError gives a failed callback's exception the Handle._run frame
// CPython's traceback starts with.
func callbackError(th *core.Thread, exc *core.Exception) *core.Exception {
	fn := getState(th).internals.handleRun
	if !fn.IsValid() {
		return exc
	}
	if err := throughFrame(th, fn, core.ObjValue(reraiserType, &reraiser{exc})); err != nil {
		return err
	}
	return exc
}

// resultThroughFrame is run_until_complete's `return future.result()`.
func resultThroughFrame(th *core.Thread, f *Future) (core.Value, *core.Exception) {
	fn := getState(th).internals.runUntilComplete
	if !fn.IsValid() {
		return f.resultValue()
	}
	return th.Call(fn, []core.Value{f.value()}, nil)
}

// sleepError gives an exception thrown into asyncio.sleep the frame of
// CPython's sleep (`return await future`) that tracebacks show.
func sleepError(th *core.Thread, exc *core.Exception) *core.Exception {
	return awaitThroughFrame(th, getState(th).internals.sleep, exc)
}

// awaitThroughFrame runs the coroutine function fn on an awaitable that
// raises exc, so that exc comes back with fn's frame on its traceback.
func awaitThroughFrame(th *core.Thread, fn core.Value, exc *core.Exception) *core.Exception {
	if !fn.IsValid() {
		return exc
	}
	raise := newGoCoro("raise", func(th *core.Thread, send core.Value, e *core.Exception) (core.Value, bool, *core.Exception) {
		return core.Value{}, false, exc
	})
	coro, err := th.Call(fn, []core.Value{raise}, nil)
	if err != nil {
		return err
	}
	r, ok := coro.Obj().(core.Resumable)
	if !ok {
		return exc
	}
	if _, _, err := r.Resume(th, core.None, nil); err != nil {
		return err
	}
	return exc
}

// sleep0Error gives an exception thrown into sleep(0)'s bare yield the
// frames of CPython's sleep (`await __sleep0()`) and __sleep0 (`yield`).
func sleep0Error(th *core.Thread, exc *core.Exception) *core.Exception {
	fn := getState(th).internals.sleep0
	if !fn.IsValid() {
		return exc
	}
	coro, err := th.Call(fn, nil, nil)
	if err != nil {
		return err
	}
	r, ok := coro.Obj().(core.Resumable)
	if !ok {
		return exc
	}
	// Run to the yield, then throw exc in there.
	if _, done, err := r.Resume(th, core.None, nil); err != nil || done {
		if err != nil {
			return err
		}
		return exc
	}
	if _, _, err := r.Resume(th, core.None, exc); err != nil {
		return err
	}
	return exc
}
