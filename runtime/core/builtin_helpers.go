package core

// methodArgs checks the argument count of a method of a built-in type,
// not counting the receiver in args[0] (CPython's messages count only the
// explicit arguments: "str.upper() takes no arguments (1 given)").
func methodArgs(name string, args []Value, kw []string, lo, hi int) *Exception {
	return ArgCount(name, args[min(1, len(args)):], kw, lo, hi)
}
