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
//
// The index may be in several shards (static/shards.js), searched as one.
// Counts per year, unit, theme and genre of the current results (the year chart, the numbers
// beside the filters): for one term, the filter counts Pagefind returns with the exact phrase
// search; for several, the filters of each result's own data, up to COUNT_LIMIT results.
import { loadInterface, say } from "/static/interface.js";
import { openIndex } from "/static/shards.js";
import { encodeChar, findMatches, loadFolding, normalise, queryTerms, readingOf } from "/static/textmatch.js";

const PAGE_SIZE = 10;
const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 80;
const FACETS = ["year", "unit", "theme", "genre"];
const UNKNOWN_YEAR = "年份不详";
const COUNT_LIMIT = 1000;
// The year chart is drawn as the build draws its charts (archive/timeline.py): the same slot, legible
// labels on a 375 px phone, a narrow chart for few bars.
const BAR_SLOT = 20;
const CHART_HEIGHT = 80;
const PHONE_CHART_WIDTH = 343;
const LABEL_PIXELS = 11;
const LABELS_AT_MOST = 8;
const PIXELS_PER_BAR = 36;
const MIN_CHART_PIXELS = 240;
const TITLE_MARK = "y";
const HEADING_MARK = "z";

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const sortSelect = document.getElementById("sort");
const status = document.getElementById("search-status");
const list = document.getElementById("results");
const moreButton = document.getElementById("more-results");
const fromSelect = document.getElementById("from");
const toSelect = document.getElementById("to");
const chart = document.getElementById("year-chart");
const suggestions = document.getElementById("search-suggestions");

function bigramCodes(term) {
  const codes = Array.from(term).map(encodeChar);
  return codes.slice(0, -1).map((code, index) => code + codes[index + 1]);
}

// The years the range selects (every year the archive holds between the two, inclusive), or null.
function yearsInRange() {
  if (!fromSelect.value && !toSelect.value) return null;
  const years = [...fromSelect.options].map((option) => option.value).filter(Boolean);
  const chosen = [fromSelect.value || years[0], toSelect.value || years[years.length - 1]];
  const [from, to] = chosen[0] <= chosen[1] ? chosen : [chosen[1], chosen[0]]; // 自 2023 至 2010 means 2010-2023
  return years.filter((year) => year >= from && year <= to);
}

function selectedFilters() {
  const filters = {};
  for (const facet of FACETS) {
    const values = [...form.querySelectorAll(`input[name="${facet}"]:checked`)].map((box) => box.value);
    if (facet === "year") values.push(...(yearsInRange() || []));
    if (values.length) filters[facet] = { any: values };
  }
  return filters;
}

function sortOption() {
  if (sortSelect.value === "date-desc") return { date: "desc" };
  if (sortSelect.value === "date-asc") return { date_asc: "asc" }; // undated documents last, as with newest first
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

function idSet(response) {
  return new Set(response.results.map((result) => result.id));
}

// The pages containing one term, each with a ranking tier (2 title, 1 heading, 0 text), and the
// filter counts of the pages where it stands exactly.
async function searchTerm(engine, term, filters, sort) {
  const single = Array.from(term).length === 1;
  if (Object.keys(sort).length) {
    const response = await engine.search(exactQuery(term), { filters, sort });
    return { matches: response.results.map((result) => ({ result, tier: 0 })), counts: response.filters };
  }
  const none = new Set();
  const ranking = single ? exactQuery(term) : bigramCodes(term)[0];
  const [ranked, exact, inTitle, inHeading] = await Promise.all([
    engine.search(ranking, { filters }),
    single ? null : engine.search(exactQuery(term), { filters }),
    single ? none : idsOf(engine, exactQuery(term, TITLE_MARK), filters),
    single ? none : idsOf(engine, exactQuery(term, HEADING_MARK), filters),
  ]);
  const exactIds = exact && idSet(exact);
  const matches = ranked.results
    .filter((result) => !exactIds || exactIds.has(result.id))
    .map((result) => ({ result, tier: inTitle.has(result.id) ? 2 : inHeading.has(result.id) ? 1 : 0 }));
  return { matches, counts: (exact || ranked).filters };
}

// Filter counts of a result list read from each result's own data (the first COUNT_LIMIT).
async function countsFromData(results) {
  const counts = {};
  const counted = results.slice(0, COUNT_LIMIT);
  for (const data of await Promise.all(counted.map((result) => result.data()))) {
    for (const [facet, values] of Object.entries(data.filters || {})) {
      counts[facet] ||= {};
      for (const value of values) counts[facet][value] = (counts[facet][value] || 0) + 1;
    }
  }
  return { counts, complete: counted.length === results.length };
}

export async function search(query, filters = {}, sort = {}) {
  await loadFolding();
  const terms = queryTerms(query);
  if (!terms.length) return { terms, results: [], counts: {}, complete: true };
  const engine = await openIndex();
  const perTerm = await Promise.all(terms.map((term) => searchTerm(engine, term, filters, sort)));
  const tiers = new Map();
  const scores = new Map();
  for (const { matches } of perTerm) {
    for (const { result, tier } of matches) {
      tiers.set(result.id, (tiers.get(result.id) || 0) + tier);
      scores.set(result.id, (scores.get(result.id) || 0) + result.score);
    }
  }
  const inAll = perTerm.slice(1).map(({ matches }) => new Set(matches.map(({ result }) => result.id)));
  const results = perTerm[0].matches.map(({ result }) => result).filter((result) => inAll.every((ids) => ids.has(result.id)));
  if (!Object.keys(sort).length) {
    results.sort((a, b) => tiers.get(b.id) - tiers.get(a.id) || scores.get(b.id) - scores.get(a.id));
  }
  const { counts, complete } = terms.length === 1 ? { counts: perTerm[0].counts, complete: true } : await countsFromData(results);
  return { terms, results, counts, complete };
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
      piece = `<span class="repair" title="${say("原文作“{original}”", { original })}" data-original="${original}">${piece}</span>`;
    }
    html += piece;
  }
  return html.replace(/\n/g, " ");
}

