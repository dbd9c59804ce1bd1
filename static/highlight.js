// On a document page reached from a search result (?highlight=...), mark every
// occurrence of the query in the title and text and scroll to the first one.
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
if (query) {
  await loadFolding();
  const terms = queryTerms(query);
  const targets = document.querySelectorAll(".document-header h1, #document-text > *");
  let found = 0;
  for (const element of targets) found += markElement(element, terms, ".orig");
  if (!found) {
    const original = document.getElementById("show-original");
    if (original) original.checked = true;
    for (const element of targets) found += markElement(element, terms, ".fixed");
  }
  const first = document.querySelector("#document-text mark");
  if (first) first.scrollIntoView({ block: "center" });
  document.body.dataset.highlighted = String(found);
}
