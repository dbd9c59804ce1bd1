// The search page: exact Chinese substring search over Pagefind's index of
// encoded character bigrams (see archive/search_index.py).
//
// For each term, in relevance order, four Pagefind searches:
//   - the bigrams as a quoted phrase: only pages where the term stands contiguously;
//   - its first bigram unquoted: the same pages and more, with Pagefind's relevance
//     score (title weight, frequency), used for ranking. Scoring every bigram would
//     rank a little more finely but costs seconds on a large index (README, "Search");
//   - the phrase among title bigrams and among heading bigrams, which the index holds a
//     second time with a mark appended (y, z; see search_index.py): these pages rank
//     first. One-character terms rank by score alone.
// Sorted by date, the phrase search alone is enough.
// A one-character term is sent as a prefix of the encoded bigrams, which is exact.
// Several terms are ANDed. Each shown result is verified against its own text.
import { encodeChar, findMatches, loadFolding, normalise, queryTerms, readingOf } from "/static/textmatch.js";

const PAGE_SIZE = 10;
const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 80;
const FACETS = ["year", "unit", "theme", "genre"];
const TITLE_MARK = "y";
const HEADING_MARK = "z";

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const sortSelect = document.getElementById("sort");
const status = document.getElementById("search-status");
const list = document.getElementById("results");
const moreButton = document.getElementById("more-results");

let pagefindModule = null;
async function pagefind() {
  if (!pagefindModule) {
    pagefindModule = await import("/pagefind/pagefind.js");
    await pagefindModule.options({ excerptLength: 0 });
  }
  return pagefindModule;
}

function bigramCodes(term) {
  const codes = Array.from(term).map(encodeChar);
  return codes.slice(0, -1).map((code, index) => code + codes[index + 1]);
}

function selectedFilters() {
  const filters = {};
  for (const facet of FACETS) {
    const values = [...form.querySelectorAll(`input[name="${facet}"]:checked`)].map((box) => box.value);
    if (values.length) filters[facet] = { any: values };
  }
  return filters;
}

function sortOption() {
  if (sortSelect.value === "date-desc") return { date: "desc" };
  if (sortSelect.value === "date-asc") return { date: "asc" };
  return {};
}

// A Pagefind query for pages where the term stands contiguously, among bigrams with the given mark.
function exactQuery(term, mark = "") {
  if (Array.from(term).length === 1) return encodeChar(term);
  return `"${bigramCodes(term).map((code) => code + mark).join(" ")}"`;
}

async function idsOf(engine, query, filters) {
  return new Set((await engine.search(query, { filters })).results.map((result) => result.id));
}

// The pages containing one term, each with a ranking tier (2 title, 1 heading, 0 text).
async function searchTerm(engine, term, filters, sort) {
  const single = Array.from(term).length === 1;
  if (Object.keys(sort).length) {
    return (await engine.search(exactQuery(term), { filters, sort })).results.map((result) => ({ result, tier: 0 }));
  }
  const none = new Set();
  const ranking = single ? exactQuery(term) : bigramCodes(term)[0];
  const [ranked, exact, inTitle, inHeading] = await Promise.all([
    engine.search(ranking, { filters }),
    single ? null : idsOf(engine, exactQuery(term), filters),
    single ? none : idsOf(engine, exactQuery(term, TITLE_MARK), filters),
    single ? none : idsOf(engine, exactQuery(term, HEADING_MARK), filters),
  ]);
  return ranked.results
    .filter((result) => !exact || exact.has(result.id))
    .map((result) => ({ result, tier: inTitle.has(result.id) ? 2 : inHeading.has(result.id) ? 1 : 0 }));
}

export async function search(query, filters = {}, sort = {}) {
  await loadFolding();
  const terms = queryTerms(query);
  if (!terms.length) return { terms, results: [] };
  const engine = await pagefind();
  const perTerm = await Promise.all(terms.map((term) => searchTerm(engine, term, filters, sort)));
  const tiers = new Map();
  const scores = new Map();
  for (const matches of perTerm) {
    for (const { result, tier } of matches) {
      tiers.set(result.id, (tiers.get(result.id) || 0) + tier);
      scores.set(result.id, (scores.get(result.id) || 0) + result.score);
    }
  }
  const inAll = perTerm.slice(1).map((matches) => new Set(matches.map(({ result }) => result.id)));
  const results = perTerm[0].map(({ result }) => result).filter((result) => inAll.every((ids) => ids.has(result.id)));
  if (!Object.keys(sort).length) {
    results.sort((a, b) => tiers.get(b.id) - tiers.get(a.id) || scores.get(b.id) - scores.get(a.id));
  }
  return { terms, results };
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// A stretch of one reading as HTML: matches marked, repaired words marked as on the page.
function markedHtml(reading, ranges, start, end) {
  const cuts = new Set([start, end]);
  for (const [from, to] of ranges) cuts.add(Math.max(start, Math.min(end, from))).add(Math.max(start, Math.min(end, to)));
  for (const { start: from, end: to } of reading.repairs) cuts.add(Math.max(start, Math.min(end, from))).add(Math.max(start, Math.min(end, to)));
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let index = 0; index + 1 < points.length; index++) {
    const [from, to] = [points[index], points[index + 1]];
    let piece = escapeHtml(reading.text.slice(from, to));
    if (ranges.some(([a, b]) => a <= from && to <= b)) piece = `<mark>${piece}</mark>`;
    const repair = reading.repairs.find((item) => item.start <= from && to <= item.end);
    if (repair && reading.which === "repaired") {
      const original = escapeHtml(repair.other);
      piece = `<span class="repair" title="原文作“${original}”" data-original="${original}">${piece}</span>`;
    }
    html += piece;
  }
  return html.replace(/\n/g, " ");
}

