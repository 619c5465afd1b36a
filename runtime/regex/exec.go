package regex

// The matcher: a backtracking machine over the program with an explicit
// stack, so deep backtracking never grows the Go stack. The stack holds
// choice points (where to resume after a failure), undo records (what a
// failure restores: captures, repeat counters) and markers (where an
// atomic construct or a lookaround began: reaching its end cuts the choice
// points above the marker, keeping the undo records).

// Mode selects what a match attempt must do.
type Mode uint8

const (
	ModeMatch     Mode = iota // anchored at pos
	ModeFullMatch             // anchored at pos, ending at endpos
	ModeSearch                // the leftmost position from pos
)

// Checker is called every CheckEvery steps with the steps since the last
// call; a non-nil error stops the match and is returned by Exec.
type Checker func(steps int) error

// CheckEvery is how many matcher steps pass between calls of a Checker.
const CheckEvery = 1 << 12

type entryKind uint8

const (
	// choice points
	cAlt       entryKind = iota // resume at pc, pos
	cUntilTail                  // greedy repeat: after a failed iteration, leave and run the tail
	cMinMore                    // lazy repeat: after a failed tail, one more iteration
	cRepeatOne                  // a = start pos, b = count
	mAtomic                     // markers: fail through
	mAssert                     //
	mAssertNot                  // resume at pc, pos: the body failed
	mPossStop                   // resume at pc (iPossEnd), pos: an optional iteration failed
	uCap                        // undo records: caps[a] = b, lastIndex = pc
	uRep                        // rep = a
	uFrame                      // frames[pc] = {count a, lastPtr b}
	uAlloc                      // frames shrink by one
)

type entry struct {
	kind entryKind
	pc   int32
	pos  int
	a, b int
	prev int32 // markers: the previous marker's index
}

type frame struct {
	count, lastPtr int
	prev           int
}

// Machine runs a program; it is reused between calls (not concurrently).
type Machine struct {
	prog      *Prog
	subj      []rune
	end       int
	caps      []int
	lastIndex int
	stack     []entry
	frames    []frame
	rep       int
	markTop   int
	check     Checker
	steps     int
	mode      Mode
	start     int // the search start (for must-advance)
	mustAdv   bool
	pos       int // the end of a successful run
}

// NewMachine returns a machine for prog.
func NewMachine(prog *Prog) *Machine {
	return &Machine{prog: prog, caps: make([]int, 2*(prog.Groups+1))}
}

// Result is a match: Caps[2g], Caps[2g+1] are group g's span (-1 when the
// group did not take part); LastIndex is the last group closed (0: none).
type Result struct {
	Caps      []int
	LastIndex int
}

// Exec matches subj[pos:endpos] (lookbehind and ^ see the whole subj).
// mustAdvance rejects an empty match at pos (the rule for the matches
// after an empty one in finditer, sub and split). It returns nil when
// there is no match.
func (m *Machine) Exec(subj []rune, pos, endpos int, mode Mode, mustAdvance bool, check Checker) (*Result, error) {
	if endpos > len(subj) {
		endpos = len(subj)
	}
	if endpos < 0 {
		endpos = 0
	}
	if pos < 0 {
		pos = 0
	}
	m.subj, m.end, m.check, m.mode, m.start = subj, endpos, check, mode, pos
	defer func() { m.subj = nil }()
	if pos > endpos {
		return nil, nil
	}
	first := m.prog.first()
	for s := pos; s <= endpos; s++ {
		if first != nil && mode == ModeSearch && (s == endpos || !first.one(subj[s])) {
			// No match starts here: its first character must match first.
			m.steps++
			continue
		}
		m.mustAdv = mustAdvance && s == pos
		ok, err := m.run(s)
		if err != nil {
			return nil, err
		}
		if ok {
			m.caps[0], m.caps[1] = s, m.pos
			caps := append([]int(nil), m.caps...)
			return &Result{Caps: caps, LastIndex: m.lastIndex}, nil
		}
		if mode != ModeSearch {
			break
		}
		if s < endpos && m.skip(s) {
			break
		}
	}
	return nil, nil
}

// first is the single-character test every match begins with (after
// group marks), or nil: the search skips positions where it fails, as
// _sre's INFO block lets it.
func (p *Prog) first() *inst {
	for pc := 0; pc < len(p.insts); pc++ {
		in := &p.insts[pc]
		switch in.op {
		case iMark:
			continue
		case iChar, iNotChar, iAny, iAnyAll, iClass:
			return in
		case iRepeatOne:
			if in.min >= 1 {
				return &p.insts[pc+1]
			}
		}
		return nil
	}
	return nil
}

