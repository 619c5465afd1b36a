package asyncio

import (
	"testing"

	"github.com/asynchrony/asynchrony/runtime/core"
)

// The messages are CPython 3.11's for the same calls (checked with
// python3; the golden method_arg_errors runs them end to end).
func TestSignatureBind(t *testing.T) {
	owner := core.NewStaticType("C")
	one := core.Int(1)
	for _, tc := range []struct {
		params string
		npos   int
		kw     []string
		want   string // error message, or "" for a bound call
		nbound int
	}{
		{"item", 2, nil, "", 2},
		{"item", 1, nil, "C.m() missing 1 required positional argument: 'item'", 0},
		{"item", 3, nil, "C.m() takes 2 positional arguments but 3 were given", 0},
		{"", 2, nil, "C.m() takes 1 positional argument but 2 were given", 0},
		{"a b c", 1, nil, "C.m() missing 3 required positional arguments: 'a', 'b', and 'c'", 0},
		{"a b", 1, nil, "C.m() missing 2 required positional arguments: 'a' and 'b'", 0},
		{"maxsize=", 3, nil, "C.m() takes from 1 to 2 positional arguments but 3 were given", 0},
		{"maxsize=", 1, []string{"maxsize"}, "", 2},
		{"item", 1, []string{"item"}, "", 2},
		{"item", 2, []string{"item"}, "C.m() got multiple values for argument 'item'", 0},
		{"item", 1, []string{"x"}, "C.m() got an unexpected keyword argument 'x'", 0},
		{"coro * name= context=", 2, []string{"name"}, "", 4},
		{"coro * name=", 3, nil, "C.m() takes 2 positional arguments but 3 were given", 0},
		{"executor func *args", 5, nil, "", 5},
		{"executor func *args", 2, nil, "C.m() missing 1 required positional argument: 'func'", 0},
	} {
		sig := parseSignature(owner, "m", tc.params)
		args := make([]core.Value, tc.npos+len(tc.kw))
		for i := range args {
			args[i] = one
		}
		got, err := sig.bind(args, tc.kw)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q %d %v: %v", tc.params, tc.npos, tc.kw, err)
		case tc.want == "" && len(got) != tc.nbound:
			t.Errorf("%q %d %v: bound %d arguments, want %d", tc.params, tc.npos, tc.kw, len(got), tc.nbound)
		case tc.want != "" && (err == nil || err.Error() != "TypeError: "+tc.want):
			t.Errorf("%q %d %v: got %v, want %q", tc.params, tc.npos, tc.kw, err, tc.want)
		}
	}
}

func TestClinicUnpack(t *testing.T) {
	one := core.Int(1)
	for _, tc := range []struct {
		sig  clinicSig
		npos int
		kw   []string
		want string
	}{
		{cancelSig, 1, nil, ""},
		{cancelSig, 2, nil, "cancel() takes at most 1 argument (2 given)"},
		{cancelSig, 0, []string{"msg", "x"}, "cancel() takes at most 1 keyword argument (2 given)"},
		{cancelSig, 0, []string{"x"}, "'x' is an invalid keyword argument for cancel()"},
		{cancelSig, 1, []string{"msg"}, "cancel() takes at most 1 argument (2 given)"},
		{addDoneCallbackSig, 0, nil, "add_done_callback() takes exactly 1 positional argument (0 given)"},
		{addDoneCallbackSig, 2, nil, "add_done_callback() takes exactly 1 positional argument (2 given)"},
		{addDoneCallbackSig, 0, []string{"fn"}, "add_done_callback() takes exactly 1 positional argument (0 given)"},
		{addDoneCallbackSig, 1, []string{"context"}, ""},
		{getStackSig, 1, nil, "get_stack() takes no positional arguments"},
		{taskSig, 0, nil, "Task() missing required argument 'coro' (pos 1)"},
		{taskSig, 2, nil, "Task() takes exactly 1 positional argument (2 given)"},
		{taskSig, 0, []string{"coro", "name"}, ""},
		{futureSig, 1, nil, "Future() takes no positional arguments"},
	} {
		args := make([]core.Value, tc.npos+len(tc.kw))
		for i := range args {
			args[i] = one
		}
		out := make([]core.Value, len(tc.sig.names))
		ptrs := make([]*core.Value, len(out))
		for i := range out {
			ptrs[i] = &out[i]
		}
		err := tc.sig.unpack(args, tc.kw, ptrs...)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s %d %v: %v", tc.sig.name, tc.npos, tc.kw, err)
		case tc.want != "" && (err == nil || err.Error() != "TypeError: "+tc.want):
			t.Errorf("%s %d %v: got %v, want %q", tc.sig.name, tc.npos, tc.kw, err, tc.want)
		}
	}
}
