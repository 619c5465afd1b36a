package regex

import "sort"

// The program: a parsed pattern lowered to instructions for the matcher,
// with the flags (IGNORECASE, MULTILINE, DOTALL, ASCII) resolved into the
// instructions as _compiler.py resolves them into opcodes.

type instOp uint8

const (
	iChar       instOp = iota // c (after fold)
	iNotChar                  // any but c (after fold)
	iAny                      // any but "\n"
	iAnyAll                   // any
	iClass                    // cls
	iAt                       // at
	iBranch                   // try pc+1, on failure x
	iJump                     // goto x
	iMark                     // caps[n] = pos
	iRepeat                   // a general repeat; x is its iUntil
	iUntil                    // end of a repeat body (greedy or lazy as the iRepeat), whose start is n
	iRepeatOne                // a repeat of the single-character item at pc+1; tail at x
	iPossRepeat               // possessive repeat; body from pc+2, its end at x (an iPossEnd)
	iPossIter                 // the loop head of a possessive repeat
	iPossNext                 // end of one possessive iteration
	iPossEnd                  // after a possessive repeat
	iAssert                   // lookaround; body at pc+1, continuation at x
	iAssertEnd
	iAtomic // atomic group; body at pc+1
	iAtomicEnd
	iGroupRef       // backreference to group n
	iGroupRefExists // conditional: yes at pc+1, no at x
	iMatch
)

type atKind uint8

const (
	atBegin atKind = iota
	atBeginLine
	atBeginString
	atEndDollar
	atEndLine
	atEndStr
	atBound
	atNonBound
	atUniBound
	atUniNonBound
)

type inst struct {
	op       instOp
	fold     foldMode // for iChar, iNotChar, iGroupRef
	at       atKind
	kind     repeatKind
	neg      bool
	dir      int
	c        rune
	n        int // group or mark index; lookbehind width
	x        int // target pc
	min, max int
	cls      *charClass
}

// Prog is a compiled pattern.
type Prog struct {
	insts      []inst
	Groups     int // capturing groups (without group 0)
	Flags      int // the flags after inline global flags and fix_flags
	GroupIndex map[string]int
	GroupNames []string // names in the order of their groups' numbers
	IsText     bool
	repeats    bool
}

// Compile parses and compiles a pattern. A bytes pattern is given as
// runes 0-255 with isText false.
// The warnings come with the program or the error.
func Compile(pattern []rune, isText bool, flags int) (prog *Prog, warnings []Warning, err *Error) {
	t, warnings, err := parse(pattern, isText, flags)
	if err != nil {
		return nil, warnings, err
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			prog, err = nil, e
		}
	}()
	c := &compiler{t: t, isText: isText}
	c.seq(t.seq, t.flags)
	c.emit(inst{op: iMatch})
	names := append([]string(nil), t.nameOrder...)
	sort.SliceStable(names, func(i, j int) bool { return t.groupNames[names[i]] < t.groupNames[names[j]] })
	return &Prog{insts: c.insts, Groups: t.groups - 1, Flags: t.flags, GroupIndex: t.groupNames,
		GroupNames: names, IsText: isText}, warnings, nil
}

type compiler struct {
	t      *tree
	isText bool
	insts  []inst
	stack  []int // lines of _compiler._compile's recursive calls, for tracebacks
}

// nest compiles seq as _compile's recursive call at line does.
func (c *compiler) nest(line int, seq []*node, flags int) {
	c.stack = append(c.stack, line)
	c.seq(seq, flags)
	c.stack = c.stack[:len(c.stack)-1]
}

func (c *compiler) fail(msg string, line int) {
	t := []Frame{{"compile", 749}, {"_code", 582}}
	for _, l := range c.stack {
		t = append(t, Frame{"_compile", l})
	}
	panic(&Error{Msg: msg, Pos: -1, Trace: append(t, Frame{"_compile", line})})
}

func (c *compiler) emit(in inst) int {
	c.insts = append(c.insts, in)
	return len(c.insts) - 1
}

func (c *compiler) foldFor(flags int) foldMode {
	if flags&FlagIgnoreCase == 0 {
		return foldNone
	}
	if c.isText && flags&FlagASCII == 0 {
		return foldUnicode
	}
	return foldASCII
}

func (c *compiler) unicode(flags int) bool {
	return c.isText && flags&FlagASCII == 0
}

// single reports whether a sequence is one single-character item
// (_compiler._simple), which repeats as REPEAT_ONE.
func single(seq []*node) bool {
	if len(seq) != 1 {
		return false
	}
	switch seq[0].op {
	case opLiteral, opNotLiteral, opAny, opIn:
		return true
	case opSubpattern:
		return seq[0].group < 0 && seq[0].add == 0 && seq[0].del == 0 && single(seq[0].sub)
	}
	return false
}

func (c *compiler) seq(seq []*node, flags int) {
	for _, n := range seq {
		c.node(n, flags)
	}
}

