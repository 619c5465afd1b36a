package runtime

import "sync"

// The interpreter allocates quickly (frames, instances, strs) while many
// programs keep little alive. Go's collector then runs at its minimum heap
// goal, every 4 MB of allocation, and the fixed cost of each cycle was 9%
// of the methods benchmark natively and 18% under WebAssembly, where the
// collector runs on the program's only thread. A pointer-free block kept
// for the life of the process raises that floor: the heap goal becomes
// twice (live + block). The block itself is never written; what it costs
// is the garbage that now piles up between cycles: the methods benchmark
// peaks at 52 MB resident instead of 21 MB, and a large heap may grow by
// up to the block's size more before it is collected. Run's memory budget
// is measured from after the block exists.

const heapFloorBytes = 32 << 20

var heapFloor struct {
	once  sync.Once
	block []byte
}

func raiseHeapFloor() {
	heapFloor.once.Do(func() { heapFloor.block = make([]byte, heapFloorBytes) })
}
