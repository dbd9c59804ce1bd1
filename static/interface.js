// Labels written by the pages' scripts, in the reader's interface language (static/ui.js).
// The English forms come from the same table as the templates' (templates/interface.en.yaml).
export const english = document.documentElement.dataset.ui === "en";
let table = {};
let loaded = null;

export function loadInterface() {
  loaded ||= english ? fetch("/static/interface.en.json").then((response) => response.json()).then((data) => { table = data; }) : Promise.resolve();
  return loaded;
}

// The label in the interface language, with {name} filled from values (already escaped when HTML).
export function say(chinese, values = {}) {
  const template = (english && table[chinese]) || chinese;
  const filled = template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  return english ? filled.replace(/\b1 (document|section|kind)s\b/g, "1 $1") : filled; // as archive/interface.py
}
