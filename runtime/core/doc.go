// Package core owns Asynchrony's object model and execution machinery: the
// Value representation, types and classes (C3 MRO, metaclasses, descriptors),
// attribute lookup, the abstract operations (call, compare, hash, iterate,
// arithmetic through the dunder protocols), exceptions and their hierarchy,
// the built-in types' behaviour, modules and the import registry, the per-run
// Thread, frames and the interpreter loop, and the class-system builtins.
//
// Python exceptions travel as returned *Exception values, never as Go panics;
// all per-run state lives in a *Thread, so runs may proceed concurrently.
package core
