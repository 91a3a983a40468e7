// Rasd pages work without this script; it only lets a reader hide one kind of highlight.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  for (const box of document.querySelectorAll("input[data-toggle]")) {
    box.addEventListener("change", () => {
      const article = box.closest("article.doc");
      if (article) article.classList.toggle(`hide-${box.dataset.toggle}`, !box.checked);
    });
  }
});