func (c *compiler) literal(n *node, flags int) {
	op := iChar
	if n.op == opNotLiteral {
		op = iNotChar
	}
	fold := c.foldFor(flags)
	if fold == foldNone || !fold.isCased(n.c) {
		c.emit(inst{op: op, c: n.c})
		return
	}
	lo := fold.lower(n.c)
	if fold == foldUnicode {
		if fixes := caseFixes()[lo]; fixes != nil {
			items := []setItem{{kind: setLiteral, lo: lo}}
			if op == iNotChar {
				items = append([]setItem{{kind: setNegate}}, items...)
			}
			for _, k := range fixes {
				items = append(items, setItem{kind: setLiteral, lo: k})
			}
			c.emit(inst{op: iClass, cls: newClass(items, fold, true)})
			return
		}
	}
	c.emit(inst{op: op, c: lo, fold: fold})
}

func (c *compiler) node(n *node, flags int) {
	switch n.op {
	case opLiteral, opNotLiteral:
		c.literal(n, flags)
	case opAny:
		if flags&FlagDotAll != 0 {
			c.emit(inst{op: iAnyAll})
		} else {
			c.emit(inst{op: iAny})
		}
	case opIn:
		c.emit(inst{op: iClass, cls: newClass(n.set, c.foldFor(flags), c.unicode(flags))})
	case opAt:
		c.emit(inst{op: iAt, at: c.atKind(n.at, flags)})
	case opBranch:
		var jumps []int
		for i, alt := range n.alts {
			br := -1
			if i < len(n.alts)-1 {
				br = c.emit(inst{op: iBranch})
			}
			c.nest(176, alt, flags)
			if i < len(n.alts)-1 {
				jumps = append(jumps, c.emit(inst{op: iJump}))
				c.insts[br].x = len(c.insts)
			}
		}
		for _, j := range jumps {
			c.insts[j].x = len(c.insts)
		}
	case opSubpattern:
		f := (flags | n.add) &^ n.del
		if n.group >= 0 {
			c.emit(inst{op: iMark, n: 2 * n.group})
		}
		c.nest(128, n.sub, f)
		if n.group >= 0 {
			c.emit(inst{op: iMark, n: 2*n.group + 1})
		}
	case opRepeat:
		c.repeat(n, flags)
	case opAssert:
		width := 0
		if n.dir < 0 {
			lo, hi := (&parser{groupWidths: c.t.groupWidths}).width(n.sub)
			if lo > MaxRepeat {
				c.fail("looks too much behind", 153)
			}
			if lo != hi {
				c.fail("look-behind requires fixed-width pattern", 155)
			}
			width = lo
		}
		a := c.emit(inst{op: iAssert, dir: n.dir, neg: n.neg, n: width})
		c.nest(157, n.sub, flags)
		c.emit(inst{op: iAssertEnd})
		c.insts[a].x = len(c.insts)
	case opAtomic:
		c.emit(inst{op: iAtomic})
		c.nest(140, n.sub, flags)
		c.emit(inst{op: iAtomicEnd})
	case opGroupRef:
		c.emit(inst{op: iGroupRef, n: n.group, fold: c.foldFor(flags)})
	case opGroupRefExists:
		g := c.emit(inst{op: iGroupRefExists, n: n.group})
		c.nest(204, n.sub, flags)
		if n.hasNo {
			j := c.emit(inst{op: iJump})
			c.insts[g].x = len(c.insts)
			c.nest(209, n.no, flags)
			c.insts[j].x = len(c.insts)
		} else {
			c.insts[g].x = len(c.insts)
		}
	}
}

func (c *compiler) atKind(at atCode, flags int) atKind {
	switch at {
	case atBeginning:
		if flags&FlagMultiline != 0 {
			return atBeginLine
		}
		return atBegin
	case atBeginningString:
		return atBeginString
	case atEnd:
		if flags&FlagMultiline != 0 {
			return atEndLine
		}
		return atEndDollar
	case atEndString:
		return atEndStr
	case atBoundary:
		if c.unicode(flags) {
			return atUniBound
		}
		return atBound
	default:
		if c.unicode(flags) {
			return atUniNonBound
		}
		return atNonBound
	}
}

func (c *compiler) repeat(n *node, flags int) {
	if single(n.sub) {
		r := c.emit(inst{op: iRepeatOne, min: n.min, max: n.max, kind: n.kind})
		c.seq(n.sub, flags)
		c.insts[r].x = len(c.insts)
		return
	}
	if n.kind == possessive {
		r := c.emit(inst{op: iPossRepeat, min: n.min, max: n.max})
		c.emit(inst{op: iPossIter, min: n.min, max: n.max})
		c.nest(119, n.sub, flags)
		c.emit(inst{op: iPossNext, x: r + 1})
		c.insts[r].x = c.emit(inst{op: iPossEnd})
		c.insts[r+1].x = c.insts[r].x
		return
	}
	r := c.emit(inst{op: iRepeat, min: n.min, max: n.max, kind: n.kind})
	c.nest(119, n.sub, flags)
	u := c.emit(inst{op: iUntil, min: n.min, max: n.max, kind: n.kind, n: r + 1})
	c.insts[r].x = u
}
