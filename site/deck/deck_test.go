package deck

import (
	"html/template"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		bodies []string
		notes  []string
	}{
		{"one", "# T\n", []string{"# T\n"}, []string{""}},
		{"two", "# T\n\n---\n\nb\n", []string{"# T\n", "b\n"}, []string{"", ""}},
		{"no blank before: setext heading, not a separator", "a\n---\nb\n", []string{"a\n---\nb\n"}, []string{""}},
		{"inside a fence", "# T\n\n```python\n\n---\n```\n", []string{"# T\n\n```python\n\n---\n```\n"}, []string{""}},
		{"notes", "a\n???\nsay this\n\n---\n\nb", []string{"a\n", "b\n"}, []string{"say this", ""}},
		{"??? in a fence", "```\n???\n```", []string{"```\n???\n```\n"}, []string{""}},
		{"empty slides dropped", "---\n\n---\n\na\n\n---\n", []string{"a\n"}, []string{""}},
		{"crlf", "a\r\n\r\n---\r\n\r\nb", []string{"a\n", "b\n"}, []string{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := split(tt.src)
			if len(ps) != len(tt.bodies) {
				t.Fatalf("got %d slides %+v, want %d", len(ps), ps, len(tt.bodies))
			}
			for i, p := range ps {
				if p.body != tt.bodies[i] || p.notes != tt.notes[i] {
					t.Errorf("slide %d = %q / %q, want %q / %q", i+1, p.body, p.notes, tt.bodies[i], tt.notes[i])
				}
			}
		})
	}
}

func TestParse(t *testing.T) {
	src := "# Python and *Asynchrony* <i>x</i>\n\nintro <b>raw</b>\n\n<div>block</div>\n\n---\n\n## Code\n\n" +
		"```python id=hello autorun clock=real\nprint('hi')\n```\n\n```python\nx = 1\n```\n\n" +
		"```python norun\ny\n```\n\n```javascript\nf(function () {})\n```\n???\nNotes with `code`\n```python\nnot an example\n```\n"
	d, err := Parse("talk", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Python and Asynchrony <i>x</i>" || len(d.Slides) != 2 {
		t.Fatalf("title %q, %d slides", d.Title, len(d.Slides))
	}
	s1 := string(d.Slides[0].HTML)
	for _, want := range []string{"&lt;b&gt;raw&lt;/b&gt;", "&lt;div&gt;block&lt;/div&gt;"} {
		if !strings.Contains(s1, want) {
			t.Errorf("slide 1 lacks escaped %q: %s", want, s1)
		}
	}
	if strings.Contains(s1, "<b>") || strings.Contains(s1, "<div>") {
		t.Errorf("raw HTML passed through: %s", s1)
	}
	s2 := d.Slides[1]
	if s2.Title != "Code" {
		t.Errorf("slide 2 title %q", s2.Title)
	}
	if len(s2.Examples) != 2 {
		t.Fatalf("slide 2 examples: %+v", s2.Examples)
	}
	e := s2.Examples[0]
	if e.ID != "hello" || !e.Autorun || e.Clock != "real" || e.Code != "print('hi')" || !e.Runnable {
		t.Errorf("first example %+v", e)
	}
	if e := s2.Examples[1]; e.ID != "s2-2" || e.Clock != "virtual" || e.Autorun {
		t.Errorf("second example %+v", e)
	}
	h := string(s2.HTML)
	for _, want := range []string{`data-id="hello"`, `data-autorun`, `data-clock="real"`, `class="code lang-javascript"`, `<span class="tok-kw">function</span>`} {
		if !strings.Contains(h, want) {
			t.Errorf("slide 2 lacks %q: %s", want, h)
		}
	}
	if strings.Count(h, `class="example"`) != 2 {
		t.Errorf("norun or javascript became runnable: %s", h)
	}
	d, err = Parse("talk", []byte("# T\n\n```python id=race seed=42\nx\n```\n\n```python id=three compare=sync,threads,async\ny\n```\n"))
	if err != nil {
		t.Fatal(err)
	}
	ex := d.Slides[0].Examples
	if ex[0].Seed != "42" || ex[1].Seed != "" || strings.Join(ex[1].Compare, " ") != "sync threads async" {
		t.Errorf("seed/compare: %+v %+v", ex[0], ex[1])
	}
	h = string(d.Slides[0].HTML)
	if !strings.Contains(h, `data-seed="42"`) || !strings.Contains(h, `data-compare="sync,threads,async"`) {
		t.Errorf("seed/compare attributes missing: %s", h)
	}
	if !strings.Contains(string(s2.Notes), "<code>code</code>") || strings.Contains(string(s2.Notes), "example") && strings.Contains(string(s2.Notes), `class="example"`) {
		t.Errorf("notes: %s", s2.Notes)
	}
	if strings.Contains(h, "Notes with") {
		t.Errorf("notes leaked into the slide")
	}
}

// TestFigure: Options.Figure's HTML ends each runnable example's element,
// after its code; code that is not an example gets none.
func TestFigure(t *testing.T) {
	src := "# T\n\n```python id=a seed=3\nx\n```\n\n```python norun\ny\n```\n\n```python id=b\nz\n```\n"
	var seen []string
	d, err := ParseWith("d", []byte(src), Options{Figure: func(ex *Example) template.HTML {
		seen = append(seen, ex.ID+":"+ex.Seed+":"+ex.Code)
		return template.HTML(`<figure class="f">` + ex.ID + `</figure>`)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(seen, " "); got != "a:3:x b::z" {
		t.Errorf("Figure saw %q", got)
	}
	h := string(d.Slides[0].HTML)
	for _, id := range []string{"a", "b"} {
		want := "</code></pre>\n<figure class=\"f\">" + id + "</figure></div>"
		if i := strings.Index(h, `data-id="`+id+`"`); i < 0 || !strings.Contains(h[i:], want) {
			t.Errorf("example %s does not end with its figure: %s", id, h)
		}
	}
	if n := strings.Count(h, "<figure"); n != 2 {
		t.Errorf("%d figures, want 2: %s", n, h)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", "no slides"},
		{"no title", "no `# title`"},
		{"# T\n\n---\n\n```python bogus\n```\n", "d.md:5: slide 2: unknown code block option \"bogus\""},
		{"# T\n\ntext\n\n```python clock=fast\n```\n", "d.md:5: slide 1: unknown code block option"},
		{"# T\n\n```python clock=fast\n```\n", "unknown code block option \"clock=fast\""},
		{"# T\n\n```python seed=-1\n```\n", "seed=\"-1\": use a whole number"},
		{"# T\n\n```python seed=07\n```\n", "seed=\"07\": use a whole number"},
		{"# T\n\n```python compare=sync\n```\n", "compare=\"sync\": name at least two runs"},
		{"# T\n\n```python compare=a,,b\n```\n", "compare=\"a,,b\": name the runs"},
		{"# T\n\n```python id=a\n```\n\n---\n\n```python id=a\n```\n", `d.md:8: slide 2: example id "a" is already used on slide 1`},
		{"# T\n\n```python id=a/b\n```\n", `example id "a/b"`},
	}
	for _, tt := range tests {
		_, err := Parse("d", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want it to contain %q", tt.src, err, tt.want)
		}
	}
}
