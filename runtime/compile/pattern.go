package compile

import "github.com/asynchrony/asynchrony/runtime/syntax"

// patternCtx tracks, while a pattern is compiled, how many values sit on the
// stack above the case's base; a failed test jumps to the label that pops
// exactly that many and goes on with the next case (or alternative).
type patternCtx struct {
	onTop    int
	failPops []label
	// allowIrrefutable is false where a capture or wildcard would make the
	// patterns after it unreachable (CPython's pattern_context field).
	allowIrrefutable bool
	stores           []string       // names bound so far, to reject duplicates and mismatched alternatives
	last             syntax.Pattern // the pattern compiled last: where CPython reports pattern errors
}

// patternStore binds a capture's name, rejecting a second binding of the
// same name within one pattern as CPython does.
func (c *compiler) patternStore(n syntax.Node, name string, pc *patternCtx) {
	for _, s := range pc.stores {
		if s == name {
			c.errorAt(n, "multiple assignments to name '"+name+"' in pattern")
		}
	}
	pc.stores = append(pc.stores, name)
	c.storeName(name)
}

func (c *compiler) failJump(pc *patternCtx, op Opcode) {
	for len(pc.failPops) <= pc.onTop {
		pc.failPops = append(pc.failPops, c.newLabel())
	}
	c.jump(op, pc.failPops[pc.onTop])
}

// emitFailPops emits the pop ladder; control falls out of it with the
// context's items popped.
func (c *compiler) emitFailPops(pc *patternCtx) {
	for i := len(pc.failPops) - 1; i >= 0; i-- {
		c.bind(pc.failPops[i])
		if i > 0 {
			c.op(POP_TOP)
		}
	}
}

func (c *compiler) match(s *syntax.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	n := len(s.Cases)
	for i, cs := range s.Cases {
		last := i == n-1
		c.setLoc(cs.Pattern)
		pc := &patternCtx{allowIrrefutable: cs.Guard != nil || last}
		if !last {
			c.emit(COPY, 1)
		}
		pc.onTop = 1
		c.pattern(cs.Pattern, pc)
		if cs.Guard != nil {
			c.expr(cs.Guard)
			c.failJump(pc, POP_JUMP_IF_FALSE)
		}
		if !last {
			c.op(POP_TOP)
		}
		c.stmts(cs.Body)
		c.jump(JUMP, end)
		c.emitFailPops(pc)
	}
	c.bind(end)
}

// subpattern compiles a pattern nested in a sequence, mapping or class
// pattern, where an irrefutable one is fine.
func (c *compiler) subpattern(p syntax.Pattern, pc *patternCtx) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