function excerpt(reading, terms) {
  const text = reading.text;
  const ranges = findMatches(text, terms);
  const start = ranges.length ? Math.max(0, ranges[0][0] - EXCERPT_BEFORE) : 0;
  const end = Math.min(text.length, ranges.length ? ranges[0][1] + EXCERPT_AFTER : EXCERPT_BEFORE + EXCERPT_AFTER);
  return (start > 0 ? "……" : "") + markedHtml(reading, ranges, start, end) + (end < text.length ? "……" : "");
}

// The reading a result is shown in, as its page shows it: the repaired reading, or the printed
// one when only that holds every term (a query for 效劳 on a page printing 效劳); null when the
// page does not hold every term after all.
function chosenReading(data, terms) {
  const holds = (which) => {
    const title = readingOf(data.meta.title, which);
    const text = readingOf(data.meta.text || "", which);
    return { title, text, all: normalise(`${title.text}\n${text.text}`) };
  };
  const repaired = holds("repaired");
  const printed = holds("printed");
  for (const reading of [repaired, printed]) {
    if (terms.every((term) => reading.all.includes(term))) return reading;
  }
  return terms.every((term) => repaired.all.includes(term) || printed.all.includes(term)) ? repaired : null;
}

async function renderResult(result, terms, query) {
  const data = await result.data();
  const reading = chosenReading(data, terms);
  if (reading === null) return null;
  const item = document.createElement("li");
  item.className = "result";
  const link = `${data.url}?highlight=${encodeURIComponent(query)}`;
  const facts = [data.meta.date, data.meta.unit, data.meta.genre].filter(Boolean).map(escapeHtml).join(" · ");
  const title = reading.title;
  item.innerHTML =
    `<a class="result-title" href="${escapeHtml(link)}">${markedHtml(title, findMatches(title.text, terms), 0, title.text.length)}</a>` +
    `<span class="document-facts">${facts}</span>` +
    `<p class="excerpt">${excerpt(reading.text, terms)}</p>`;
  return item;
}

let current = { results: [], shown: 0, terms: [], query: "", token: 0 };

async function showMore() {
  const { results, terms, query, token } = current;
  const batch = results.slice(current.shown, current.shown + PAGE_SIZE);
  current.shown += batch.length;
  const items = await Promise.all(batch.map((result) => renderResult(result, terms, query)));
  if (token !== current.token) return;
  for (const item of items) if (item) list.appendChild(item);
  moreButton.hidden = current.shown >= results.length;
}

function describe(query, count) {
  const filters = selectedFilters();
  const filterNote = Object.keys(filters).length ? "（已筛选）" : "";
  if (!count) return `未找到包含“${query}”的文献${filterNote}。`;
  return `找到 ${count} 篇包含“${query}”的文献${filterNote}。`;
}

async function run() {
  const query = input.value.trim();
  const token = ++current.token;
  list.replaceChildren();
  moreButton.hidden = true;
  syncUrl(query);
  if (!query) {
    status.textContent = "";
    return;
  }
  await loadFolding();
  if (!queryTerms(query).length) {
    status.textContent = "检索词只含标点或空格，请输入文字。";
    return;
  }
  status.textContent = "正在检索……";
  document.body.dataset.searchState = "running";
  try {
    const { terms, results } = await search(query, selectedFilters(), sortOption());
    if (token !== current.token) return;
    current = { results, shown: 0, terms, query, token };
    status.textContent = describe(query, results.length);
    await showMore();
  } catch (error) {
    status.textContent = "检索出错，请稍后重试。";
    console.error(error);
  } finally {
    if (token === current.token) document.body.dataset.searchState = "done";
  }
}

function syncUrl(query) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (sortSelect.value !== "relevance") params.set("sort", sortSelect.value);
  for (const facet of FACETS) {
    for (const box of form.querySelectorAll(`input[name="${facet}"]:checked`)) params.append(facet, box.value);
  }
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

function restoreFromUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("sort")) sortSelect.value = params.get("sort");
  let anyFilter = false;
  for (const facet of FACETS) {
    const wanted = new Set(params.getAll(facet));
    for (const box of form.querySelectorAll(`input[name="${facet}"]`)) {
      box.checked = wanted.has(box.value);
      anyFilter ||= box.checked;
    }
  }
  if (anyFilter) document.getElementById("filters").open = true;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
form.addEventListener("change", () => run());
moreButton.addEventListener("click", () => showMore());
restoreFromUrl();
run();