function excerpt(reading, terms) {
  const text = reading.text;
  const ranges = findMatches(text, terms);
  const start = ranges.length ? Math.max(0, ranges[0][0] - EXCERPT_BEFORE) : 0;
  let end = Math.min(text.length, ranges.length ? ranges[0][1] + EXCERPT_AFTER : EXCERPT_BEFORE + EXCERPT_AFTER);
  for (const [from, to] of ranges) if (from < end && to > end) end = to; // never cut a match in two
  return (start > 0 ? "……" : "") + markedHtml(reading, ranges, start, end) + (end < text.length ? "……" : "");
}

// A result's data and the text its excerpt is cut from (documents/<id>/search-text.txt, with both
// readings of each repair), fetched only for the results shown: kept out of the index, it costs no
// index time and no bundle bytes. Each text is fetched once a page, as Pagefind keeps its fragments; it is
// null when it cannot be fetched.
const searchTexts = new Map();

async function fetchedText(address) {
  try {
    const response = await fetch(address);
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

// A document's address from the one Pagefind gives its result: its search record is indexed as /ID.html
// (archive/site.py, indexed_name), its page is /documents/ID/.
export function documentAddress(url) {
  return url.replace(/([^/]+)\.html$/, "documents/$1/");
}

export async function shownData(result) {
  const indexed = await result.data();
  const data = { ...indexed, url: documentAddress(indexed.url) };
  const address = `${data.url}search-text.txt`;
  if (!searchTexts.has(address)) searchTexts.set(address, fetchedText(address));
  const text = await searchTexts.get(address);
  if (text === null) searchTexts.delete(address); // fetched again next time
  return { data, text };
}

// The reading a result is shown in, as its page shows it: the repaired reading, or the printed
// one when only that holds every term (a query for 效劳 on a page printing 效劳); null when the
// page does not hold every term after all. Without its text, a result is shown as the index found it.
function chosenReading(data, marked, terms) {
  if (marked === null) return { title: readingOf(data.meta.title, "repaired"), text: readingOf("", "repaired") };
  const holds = (which) => {
    const title = readingOf(data.meta.title, which);
    const text = readingOf(marked, which);
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
  const { data, text } = await shownData(result);
  const reading = chosenReading(data, text, terms);
  if (reading === null) return null;
  const item = document.createElement("li");
  item.className = "result";
  const link = query ? `${data.url}?highlight=${encodeURIComponent(query)}` : data.url;
  const date = data.meta.date ? escapeHtml(data.meta.date) : escapeHtml(say("日期不详"));
  const dateNote = data.meta.date_source === "page" ? escapeHtml(say("（网页发布）")) : "";
  const values = [data.meta.unit, data.meta.genre].filter(Boolean).map((value) => ` · <span lang="zh-CN">${escapeHtml(value)}</span>`);
  const lang = escapeHtml(data.meta.script || "zh-CN");
  const title = readingOf(data.meta.title, "repaired"); // the title reads as on its page, whichever reading the text matched in
  const printed = readingOf(data.meta.title, "printed").text;
  const badge = printed === title.text ? "" :
    ` <details class="repaired-title" title="${escapeHtml(say("原题作“{printed}”", { printed }))}"><summary>${escapeHtml(say("题目经修复"))}</summary>` +
    `<span class="printed-title">${escapeHtml(say("原题作："))}<span lang="${lang}">${escapeHtml(printed)}</span></span></details>`;
  item.innerHTML =
    `<a class="result-title" lang="${lang}" href="${escapeHtml(link)}">${markedHtml(title, findMatches(title.text, terms), 0, title.text.length)}</a>${badge}` +
    `<span class="document-facts">${date}${dateNote}${values.join("")}</span>` +
    `<p class="excerpt" lang="${lang}">${excerpt(reading.text, terms)}</p>`;
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

function describe(query, count, complete) {
  const filters = selectedFilters();
  const note = Object.keys(filters).length ? say("（已筛选）") : "";
  const shown = `<span lang="zh-CN">${escapeHtml(query)}</span>`;
  if (!count) return say("未找到包含“{query}”的文献{note}。", { query: shown, note });
  return say("找到 {count} 篇包含“{query}”的文献{note}。", { count, query: shown, note }) + (complete ? "" : say("（分布按前 {limit} 篇统计）", { limit: COUNT_LIMIT }));
}

// The current query's documents per year, as bars from the earliest year to the latest; each bar
// narrows the search to its year. Undated documents are counted in the caption.
function drawYearChart(yearCounts, total) {
  const years = Object.keys(yearCounts).filter((year) => year !== UNKNOWN_YEAR && yearCounts[year] > 0).sort();
  const undated = yearCounts[UNKNOWN_YEAR] || 0;
  chart.hidden = total === 0;
  if (!total) return;
  const slots = [];
  for (let year = Number(years[0]); years.length && year <= Number(years[years.length - 1]); year++) slots.push(String(year));
  const top = Math.max(1, ...slots.map((year) => yearCounts[year] || 0));
  const [slot, height] = [BAR_SLOT, CHART_HEIGHT];
  const font = Math.max(LABEL_PIXELS, ((slot * slots.length) / PHONE_CHART_WIDTH) * LABEL_PIXELS);
  const every = Math.max(1, Math.ceil(slots.length / LABELS_AT_MOST));
  const here = new URLSearchParams(location.search);
  let svg = `<svg class="chart" width="${Math.max(MIN_CHART_PIXELS, PIXELS_PER_BAR * slots.length)}" viewBox="${-font * 1.5} 0 ${slot * slots.length + font * 3} ${height + font * 1.6}" role="group" aria-label="${say("各年份匹配篇数")}" xmlns="http://www.w3.org/2000/svg">`;
  slots.forEach((year, index) => {
    const count = yearCounts[year] || 0;
    const barHeight = count ? Math.max(1, (count / top) * (height - font)) : 0;
    const title = say("{year}年：{count} 篇", { year, count });
    const rect = `<rect x="${index * slot + 2}" y="${height - barHeight}" width="${slot - 4}" height="${barHeight}" data-year="${year}" data-count="${count}"><title>${title}</title></rect>`;
    const params = new URLSearchParams(here);
    params.set("from", year);
    params.set("to", year);
    svg += count ? `<a href="?${escapeHtml(params.toString())}" aria-label="${title}">${rect}</a>` : rect;
    if (index % every === 0) svg += `<text x="${index * slot + slot / 2}" y="${height + font * 1.3}" font-size="${font}" text-anchor="middle">${year}</text>`;
  });
  svg += `<line x1="0" x2="${slot * slots.length}" y1="${height}" y2="${height}"/></svg>`;
  document.getElementById("year-chart-bars").innerHTML = slots.length ? svg : "";
  const dated = total - undated;
  document.getElementById("year-chart-caption").textContent =
    say("匹配文献的年份分布：{dated} 篇日期可考", { dated }) + (undated ? say("，{undated} 篇年份不详", { undated }) : "") + say("。点击某年只看该年。");
}

// The numbers beside the filters: the current results' counts, or the whole archive's without a query.
function showCounts(counts) {
  for (const box of form.querySelectorAll(".filter-option input[type=checkbox]")) {
    const badge = box.parentElement.querySelector(".count");
    badge.textContent = counts ? (counts[box.name] || {})[box.value] || 0 : badge.dataset.total;
  }
  document.getElementById("count-scope").textContent = say(counts ? "（数字为当前结果篇数）" : "（数字为全库篇数）");
}

let repairPairs = null;
async function loadRepairPairs() {
  repairPairs ||= fetch("/static/repair-pairs.json").then((response) => (response.ok ? response.json() : []));
  return repairPairs;
}

// What to try when nothing matches: without the filters, fewer terms, the repaired form of a damaged word.
async function suggest(query, terms) {
  const tries = [];
  const link = (html, params) => `<a href="?${escapeHtml(params.toString())}">${html}</a>`;
  const chinese = (text) => `<span lang="zh-CN">${escapeHtml(text)}</span>`;
  if (Object.keys(selectedFilters()).length) tries.push(link(escapeHtml(say("去掉筛选条件")), new URLSearchParams({ q: query })));
  if (terms.length > 1) tries.push(...terms.map((term) => link(say("只检索“{term}”", { term: chinese(term) }), new URLSearchParams({ q: term }))));
  for (const [damaged, correct] of await loadRepairPairs()) {
    const corrected = query.replaceAll(damaged, correct);
    if (query.includes(damaged)) tries.push(link(say("改用规范词形“{query}”", { query: chinese(corrected) }), new URLSearchParams({ q: corrected })));
  }
  if (terms.length === 1 && Array.from(terms[0]).length > 4) tries.push(escapeHtml(say("换用更短的词（检索词按原样连续匹配）")));
  tries.push(escapeHtml(say("繁体与简体已自动互通，无需换用另一种字形")));
  suggestions.innerHTML = escapeHtml(say("可以试试：")) + tries.join(escapeHtml(say("；"))) + escapeHtml(say("。"));
  suggestions.hidden = false;
}

async function run() {
  const query = input.value.trim();
  const token = ++current.token;
  document.body.dataset.searchState = "running";
  list.replaceChildren();
  moreButton.hidden = true;
  suggestions.hidden = true;
  chart.hidden = true;
  syncUrl(query);
  if (!query) {
    status.textContent = "";
    showCounts(null);
    if (Object.keys(selectedFilters()).length) await browse(token);
    if (token === current.token) document.body.dataset.searchState = "done";
    return;
  }
  await Promise.all([loadFolding(), loadInterface()]);
  if (!queryTerms(query).length) {
    status.textContent = say("检索词只含标点或空格，请输入文字。");
    document.body.dataset.searchState = "done";
    return;
  }
  status.textContent = say("正在检索……");
  try {
    const { terms, results, counts, complete } = await search(query, selectedFilters(), sortOption());
    if (token !== current.token) return;
    current = { results, shown: 0, terms, query, token };
    status.innerHTML = describe(query, results.length, complete);
    showCounts(counts);
    drawYearChart(counts.year || {}, results.length);
    if (!results.length) await suggest(query, terms);
    await showMore();
  } catch (error) {
    status.textContent = say("检索出错，请稍后重试。");
    console.error(error);
  } finally {
    if (token === current.token) document.body.dataset.searchState = "done";
  }
}

// Filters without a query: every document they select, newest first (or as sorted).
async function browse(token) {
  await loadInterface();
  const engine = await openIndex();
  const sort = Object.keys(sortOption()).length ? sortOption() : { date: "desc" };
  const response = await engine.search(null, { filters: selectedFilters(), sort });
  if (token !== current.token) return;
  current = { results: response.results, shown: 0, terms: [], query: "", token };
  status.textContent = say("{count} 篇文献符合筛选条件。", { count: response.results.length });
  showCounts(response.filters);
  drawYearChart(response.filters.year || {}, response.results.length);
  await showMore();
}

function syncUrl(query) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (sortSelect.value !== "relevance") params.set("sort", sortSelect.value);
  if (fromSelect.value) params.set("from", fromSelect.value);
  if (toSelect.value) params.set("to", toSelect.value);
  for (const facet of FACETS) {
    for (const box of form.querySelectorAll(`input[name="${facet}"]:checked`)) params.append(facet, box.value);
  }
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

// The year the archive holds nearest to one asked for in the address (?from=2011 when only 2010 and
// 2012 are held starts at 2012), so that a range is never silently dropped.
function nearestYear(select, wanted, fits, fromTheEnd = false) {
  if (!wanted) return "";
  const years = [...select.options].map((option) => option.value).filter(Boolean);
  const fitting = years.filter((year) => fits(year, wanted));
  return (fromTheEnd ? fitting[fitting.length - 1] : fitting[0]) || (fromTheEnd ? years[0] : years[years.length - 1]) || "";
}

function restoreFromUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("sort")) sortSelect.value = params.get("sort");
  fromSelect.value = nearestYear(fromSelect, params.get("from"), (year, wanted) => year >= wanted) || "";
  toSelect.value = nearestYear(toSelect, params.get("to"), (year, wanted) => year <= wanted, true) || "";
  let anyFilter = Boolean(fromSelect.value || toSelect.value);
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
