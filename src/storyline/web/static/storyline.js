// storyline: click a figure to see the sentence it comes from in each article.
// Without this script every figure is still a link to its sentence in the article.
"use strict";
document.addEventListener("click", (event) => {
  const figure = event.target.closest("a.figure");
  if (!figure) return;
  const row = document.getElementById(figure.dataset.evidence);
  if (!row) return;
  event.preventDefault();
  const wasOpen = !row.hidden && row.dataset.claim === figure.dataset.claim;
  document.querySelectorAll("tr.evidence").forEach((r) => { r.hidden = true; });
  document.querySelectorAll("a.figure.active").forEach((a) => a.classList.remove("active"));
  if (wasOpen) { row.dataset.claim = ""; return; }
  row.hidden = false;
  row.dataset.claim = figure.dataset.claim;
  figure.classList.add("active");
  row.querySelectorAll("li.quote-source").forEach((li) => {
    li.classList.toggle("active", li.dataset.claim === figure.dataset.claim);
  });
});
