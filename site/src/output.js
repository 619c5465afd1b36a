// The output pane of one example: stdout and stderr told apart, tracebacks
// whose `File "<this example>", line N` lines link to the editor, and the
// position of a SyntaxError found for the editor to mark.
export class Output {
  constructor(pre, filename, gotoLine) {
    this.pre = pre;
    this.filename = filename;
    this.gotoLine = gotoLine; // (line, col) => void
    this.stderr = "";
    this.pending = [];
    this.frame = 0;
  }

  clear() {
    this.pre.replaceChildren();
    this.stderr = "";
    this.pending = [];
    this.pre.dataset.state = "";
  }

  // append queues text and renders at most once per animation frame, so a
  // flood of output does not stall the page.
  append(stream, text) {
    if (stream === "stderr") this.stderr += text;
    this.pending.push([stream, text]);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  flush() {
    this.frame = 0;
    const frag = document.createDocumentFragment();
    for (const [stream, text] of this.pending) {
      const last = frag.lastChild || this.pre.lastChild;
      if (last && last.dataset && last.dataset.stream === stream && !last.dataset.linked) {
        last.append(text);
        continue;
      }
      const span = document.createElement("span");
      span.className = stream;
      span.dataset.stream = stream;
      span.textContent = text;
      frag.append(span);
    }
    this.pending = [];
    this.pre.append(frag);
    this.pre.scrollTop = this.pre.scrollHeight;
  }

  // note writes a line of our own (not the program's) in the pane.
  note(text, kind = "info") {
    this.flush();
    const span = document.createElement("span");
    span.className = "note " + kind;
    span.textContent = text;
    this.pre.append(span);
  }

  // finish links the traceback and returns the SyntaxError position
  // {line, col, len} (col from 0) if the run ended with one.
  finish() {
    this.flush();
    this.linkTraceback();
    return syntaxErrorAt(this.stderr, this.filename);
  }

  linkTraceback() {
    const re = new RegExp(`(File "${escapeRe(this.filename)}", line )(\\d+)`, "g");
    for (const span of this.pre.querySelectorAll("span.stderr")) {
      const text = span.textContent;
      if (!re.test(text)) continue;
      re.lastIndex = 0;
      const parts = [];
      let at = 0;
      for (const m of text.matchAll(re)) {
        parts.push(text.slice(at, m.index + m[1].length));
        const a = document.createElement("a");
        a.href = "#";
        a.className = "tb-line";
        a.textContent = m[2];
        a.dataset.line = m[2];
        a.onclick = (e) => {
          e.preventDefault();
          this.gotoLine(+m[2], null);
        };
        parts.push(a);
        at = m.index + m[0].length;
      }
      parts.push(text.slice(at));
      span.replaceChildren(...parts);
      span.dataset.linked = "1";
    }
  }
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// syntaxErrorAt reads CPython's SyntaxError report:
//     File "name", line N
//       <the line, stripped>
//           ^^^
//   SyntaxError: message
// and returns {line: N, col, len, message}; col is relative to the line as
// CPython printed it (without its indentation), and indent tells how much
// was stripped, which the editor adds back.
export function syntaxErrorAt(stderr, filename) {
  const lines = stderr.replace(/\n+$/, "").split("\n");
  const last = lines[lines.length - 1] || "";
  const m = /^(SyntaxError|IndentationError|TabError)(: .*)?$/.exec(last);
  if (!m) return null;
  for (let i = lines.length - 2; i >= 0; i--) {
    const f = /^\s*File "(.*)", line (\d+)/.exec(lines[i]);
    if (!f) continue;
    if (f[1] !== filename) return null;
    const res = { line: +f[2], col: null, len: 0, message: last };
    const code = lines[i + 1];
    const caret = lines[i + 2];
    if (code !== undefined && caret !== undefined && /^\s*\^+\s*$/.test(caret)) {
      const start = code.search(/\S/);
      res.col = caret.indexOf("^") - start;
      res.len = caret.trim().length;
    }
    return res;
  }
  return null;
}
