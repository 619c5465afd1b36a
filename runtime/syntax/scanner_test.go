package syntax

import (
	"strings"
	"testing"
)

// tokString renders tokens compactly: kinds, with literal text in
// parentheses for names, numbers and strings.
func tokString(src []byte, toks []token) string {
	var parts []string
	for _, t := range toks {
		s := t.kind.String()
		switch t.kind {
		case NAME, INT, FLOAT, STRING:
			s += "(" + string(src[t.off:t.eoff]) + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestScan(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = 1\n", "NAME(x) = INT(1) NEWLINE EOF"},
		{"x = 1", "NAME(x) = INT(1) NEWLINE EOF"},
		{"", "EOF"},
		{"\n\n# only a comment\n", "EOF"},
		{"if x:\n    y\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT EOF"},
		{"if a:\n  if b:\n    c\nd\n", "if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT NAME(d) NEWLINE EOF"},
		{"if a:\n\tb\n\tc\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT EOF"},
		{"if a:\n    b\n\n    # c\n    d\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(d) NEWLINE DEDENT EOF"},
		{"f(a,\n  b)\n", "NAME(f) ( NAME(a) , NAME(b) ) NEWLINE EOF"},
		{"x = [\n1,\n]\n", "NAME(x) = [ INT(1) , ] NEWLINE EOF"},
		{"x = 1 + \\\n  2\n", "NAME(x) = INT(1) + INT(2) NEWLINE EOF"},
		{"a # comment\n", "NAME(a) NEWLINE EOF"},
		{"0x_ff 0o17 0b1_0 1_000 0 00 1.5 .5 1e10 1_000.5 1.e-3 5.", "INT(0x_ff) INT(0o17) INT(0b1_0) INT(1_000) INT(0) INT(00) FLOAT(1.5) FLOAT(.5) FLOAT(1e10) FLOAT(1_000.5) FLOAT(1.e-3) FLOAT(5.) NEWLINE EOF"},
		{"1if x else 2", "INT(1) if NAME(x) else INT(2) NEWLINE EOF"},
		{`'a' "b" '''c''' """d""" r'\n' b'x' Rb"y" f'{x}' rf"{y}" u'z'`, `STRING('a') STRING("b") STRING('''c''') STRING("""d""") STRING(r'\n') STRING(b'x') STRING(Rb"y") STRING(f'{x}') STRING(rf"{y}") STRING(u'z') NEWLINE EOF`},
		{"'''a\nb''' x", "STRING('''a\nb''') NAME(x) NEWLINE EOF"},
		{`'it\'s' "q\"q"`, `STRING('it\'s') STRING("q\"q") NEWLINE EOF`},
		{"a+=b-=c*=d/=e//=f%=g@=h&=i|=j^=k>>=l<<=m**=n", "NAME(a) += NAME(b) -= NAME(c) *= NAME(d) /= NAME(e) //= NAME(f) %= NAME(g) @= NAME(h) &= NAME(i) |= NAME(j) ^= NAME(k) >>= NAME(l) <<= NAME(m) **= NAME(n) NEWLINE EOF"},
		{"a<b>c<=d>=e==f!=g", "NAME(a) < NAME(b) > NAME(c) <= NAME(d) >= NAME(e) == NAME(f) != NAME(g) NEWLINE EOF"},
		{"-> := ... . ~ ** // << >> @", "-> := ... . ~ ** // << >> @ NEWLINE EOF"},
		{"async def f(): await x", "async def NAME(f) ( ) : await NAME(x) NEWLINE EOF"},
		{"match case _ None True False", "NAME(match) NAME(case) NAME(_) None True False NEWLINE EOF"},
		{"café = 1", "NAME(café) = INT(1) NEWLINE EOF"},
		{"x\r\ny\r\n", "NAME(x) NEWLINE NAME(y) NEWLINE EOF"},
		{"\ufeffx", "NAME(x) NEWLINE EOF"},
	}
	for _, c := range cases {
		src := normalizeNewlines([]byte(c.src))
		toks, err := scanAll("<test>", src)
		if err != nil {
			t.Errorf("scan(%q): %v", c.src, err)
			continue
		}
		if got := tokString(src, toks); got != c.want {
			t.Errorf("scan(%q):\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestScanPositions(t *testing.T) {
	toks, err := scanAll("<test>", []byte("é = 'ü'\nif x:\n    y\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		kind     Token
		pos, end Pos
	}{
		{NAME, Pos{1, 0}, Pos{1, 2}}, // é is two UTF-8 bytes
		{ASSIGN, Pos{1, 3}, Pos{1, 4}},
		{STRING, Pos{1, 5}, Pos{1, 9}},
		{NEWLINE, Pos{1, 9}, Pos{1, 10}},
		{IF, Pos{2, 0}, Pos{2, 2}},
		{NAME, Pos{2, 3}, Pos{2, 4}},
		{COLON, Pos{2, 4}, Pos{2, 5}},
		{NEWLINE, Pos{2, 5}, Pos{2, 6}},
		{INDENT, Pos{3, 0}, Pos{3, 4}},
		{NAME, Pos{3, 4}, Pos{3, 5}},
	}
	for i, w := range want {
		g := toks[i]
		if g.kind != w.kind || g.pos != w.pos || g.end != w.end {
			t.Errorf("token %d: got %v %v-%v, want %v %v-%v", i, g.kind, g.pos, g.end, w.kind, w.pos, w.end)
		}
	}
}

func TestDecodeEscapes(t *testing.T) {
	cases := []struct {
		body    string
		bytes   bool
		want    string
		wantErr bool
	}{
		{`a\nb\tc\\d\'e\"f`, false, "a\nb\tc\\d'e\"f", false},
		{`\x41\u00e9\U0001F600\101\0`, false, "Aé😀A\x00", false},
		{`\x41\xff\101\u00e9`, true, "A\xffA\\u00e9", false},
		{`\q\N{GREEK SMALL LETTER ALPHA}`, false, `\qα`, false},
		{"a\\\nb", false, "ab", false},
		{`\x4`, false, "", true},
		{`\N{NO SUCH NAME}`, false, "", true},
		{`\777`, false, "\u01ff", false},
	}
	for _, c := range cases {
		got, msg := decodeEscapes(nil, []byte(c.body), c.bytes)
		if (msg != "") != c.wantErr {
			t.Errorf("decode(%q): error %q, want error %v", c.body, msg, c.wantErr)
			continue
		}
		if !c.wantErr && string(got) != c.want {
			t.Errorf("decode(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}
