package build

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// Go's runtime keeps, for every function, tables that map a PC to a file
// and line and to the calls inlined there (pclntab's pcfile, pcln and
// PCDATA_InlTreeIndex tables, and the FUNCDATA_InlTree arrays). Only
// tracebacks and runtime.Callers read them; the garbage collector and the
// stack unwinder read the frame sizes (pcsp), stack maps and argument info,
// which are kept. The site's runtime never prints a Go traceback to the
// reader and does not call runtime.Caller, and in the runtime.wasm these
// tables were 230 KB of the gzipped file, the largest data in it.
// stripLineTables drops them from a memory image: it clears the references
// in every _func record (offset 0 means "no table" to the runtime, as
// ^uint32(0) does for funcdata, so a Go panic still prints its function
// names, with "?:0" for the file and line) and zeroes the tables' bytes and
// the names only inlined calls used. The zeros cost nothing once
// mergeDataSegments has cut them out of the segments.
//
// The layout is Go 1.20's and later (pclntab magic 0xfffffff1, the
// runtime's moduledata, _func and inlinedCall types). An image that does not
// match it in every check is left as it was.

const (
	pclnMagic = 0xfffffff1

	pcdataInlTreeIndex = 2 // abi.PCDATA_InlTreeIndex
	funcdataInlTree    = 3 // abi.FUNCDATA_InlTree
	inlinedCallSize    = 16

	// Byte offsets in runtime._func.
	funcNameOff   = 4
	funcPCSP      = 16
	funcPCFile    = 20
	funcPCLn      = 24
	funcNPCData   = 28
	funcNFuncData = 43
	funcSize      = 44
)

var errNoPclntab = errors.New("no Go 1.20+ pclntab found")

// pclntab is what stripLineTables needs of runtime.moduledata, as offsets
// into the image.
type pclntab struct {
	funcnametab, pctab, pclntable, ftab []byte // views of the image
	gofunc                              int
	nfunc                               int
}

// findPclntab locates the pcHeader by its magic and the moduledata that
// points at it, and checks that the two agree.
func findPclntab(mem []byte) (*pclntab, error) {
	u64 := func(a int) int {
		if a < 0 || a+8 > len(mem) {
			return -1
		}
		v := binary.LittleEndian.Uint64(mem[a:])
		if v > uint64(len(mem)) {
			return -1
		}
		return int(v)
	}
	magic := binary.LittleEndian.AppendUint32(nil, pclnMagic)
	for from := 0; ; {
		i := bytes.Index(mem[from:], magic)
		if i < 0 {
			return nil, errNoPclntab
		}
		hdr := from + i
		from = hdr + 1
		// pad1, pad2 = 0; minLC = 1 (wasm); ptrSize = 8.
		if hdr%8 != 0 || hdr+72 > len(mem) || !bytes.Equal(mem[hdr+4:hdr+8], []byte{0, 0, 1, 8}) {
			continue
		}
		if t, err := moduledataFor(mem, hdr, u64); err == nil {
			return t, nil
		}
	}
}

func moduledataFor(mem []byte, hdr int, u64 func(int) int) (*pclntab, error) {
	nfunc := u64(hdr + 8)
	var want [8]byte
	binary.LittleEndian.PutUint64(want[:], uint64(hdr))
	for from := 0; ; {
		i := bytes.Index(mem[from:], want[:])
		if i < 0 {
			return nil, errNoPclntab
		}
		md := from + i
		from = md + 1
		if md%8 != 0 {
			continue
		}
		// moduledata: pcHeader, then the slices funcnametab, cutab,
		// filetab, pctab, pclntable, ftab (pointer, len, cap each), then
		// findfunctab, minpc, maxpc, ... gofunc is its 41st word.
		slice := func(k int) (ptr, n int) { return u64(md + 8 + 24*k), u64(md + 16 + 24*k) }
		names, nNames := slice(0)
		pct, nPct := slice(3)
		pcl, nPcl := slice(4)
		ftab, nFtab := slice(5)
		gofunc := u64(md + 8*40)
		if names != hdr+u64(hdr+32) || pct != hdr+u64(hdr+56) || pcl != hdr+u64(hdr+64) ||
			ftab != pcl || nFtab != nfunc+1 || nfunc <= 0 || gofunc < 0 ||
			nNames < 0 || nPct < 0 || nPcl < 0 || pcl+nPcl > len(mem) || pct+nPct > len(mem) || names+nNames > len(mem) {
			continue
		}
		return &pclntab{
			funcnametab: mem[names : names+nNames],
			pctab:       mem[pct : pct+nPct],
			pclntable:   mem[pcl : pcl+nPcl],
			ftab:        mem[ftab : ftab+8*nFtab],
			gofunc:      gofunc,
			nfunc:       nfunc,
		}, nil
	}
}

// pcTable decodes the pc-value table at off in pctab: its length in bytes
// and its largest value; ok is false if it runs off the end.
func pcTable(pctab []byte, off uint32) (n int, max int32, ok bool) {
	p := int(off)
	val := int32(-1)
	max = -1
	for first := true; ; first = false {
		if p >= len(pctab) {
			return 0, 0, false
		}
		uvdelta, k := binary.Uvarint(pctab[p:])
		if k <= 0 {
			return 0, 0, false
		}
		p += k
		if uvdelta == 0 && !first {
			return p - int(off), max, true
		}
		d := uint32(uvdelta)
		val += int32(-(d & 1) ^ (d >> 1))
		max = max32(max, val)
		if _, k = binary.Uvarint(pctab[min(p, len(pctab)):]); k <= 0 {
			return 0, 0, false
		}
		p += k
	}
}

