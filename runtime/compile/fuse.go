package compile

// Superinstructions. Under WebAssembly a dispatch is a chain of compares
// and jumps through the function's loop header, so two common pairs
// (counted over bench/*.py and bench/page/*.py) run as one instruction:
// fuse replaces the first instruction of such a sequence with a
// superinstruction whose argument packs the operands of the whole
// sequence, and leaves the rest of the sequence where it was. So pcs,
// spans and jump targets do not move: a jump into the middle of a sequence
// runs the original instructions from there, and the interpreter runs a
// superinstruction's first instruction alone and goes on at the next one
// whenever its fast path does not apply (a comparison that gives no bool).
// Only pairs whose second half costs exec almost no code are fused: every
// byte added to exec costs every dispatch (see core/doc.go).

// fuse rewrites code's instructions in place with superinstructions. A
// sequence is fused only when none of its instructions but the first is a
// jump target, so that a loop's first instruction can start its own
// superinstruction, and only when its operands fit the packed argument.
func fuse(code *Code) {
	ins := code.Instrs
	target := make([]bool, len(ins)+1)
	for _, in := range ins {
		if in.Op.HasJump() && int(in.Arg) < len(target) {
			target[in.Arg] = true
		}
	}
	// free reports whether the k instructions after i exist and are not
	// jump targets.
	free := func(i, k int) bool {
		if i+k >= len(ins) {
			return false
		}
		for j := i + 1; j <= i+k; j++ {
			if target[j] {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(ins); i++ {
		a := ins[i]
		if !free(i, 1) {
			continue
		}
		b := ins[i+1]
		switch {
		case a.Op == COMPARE_OP && (b.Op == POP_JUMP_IF_FALSE || b.Op == POP_JUMP_IF_TRUE) &&
			int(b.Arg) > i+1 && b.Arg < 1<<28 && a.Arg < 1<<3:
			// Forward jumps only: a backward one counts a step.
			ifTrue := uint32(0)
			if b.Op == POP_JUMP_IF_TRUE {
				ifTrue = 1
			}
			ins[i] = Instr{COMPARE_JUMP, a.Arg | ifTrue<<3 | b.Arg<<4}
			i++
		case a.Op == FOR_ITER && b.Op == STORE_FAST && a.Arg < 1<<20 && b.Arg < 1<<12:
			ins[i] = Instr{FOR_ITER_STORE_FAST, a.Arg | b.Arg<<20}
			i++
		}
	}
}

// Unfused returns the instruction a superinstruction replaced (the first
// of its sequence); other instructions are returned as they are.
func (in Instr) Unfused() Instr {
	switch in.Op {
	case COMPARE_JUMP:
		return Instr{COMPARE_OP, in.Arg & 7}
	case FOR_ITER_STORE_FAST:
		return Instr{FOR_ITER, in.Arg & 0xfffff}
	}
	return in
}
