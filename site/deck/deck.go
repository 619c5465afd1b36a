// Package deck reads a slide deck written in Markdown (the convention is
// documented in slides/README.md) and renders each slide to static HTML
// with goldmark: slides split on `---`, speaker notes after `???`, fenced
// code highlighted at build time and ```python blocks turned into runnable
// examples with their options. Raw HTML in a deck is escaped, never passed
// through.
package deck

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"html/template"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Deck is one rendered .md file.
type Deck struct {
	Slug   string // file name without .md; the storage namespace of its snippets
	Title  string // the first `# heading` of the first slide
	Slides []*Slide
}

// Slide is one rendered slide; N counts from 1.
type Slide struct {
	N        int
	Title    string        // its first heading's text, for the overview
	HTML     template.HTML // the slide body
	Notes    template.HTML // speaker notes, empty if none
	Examples []*Example
}

// Example is one fenced code block of a slide.
type Example struct {
	ID       string // stable storage key: id=NAME, or s<slide>-<n>
	Lang     string
	Code     string // the code as written, without the final newline
	Runnable bool   // python without norun
	Autorun  bool
	Clock    string // "virtual" or "real"
	// Seed, when set (seed=N), varies how threads interleave: the same
	// seed gives the same interleaving on every run.
	Seed string
	// Compare (compare=a,b,c) runs the code once per name, each with the
	// name as sys.argv[1], and draws the runs on one time axis.
	Compare []string
	Hash    string // of Code, to notice when the original changes under an edit
}

var idPattern = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// Options change how Parse renders a deck.
type Options struct {
	// Figure, when set, gives the HTML put at the end of each runnable
	// example's element, after its code: the site build's print pictures
	// (site/pictures).
	Figure func(*Example) template.HTML
}

// Parse reads a deck's Markdown source. Errors name the slide and line.
func Parse(slug string, src []byte) (*Deck, error) {
	return ParseWith(slug, src, Options{})
}

// ParseWith is Parse with options.
func ParseWith(slug string, src []byte, opt Options) (*Deck, error) {
	parts := split(string(src))
	d := &Deck{Slug: slug}
	ids := map[string]int{}
	for i, p := range parts {
		s, err := renderSlide(i+1, p, ids, opt.Figure)
		if err != nil {
			line := p.line
			var le *LineError
			if errors.As(err, &le) {
				line, err = le.Line, le.Err
			}
			return nil, fmt.Errorf("%s.md:%d: slide %d: %w", slug, line, i+1, err)
		}
		d.Slides = append(d.Slides, s)
	}
	if len(d.Slides) == 0 {
		return nil, fmt.Errorf("%s.md: the deck has no slides", slug)
	}
	d.Title = firstHeading(parts[0].body, 1)
	if d.Title == "" {
		return nil, fmt.Errorf("%s.md: the first slide has no `# title` heading", slug)
	}
	return d, nil
}

// part is one slide's Markdown, before rendering.
type part struct {
	body, notes string
	line        int // where the slide starts in the file, from 1
}

// split cuts a deck into slides at lines that are exactly `---` after a
// blank line, and each slide at a line that is exactly `???` into body and
// notes; lines inside fenced code never count. Empty slides are dropped.
func split(src string) []part {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	lines := strings.Split(src, "\n")
	var parts []part
	var body, notes []string
	inNotes := false
	fence := ""
	start := 1
	flush := func(next int) {
		for len(body) > 0 && strings.TrimSpace(body[0]) == "" {
			body, start = body[1:], start+1
		}
		b := strings.TrimSpace(strings.Join(body, "\n"))
		if b != "" || strings.TrimSpace(strings.Join(notes, "\n")) != "" {
			parts = append(parts, part{body: b + "\n", notes: strings.TrimSpace(strings.Join(notes, "\n")), line: start})
		}
		body, notes, inNotes, start = nil, nil, false, next
	}
	for i, l := range lines {
		if fence != "" {
			if t := strings.TrimSpace(l); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
			}
		} else if f := fenceOpen(l); f != "" {
			fence = f
		} else if l == "---" && (i == 0 || strings.TrimSpace(lines[i-1]) == "") {
			flush(i + 2)
			continue
		} else if l == "???" && !inNotes {
			inNotes = true
			continue
		}
		if inNotes {
			notes = append(notes, l)
		} else {
			body = append(body, l)
		}
	}
	flush(len(lines))
	return parts
}

// fenceOpen returns the fence (``` or ~~~, as long as written) a line
// opens, or "".
func fenceOpen(l string) string {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) > 3 {
		return ""
	}
	for _, c := range []string{"`", "~"} {
		n := 0
		for n < len(t) && t[n] == c[0] {
			n++
		}
		if n >= 3 {
			return t[:n]
		}
	}
	return ""
}

func newMarkdown(r *codeRenderer) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithRendererOptions(r.options()...),
	)
}

func renderSlide(n int, p part, ids map[string]int, figure func(*Example) template.HTML) (*Slide, error) {
	s := &Slide{N: n, Title: firstHeading(p.body, 0)}
	r := &codeRenderer{slide: s, ids: ids, line: p.line, figure: figure}
	md := newMarkdown(r)
	var buf bytes.Buffer
	if err := md.Convert([]byte(p.body), &buf); err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, r.err
	}
	s.HTML = template.HTML(buf.String())
	if p.notes != "" {
		// Notes are prose: their code blocks are shown, never examples.
		nr := &codeRenderer{slide: &Slide{N: n}, ids: map[string]int{}, notes: true}
		buf.Reset()
		if err := newMarkdown(nr).Convert([]byte(p.notes), &buf); err != nil {
			return nil, err
		}
		s.Notes = template.HTML(buf.String())
	}
	return s, nil
}

// firstHeading returns the text of the first heading of the given level
// (0: any level) in Markdown src.
func firstHeading(src string, level int) string {
	b := []byte(src)
	doc := goldmark.New().Parser().Parse(text.NewReader(b))
	title := ""
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok || title != "" || level != 0 && h.Level != level {
			return ast.WalkContinue, nil
		}
		title = plainText(h, b)
		return ast.WalkStop, nil
	})
	return title
}

func plainText(n ast.Node, src []byte) string {
	var sb strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			sb.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(t.Value)
		case *ast.RawHTML:
			// Shown escaped on the slide, so part of the title as text.
			for i := 0; i < t.Segments.Len(); i++ {
				seg := t.Segments.At(i)
				sb.Write(seg.Value(src))
			}
		case *ast.CodeSpan:
			for k := t.FirstChild(); k != nil; k = k.NextSibling() {
				if tx, ok := k.(*ast.Text); ok {
					sb.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return sb.String()
}

// hash is a short, stable digest of an example's original code.
func hash(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())
}
