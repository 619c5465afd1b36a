package pictures

import (
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/site/deck"
)

func TestDraw(t *testing.T) {
	defer func(n int64) { maxSteps = n }(maxSteps)
	maxSteps = 2_000_000 // enough for every program here but the endless one
	tests := []struct {
		name string
		ex   deck.Example
		svg  []string // in the picture; nil: no picture
		note string
	}{
		{"tasks", deck.Example{ID: "a", Code: `import asyncio
async def nap(n):
    await asyncio.sleep(n)
async def main():
    await asyncio.gather(nap(1), nap(2))
asyncio.run(main())`}, []string{`class="tl"`, ">Task-2<", ">Task-3<", `class="tl-seg tl-waiting"`, `>time<`}, ""},
		{"no time passes: steps", deck.Example{ID: "b", Code: `import asyncio
loop = asyncio.new_event_loop()
loop.call_soon(print, 1)
loop.call_soon(loop.stop)
loop.run_forever()`}, []string{`>step<`}, ""},
		{"real clock", deck.Example{ID: "c", Clock: "real", Code: `import asyncio
asyncio.run(asyncio.sleep(3))`}, []string{`>3 s<`}, noteRealTime},
		{"input", deck.Example{ID: "d", Code: `name = input()`}, []string{`class="tl"`}, "The run ends with EOFError: EOF when reading a line. " + noteNoInput},
		{"exit status", deck.Example{ID: "e", Code: `import sys
sys.exit(3)`}, []string{`class="tl"`}, "The run exits with status 3."},
		{"endless", deck.Example{ID: "f", Code: `while True:
    pass`}, nil, noteTooLong},
		{"compare", deck.Example{ID: "g", Compare: []string{"one", "two"}, Code: `import asyncio, sys
async def main():
    for _ in range(len(sys.argv[1])):
        await asyncio.sleep(1)
    if sys.argv[1] == "two":
        raise ValueError("two")
asyncio.run(main())`}, []string{`tl tl-compare`, "one takes 3 s; two takes 3 s", ">one — 3 s<", ">two — 3 s<"}, "The two run ends with ValueError: two."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.ex.Clock == "" {
				tt.ex.Clock = "virtual"
			}
			tt.ex.Runnable = true
			p := Draw(&tt.ex)
			if p.Note != tt.note {
				t.Errorf("note %q, want %q", p.Note, tt.note)
			}
			if tt.svg == nil {
				if p.SVG != "" {
					t.Errorf("a picture: %.100s", p.SVG)
				}
				return
			}
			for _, want := range tt.svg {
				if !strings.Contains(p.SVG, want) {
					t.Errorf("picture lacks %q: %.400s", want, p.SVG)
				}
			}
			// A figure for the page: the CSP forbids inline styles, and the
			// page defines the hatch pattern once.
			for _, bad := range []string{"style", " id=", "data-"} {
				if strings.Contains(p.SVG, bad) {
					t.Errorf("picture has %q", bad)
				}
			}
			if !strings.Contains(p.SVG, `width="600"`) {
				t.Errorf("picture is not %d px wide: %.200s", Width, p.SVG)
			}
		})
	}
}

// TestDrawIsDeterministic: a seeded thread race draws the same picture
// every build, and the seed is the page's (another seed interleaves the
// threads otherwise).
func TestDrawIsDeterministic(t *testing.T) {
	code := `import sys, threading
sys.setswitchinterval(1e-5)
n = 0
def check():
    pass
def work():
    global n
    for _ in range(2000):
        v = n
        check()
        n = v + 1
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(n)`
	a := Draw(&deck.Example{ID: "r", Code: code, Seed: "7", Runnable: true})
	b := Draw(&deck.Example{ID: "r", Code: code, Seed: "7", Runnable: true})
	c := Draw(&deck.Example{ID: "r", Code: code, Seed: "8", Runnable: true})
	if a.SVG == "" || a.SVG != b.SVG {
		t.Error("two builds draw the seeded race differently")
	}
	if a.SVG == c.SVG {
		t.Error("seeds 7 and 8 draw the same picture: is the seed passed on?")
	}
}

func TestDrawAll(t *testing.T) {
	exs := []*deck.Example{
		{ID: "x", Runnable: true, Clock: "virtual", Code: "import asyncio\nasyncio.run(asyncio.sleep(1))"},
		{ID: "y", Runnable: false, Code: "import asyncio"},
		{ID: "z", Runnable: true, Clock: "real", Code: "import asyncio\nasyncio.run(asyncio.sleep(2))"},
	}
	pics := DrawAll(exs, 2)
	if len(pics) != 3 || !strings.Contains(pics[0].SVG, ">1 s<") || pics[1].SVG != "" || !strings.Contains(pics[2].SVG, ">2 s<") || pics[2].Note != noteRealTime {
		t.Errorf("DrawAll: %+v", pics)
	}
}

func TestHTML(t *testing.T) {
	h := string(Picture{SVG: `<svg class="tl"></svg>`, Note: `a <b> & "c"`}.HTML())
	want := `<figure class="ex-print" data-built aria-hidden="true"><svg class="tl"></svg><figcaption class="ex-print-note">a &lt;b&gt; &amp; &#34;c&#34;</figcaption></figure>` + "\n"
	if h != want {
		t.Errorf("HTML:\n%s\nwant\n%s", h, want)
	}
	if h := string(Picture{SVG: "<svg></svg>"}.HTML()); strings.Contains(h, "figcaption") {
		t.Errorf("a caption without a note: %s", h)
	}
}

func TestLastLine(t *testing.T) {
	for _, tt := range []struct {
		writes []string
		want   string
	}{
		{nil, ""},
		{[]string{"Traceback\n  File x\nValueError: ", "bad\n"}, "ValueError: bad"},
		{[]string{"a\n\n  \n"}, "a"},
		{[]string{"a\nno newline"}, "no newline"},
		{[]string{strings.Repeat("x", 500) + "\n"}, strings.Repeat("x", maxLine)},
	} {
		var l lastLine
		for _, w := range tt.writes {
			l.Write([]byte(w))
		}
		if got := l.last(); got != tt.want {
			t.Errorf("%q: last line %q, want %q", tt.writes, got, tt.want)
		}
	}
}
