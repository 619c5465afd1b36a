package syntax

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestTestdataParses parses every .py under the repository's testdata/.
// A program whose CPython stderr (NAME.err) ends in a SyntaxError,
// IndentationError or TabError raised by the parser must fail with the same
// class, message and line; every other program must parse.
func TestTestdataParses(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		n++
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		wantKind, wantMsg, wantLine := expectedSyntaxError(strings.TrimSuffix(path, ".py") + ".err")
		_, perr := Parse(filepath.Base(path), src)
		if perr == nil {
			if wantKind != "" && !compilerError(wantMsg) {
				t.Errorf("%s: parsed, want %s: %s", path, wantKind, wantMsg)
			}
			return nil
		}
		e := perr.(*Error)
		if e.Kind != wantKind || e.Msg != wantMsg || e.Line != wantLine {
			t.Errorf("%s: got %s: %s (line %d), want %s: %s (line %d)", path, e.Kind, e.Msg, e.Line, wantKind, wantMsg, wantLine)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no .py files found under testdata")
	}
}

// compilerError reports whether a SyntaxError message comes from CPython's
// compiler (symtable/codegen) rather than its parser: the compile stage,
// not this package, reports those.
func compilerError(msg string) bool {
	for _, s := range []string{"outside function", "outside loop", "not properly in loop",
		"nonlocal declaration", "no binding for nonlocal", "is assigned to before", "is used prior to",
		"duplicate argument", "keyword argument repeated", "outside async function", "is parameter and",
		"outside of an asynchronous function", "with value in async generator", "inside async function",
		"can't use starred expression", "not allowed in",
		// match statements: checked by CPython's codegen, and by ours.
		"makes remaining patterns unreachable", "alternative patterns bind different names",
		"multiple assignments to name", "only allowed at module level", "multiple starred expressions",
		// __future__ imports: checked by CPython's future.c, and by our compile stage.
		"from __future__ imports must occur", "not a chance", "future feature"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// expectedSyntaxError reads CPython's stderr for a program and returns the
// syntax error it reports, if any, with the line from `File "...", line N`.
func expectedSyntaxError(errFile string) (kind, msg string, line int) {
	b, err := os.ReadFile(errFile)
	if err != nil {
		return "", "", 0
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	last := lines[len(lines)-1]
	for _, k := range []string{"SyntaxError", "IndentationError", "TabError"} {
		if strings.HasPrefix(last, k+": ") {
			kind, msg = k, strings.TrimPrefix(last, k+": ")
		}
	}
	if kind == "" {
		return "", "", 0
	}
	for _, l := range lines {
		if i := strings.Index(l, `", line `); i >= 0 && strings.HasPrefix(strings.TrimSpace(l), "File ") {
			line, _ = strconv.Atoi(strings.TrimSpace(l[i+len(`", line `):]))
		}
	}
	return kind, msg, line
}

// TestSyntaxCorpus compares the AST of each testdata/syntax/NAME.py with
// NAME.ast, CPython 3.11's AST dumped with positions by
// `python3 runtime/syntax/testdata/astdump.py --pos NAME.py > NAME.ast`.
func TestSyntaxCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "syntax", "*.py"))
	if len(files) == 0 {
		t.Fatal("no testdata/syntax programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".ast")
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		m, err := Parse(f, src)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if got := dump(m, true); got != string(bytes.TrimSpace(want)) {
			t.Errorf("%s: AST differs from CPython's\n got %s\nwant %s", f, got, want)
		}
	}
}
