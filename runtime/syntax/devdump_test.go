package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDevDump prints the dump of each file named in $DUMP (space separated)
// for comparison with testdata/astdump.py; it is skipped in normal runs.
func TestDevDump(t *testing.T) {
	files := os.Getenv("DUMP")
	if files == "" {
		t.Skip("set DUMP to a list of files")
	}
	for _, f := range strings.Fields(files) {
		src, _ := os.ReadFile(f)
		m, err := Parse(f, src)
		if err != nil {
			e := err.(*Error)
			fmt.Printf("ERR %s %s %d %d %d %d\n", e.Kind, quoteStr(e.Msg), e.Line, e.Col, e.EndLine, e.EndCol)
			continue
		}
		fmt.Println(dump(m, os.Getenv("POS") != ""))
	}
}