func max32(a, b int32) int32 {
	if a > b {
		return a
	}
	return b
}

type span struct{ off, n int }

// stripLineTables edits mem in place (see the comment at the top of the
// file). It checks everything before it writes anything.
func stripLineTables(mem []byte) error {
	t, err := findPclntab(mem)
	if err != nil {
		return err
	}
	le := binary.LittleEndian
	bad := errors.New("unexpected _func record")
	keep := map[uint32]bool{} // pctab tables still referenced
	drop := map[uint32]bool{} // pctab tables only line and inlining info used
	keptNames := map[int32]bool{}
	keptFuncdata := map[uint32]bool{}
	type inl struct{ tree, table uint32 }
	var funcs []int // _func offsets in pclntable
	var inls []inl
	for i := 0; i < t.nfunc; i++ {
		f := int(le.Uint32(t.ftab[8*i+4:]))
		if f+funcSize > len(t.pclntable) {
			return bad
		}
		r := t.pclntable[f:]
		np, nf := int(le.Uint32(r[funcNPCData:])), int(r[funcNFuncData])
		if np > 16 || f+funcSize+4*(np+nf) > len(t.pclntable) {
			return bad
		}
		funcs = append(funcs, f)
		keptNames[int32(le.Uint32(r[funcNameOff:]))] = true
		keep[le.Uint32(r[funcPCSP:])] = true
		drop[le.Uint32(r[funcPCFile:])] = true
		drop[le.Uint32(r[funcPCLn:])] = true
		var inlTable uint32
		for j := 0; j < np; j++ {
			off := le.Uint32(r[funcSize+4*j:])
			if j == pcdataInlTreeIndex {
				drop[off], inlTable = true, off
			} else {
				keep[off] = true
			}
		}
		for j := 0; j < nf; j++ {
			off := le.Uint32(r[funcSize+4*np+4*j:])
			if off == ^uint32(0) {
				continue
			}
			if j == funcdataInlTree {
				inls = append(inls, inl{off, inlTable})
			} else {
				keptFuncdata[off] = true
			}
		}
	}
	delete(keep, 0)
	delete(drop, 0)

	// Work out every span to zero before zeroing any.
	var zero []span
	for off := range drop {
		if keep[off] {
			continue
		}
		n, _, ok := pcTable(t.pctab, off)
		if !ok {
			return errors.New("bad pc-value table")
		}
		zero = append(zero, span{int(off), n})
	}
	pctab := len(zero)
	var treeSpans []span
	for _, in := range inls {
		if in.table == 0 || keptFuncdata[in.tree] {
			continue
		}
		_, max, ok := pcTable(t.pctab, in.table)
		if !ok || max < 0 {
			continue
		}
		start, end := t.gofunc+int(in.tree), t.gofunc+int(in.tree)+inlinedCallSize*int(max+1)
		if end > len(mem) {
			return errors.New("inline tree out of range")
		}
		// Leave a tree that shares bytes with kept funcdata alone.
		shared := false
		for off := range keptFuncdata {
			if p := t.gofunc + int(off); p >= start && p < end {
				shared = true
				break
			}
		}
		if !shared {
			treeSpans = append(treeSpans, span{start, end - start})
		}
	}
	// Names (NUL-terminated) no _func refers to were only inlined calls'.
	var nameSpans []span
	for p := 0; p < len(t.funcnametab); {
		e := bytes.IndexByte(t.funcnametab[p:], 0)
		if e < 0 {
			break
		}
		if !keptNames[int32(p)] {
			nameSpans = append(nameSpans, span{p, e + 1})
		}
		p += e + 1
	}

	for _, f := range funcs {
		r := t.pclntable[f:]
		le.PutUint32(r[funcPCFile:], 0)
		le.PutUint32(r[funcPCLn:], 0)
		np, nf := int(le.Uint32(r[funcNPCData:])), int(r[funcNFuncData])
		if np > pcdataInlTreeIndex {
			le.PutUint32(r[funcSize+4*pcdataInlTreeIndex:], 0)
		}
		if nf > funcdataInlTree {
			le.PutUint32(r[funcSize+4*np+4*funcdataInlTree:], ^uint32(0))
		}
	}
	for _, s := range zero[:pctab] {
		clear(t.pctab[s.off : s.off+s.n])
	}
	for _, s := range treeSpans {
		clear(mem[s.off : s.off+s.n])
	}
	for _, s := range nameSpans {
		clear(t.funcnametab[s.off : s.off+s.n])
	}
	return nil
}

// stripWasmLines returns the module with stripLineTables applied to its
// data, cut into segments at runs of more than maxGap zeros.
func stripWasmLines(mod []byte, maxGap int) ([]byte, error) {
	return rewriteDataSegments(mod, func(segs []dataSegment) ([]dataSegment, error) {
		mem, ok := memoryImage(segs)
		if !ok {
			return nil, errDataLayout
		}
		if err := stripLineTables(mem); err != nil {
			return nil, err
		}
		return imageSegments(mem, maxGap), nil
	})
}
