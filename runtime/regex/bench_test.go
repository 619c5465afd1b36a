package regex

import (
	"strings"
	"testing"
)

var benchText = []rune(strings.Repeat("The quick brown fox <fox@example.com> jumps over 13 lazy dogs; ", 160))

func benchFindAll(b *testing.B, pattern string, flags int) {
	prog, _, err := Compile([]rune(pattern), true, flags)
	if err != nil {
		b.Fatal(err)
	}
	m := NewMachine(prog)
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		if all, _ := findAll(m, benchText, nil); len(all) == 0 {
			b.Fatal("no match")
		}
	}
}

func BenchmarkWords(b *testing.B)      { benchFindAll(b, `\w+`, 0) }
func BenchmarkEmail(b *testing.B)      { benchFindAll(b, `[\w.]+@\w+\.\w+`, 0) }
func BenchmarkIgnoreCase(b *testing.B) { benchFindAll(b, `lazy|dogs?`, FlagIgnoreCase) }
func BenchmarkLazyGroups(b *testing.B) { benchFindAll(b, `<(.*?)@(.*?)>`, 0) }

func BenchmarkCompile(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, _, err := Compile([]rune(`(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)|\d{1,3}(?:,\d{3})*`), true, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenizer(b *testing.B) {
	text := []rune(strings.Repeat("let x = 42 + foo(bar, 3.14) * baz; # comment\n", 300))
	prog, _, err := Compile([]rune(`(?P<NUM>\d+(?:\.\d+)?)|(?P<ID>[A-Za-z_]\w*)|(?P<OP>[+\-*/=();,])|(?P<WS>\s+)|(?P<COM>#[^\n]*)`), true, 0)
	if err != nil {
		b.Fatal(err)
	}
	m := NewMachine(prog)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		if all, _ := findAll(m, text, nil); len(all) != 7500 {
			b.Fatal(len(all))
		}
	}
}
