package deck

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"strconv"
	"strings"

	"github.com/asynchrony/asynchrony/site/highlight"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// codeRenderer replaces goldmark's fenced-code renderer (it registers with a
// priority below the built-in one's 1000, so it wins) and escapes raw HTML
// instead of dropping it. It collects the slide's examples as it goes.
type codeRenderer struct {
	slide  *Slide
	line   int                          // the deck line where this slide's Markdown starts
	ids    map[string]int               // example id -> slide, across the deck
	notes  bool                         // rendering speaker notes: nothing is runnable
	figure func(*Example) template.HTML // Options.Figure
	err    error                        // the first bad info string
}

func (r *codeRenderer) options() []renderer.Option {
	return []renderer.Option{renderer.WithNodeRenderers(util.Prioritized(r, 100))}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, r.fenced)
	reg.Register(ast.KindHTMLBlock, r.htmlBlock)
	reg.Register(ast.KindRawHTML, r.rawHTML)
}

func (r *codeRenderer) htmlBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	b := n.(*ast.HTMLBlock)
	var sb strings.Builder
	for i := 0; i < b.Lines().Len(); i++ {
		seg := b.Lines().At(i)
		sb.Write(seg.Value(src))
	}
	if b.HasClosure() {
		sb.Write(b.ClosureLine.Value(src))
	}
	w.WriteString("<p>" + html.EscapeString(strings.TrimRight(sb.String(), "\n")) + "</p>\n")
	return ast.WalkSkipChildren, nil
}

func (r *codeRenderer) rawHTML(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	raw := n.(*ast.RawHTML)
	for i := 0; i < raw.Segments.Len(); i++ {
		seg := raw.Segments.At(i)
		w.WriteString(html.EscapeString(string(seg.Value(src))))
	}
	return ast.WalkSkipChildren, nil
}

// LineError is an error at a line of the deck file.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *LineError) Unwrap() error { return e.Err }

// at places err on the line of the info string in the deck file.
func (r *codeRenderer) at(src []byte, info *ast.Text, err error) error {
	if info == nil || r.line == 0 {
		return err
	}
	return &LineError{Line: r.line + bytes.Count(src[:info.Segment.Start], []byte("\n")), Err: err}
}

// parseInfo reads an info string: the language, then space-separated
// options (norun, autorun, id=NAME, clock=real|virtual, seed=N,
// compare=a,b,...).
func (r *codeRenderer) parseInfo(info string) (*Example, error) {
	f := strings.Fields(info)
	ex := &Example{Clock: "virtual"}
	if len(f) == 0 {
		return ex, nil
	}
	ex.Lang = strings.ToLower(f[0])
	ex.Runnable = ex.Lang == "python" && !r.notes
	for _, o := range f[1:] {
		k, v, hasV := strings.Cut(o, "=")
		switch {
		case k == "norun" && !hasV:
			ex.Runnable = false
		case k == "autorun" && !hasV:
			ex.Autorun = true
		case k == "id" && hasV:
			if !idPattern.MatchString(v) {
				return nil, fmt.Errorf("example id %q: use letters, digits, _ and -", v)
			}
			ex.ID = v
		case k == "clock" && (v == "real" || v == "virtual"):
			ex.Clock = v
		case k == "seed" && hasV:
			if n, err := strconv.ParseUint(v, 10, 32); err != nil || strconv.FormatUint(n, 10) != v {
				return nil, fmt.Errorf("seed=%q: use a whole number from 0 to 4294967295", v)
			}
			ex.Seed = v
		case k == "compare" && hasV:
			for _, name := range strings.Split(v, ",") {
				if !idPattern.MatchString(name) {
					return nil, fmt.Errorf("compare=%q: name the runs with letters, digits, _ and -, separated by commas", v)
				}
				ex.Compare = append(ex.Compare, name)
			}
			if len(ex.Compare) < 2 {
				return nil, fmt.Errorf("compare=%q: name at least two runs", v)
			}
		default:
			return nil, fmt.Errorf("unknown code block option %q in %q (known: norun, autorun, id=NAME, clock=real|virtual, seed=N, compare=a,b,...)", o, info)
		}
	}
	return ex, nil
}

func (r *codeRenderer) fenced(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.FencedCodeBlock)
	info := ""
	if n.Info != nil {
		info = string(n.Info.Segment.Value(src))
	}
	ex, err := r.parseInfo(info)
	if err != nil {
		if r.err == nil {
			r.err = r.at(src, n.Info, err)
		}
		return ast.WalkSkipChildren, nil
	}
	var code strings.Builder
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		code.Write(seg.Value(src))
	}
	ex.Code = strings.TrimSuffix(code.String(), "\n")
	ex.Hash = hash(ex.Code)
	body := highlight.HTML(ex.Lang, ex.Code)
	langClass := ""
	if ex.Lang != "" {
		langClass = " lang-" + html.EscapeString(ex.Lang)
	}
	if !ex.Runnable {
		fmt.Fprintf(w, "<pre class=\"code%s\"><code>%s</code></pre>\n", langClass, body)
		return ast.WalkSkipChildren, nil
	}
	r.slide.Examples = append(r.slide.Examples, ex)
	if ex.ID == "" {
		ex.ID = fmt.Sprintf("s%d-%d", r.slide.N, len(r.slide.Examples))
	}
	if prev, dup := r.ids[ex.ID]; dup {
		if r.err == nil {
			r.err = r.at(src, n.Info, fmt.Errorf("example id %q is already used on slide %d", ex.ID, prev))
		}
		return ast.WalkSkipChildren, nil
	}
	r.ids[ex.ID] = r.slide.N
	autorun := ""
	if ex.Autorun {
		autorun = " data-autorun"
	}
	if ex.Seed != "" {
		autorun += " data-seed=\"" + ex.Seed + "\""
	}
	if ex.Compare != nil {
		autorun += " data-compare=\"" + strings.Join(ex.Compare, ",") + "\""
	}
	var figure template.HTML
	if r.figure != nil {
		figure = r.figure(ex)
	}
	fmt.Fprintf(w, "<div class=\"example\" data-id=\"%s\" data-clock=\"%s\" data-hash=\"%s\"%s>\n<pre class=\"code%s\"><code>%s</code></pre>\n%s</div>\n",
		ex.ID, ex.Clock, ex.Hash, autorun, langClass, body, figure)
	return ast.WalkSkipChildren, nil
}