// skip reports whether no match can start after s: the pattern begins
// with \A, or with ^ without MULTILINE.
func (m *Machine) skip(s int) bool {
	in := m.prog.insts[0]
	return in.op == iAt && (in.at == atBeginString || in.at == atBegin)
}

func (m *Machine) tick() error {
	m.steps++
	if m.steps >= CheckEvery {
		n := m.steps
		m.steps = 0
		if m.check != nil {
			return m.check(n)
		}
	}
	return nil
}

func (m *Machine) setCap(i, v int) {
	m.stack = append(m.stack, entry{kind: uCap, a: i, b: m.caps[i], pc: int32(m.lastIndex)})
	m.caps[i] = v
	if i&1 == 1 {
		m.lastIndex = i / 2
	}
}

func (m *Machine) setRep(r int) {
	m.stack = append(m.stack, entry{kind: uRep, a: m.rep})
	m.rep = r
}

func (m *Machine) setFrame(i, count, lastPtr int) {
	f := &m.frames[i]
	m.stack = append(m.stack, entry{kind: uFrame, pc: int32(i), a: f.count, b: f.lastPtr})
	f.count, f.lastPtr = count, lastPtr
}

func (m *Machine) pushChoice(kind entryKind, pc, pos int) {
	m.stack = append(m.stack, entry{kind: kind, pc: int32(pc), pos: pos})
}

func (m *Machine) pushMarker(kind entryKind, pc, pos int) {
	m.stack = append(m.stack, entry{kind: kind, pc: int32(pc), pos: pos, prev: int32(m.markTop)})
	m.markTop = len(m.stack) - 1
}

// cut removes the top marker and the choice points above it, keeping the
// undo records; it returns the marker.
func (m *Machine) cut() entry {
	mk := m.stack[m.markTop]
	j := m.markTop
	for i := m.markTop + 1; i < len(m.stack); i++ {
		if m.stack[i].kind >= uCap {
			m.stack[j] = m.stack[i]
			j++
		}
	}
	m.stack = m.stack[:j]
	m.markTop = int(mk.prev)
	return mk
}

// unwind undoes everything above the top marker and removes it.
func (m *Machine) unwind() entry {
	for len(m.stack)-1 > m.markTop {
		m.undo(m.stack[len(m.stack)-1])
		m.stack = m.stack[:len(m.stack)-1]
	}
	mk := m.stack[m.markTop]
	m.stack = m.stack[:m.markTop]
	m.markTop = int(mk.prev)
	return mk
}

func (m *Machine) undo(e entry) {
	switch e.kind {
	case uCap:
		m.caps[e.a] = e.b
		m.lastIndex = int(e.pc)
	case uRep:
		m.rep = e.a
	case uFrame:
		m.frames[e.pc].count, m.frames[e.pc].lastPtr = e.a, e.b
	case uAlloc:
		m.frames = m.frames[:len(m.frames)-1]
	}
}

// one reports whether the single-character instruction in matches c.
func (in *inst) one(c rune) bool {
	switch in.op {
	case iChar:
		return in.fold.lower(c) == in.c
	case iNotChar:
		return in.fold.lower(c) != in.c
	case iAny:
		return c != '\n'
	case iAnyAll:
		return true
	case iClass:
		return in.cls.matches(c)
	}
	return false
}

func (m *Machine) isWord(i int, uni bool) bool {
	if i < 0 || i >= m.end {
		return false
	}
	if uni {
		return isWordUnicode(m.subj[i])
	}
	return isWordASCII(m.subj[i])
}

func (m *Machine) at(k atKind, pos int) bool {
	s := m.subj
	switch k {
	case atBegin, atBeginString:
		return pos == 0
	case atBeginLine:
		return pos == 0 || s[pos-1] == '\n'
	case atEndDollar:
		return pos == m.end || pos+1 == m.end && s[pos] == '\n'
	case atEndLine:
		return pos == m.end || s[pos] == '\n'
	case atEndStr:
		return pos == m.end
	case atBound, atUniBound:
		if m.end == 0 {
			return false
		}
		uni := k == atUniBound
		return m.isWord(pos-1, uni) != m.isWord(pos, uni)
	case atNonBound, atUniNonBound:
		if m.end == 0 {
			return false
		}
		uni := k == atUniNonBound
		return m.isWord(pos-1, uni) == m.isWord(pos, uni)
	}
	return false
}

