// CodeMirror injects its base theme through style-mod, which writes a
// <style> element into a document; our Content-Security-Policy (style-src
// 'self', no 'unsafe-inline') blocks that. Constructed stylesheets adopted
// by the document are not inline styles, so we mount the same modules that
// way: same order rules (a module keeps its first position unless a later
// mount lists it after modules now placed before it), one sheet per root.
import { StyleModule } from "style-mod";

const sets = new WeakMap(); // root -> {sheet, modules}

StyleModule.mount = function mount(root, modules) {
  let set = sets.get(root);
  if (!set) {
    set = { sheet: new CSSStyleSheet(), modules: [] };
    sets.set(root, set);
    root.adoptedStyleSheets = [set.sheet, ...root.adoptedStyleSheets];
  }
  const list = set.modules;
  let j = 0;
  let changed = false;
  for (const mod of [modules].flat(Infinity)) {
    let index = list.indexOf(mod);
    if (index > -1 && index < j) {
      list.splice(index, 1);
      j--;
      index = -1;
    }
    if (index === -1) {
      list.splice(j++, 0, mod);
      changed = true;
    } else {
      j = index + 1;
    }
  }
  if (changed) set.sheet.replaceSync(list.map((m) => m.getRules()).join("\n"));
  if (!root.adoptedStyleSheets.includes(set.sheet)) root.adoptedStyleSheets = [set.sheet, ...root.adoptedStyleSheets];
};
