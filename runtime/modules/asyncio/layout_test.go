package asyncio

import (
	"testing"
	"unsafe"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// TestPendingTaskLayout keeps the structs a pending task is made of (its
// Task, the Future it awaits, two frames and two coroutines) at the sizes
// BenchmarkPendingTaskMemory was measured with. Each is at the top of a
// Go size class: one more field moves it up a class and costs every
// pending task 16 bytes or more. Grow one knowingly, with the benchmark's
// new figure.
func TestPendingTaskLayout(t *testing.T) {
	tests := []struct {
		name      string
		size, max uintptr
	}{
		{"Task", unsafe.Sizeof(Task{}), 208},
		{"Future", unsafe.Sizeof(Future{}), 128},
		{"core.Frame", unsafe.Sizeof(core.Frame{}), 192},
		{"core.Generator", unsafe.Sizeof(core.Generator{}), 80},
	}
	for _, tt := range tests {
		if tt.size > tt.max {
			t.Errorf("%s is %d bytes, more than %d", tt.name, tt.size, tt.max)
		}
	}
}
