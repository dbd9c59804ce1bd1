// The interface language, chosen by the reader and remembered (Chinese unless they chose English).
// Loaded in <head>, before the page is drawn, so the page never flashes in the other language.
// Every label is on the page in both languages (archive/interface.py); this shows one of them.
const english = localStorage.getItem("interface") === "en";
if (english) {
  document.documentElement.dataset.ui = "en";
  document.documentElement.lang = "en";
}

function swapToEnglish() {
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of [...element.attributes]) {
      if (!attribute.name.startsWith("data-en-")) continue;
      const target = attribute.name.slice("data-en-".length);
      if (target === "text") element.textContent = attribute.value;
      else element.setAttribute(target, attribute.value);
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  if (english) swapToEnglish();
  const button = document.getElementById("ui-switch");
  button.hidden = false;
  button.addEventListener("click", () => {
    localStorage.setItem("interface", english ? "zh" : "en");
    location.reload();
  });
});