// run tries a match starting at start; on success m.pos is its end.
func (m *Machine) run(start int) (bool, error) {
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.lastIndex = 0
	m.stack = m.stack[:0]
	m.frames = m.frames[:0]
	m.rep = -1
	m.markTop = -1
	insts := m.prog.insts
	subj := m.subj
	pc, pos := 0, start
	for {
		if err := m.tick(); err != nil {
			return false, err
		}
		in := &insts[pc]
		ok := true
		switch in.op {
		case iChar, iNotChar, iAny, iAnyAll, iClass:
			if pos < m.end && in.one(subj[pos]) {
				pos++
				pc++
			} else {
				ok = false
			}
		case iAt:
			if m.at(in.at, pos) {
				pc++
			} else {
				ok = false
			}
		case iBranch:
			m.pushChoice(cAlt, in.x, pos)
			pc++
		case iJump:
			pc = in.x
		case iMark:
			m.setCap(in.n, pos)
			pc++
		case iMatch:
			if m.mode == ModeFullMatch && pos != m.end || m.mustAdv && pos == start {
				ok = false
				break
			}
			m.pos = pos
			return true, nil
		case iRepeat:
			m.frames = append(m.frames, frame{count: -1, lastPtr: -1, prev: m.rep})
			m.stack = append(m.stack, entry{kind: uAlloc})
			m.setRep(len(m.frames) - 1)
			pc = in.x
		case iUntil:
			pc, ok = m.until(in, pc, pos)
		case iRepeatOne:
			pc, pos, ok = m.repeatOne(in, pc, pos)
		case iPossRepeat:
			m.frames = append(m.frames, frame{count: 0, lastPtr: -1, prev: m.rep})
			m.stack = append(m.stack, entry{kind: uAlloc})
			m.setRep(len(m.frames) - 1)
			pc++
		case iPossIter:
			f := m.frames[m.rep]
			switch {
			case f.count < in.min:
				m.pushMarker(mAtomic, 0, pos)
				pc++
			case (f.count < in.max || in.max == MaxRepeat) && pos != f.lastPtr:
				m.pushMarker(mPossStop, in.x, pos)
				m.setFrame(m.rep, f.count, pos)
				pc++
			default:
				pc = in.x
			}
		case iPossNext:
			m.cut()
			f := m.frames[m.rep]
			lp := f.lastPtr
			if f.count < insts[in.x].min {
				lp = -1
			}
			m.setFrame(m.rep, f.count+1, lp)
			pc = in.x
		case iPossEnd:
			m.setRep(m.frames[m.rep].prev)
			pc++
		case iAssert:
			if in.dir < 0 {
				if pos < in.n {
					if in.neg {
						pc = in.x
					} else {
						ok = false
					}
					break
				}
			}
			if in.neg {
				m.pushMarker(mAssertNot, in.x, pos)
			} else {
				m.pushMarker(mAssert, in.x, pos)
			}
			if in.dir < 0 {
				pos -= in.n
			}
			pc++
		case iAssertEnd:
			if m.stack[m.markTop].kind == mAssertNot {
				m.unwind()
				ok = false
				break
			}
			mk := m.cut()
			pc, pos = int(mk.pc), mk.pos
		case iAtomic:
			m.pushMarker(mAtomic, 0, pos)
			pc++
		case iAtomicEnd:
			m.cut()
			pc++
		case iGroupRef:
			g0, g1 := m.caps[2*in.n], m.caps[2*in.n+1]
			if g0 < 0 || g1 < 0 || g1 < g0 || pos+g1-g0 > m.end {
				ok = false
				break
			}
			for i := g0; i < g1; i++ {
				a, b := subj[i], subj[pos+i-g0]
				if a != b && (in.fold == foldNone || in.fold.lower(a) != in.fold.lower(b)) {
					ok = false
					break
				}
			}
			if ok {
				pos += g1 - g0
				pc++
			}
		case iGroupRefExists:
			g0, g1 := m.caps[2*in.n], m.caps[2*in.n+1]
			if in.n <= m.prog.Groups && g0 >= 0 && g1 >= 0 && g1 >= g0 {
				pc++
			} else {
				pc = in.x
			}
		}
		if ok {
			continue
		}
		// Backtrack to the latest choice point.
		for {
			n := len(m.stack)
			if n == 0 {
				return false, nil
			}
			if err := m.tick(); err != nil {
				return false, err
			}
			e := &m.stack[n-1]
			switch e.kind {
			case uCap, uRep, uFrame, uAlloc:
				m.undo(*e)
				m.stack = m.stack[:n-1]
				continue
			case cAlt:
				pc, pos = int(e.pc), e.pos
				m.stack = m.stack[:n-1]
			case cUntilTail:
				pc, pos = int(e.pc)+1, e.pos
				m.stack = m.stack[:n-1]
				m.setRep(m.frames[m.rep].prev)
			case cMinMore:
				pos = e.pos
				m.stack = m.stack[:n-1]
				var more bool
				pc, more = m.minMore(int(e.pc), pos)
				if !more {
					continue
				}
			case cRepeatOne:
				var resumed bool
				pc, pos, resumed = m.resumeRepeatOne(e)
				if !resumed {
					m.stack = m.stack[:n-1]
					continue
				}
			case mAtomic, mAssert:
				m.stack = m.stack[:n-1]
				m.markTop = int(e.prev)
				continue
			case mAssertNot, mPossStop:
				pc, pos = int(e.pc), e.pos
				m.markTop = int(e.prev)
				m.stack = m.stack[:n-1]
			}
			break
		}
	}
}

