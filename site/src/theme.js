// Light and dark: follows the system until the reader picks one, then
// remembers the choice.
const KEY = "asynchrony-theme";

export function applyTheme() {
  let t = null;
  try {
    t = localStorage.getItem(KEY);
  } catch {}
  if (t) document.documentElement.dataset.theme = t;
}

export function toggleTheme() {
  const cur = document.documentElement.dataset.theme ||
    (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  const t = cur === "dark" ? "light" : "dark";
  document.documentElement.dataset.theme = t;
  try {
    localStorage.setItem(KEY, t);
  } catch {}
}
