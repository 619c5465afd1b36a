package compile

import "math/bits"

// stackEffect is the change in stack depth of an instruction; jump tells
// which edge (taken or not) of a branching instruction is meant.
func stackEffect(in Instr, jump bool) int {
	a := int(in.Arg)
	switch in.Op {
	case NOP, JUMP, LOAD_ATTR, UNARY_NOT, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT,
		DELETE_NAME, DELETE_GLOBAL, DELETE_FAST, DELETE_DEREF, SWAP, KW_NAMES, LIST_TO_TUPLE,
		GET_ITER, POP_BLOCK, CHECK_EXC_MATCH, CHECK_EG_MATCH, SETUP_ANNOTATIONS, YIELD_VALUE,
		GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER, ASYNC_GEN_WRAP, RETURN_GENERATOR,
		COPY_DICT_WITHOUT_KEYS:
		return 0
	case LOAD_FAST, LOAD_CONST, LOAD_GLOBAL, LOAD_DEREF, LOAD_NAME, LOAD_CLASSDEREF, LOAD_CLOSURE,
		LOAD_METHOD, COPY, PUSH_EXC_INFO, LOAD_ASSERTION_ERROR, BEFORE_WITH, BEFORE_ASYNC_WITH,
		WITH_EXCEPT_START, LOAD_BUILD_CLASS, IMPORT_FROM, GET_ANEXT, MATCH_MAPPING, MATCH_SEQUENCE,
		MATCH_KEYS, GET_LEN:
		return 1
	case STORE_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL, BINARY_OP, INPLACE_OP, COMPARE_OP,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, BINARY_SUBSCR, RETURN_VALUE, POP_TOP, IS_OP,
		CONTAINS_OP, DELETE_ATTR, LIST_APPEND, SET_ADD, SET_UPDATE, DICT_UPDATE,
		DICT_MERGE, RERAISE, POP_EXCEPT, PREP_RERAISE_STAR, IMPORT_NAME, IMPORT_STAR, YIELD_FROM,
		PRINT_EXPR:
		return -1
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD, END_ASYNC_FOR, MATCH_CLASS:
		return -2
	case STORE_SUBSCR:
		return -3
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case LIST_EXTEND:
		return -1
	case CALL:
		return -a
	case CALL_METHOD:
		return -a - 1
	case CALL_EX:
		return -1 - a
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_SLICE, BUILD_STRING:
		return 1 - a
	case BUILD_MAP:
		return 1 - 2*a
	case BUILD_CONST_KEY_MAP:
		return -a
	case FORMAT_VALUE:
		if a&4 != 0 {
			return -1
		}
		return 0
	case UNPACK_SEQUENCE:
		return a - 1
	case UNPACK_EX:
		return (a & 0xff) + (a >> 8)
	case RAISE_VARARGS:
		return -a
	case SETUP_FINALLY:
		if jump {
			return 1
		}
		return 0
	case SETUP_CLEANUP:
		if jump {
			return 0
		}
		return 0
	case MAKE_FUNCTION:
		return -bits.OnesCount(uint(a & 15))
	}
	return 0
}

// stackDepth computes the maximum value-stack and block-stack depths by
// walking every path through the code.
func stackDepth(code *Code) (int, int) {
	n := len(code.Instrs)
	depth := make([]int, n+1)
	blocks := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	maxD, maxB := 0, 0
	type item struct{ pc, d, b int }
	work := []item{{0, 0, 0}}
	visit := func(pc, d, b int) {
		if pc > n || pc < 0 {
			return
		}
		if depth[pc] >= d && depth[pc] >= 0 || d > 100000 {
			return
		}
		depth[pc] = d
		blocks[pc] = b
		work = append(work, item{pc, d, b})
	}
	depth[0] = 0
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		pc, d, b := it.pc, it.d, it.b
		for pc < n {
			in := code.Instrs[pc]
			if d > maxD {
				maxD = d
			}
			if b > maxB {
				maxB = b
			}
			if in.Op.HasJump() {
				jd := d + stackEffect(in, true)
				jb := b
				if in.Op == SETUP_FINALLY || in.Op == SETUP_CLEANUP {
					jb = b // the block is popped when the handler runs
					if jd > maxD {
						maxD = jd
					}
				}
				visit(int(in.Arg), jd, jb)
			}
			d += stackEffect(in, false)
			switch in.Op {
			case SETUP_FINALLY, SETUP_CLEANUP:
				b++
			case POP_BLOCK:
				b--
			}
			if d > maxD {
				maxD = d
			}
			switch in.Op {
			case JUMP, RETURN_VALUE, RAISE_VARARGS, RERAISE:
				pc = n
				continue
			}
			pc++
			if pc < n {
				if depth[pc] >= d || d > 100000 {
					break
				}
				depth[pc] = d
				blocks[pc] = b
			}
		}
	}
	return maxD + 1, maxB + 1
}
