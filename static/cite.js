// The citation block: the access date becomes today's, a relative address becomes absolute
// (a site built without its address), and the copy button copies the reference.
import { loadInterface, say } from "/static/interface.js";

const citation = document.getElementById("citation");
const button = document.getElementById("copy-citation");
const status = document.getElementById("copy-status");

function today() {
  const now = new Date();
  const pad = (number) => String(number).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The reference ends with "[引用日期]. address." (archive/citations.py, gbt7714): the page is the same
// whenever it was built, and the access date is the reader's.
citation.textContent = citation.textContent.trim().replace(/\[引用日期\]\. (\S+)\.$/, (whole, address) => {
  const absolute = new URL(address, location.origin).href;
  return `[${today()}]. ${absolute}.`;
});

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = getSelection();
    selection.selectAllChildren(citation);
    return document.execCommand("copy");
  }
}

button.hidden = false;
button.addEventListener("click", async () => {
  const copied = await copy(citation.textContent);
  await loadInterface();
  status.textContent = say(copied ? "已复制" : "请手动选择复制");
});
