package compile

// Opcode is one bytecode operation. The set follows CPython 3.11's where that
// keeps the interpreter simple, with a block stack (SETUP_FINALLY/POP_BLOCK)
// instead of an exception table. The hot opcodes come first so that the
// interpreter's first switch, which lists them in this order, stays small.
type Opcode uint8

const (
	NOP Opcode = iota

	// ---- hot opcodes (the interpreter's first switch)
	LOAD_FAST         // push locals[A]
	STORE_FAST        // locals[A] = pop
	LOAD_CONST        // push consts[A]
	LOAD_GLOBAL       // push globals/builtins[names[A]]
	BINARY_OP         // TOS = TOS1 op TOS (A is a BinOp)
	INPLACE_OP        // augmented assignment (A is a BinOp)
	COMPARE_OP        // A is a CmpOp
	POP_JUMP_IF_FALSE // if not pop: pc = A
	POP_JUMP_IF_TRUE  // if pop: pc = A
	JUMP              // pc = A
	FOR_ITER          // push next(TOS) or pop TOS and pc = A
	CALL              // call with A positional args: [fn, args...]
	CALL_METHOD       // [meth, self|NULL, args...] after LOAD_METHOD
	LOAD_METHOD       // [obj] -> [meth, obj] or [fn, NULL]
	LOAD_ATTR         // TOS = getattr(TOS, names[A])
	STORE_ATTR        // setattr(TOS, names[A], TOS1); pop 2
	BINARY_SUBSCR     // TOS = TOS1[TOS]
	STORE_SUBSCR      // TOS1[TOS] = TOS2; pop 3
	RETURN_VALUE      // return pop
	POP_TOP           // pop
	LOAD_DEREF        // push cell[A].contents
	STORE_DEREF       // cell[A].contents = pop
	IS_OP             // TOS = TOS1 is TOS (A=1: is not)
	CONTAINS_OP       // TOS = TOS1 in TOS (A=1: not in)
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP
	UNARY_NOT

	// Superinstructions (fuse.go): each stands for the instruction it
	// replaces and the one after it, which stays in place.
	COMPARE_JUMP        // COMPARE_OP A&7; POP_JUMP_IF_FALSE or _TRUE (A>>3&1) to A>>4, forward
	FOR_ITER_STORE_FAST // FOR_ITER to A&0xfffff; STORE_FAST A>>20
	lastHot

	// ---- everything else (the interpreter's second switch)
	LOAD_NAME   // class/module body: locals, globals, builtins
	STORE_NAME  // locals[names[A]] = pop
	DELETE_NAME //
	STORE_GLOBAL
	DELETE_GLOBAL
	DELETE_FAST
	DELETE_DEREF
	LOAD_CLASSDEREF // class body: locals dict, then cell A
	LOAD_CLOSURE    // push the cell object A itself
	DELETE_ATTR
	DELETE_SUBSCR
	UNARY_NEGATIVE
	UNARY_POSITIVE
	UNARY_INVERT
	COPY     // push stack[-A]
	SWAP     // swap TOS and stack[-A]
	KW_NAMES // the next CALL/CALL_METHOD's last len(consts[A]) args are keywords named by that tuple
	CALL_EX  // [fn, args tuple, kwargs dict or NULL] (A=1: kwargs present)
	BUILD_TUPLE
	BUILD_LIST
	BUILD_SET
	BUILD_MAP // A pairs: [k1, v1, ..., kA, vA]
	BUILD_CONST_KEY_MAP
	BUILD_SLICE  // A = 2 or 3
	BUILD_STRING // concatenate A strings
	LIST_APPEND  // stack[-A-1].append(pop) (A counted after the pop)
	SET_ADD
	MAP_ADD // stack[-A-2][TOS1] = TOS; pop 2
	LIST_EXTEND
	SET_UPDATE
	DICT_UPDATE
	DICT_MERGE // like DICT_UPDATE but duplicate keys are an error (calls with **)
	LIST_TO_TUPLE
	FORMAT_VALUE // A&3: conversion (0 none, 1 str, 2 repr, 3 ascii); A&4: spec on stack; A&FormatIntoString: a BUILD_STRING takes the result
	UNPACK_SEQUENCE
	UNPACK_EX // A = before | after<<8
	GET_ITER
	RAISE_VARARGS // A = 0 (reraise), 1 (exc), 2 (exc from cause)
	RERAISE       // raise pop without touching its traceback or context
	SETUP_FINALLY // push a block: on exception, truncate the stack to its current height, push the exception, pc = A
	SETUP_CLEANUP // as SETUP_FINALLY but the saved height is one less (used after PUSH_EXC_INFO)
	POP_BLOCK
	PUSH_EXC_INFO     // [exc] -> [prev handled exception, exc]; exc becomes the handled exception
	POP_EXCEPT        // handled exception = pop
	CHECK_EXC_MATCH   // [exc, type] -> [exc, bool]
	CHECK_EG_MATCH    // [exc, type] -> [rest, match] (except*)
	PREP_RERAISE_STAR // [orig, list of raised] -> [exception to reraise or None]
	LOAD_ASSERTION_ERROR
	BEFORE_WITH       // [cm] -> [exit, enter()]
	BEFORE_ASYNC_WITH // [cm] -> [aexit, aenter() awaitable]
	WITH_EXCEPT_START // [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]
	MAKE_FUNCTION     // A flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple; code on top
	LOAD_BUILD_CLASS
	SETUP_ANNOTATIONS
	IMPORT_NAME // [level, fromlist] -> module names[A]
	IMPORT_FROM // push getattr(TOS, names[A]) (ImportError on failure)
	IMPORT_STAR
	YIELD_VALUE // suspend the frame yielding pop; resumes pushing the sent value
	YIELD_FROM  // [sub, v] -> delegate send(v) to sub; when it finishes: [result]
	GET_YIELD_FROM_ITER
	GET_AWAITABLE // A: 0 plain await, 1 after __aenter__, 2 after __aexit__
	GET_AITER
	GET_ANEXT
	END_ASYNC_FOR // [aiter, exc]: StopAsyncIteration ends the loop, others reraise
	ASYNC_GEN_WRAP
	RETURN_GENERATOR       // first instruction of generator code: nothing (the call made the generator)
	MATCH_CLASS            // [subject, cls, kwnames] -> [tuple of attributes or None]; A = positional count
	MATCH_MAPPING          // push bool: TOS is a mapping
	MATCH_SEQUENCE         // push bool: TOS is a sequence for pattern matching
	MATCH_KEYS             // [subject, keys] -> [subject, keys, tuple of values or None]
	GET_LEN                // push len(TOS)
	COPY_DICT_WITHOUT_KEYS // [subject, keys] -> [subject, rest dict]
	PRINT_EXPR
	numOpcodes
)

