package core

import "unsafe"

// maxAlloc bounds one allocation whose size a program chooses (bytes(n),
// list(range(n)), str.center(n), a format width, ...). Past it the operation
// raises MemoryError, as CPython does when malloc fails, instead of the Go
// runtime aborting the whole process with "out of memory" (which no recover
// can catch). It matches the default per-run memory limit.
const maxAlloc = 1 << 30

// valueSize is the size of one Value in a slice.
const valueSize = int(unsafe.Sizeof(Value{}))

// checkAlloc returns MemoryError when n items of size bytes each exceed maxAlloc.
func checkAlloc(n, size int) *Exception {
	if n > 0 && size > 0 && n > maxAlloc/size {
		return Errorf(MemoryError, "")
	}
	return nil
}
