// CodeMirror 6 editors for the deck's examples, with our token classes so
// the editor looks like the build-time highlighting it replaces.
import "./adopted-styles.js";
import { EditorState, StateEffect, StateField, Annotation } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, Decoration, MatchDecorator, ViewPlugin } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { indentOnInput, bracketMatching, syntaxHighlighting, HighlightStyle, indentUnit, syntaxTree } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { tags } from "@lezer/highlight";

const style = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword, tags.bool, tags.null, tags.self], class: "tok-kw" },
  { tag: [tags.string, tags.special(tags.string), tags.docString], class: "tok-str" },
  { tag: tags.comment, class: "tok-com" },
  { tag: tags.number, class: "tok-num" },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], class: "tok-def" },
  { tag: tags.meta, class: "tok-deco" },
  { tag: tags.standard(tags.variableName), class: "tok-bi" },
]);

// The Python grammar sees print, len, ... as plain names; colour them as
// the build-time highlighter does (site/highlight), names only, never
// inside strings or comments.
const builtinMark = Decoration.mark({ class: "tok-bi" });
const builtinMatcher = new MatchDecorator({
  regexp: /\b(?:print|len|range|list|dict|set|tuple|str|int|float|bool|type|isinstance|super|object|enumerate|zip|map|filter|sorted|reversed|sum|min|max|abs|any|all|iter|next|open|repr|hash|id|input|round|divmod|getattr|setattr|hasattr|callable|Exception|BaseException|ValueError|TypeError|KeyError|IndexError|RuntimeError|StopIteration|TimeoutError|ZeroDivisionError)\b/g,
  decorate(add, from, to, match, view) {
    if (syntaxTree(view.state).resolveInner(from, 1).name === "VariableName") add(from, to, builtinMark);
  },
});
const builtins = ViewPlugin.fromClass(class {
  constructor(view) {
    this.decorations = builtinMatcher.createDeco(view);
  }
  update(u) {
    this.decorations = builtinMatcher.updateDeco(u, this.decorations);
  }
}, { decorations: (p) => p.decorations });

// remote marks changes that did not come from the reader's typing (a
// saved edit loaded, another tab's save, Reset), so they are not saved.
export const remote = Annotation.define();

// The error mark: a line class and a range at the SyntaxError's column.
const setError = StateEffect.define();
const errorField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setError)) continue;
      if (!e.value) return Decoration.none;
      const { line, col, len } = e.value;
      if (line < 1 || line > tr.state.doc.lines) return Decoration.none;
      const l = tr.state.doc.line(line);
      const marks = [Decoration.line({ class: "cm-error-line" }).range(l.from)];
      if (col !== null && col >= 0) {
        const from = Math.min(l.from + col, l.to);
        const to = Math.min(from + Math.max(len, 1), l.to);
        if (to > from) marks.push(Decoration.mark({ class: "cm-error-mark" }).range(from, to));
      }
      return Decoration.set(marks, true);
    }
    if (tr.docChanged) return Decoration.none;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// The visualiser's step: the line that just ran and the line that runs
// next, told apart by shape (a solid bar vs a dashed outline, and a word)
// as well as colour. Cleared by any edit.
const setStep = StateEffect.define();
const stepField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setStep)) continue;
      if (!e.value) return Decoration.none;
      const { ran, next } = e.value;
      const doc = tr.state.doc;
      const marks = [];
      for (const [n, cls] of [[ran, "cm-step-ran"], [next, "cm-step-next"]]) {
        if (n >= 1 && n <= doc.lines) marks.push(Decoration.line({ class: cls }).range(doc.line(n).from));
      }
      marks.sort((a, b) => a.from - b.from);
      return Decoration.set(marks, true);
    }
    if (tr.docChanged) return Decoration.none;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// markStep marks the line that just ran and the one that runs next (0:
// none), scrolling the first into view inside the editor; null clears.
export function markStep(view, step) {
  const effects = [setStep.of(step)];
  const n = step && (step.ran || step.next);
  if (n >= 1 && n <= view.state.doc.lines) {
    effects.push(EditorView.scrollIntoView(view.state.doc.line(n).from, { y: "nearest" }));
  }
  view.dispatch({ effects });
}

// Typing over a selection is done here rather than by the browser: Chrome's
// own contenteditable editing, deleting highlighted spans across lines,
// keeps their look with a style attribute, which the Content-Security-
// Policy refuses (a console error), before CodeMirror redraws anyway.
const typeOverSelection = EditorView.domEventHandlers({
  beforeinput(e, view) {
    if (e.inputType !== "insertText" || !e.data || view.composing || view.state.selection.ranges.every((r) => r.empty)) return false;
    e.preventDefault();
    view.dispatch({ ...view.state.replaceSelection(e.data), userEvent: "input.type", scrollIntoView: true });
    return true;
  },
});

// createEditor puts an editor in parent. onRun runs the example (Ctrl/Cmd
// +Enter); onEdit is called after each change the reader makes.
export function createEditor(parent, doc, { onRun, onEdit }) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        python(),
        syntaxHighlighting(style),
        builtins,
        errorField,
        stepField,
        typeOverSelection,
        keymap.of([
          { key: "Mod-Enter", run: () => (onRun(), true), preventDefault: true },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !u.transactions.some((t) => t.annotation(remote))) onEdit();
        }),
        EditorView.contentAttributes.of({ "aria-label": "Python code" }),
      ],
    }),
  });
}

// setDoc replaces the text without it counting as the reader's edit.
export function setDoc(view, text) {
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    annotations: remote.of(true),
    effects: setError.of(null),
  });
}

// markError marks {line, col, len} (col relative to the line's text after
// its indentation, as CPython prints it), or clears the mark when null.
export function markError(view, err) {
  if (err && err.col !== null && err.line >= 1 && err.line <= view.state.doc.lines) {
    const text = view.state.doc.line(err.line).text;
    err = { ...err, col: err.col + (text.length - text.trimStart().length) };
  }
  view.dispatch({ effects: setError.of(err) });
}

// gotoLine selects line n, scrolls to it and focuses the editor.
export function gotoLine(view, n) {
  if (n < 1 || n > view.state.doc.lines) return;
  const l = view.state.doc.line(n);
  view.dispatch({ selection: { anchor: l.from, head: l.to }, scrollIntoView: true });
  view.focus();
}