// pattern matches the subject on top of the stack; on success the subject
// is consumed, on failure control goes to the context's pop ladder.
func (c *compiler) pattern(p syntax.Pattern, pc *patternCtx) {
	old := c.setLoc(p)
	defer func() { c.u.loc = old }()
	pc.last = p
	switch p := p.(type) {
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.errorAt(p, "name capture '"+p.Name+"' makes remaining patterns unreachable")
				} else {
					c.errorAt(p, "wildcard makes remaining patterns unreachable")
				}
			}
			if p.Name == "" {
				c.op(POP_TOP)
			} else {
				c.patternStore(p, p.Name, pc)
			}
			pc.onTop--
			return
		}
		c.emit(COPY, 1)
		pc.onTop++
		c.pattern(p.Pattern, pc)
		if p.Name == "" {
			c.op(POP_TOP)
		} else {
			c.patternStore(p, p.Name, pc)
		}
		pc.onTop--
	case *syntax.MatchValue:
		c.expr(p.Value)
		c.emit(COMPARE_OP, int(Eq))
		pc.onTop--
		c.failJump(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSingleton:
		c.loadConst(constOf(&syntax.Constant{Kind: p.Value}))
		c.emit(IS_OP, 0)
		pc.onTop--
		c.failJump(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSequence:
		star := -1
		for i, q := range p.Patterns {
			if _, ok := q.(*syntax.MatchStar); ok {
				if star >= 0 {
					c.errorAt(q, "multiple starred names in sequence pattern")
				}
				star = i
			}
		}
		c.op(MATCH_SEQUENCE)
		c.failJump(pc, POP_JUMP_IF_FALSE)
		n := len(p.Patterns)
		c.op(GET_LEN)
		if star < 0 {
			c.loadConst(Const{Kind: ConstInt, Int: int64(n)})
			c.emit(COMPARE_OP, int(Eq))
		} else {
			c.loadConst(Const{Kind: ConstInt, Int: int64(n - 1)})
			c.emit(COMPARE_OP, int(Ge))
		}
		c.failJump(pc, POP_JUMP_IF_FALSE)
		if star < 0 {
			c.emit(UNPACK_SEQUENCE, n)
		} else {
			c.emit(UNPACK_EX, star|(n-star-1)<<8)
		}
		pc.onTop += n - 1
		for _, q := range p.Patterns {
			if st, ok := q.(*syntax.MatchStar); ok {
				if st.Name == "" {
					c.op(POP_TOP)
				} else {
					c.patternStore(st, st.Name, pc)
				}
				pc.onTop--
				continue
			}
			c.subpattern(q, pc)
		}
	case *syntax.MatchMapping:
		c.op(MATCH_MAPPING)
		c.failJump(pc, POP_JUMP_IF_FALSE)
		n := len(p.Keys)
		if n > 0 {
			c.op(GET_LEN)
			c.loadConst(Const{Kind: ConstInt, Int: int64(n)})
			c.emit(COMPARE_OP, int(Ge))
			c.failJump(pc, POP_JUMP_IF_FALSE)
		}
		for _, k := range p.Keys {
			c.expr(k)
		}
		c.emit(BUILD_TUPLE, n)
		pc.onTop++
		c.op(MATCH_KEYS)
		pc.onTop++
		c.emit(COPY, 1)
		c.loadNone()
		c.emit(IS_OP, 1)
		c.failJump(pc, POP_JUMP_IF_FALSE)
		c.emit(UNPACK_SEQUENCE, n)
		pc.onTop += n - 1
		for _, q := range p.Patterns {
			c.subpattern(q, pc)
		}
		if p.Rest != "" {
			c.op(COPY_DICT_WITHOUT_KEYS)
			c.patternStore(pc.last, p.Rest, pc)
			pc.onTop--
			c.op(POP_TOP)
			pc.onTop--
		} else {
			c.op(POP_TOP)
			c.op(POP_TOP)
			pc.onTop -= 2
		}
	case *syntax.MatchClass:
		c.expr(p.Cls)
		names := make([]Const, len(p.KwdAttrs))
		for i, a := range p.KwdAttrs {
			names[i] = Const{Kind: ConstStr, Str: a}
		}
		c.loadConst(Const{Kind: ConstTuple, Tuple: names})
		c.emit(MATCH_CLASS, len(p.Patterns))
		c.emit(COPY, 1)
		c.loadNone()
		c.emit(IS_OP, 1)
		c.failJump(pc, POP_JUMP_IF_FALSE)
		n := len(p.Patterns) + len(p.KwdPatterns)
		c.emit(UNPACK_SEQUENCE, n)
		pc.onTop += n - 1
		for _, q := range p.Patterns {
			c.subpattern(q, pc)
		}
		for _, q := range p.KwdPatterns {
			c.subpattern(q, pc)
		}
	case *syntax.MatchOr:
		success := c.newLabel()
		before := pc.stores
		var first []string // the names the first alternative binds
		for i, alt := range p.Patterns {
			if i == len(p.Patterns)-1 {
				pc.stores = before
				c.pattern(alt, pc)
				if !sameNames(first, pc.stores[len(before):]) {
					c.errorAt(pc.last, "alternative patterns bind different names")
				}
				break
			}
			// Only the last alternative may be irrefutable.
			sub := &patternCtx{onTop: 1, stores: before[:len(before):len(before)]}
			c.emit(COPY, 1)
			c.pattern(alt, sub)
			pc.last = sub.last
			if i == 0 {
				first = sub.stores[len(before):]
			} else if !sameNames(first, sub.stores[len(before):]) {
				c.errorAt(sub.last, "alternative patterns bind different names")
			}
			c.op(POP_TOP) // the subject
			c.jump(JUMP, success)
			c.emitFailPops(sub)
		}
		c.bind(success)
	case *syntax.MatchStar:
		c.errorAt(p, "can't use starred name here")
	default:
		c.errorAt(p, "unsupported pattern")
	}
}

// sameNames reports whether two alternatives bind the same set of names.
func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}
