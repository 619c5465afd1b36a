package highlight

import (
	"html"
	"regexp"
	"testing"
)

var tags = regexp.MustCompile(`<[^>]*>`)

func TestHTML(t *testing.T) {
	tests := []struct {
		lang, code, want string
	}{
		{"python", "import asyncio", `<span class="tok-kw">import</span> asyncio`},
		{"python", "async def main():", `<span class="tok-kw">async</span> <span class="tok-kw">def</span> <span class="tok-def">main</span>():`},
		{"python", "x = 'a#b' # c", `x = <span class="tok-str">&#39;a#b&#39;</span> <span class="tok-com"># c</span>`},
		{"python", `print(f"{x}")`, `<span class="tok-bi">print</span>(<span class="tok-str">f&#34;{x}&#34;</span>)`},
		{"python", "1_000 + 2.5e-3", `<span class="tok-num">1_000</span> + <span class="tok-num">2.5e-3</span>`},
		{"python", "@dec\ndef f(): pass", "<span class=\"tok-deco\">@dec</span>\n<span class=\"tok-kw\">def</span> <span class=\"tok-def\">f</span>(): <span class=\"tok-kw\">pass</span>"},
		{"python", "a @ b", `a @ b`},
		{"python", `"""doc`, `<span class="tok-str">&#34;&#34;&#34;doc</span>`},
		{"python", "<script>", `&lt;script&gt;`},
		{"javascript", "function f(a) { return `x`; } // c", `<span class="tok-kw">function</span> <span class="tok-def">f</span>(a) { <span class="tok-kw">return</span> <span class="tok-str">` + "`x`" + `</span>; } <span class="tok-com">// c</span>`},
		{"js", "/* a */ 1", `<span class="tok-com">/* a */</span> <span class="tok-num">1</span>`},
		{"text", "a < b", `a &lt; b`},
	}
	for _, tt := range tests {
		got := HTML(tt.lang, tt.code)
		if got != tt.want {
			t.Errorf("HTML(%q, %q)\n got %s\nwant %s", tt.lang, tt.code, got, tt.want)
		}
		// Whatever the markup, the text must be the code, unchanged.
		if text := html.UnescapeString(tags.ReplaceAllString(got, "")); text != tt.code {
			t.Errorf("HTML(%q, %q) text = %q", tt.lang, tt.code, text)
		}
	}
}
