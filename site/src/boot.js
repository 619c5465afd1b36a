// A tiny classic script loaded in <head> before the body is parsed: it
// marks the page as scripted and shows the slide named in the URL from the
// very first paint, so a link to slide 32 never flashes slide 1 (the CSP
// forbids inline scripts, hence a file). nav.js takes over once loaded.
(() => {
  const html = document.documentElement;
  html.classList.add("js");
  const n = parseInt(location.hash.slice(1), 10) || 1;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`html.js #slide-${n} { display: block; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.asynchronyBootSheet = sheet;
  } catch {
    html.classList.remove("js"); // no constructable sheets: all slides show until nav.js starts
  }
})();
