// A program for TestStripLineTables: it leans on what stripLineTables must
// keep (frame sizes and stack maps, for the garbage collector on deep
// stacks; panics and recover; goroutines) and prints what it removes (the
// caller's file and line), then crashes with a traceback when asked to.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

type node struct {
	next *node
	pad  [56]byte
}

//go:noinline
func deep(n int, keep *node) int {
	if n == 0 {
		runtime.GC()
		k := 0
		for p := keep; p != nil; p = p.next {
			k++
		}
		return k
	}
	l := &node{next: keep}
	k := deep(n-1, l)
	if l.next != keep {
		panic("a stack slot was lost")
	}
	return k
}

//go:noinline
func crash(n int) {
	if n == 0 {
		panic("boom")
	}
	crash(n - 1)
}

func main() {
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() { done <- deep(2000, nil) }()
	}
	for g := 0; g < 4; g++ {
		fmt.Println("list", <-done)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	_, file, line, _ := runtime.Caller(0)
	fmt.Println("caller has a line:", strings.HasSuffix(file, ".go") && line > 0)
	if len(os.Args) > 1 {
		crash(3)
	}
}
