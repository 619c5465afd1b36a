package build

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// module builds a wasm module from (id, body) sections.
func module(sections ...[]byte) []byte {
	m := []byte("\x00asm\x01\x00\x00\x00")
	for i := 0; i < len(sections); i += 2 {
		m = append(m, sections[i][0])
		m = binary.AppendUvarint(m, uint64(len(sections[i+1])))
		m = append(m, sections[i+1]...)
	}
	return m
}

// image is the memory a data section initialises, as instantiation does.
func image(t *testing.T, mod []byte) ([]byte, int) {
	t.Helper()
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n := binary.Uvarint(mod[p+1:])
		body := mod[p+1+n : p+1+n+int(size)]
		p += 1 + n + int(size)
		if id != wasmDataSection {
			continue
		}
		segs, ok := parseDataSegments(body)
		if !ok {
			t.Fatal("data section not parsed")
		}
		var mem []byte
		for _, s := range segs {
			if end := int(s.offset) + len(s.data); end > len(mem) {
				mem = append(mem, make([]byte, end-len(mem))...)
			}
			copy(mem[s.offset:], s.data)
		}
		return mem, len(segs)
	}
	t.Fatal("no data section")
	return nil, 0
}

func TestMergeDataSegments(t *testing.T) {
	segs := []dataSegment{
		{offset: 300, data: []byte{7, 7}},
		{offset: 10, data: []byte{1, 2, 3}},
		{offset: 20, data: []byte{4}},          // gap 7: joined
		{offset: 21, data: []byte{5}},          // adjacent: joined
		{offset: 200, data: []byte{6}},         // gap 178: kept apart
		{offset: 70000, data: []byte{8, 9, 1}}, // offset needing a 3-byte SLEB
	}
	code := []byte{1, 2, 0, 0x0b} // an opaque section kept as it is
	in := module([]byte{10}, code, []byte{wasmDataSection}, appendDataSegments(nil, segs))
	out, err := mergeDataSegments(in, 64)
	if err != nil {
		t.Fatal(err)
	}
	before, n0 := image(t, in)
	after, n1 := image(t, out)
	if !bytes.Equal(before, after) {
		t.Errorf("memory image changed")
	}
	if n0 != 6 || n1 != 4 {
		t.Errorf("segments %d -> %d, want 6 -> 4", n0, n1)
	}
	if !bytes.Contains(out, append([]byte{10, byte(len(code))}, code...)) {
		t.Errorf("other sections not kept")
	}
}

func TestMergeDataSegmentsLeavesUnknownLayouts(t *testing.T) {
	passive := []byte{1, 1, 2, 9, 9} // one passive segment (flags 1)
	in := module([]byte{wasmDataSection}, passive)
	out, err := mergeDataSegments(in, 64)
	if err != nil || !bytes.Equal(in, out) {
		t.Errorf("passive segment: got %v, %v; want the module unchanged", out, err)
	}
	withCount := module([]byte{wasmDataCountSection}, []byte{1},
		[]byte{wasmDataSection}, appendDataSegments(nil, []dataSegment{{0, []byte{1}}, {2, []byte{2}}}))
	if out, err := mergeDataSegments(withCount, 64); err != nil || !bytes.Equal(out, withCount) {
		t.Errorf("data count section: want the module unchanged")
	}
	for _, bad := range [][]byte{nil, []byte("\x00asm\x01\x00\x00\x00\x0b\x05\x01")} {
		if _, err := mergeDataSegments(bad, 64); err == nil {
			t.Errorf("mergeDataSegments(%q) = nil error, want one", bad)
		}
	}
}

func TestSLEB(t *testing.T) {
	for _, v := range []int64{0, 1, 63, 64, -1, -64, -65, 1 << 20, 5407616, 1<<31 - 1, -(1 << 31)} {
		b := appendSLEB(nil, v)
		got, n := readSLEB(b)
		if got != v || n != len(b) {
			t.Errorf("SLEB %d: encoded %x, decoded %d (%d bytes)", v, b, got, n)
		}
	}
}
