// The search index in shards (archive/shards.py): each shard is a Pagefind bundle of the documents
// of one stretch of dates, in date order, with the undated documents in the last shards. This
// module searches them as one index with Pagefind's own search(term, {filters, sort}) call:
//   - a result's id is prefixed with its shard, since page ids are unique within a shard only;
//   - by relevance, results are ordered by score, as Pagefind's own mergeIndex orders them, once each
//     shard's scores are brought to the whole index's term weight (see comparableScores);
//   - by date, the shards' results are joined in shard order: a sorted score is a position within
//     one shard, so scores cannot be compared between shards, but the shards are in date order;
//   - filter counts are summed;
//   - a search limited to some years skips the shards that hold none of them.
//
// Each shard is searched through a Pagefind instance of its own, so that its results are known to
// be its own: the instance is opened on the hub (a bundle whose one page no query matches, which
// carries the library, its worker and WebAssembly, fetched once for all shards) and the shard is
// merged into it. A shard is opened the first time a search needs it; the first one is opened
// alone, because instances that start Pagefind's WebAssembly at the same time overwrite each
// other's memory.

const MANIFEST = "/pagefind/shards.json";
const OPTIONS = { excerptLength: 0 };

let index = null;

export function openIndex() {
  index ||= fetch(MANIFEST)
    .then((response) => {
      if (!response.ok) throw new Error(`${MANIFEST}: ${response.status}`);
      return response.json();
    })
    .then((manifest) => new ShardedIndex(manifest));
  return index;
}

async function openShard(hub, shard) {
  const library = await import(`${hub}pagefind.js`);
  const engine = library.createInstance({ basePath: hub });
  await engine.options(OPTIONS);
  await engine.mergeIndex(shard.bundle, OPTIONS);
  await engine.filters(); // loads every filter, so each search returns counts for all of them
  return engine;
}

function sumCounts(responses) {
  const counts = {};
  for (const response of responses) {
    for (const [facet, values] of Object.entries(response.filters || {})) {
      counts[facet] ||= {};
      for (const [value, count] of Object.entries(values)) counts[facet][value] = (counts[facet][value] || 0) + count;
    }
  }
  return counts;
}

// Pagefind's term weight (BM25's inverse document frequency, as its search computes it).
function termWeight(pages, pagesWithTerm) {
  return Math.log((pages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5) + 1);
}

// A shard scores a term with the weight it has in that shard: rare in a small shard, it would
// outrank better matches elsewhere. Each shard's scores are rescaled to the term's weight over all
// the shards searched, from the pages that hold it in each (the count before filters).
function comparableScores(shards, responses) {
  const pages = shards.reduce((sum, shard) => sum + shard.documents, 0);
  const withTerm = responses.reduce((sum, response) => sum + response.unfilteredResultCount, 0);
  responses.forEach((response, index) => {
    if (!response.unfilteredResultCount) return;
    const scale = termWeight(pages, withTerm) / termWeight(shards[index].documents, response.unfilteredResultCount);
    for (const result of response.results) result.score *= scale;
  });
}

class ShardedIndex {
  constructor(manifest) {
    this.hub = manifest.hub;
    this.shards = manifest.shards.map((shard, number) => ({ ...shard, number, engine: null }));
    this.first = null;
  }

  engineOf(shard) {
    if (!shard.engine) {
      shard.engine = this.first ? this.first.then(() => openShard(this.hub, shard)) : openShard(this.hub, shard);
      this.first ||= shard.engine;
    }
    return shard.engine;
  }

  // The shards a search has to ask, in the order their sorted results are joined.
  chosen(filters, sort) {
    const years = filters.year && filters.year.any ? new Set(filters.year.any) : null;
    const asked = this.shards.filter((shard) => !years || shard.years.some((year) => years.has(year)));
    const [dated, undated] = [asked.filter((shard) => shard.dated), asked.filter((shard) => !shard.dated)];
    const descending = Object.values(sort)[0] === "desc";
    return [...(descending ? dated.reverse() : dated), ...undated];
  }

  async search(term, options = {}) {
    const { filters = {}, sort = {} } = options;
    const shards = this.chosen(filters, sort);
    const responses = await Promise.all(
      shards.map(async (shard) => {
        const response = await (await this.engineOf(shard)).search(term, { filters, sort });
        for (const result of response.results) result.id = `${shard.number}/${result.id}`;
        return response;
      }),
    );
    if (!Object.keys(sort).length && term !== null) comparableScores(shards, responses);
    const results = responses.flatMap((response) => response.results);
    if (!Object.keys(sort).length) results.sort((a, b) => b.score - a.score);
    return { results, filters: sumCounts(responses) };
  }
}