// until is MAX_UNTIL / MIN_UNTIL: the end of one iteration of a general
// repeat. An iteration that matched the empty string ends the repeat.
func (m *Machine) until(in *inst, pc, pos int) (int, bool) {
	f := m.frames[m.rep]
	count := f.count + 1
	if count < in.min {
		m.setFrame(m.rep, count, f.lastPtr)
		return in.n, true
	}
	if in.kind == lazy {
		m.pushChoice(cMinMore, pc, pos)
		m.setRep(f.prev)
		return pc + 1, true
	}
	if (count < in.max || in.max == MaxRepeat) && pos != f.lastPtr {
		m.pushChoice(cUntilTail, pc, pos)
		m.setFrame(m.rep, count, pos)
		return in.n, true
	}
	m.setRep(f.prev)
	return pc + 1, true
}

// minMore is the second half of MIN_UNTIL: the tail failed, so try one
// more iteration.
func (m *Machine) minMore(pc, pos int) (int, bool) {
	in := &m.prog.insts[pc]
	f := m.frames[m.rep]
	count := f.count + 1
	if count >= in.max && in.max != MaxRepeat || pos == f.lastPtr {
		return 0, false
	}
	m.setFrame(m.rep, count, pos)
	return in.n, true
}

// repeatOne starts REPEAT_ONE / MIN_REPEAT_ONE / POSSESSIVE_REPEAT_ONE.
func (m *Machine) repeatOne(in *inst, pc, pos int) (int, int, bool) {
	item := &m.prog.insts[pc+1]
	limit := m.end - pos
	if in.max != MaxRepeat && in.max < limit {
		limit = in.max
	}
	if in.kind == lazy {
		n := 0
		for n < in.min {
			if n >= limit || !item.one(m.subj[pos+n]) {
				return 0, 0, false
			}
			n++
		}
		m.steps += n
		m.stack = append(m.stack, entry{kind: cRepeatOne, pc: int32(pc), a: pos, b: n})
		return in.x, pos + n, true
	}
	n := 0
	for n < limit && item.one(m.subj[pos+n]) {
		n++
	}
	m.steps += n // checked at the next instruction
	if n < in.min {
		return 0, 0, false
	}
	if in.kind == greedy && n > in.min {
		m.stack = append(m.stack, entry{kind: cRepeatOne, pc: int32(pc), a: pos, b: n})
	}
	return in.x, pos + n, true
}

// resumeRepeatOne gives back one character (greedy) or takes one more
// (lazy); resumed is false when the repeat has no more to try.
func (m *Machine) resumeRepeatOne(e *entry) (int, int, bool) {
	in := &m.prog.insts[e.pc]
	if in.kind == lazy {
		n := e.b
		p := e.a + n
		if n >= in.max && in.max != MaxRepeat || p >= m.end || !m.prog.insts[e.pc+1].one(m.subj[p]) {
			return 0, 0, false
		}
		e.b = n + 1
		return in.x, p + 1, true
	}
	n := e.b - 1
	if n < in.min {
		return 0, 0, false
	}
	e.b = n
	if n == in.min {
		// The last possibility: drop the choice point.
		m.stack = m.stack[:len(m.stack)-1]
	}
	return in.x, e.a + n, true
}
