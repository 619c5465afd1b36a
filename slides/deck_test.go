package slides

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asynchrony/asynchrony/site/deck"
)

// talkDir holds the golden programs made from the talk's examples.
const talkDir = "../testdata/asyncio/talk"

func TestTalkDeck(t *testing.T) {
	src, err := os.ReadFile("python-and-asynchrony.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := deck.Parse("python-and-asynchrony", src)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Python and Asynchrony" {
		t.Errorf("title %q", d.Title)
	}
	// The seed has 55 slides; the deck adds the complete versions of fragments.
	if len(d.Slides) < 55 {
		t.Errorf("%d slides, want at least the seed's 55", len(d.Slides))
	}
	runnable := map[string]bool{}
	for _, s := range d.Slides {
		if strings.TrimSpace(string(s.Notes)) == "" {
			t.Errorf("slide %d (%s): no speaker notes", s.N, s.Title)
		}
		if s.Title == "" {
			t.Errorf("slide %d: no heading", s.N)
		}
		for _, ex := range s.Examples {
			if ex.Lang == "python" && ex.ID == "" {
				t.Errorf("slide %d: python example without id=", s.N)
			}
			if !ex.Runnable {
				continue
			}
			runnable[ex.ID] = true
			path := filepath.Join(talkDir, ex.ID+".py")
			got, err := os.ReadFile(path)
			if err != nil {
				t.Errorf("slide %d: %v", s.N, err)
				continue
			}
			if string(got) != ex.Code+"\n" {
				t.Errorf("slide %d: %s differs from the deck (run testdata/asyncio/talk/check.sh --write)", s.N, path)
			}
			if _, err := os.Stat(filepath.Join(talkDir, ex.ID+".out")); err != nil {
				t.Errorf("slide %d: no expected output (run scripts/golden.sh %s): %v", s.N, path, err)
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(talkDir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if id := strings.TrimSuffix(filepath.Base(f), ".py"); !runnable[id] {
			t.Errorf("%s: no runnable example with id=%s in the deck", f, id)
		}
	}
	if len(runnable) == 0 {
		t.Error("no runnable examples found")
	}
}
