package syntax

import (
	"fmt"
	"os"
	"testing"
)

func TestDevDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	m, err := Parse(f, src)
	if err != nil {
		e := err.(*Error)
		fmt.Printf("%s %q %d %d %d %d\n", e.Kind, e.Msg, e.Line, e.Col, e.EndLine, e.EndCol)
		return
	}
	fmt.Println(dump(m, os.Getenv("POS") != ""))
}
