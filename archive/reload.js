// Sent only by `build.py serve --watch` (archive/serving.py), never part of the built site:
// reloads the page once a rebuild has finished, as `hugo server` and `mkdocs serve` do.
const shown = new URL(import.meta.url).searchParams.get("build"); // the build this page is from
setInterval(async () => {
  try {
    const build = await (await fetch("/__watch/build", { cache: "no-store" })).text();
    if (build !== shown) location.reload();
  } catch {
    // the server is restarting or gone: try again at the next tick
  }
}, 1000);
