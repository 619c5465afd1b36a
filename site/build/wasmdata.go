package build

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Go's wasm linker writes the data section as one segment per run of
// non-zero bytes, splitting wherever more than eight zero bytes separate
// two runs. Some of its tables are sparse: findfunctab, the PC-to-function
// lookup, spans 16 buckets of 20 mostly-zero bytes per function, because a
// wasm PC is (function index << 16 | block). The runtime.wasm got ~94,000
// segments that way, and their headers (offset, length) compress badly: 170
// KB of the gzipped file. mergeDataSegments joins segments separated by at
// most maxGap zero bytes, writing the zeros out instead; zero runs compress
// to almost nothing. Memory starts zeroed, so the image is unchanged.

const wasmDataSection = 11
const wasmDataCountSection = 12

// dataSegment is an active segment of memory 0: data placed at offset.
type dataSegment struct {
	offset int64
	data   []byte
}

// mergeDataSegments returns the module with its data segments merged across
// zero gaps of at most maxGap bytes. A module it does not fully understand
// (passive segments, other memories, init expressions other than i32.const)
// is returned unchanged.
func mergeDataSegments(mod []byte, maxGap int) ([]byte, error) {
	out, err := rewriteDataSegments(mod, func(segs []dataSegment) ([]dataSegment, error) {
		return joinSegments(segs, maxGap), nil
	})
	if err == errDataLayout {
		return mod, nil
	}
	return out, err
}

// errDataLayout says a module's data is not only active segments of memory
// 0 at i32.const offsets, or has a data count section (which must equal the
// segment count that a rewrite changes).
var errDataLayout = errors.New("wasm: a data section other than the Go linker's")

// rewriteDataSegments returns the module with its data segments replaced by
// what f makes of them.
func rewriteDataSegments(mod []byte, f func([]dataSegment) ([]dataSegment, error)) ([]byte, error) {
	if len(mod) < 8 || !bytes.Equal(mod[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly module")
	}
	out := append([]byte(nil), mod[:8]...)
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n := binary.Uvarint(mod[p+1:])
		start := p + 1 + n
		if n <= 0 || start+int(size) > len(mod) || start+int(size) < start {
			return nil, fmt.Errorf("wasm: section %d at byte %d is truncated", id, p)
		}
		body := mod[start : start+int(size)]
		p = start + int(size)
		switch id {
		case wasmDataSection:
			segs, ok := parseDataSegments(body)
			if !ok {
				return nil, errDataLayout
			}
			segs, err := f(segs)
			if err != nil {
				return nil, err
			}
			body = appendDataSegments(nil, segs)
		case wasmDataCountSection:
			return nil, errDataLayout
		}
		out = append(out, id)
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
	}
	return out, nil
}

// memoryImage lays segments out as the memory they initialise, from
// address 0; ok is false if two overlap or one lies below 0.
func memoryImage(segs []dataSegment) (mem []byte, ok bool) {
	segs = slices.Clone(segs)
	slices.SortFunc(segs, func(a, b dataSegment) int { return cmp.Compare(a.offset, b.offset) })
	for _, s := range segs {
		if s.offset < int64(len(mem)) {
			return nil, false
		}
		mem = append(mem, make([]byte, int(s.offset)-len(mem))...)
		mem = append(mem, s.data...)
	}
	return mem, true
}

// imageSegments cuts mem into segments at every run of more than maxGap
// zero bytes.
func imageSegments(mem []byte, maxGap int) []dataSegment {
	var segs []dataSegment
	start, zeros := -1, 0
	for i, c := range mem {
		if c != 0 {
			if start < 0 {
				start = i
			}
			zeros = 0
			continue
		}
		zeros++
		if start >= 0 && zeros > maxGap {
			segs = append(segs, dataSegment{offset: int64(start), data: mem[start : i-zeros+1]})
			start = -1
		}
	}
	if start >= 0 {
		segs = append(segs, dataSegment{offset: int64(start), data: mem[start : len(mem)-zeros]})
	}
	return segs
}

// parseDataSegments reads a data section; ok is false if any segment is not
// an active segment of memory 0 at an i32.const offset.
func parseDataSegments(b []byte) (segs []dataSegment, ok bool) {
	count, n := binary.Uvarint(b)
	if n <= 0 {
		return nil, false
	}
	b = b[n:]
	for range count {
		flags, n := binary.Uvarint(b)
		if n <= 0 || flags != 0 || len(b) < n+2 || b[n] != 0x41 { // i32.const
			return nil, false
		}
		b = b[n+1:]
		off, n := readSLEB(b)
		if n <= 0 || len(b) <= n || b[n] != 0x0b { // end
			return nil, false
		}
		b = b[n+1:]
		size, n := binary.Uvarint(b)
		if n <= 0 || uint64(len(b)-n) < size {
			return nil, false
		}
		segs = append(segs, dataSegment{offset: off, data: b[n : n+int(size)]})
		b = b[n+int(size):]
	}
	return segs, len(b) == 0
}

// joinSegments sorts segments by offset and joins neighbours whose gap is
// at most maxGap bytes. Overlapping segments (later ones overwrite earlier
// ones when instantiated) are left as they are.
func joinSegments(segs []dataSegment, maxGap int) []dataSegment {
	slices.SortStableFunc(segs, func(a, b dataSegment) int {
		switch {
		case a.offset < b.offset:
			return -1
		case a.offset > b.offset:
			return 1
		}
		return 0
	})
	var out []dataSegment
	for _, s := range segs {
		if k := len(out) - 1; k >= 0 {
			last := &out[k]
			gap := s.offset - (last.offset + int64(len(last.data)))
			if gap >= 0 && gap <= int64(maxGap) {
				d := make([]byte, 0, len(last.data)+int(gap)+len(s.data))
				d = append(d, last.data...)
				d = append(d, make([]byte, gap)...)
				last.data = append(d, s.data...)
				continue
			}
		}
		out = append(out, dataSegment{offset: s.offset, data: s.data})
	}
	return out
}

func appendDataSegments(b []byte, segs []dataSegment) []byte {
	b = binary.AppendUvarint(b, uint64(len(segs)))
	for _, s := range segs {
		b = append(b, 0, 0x41)
		b = appendSLEB(b, s.offset)
		b = append(b, 0x0b)
		b = binary.AppendUvarint(b, uint64(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

// readSLEB decodes a signed LEB128 number (an i32.const immediate); n <= 0
// on malformed input.
func readSLEB(b []byte) (v int64, n int) {
	var shift uint
	for i, c := range b {
		if i == 10 {
			return 0, -1
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1
		}
	}
	return 0, 0
}

func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