var opNames = [...]string{
	NOP: "NOP", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST", LOAD_CONST: "LOAD_CONST",
	LOAD_GLOBAL: "LOAD_GLOBAL", BINARY_OP: "BINARY_OP", INPLACE_OP: "INPLACE_OP",
	COMPARE_OP: "COMPARE_OP", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE",
	POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE", JUMP: "JUMP", FOR_ITER: "FOR_ITER", CALL: "CALL",
	CALL_METHOD: "CALL_METHOD", LOAD_METHOD: "LOAD_METHOD", LOAD_ATTR: "LOAD_ATTR",
	STORE_ATTR: "STORE_ATTR", BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR",
	RETURN_VALUE: "RETURN_VALUE", POP_TOP: "POP_TOP", LOAD_DEREF: "LOAD_DEREF",
	STORE_DEREF: "STORE_DEREF", IS_OP: "IS_OP", CONTAINS_OP: "CONTAINS_OP",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP", JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP",
	UNARY_NOT: "UNARY_NOT", COMPARE_JUMP: "COMPARE_JUMP", FOR_ITER_STORE_FAST: "FOR_ITER_STORE_FAST", lastHot: "lastHot",
	LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME",
	STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL", DELETE_FAST: "DELETE_FAST",
	DELETE_DEREF: "DELETE_DEREF", LOAD_CLASSDEREF: "LOAD_CLASSDEREF", LOAD_CLOSURE: "LOAD_CLOSURE",
	DELETE_ATTR: "DELETE_ATTR", DELETE_SUBSCR: "DELETE_SUBSCR", UNARY_NEGATIVE: "UNARY_NEGATIVE",
	UNARY_POSITIVE: "UNARY_POSITIVE", UNARY_INVERT: "UNARY_INVERT", COPY: "COPY", SWAP: "SWAP",
	KW_NAMES: "KW_NAMES", CALL_EX: "CALL_EX", BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST",
	BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP", BUILD_CONST_KEY_MAP: "BUILD_CONST_KEY_MAP",
	BUILD_SLICE: "BUILD_SLICE", BUILD_STRING: "BUILD_STRING", LIST_APPEND: "LIST_APPEND",
	SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND", SET_UPDATE: "SET_UPDATE",
	DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE", LIST_TO_TUPLE: "LIST_TO_TUPLE",
	FORMAT_VALUE: "FORMAT_VALUE", UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX",
	GET_ITER: "GET_ITER", RAISE_VARARGS: "RAISE_VARARGS", RERAISE: "RERAISE",
	SETUP_FINALLY: "SETUP_FINALLY", SETUP_CLEANUP: "SETUP_CLEANUP", POP_BLOCK: "POP_BLOCK",
	PUSH_EXC_INFO: "PUSH_EXC_INFO", POP_EXCEPT: "POP_EXCEPT", CHECK_EXC_MATCH: "CHECK_EXC_MATCH",
	CHECK_EG_MATCH: "CHECK_EG_MATCH", PREP_RERAISE_STAR: "PREP_RERAISE_STAR",
	LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR", BEFORE_WITH: "BEFORE_WITH",
	BEFORE_ASYNC_WITH: "BEFORE_ASYNC_WITH", WITH_EXCEPT_START: "WITH_EXCEPT_START",
	MAKE_FUNCTION: "MAKE_FUNCTION", LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS",
	SETUP_ANNOTATIONS: "SETUP_ANNOTATIONS", IMPORT_NAME: "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM",
	IMPORT_STAR: "IMPORT_STAR", YIELD_VALUE: "YIELD_VALUE", YIELD_FROM: "YIELD_FROM",
	GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER", GET_AWAITABLE: "GET_AWAITABLE",
	GET_AITER: "GET_AITER", GET_ANEXT: "GET_ANEXT", END_ASYNC_FOR: "END_ASYNC_FOR",
	ASYNC_GEN_WRAP: "ASYNC_GEN_WRAP", RETURN_GENERATOR: "RETURN_GENERATOR",
	MATCH_CLASS: "MATCH_CLASS", MATCH_MAPPING: "MATCH_MAPPING", MATCH_SEQUENCE: "MATCH_SEQUENCE",
	MATCH_KEYS: "MATCH_KEYS", GET_LEN: "GET_LEN", COPY_DICT_WITHOUT_KEYS: "COPY_DICT_WITHOUT_KEYS",
	PRINT_EXPR: "PRINT_EXPR",
}

func (op Opcode) String() string {
	if int(op) < len(opNames) && opNames[op] != "" {
		return opNames[op]
	}
	return "OP?"
}

// HasJump reports whether the opcode's argument is a jump target.
func (op Opcode) HasJump() bool {
	switch op {
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP, FOR_ITER, JUMP_IF_FALSE_OR_POP,
		JUMP_IF_TRUE_OR_POP, SETUP_FINALLY, SETUP_CLEANUP:
		return true
	}
	return false
}

// BinOp is the argument of BINARY_OP and INPLACE_OP, and core's binary
// operator (core.BinOp is this type).
type BinOp uint8

// The binary operators, in the order of core's tables of their methods.
const (
	Add BinOp = iota
	Sub
	Mul
	MatMul
	TrueDiv
	FloorDiv
	Mod
	Pow
	LShift
	RShift
	And
	Or
	Xor
)

// CmpOp is the argument of COMPARE_OP, and core's rich comparison operator
// (core.CmpOp is this type).
type CmpOp uint8

// The rich comparisons, in CPython's order (Py_LT ... Py_GE), which core's
// tables follow.
const (
	Lt CmpOp = iota
	Le
	Eq
	Ne
	Gt
	Ge
)
