// On a document page reached from a search result (?highlight=...), mark every
// occurrence of the query in the title and text, scroll to the first one, and offer
// previous / next buttons with the number of matches.
import { loadInterface, say } from "/static/interface.js";
import { findMatches, loadFolding, queryTerms } from "/static/textmatch.js";

// Repaired words hold both readings; match in one reading at a time.
function markElement(element, terms, hiddenReading) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest(hiddenReading) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  let text = "";
  while (walker.nextNode()) {
    nodes.push({ node: walker.currentNode, start: text.length });
    text += walker.currentNode.data;
  }
  const ranges = findMatches(text, terms);
  for (const [start, end] of ranges.reverse()) {
    for (const { node, start: nodeStart } of [...nodes].reverse()) {
      const nodeEnd = nodeStart + node.data.length;
      const from = Math.max(start, nodeStart);
      const to = Math.min(end, nodeEnd);
      if (from >= to) continue;
      const range = document.createRange();
      range.setStart(node, from - nodeStart);
      range.setEnd(node, to - nodeStart);
      const mark = document.createElement("mark");
      range.surroundContents(mark);
    }
  }
  return ranges.length;
}

const query = new URLSearchParams(location.search).get("highlight");
const original = document.getElementById("show-original");
let navigation = null;

// Mark the query in the reading now shown (the repaired one, or the source's with 显示原文 on).
function highlight(terms) {
  for (const mark of document.querySelectorAll(".document-header h1 mark, #document-text mark")) mark.replaceWith(...mark.childNodes);
  document.querySelector(".document").normalize();
  const targets = document.querySelectorAll(".document-header h1, #document-text > *");
  let found = 0;
  for (const element of targets) found += markElement(element, terms, original && original.checked ? ".fixed" : ".orig");
  const marks = [...document.querySelectorAll(".document-header h1 mark, #document-text mark")];
  const first = document.querySelector("#document-text mark");
  if (first) first.scrollIntoView({ block: "center" });
  navigation?.remove();
  navigation = marks.length ? addMatchNavigation(marks, first ? marks.indexOf(first) : 0) : null;
  return found;
}

if (query) {
  await Promise.all([loadFolding(), loadInterface()]);
  const terms = queryTerms(query);
  let found = highlight(terms);
  if (!found && original) {
    original.checked = true; // the query is in the printed form only (效劳群众)
    found = highlight(terms);
  }
  original?.addEventListener("change", () => highlight(terms));
  document.body.dataset.highlighted = String(found);
}

// A bar kept in view: "第 2 / 9 处", with buttons to the previous and next match.
function addMatchNavigation(marks, start) {
  const bar = document.createElement("div");
  bar.className = "match-nav";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", say("检索词位置"));
  bar.innerHTML =
    `<button type="button" data-step="-1">${say("上一处")}</button>` +
    '<span class="match-count" aria-live="polite"></span>' +
    `<button type="button" data-step="1">${say("下一处")}</button>`;
  const count = bar.querySelector(".match-count");
  let current = start;
  const show = (index) => {
    marks[current].classList.remove("current");
    current = (index + marks.length) % marks.length;
    marks[current].classList.add("current");
    marks[current].scrollIntoView({ block: "center" });
    count.textContent = say("第 {index} / {total} 处", { index: current + 1, total: marks.length });
  };
  bar.addEventListener("click", (event) => {
    const step = Number(event.target.dataset.step || 0);
    if (step) show(current + step);
  });
  document.querySelector(".document").append(bar);
  marks[current].classList.add("current");
  count.textContent = say("第 {index} / {total} 处", { index: current + 1, total: marks.length });
  return bar;
}
