// Package core owns Asynchrony's object model and its execution machinery:
// the Value representation, types and classes, attribute lookup, the
// abstract operations (call, compare, hash, iterate, arithmetic through
// the dunder protocols), exceptions and tracebacks, the built-in types,
// modules and imports, the per-run Thread and its scheduler, frames, and
// the interpreter loop. Package compile turns source into the code objects
// core runs; package modules builds the standard library on core's API.
//
// This comment describes how core is built and why, for whoever changes
// it next. CPython 3.11 is the model throughout: a supported program must
// print exactly what CPython prints, tracebacks included, so core follows
// CPython's algorithms (the MRO, descriptor precedence, the order in which
// binary operators try their operands, hash functions, sort) even where a
// simpler one would do. Where the design departs from CPython it is
// mostly for one reason: core is compiled to WebAssembly as well as
// natively, and Go's wasm backend punishes some patterns far more than
// native code does (see "The shape of the hot loop").
//
// # Values
//
// A Value is a struct of three fields, four machine words: the value's
// class (t *Type), an inline payload (n uint64) and a heap object (o any). None, bools, floats and
// ints that fit in int64 live entirely in t and n, so arithmetic on them
// allocates nothing; larger ints hold a *big.Int in o and are normalized
// back to the inline form whenever they fit (BigInt). Every other value
// points to a heap object: *Str, *List, *Tuple, *Dict, *Function, *Type,
// *Exception, *Instance for instances of classes, or a type a module
// defines. The zero Value (t == nil) is "no value": an unbound local, a
// missing result, CPython's NULL; Python code never sees it.
//
// Identity (Value.Is, the `is` operator) compares all three words, so
// inline values are identical when they are equal. o is always a pointer,
// so comparing Values with == never panics and compares identity.
//
// The alternative, an interface holding boxed ints, was measured: an
// operand stack of interfaces ran 23.5 ns per operation in wasm against
// 10.6 for the tagged struct, and an allocation costs 10 to 30 opcodes'
// worth of time. Hence the inline payload.
//
// Strings are *Str: the Go string, its hash once computed, and the code
// point count and offsets computed on first need, so that ASCII text, the
// common case, never builds an index. Dicts keep their entries in an
// insertion-ordered slice, as CPython's compact dict does, with an
// open-addressing index once they hold more than eight (smaller ones are
// scanned), and a Version that changes when a key is added or removed but
// not when a value is replaced, which the caches below rely on. Hashes
// reproduce CPython's (hash.go), so that sets iterate in CPython's order.
//
// # Types and attribute lookup
//
// A *Type is a class: built-in types made in Go (NewStaticType) and
// classes made by class statements or type() (NewClass) share the one
// struct. Static types are created when the program starts and shared by
// all runs, which may proceed concurrently; their namespaces must not
// change once a run has started. Classes belong to one run and change
// freely.
//
// Attribute lookup follows CPython's object.__getattribute__: data
// descriptors on the type first, then the instance __dict__, then the
// type's other attributes, binding descriptors (functions become bound
// methods) on the way; classes that override __getattribute__,
// __getattr__, __setattr__ or __delattr__ are noticed once
// (Type.attrHooks) and take the slow path. Type.Lookup, the search of the MRO, is cached at three
// levels: a static type merges its MRO into one map on first use; a class
// memoizes lookups in a map and in a small direct-mapped cache keyed by
// the name string's address, which the compiled code's names make stable,
// so that a hit needs no hashing; and a run keeps its own direct-mapped
// cache for static types (Thread.lookup), since their merged maps are
// shared between runs. Any change to a class drops its caches and its
// subclasses' (Type.Changed) and gives it a new version tag
// (Type.VersionTag), which is what the interpreter's inline caches check.
//
// The methods of a built-in type are listed in tables of named Go
// functions (method.go), registered on the type's dict before any run
// starts. Calling a Go function passes the positional arguments and then
// the keyword values in one slice, with the keyword names beside it
// (BuiltinFunc), CPython's vectorcall convention, so a call with no
// keywords builds nothing.
//
// # Frames and suspension
//
// A Frame is a heap object: the code, the globals and builtins, the fast
// locals and the value stack (one allocation for both), the cells, a pc,
// and a block stack of exception handlers (SETUP_FINALLY/POP_BLOCK, where
// CPython 3.11 has an exception table). A Python call is a Go call: CALL
// reaches callFunc, which binds the arguments into a new frame and runs
// exec on it, so the Go stack grows with the Python one and the recursion
// limit is capped (maxDepth) to keep a deep recursion a RecursionError
// rather than a Go stack overflow. A finished frame that nothing else can
// hold (no traceback entry, no frame object given to Python code, not a
// generator's) returns to a free list on its code object, and the next
// call of that code reuses it.
//
// Because a frame lives on the heap, it can stop and resume. YIELD_VALUE
// saves the stack pointer and pc in the frame and returns from exec;
// resuming runs exec on the same frame again from the saved pc. That is
// all a generator, a coroutine or an async generator is (generator.go):
// a frame and a few flags, with send, throw and close on top. await is
// YIELD_FROM, re-executed on each resumption until the awaited iterator
// is exhausted. An asyncio Task steps its coroutine by resuming it (send
// or throw) from the event loop (package modules/asyncio), so a pending
// task costs a suspended frame and its objects, not a goroutine: in wasm
// starting a goroutine costs 3.4 µs and handing control to one 2.5 µs.
//
// Python threads are the exception, because they must preempt. Each
// thread but the main one runs on its own goroutine, and only the thread
// holding the run's GIL runs; the others wait on their baton channel
// (sched.go). The GIL passes where CPython's eval breaker would let it:
// when a thread blocks, ends, or has run a whole switch interval while
// another waits. Switch points are backward jumps and frame entries, once
// the run's step count reaches the next check (vmState.checkAt), so a run
// with one thread pays a comparison at each of them and nothing more. Time is the run's clock: virtual
// by default, jumping to the next wake-up when everything is blocked and
// charging each step StepCost while several threads are alive, so that
// runs are deterministic and races lose updates at CPython's scale.
//
// # Exceptions
//
// A Python exception is an *Exception, returned as the last result of
// every operation that can fail; nil means success. Nothing in core
// panics for a Python error: panic and recover cost 1.35 µs in wasm
// against a compare for a returned pointer, and a deferred recover in
// every call would tax the calls that do not fail. The only recovers are
// at the edges, in package runtime's Run and at the top of each thread's
// goroutine, where they report a Go bug as a SystemError rather than crash
// the page.
//
// The *Exception is also the Python object: its Value is the exception's
// type with the *Exception as heap object, so raising, catching and
// storing it never converts. When an exception leaves an instruction, the
// interpreter unwinds (Thread.unwind): when the exception is new, it
// chains the exception being handled as its __context__; unless the
// exception is being re-raised, it adds the frame's traceback entry,
// which keeps the frame (so it is not recycled); then it jumps to the innermost handler block with the exception on the
// stack, or returns it from exec to the caller's frame, which unwinds in
// turn. Entries are prepended, so the traceback runs from the outermost
// frame inward, in tb_next order. An exception that a limit raised (the
// step budget, the memory limit, Stop) halts the run: handlers no longer
// run, and every frame lets it pass (Run.halted). traceback.go prints
// tracebacks as CPython's C code does, position markers and "Did you
// mean" suggestions (suggest.go) included.
//
// # Caches
//
// Names are resolved at compile time to local slots, cells, globals or
// class-body names, so locals are slice indexes. What remains dynamic is
// cached per instruction site in the code object's runtime half (codeExt,
// made on first run: the constants as Values, the names as str Values,
// and these caches):
//
//   - LOAD_GLOBAL remembers the dict (globals or builtins) and the entry
//     index where it found the name, valid while the dicts' Versions are
//     unchanged: assigning a global keeps the cache, adding or removing a
//     name drops it.
//   - LOAD_ATTR and STORE_ATTR remember, for instances of one class at one
//     version tag, the instance-dict entry where the attribute was, so
//     that self.x on objects of one class is an index and a pointer
//     compare with the key found there last.
//   - LOAD_METHOD remembers the function a class's version tag resolved
//     the name to, and calls it without allocating a bound method
//     (Thread.GetMethod does the same for built-in types).
//
// Above core, package runtime compiles the Python modules embedded in the
// runtime (the frozen modules, asyncio's Python parts) once per process
// and gives each run a copy of the code objects, so that the caches,
// which belong to one run, are never shared (runtime/codecache.go).
//
// # The shape of the hot loop
//
// exec in interp.go is the dispatch loop, and its shape comes from
// measurements of Go's wasm backend, where interpreter code runs two to
// five times slower than natively and some patterns much worse:
//
//   - The backend has no jump tables: a switch is a chain of compares
//     (64 cases cost 10.6 ns per dispatch, 12 cases 6.5). exec's switch
//     holds only the hot opcodes, which compile numbers first in the
//     order of the switch; everything else goes to execCold and execRare,
//     which work on the state exec saved in the frame. A table of
//     function pointers instead of the switch was 2.5 times slower in wasm.
//   - The size of the dispatch function and its number of live variables
//     cost on every entry: shrinking it gave 9 to 27 %. So exec keeps
//     stack, locals, constants, sp and pc in Go locals, and leaves out
//     whatever a hot opcode does not need.
//   - A Go call costs 5.6 to 7.5 ns when it is not inlined, against 1.3:
//     the common cases (small-int arithmetic and comparison, globals hit
//     in their cache, calls of plain Python functions through callPlain,
//     iteration over ranges and generators) are done inside the case or
//     in one call.
//   - Keeping Python-to-Python calls inside one activation of exec made
//     wasm 15 to 25 % slower than calling exec again, so each Python call
//     recurses in Go.
//   - Superinstructions (LOAD_FAST+LOAD_CONST+BINARY_OP, COMPARE_OP+
//     POP_JUMP_IF, FOR_ITER+STORE_FAST and four pairs, branch
//     fuse-superinstructions) saved 6 to 15 % of wasm CPU with fusion on
//     against off in one binary, but the cases grew exec from 35.0 to
//     36.5-42.7 KB, and against the build without them the net was nil
//     (fib, loops) to 5 % worse (methods): an opcode added to exec must
//     pay for the code it adds to every dispatch. Two pairs stay
//     (compile/fuse.go), run by the cases of their first instruction:
//     COMPARE_JUMP and FOR_ITER_STORE_FAST (exec +1.4 KB; paired runs,
//     user CPU with start-up: generators -4 %, loops -2 %, fib 0).
//
// Backward jumps count steps (as calls do). Every reenterEvery of them,
// or sooner when a limit or a thread switch is due, exec checks the
// limits (the step budget, cancellation, the memory limit) and returns to
// its driver, which calls it again; under js/wasm the check also yields
// to the Go scheduler, which has no preemption there. Python calls count
// toward the same check (resumeFrame, callPlain): the collector's mark
// workers run only when the VM yields, and a program that only recursed
// kept a collection, and so the write barrier on every pointer store,
// going to its end (fib ran 3x slower).
//
// A Python call of a plain function (callPlain) fills, runs and
// recycles its frame in one Go function, with loops rather than copy and
// clear: in wasm every Go call spills the caller's live values to linear
// memory and reloads them, and a small Python call was nine Go calls.
//
// # The layers
//
// core's files build on one another, from the bottom:
//
//   - Values, types and attributes: value.go, type.go, class.go (class
//     creation, C3 MRO, __build_class__), attr.go and descr.go (attribute
//     access and the descriptors), object.go (object and type), slots.go,
//     method.go (method tables), builtin.go (Go functions and argument
//     checking), function.go (Python functions and argument binding),
//     alloc.go (the bound on allocations a program sizes).
//   - Protocols: abstract.go (call, repr, compare, binary operators,
//     iteration, items), fastpath.go, hash.go, and the text machinery
//     they use: formatspec.go, floatfmt.go, percentfmt.go, strformat.go,
//     numparse.go.
//   - The built-in types, a file each or two: int.go, float.go,
//     complex.go, str.go, bytes.go and bytes_more.go, list.go and sort.go,
//     tuple.go, dict.go and dict_methods.go, set.go, range.go, slice.go,
//     iterators.go, generic.go, union.go, contextvars.go, and exception.go
//     with exception_methods.go. The builtin functions core implements
//     (builtins_core.go, builtins_types.go) are listed with all the
//     others in runtime/modules/builtins.go.
//   - The VM: thread.go (Run and Thread), sched.go (threads, the GIL, the
//     clock), frame.go, interp.go (the hot loop), interp_rare.go (the
//     other opcodes) with match.go and exceptstar.go (the primitives of
//     match and except*), callfast.go, generator.go, module.go (imports),
//     yield_js.go and yield_other.go, and the reporting of errors:
//     traceback.go, suggest.go, eawidth.go.
//
// All per-run state hangs off the Run a Thread belongs to (its own fields
// for core's state, Slots for packages above core), never off package
// variables, so any number of runs may proceed at once in one process.
package core
