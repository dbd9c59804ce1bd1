// Text matching shared by the search page and the document page. It must agree
// with archive/search_index.py: same normalisation, same encoding.

const IDEOGRAPHS_START = 0x4e00;
const IDEOGRAPHS_END = 0xa000;
const SHORT_WIDTH = 3;
const LONG_MARK = "z";
const LONG_WIDTH = 4;

// Traditional -> Simplified, character by character; written by the build from OpenCC.
let folding = new Map();
let folded = null;

export function loadFolding() {
  folded ||= fetch("/static/t2s.txt")
    .then((response) => (response.ok ? response.text() : ""))
    .then((pairs) => {
      const chars = Array.from(pairs);
      for (let index = 0; index + 1 < chars.length; index += 2) folding.set(chars[index], chars[index + 1]);
    });
  return folded;
}

// NFKC, lower case, Simplified, letters and digits only (punctuation and spaces dropped).
export function normalise(text) {
  const lowered = text.normalize("NFKC").toLowerCase();
  let result = "";
  for (const char of lowered) result += folding.get(char) || char;
  return result.replace(/[^\p{L}\p{N}]/gu, "");
}

// Three base-36 digits for a CJK ideograph or an ASCII letter or digit, "z" and four digits for any other character.
export function encodeChar(char) {
  const code = char.codePointAt(0);
  if (code >= IDEOGRAPHS_START && code < IDEOGRAPHS_END) return (code - IDEOGRAPHS_START).toString(36).padStart(SHORT_WIDTH, "0");
  if (code < 0x80) return (IDEOGRAPHS_END - IDEOGRAPHS_START + code).toString(36).padStart(SHORT_WIDTH, "0");
  return LONG_MARK + code.toString(36).padStart(LONG_WIDTH, "0");
}

// What separates a query's terms: white space and list punctuation (archive/search_index.py, TERM_SEPARATORS).
const TERM_SEPARATORS = /[\s，、；;,。！!？?]+/u;

// The query's terms: split on spaces and list punctuation, normalised, empty and repeated ones dropped.
export function queryTerms(query) {
  const terms = query.split(TERM_SEPARATORS).map(normalise).filter(Boolean);
  return [...new Set(terms)];
}

// Every occurrence of the terms in text as [start, end) ranges of the original
// string, matched on the normalised form so punctuation inside a match is spanned.
export function findMatches(text, terms) {
  const positions = [];
  let normal = "";
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index));
    const folded = normalise(char);
    for (const piece of Array.from(folded)) {
      normal += piece;
      positions.push([index, index + char.length]);
    }
    index += char.length;
  }
  const ranges = [];
  for (const term of terms) {
    const units = Array.from(term).length;
    let from = 0;
    for (;;) {
      const found = normal.indexOf(term, from);
      if (found < 0) break;
      const first = Array.from(normal.slice(0, found)).length;
      ranges.push([positions[first][0], positions[first + units - 1][1]]);
      from = found + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

// A repaired word carries both readings in the index's text: OPEN printed SPLIT repaired CLOSE
// (archive/repairs.py, mark_plain).
const REPAIR_MARK = /\u2983([^\u2999\u2984]*)\u2999([^\u2984]*)\u2984/g;

// One reading of a marked text ("repaired" or "printed"): the plain text, and where each repair
// stands in it with the other reading's form.
export function readingOf(marked, which) {
  let text = "";
  let cursor = 0;
  const repairs = [];
  for (const match of marked.matchAll(REPAIR_MARK)) {
    text += marked.slice(cursor, match.index);
    const [shown, other] = which === "repaired" ? [match[2], match[1]] : [match[1], match[2]];
    repairs.push({ start: text.length, end: text.length + shown.length, other });
    text += shown;
    cursor = match.index + match[0].length;
  }
  return { text: text + marked.slice(cursor), repairs, which };
}
