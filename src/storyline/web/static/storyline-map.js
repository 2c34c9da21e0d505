// storyline: pan and zoom the story's map (d3-zoom, served from /static/d3-zoom.min.js).
// The map is drawn by the server (storyline.report.geo); without this script it is still
// there, every marker a link. Markers and labels keep their size while the map zooms.
"use strict";
(() => {
  if (!window.d3 || !window.d3.zoom) return;
  const d3 = window.d3;
  document.querySelectorAll("svg.geo-map").forEach((svg) => {
    const box = svg.viewBox.baseVal;
    const extent = [[0, 0], [box.width, box.height]];
    const view = d3.select(svg).select("g.viewport");
    const zoom = d3.zoom().scaleExtent([1, 20]).extent(extent).translateExtent(extent).on("zoom", (event) => {
      const t = event.transform;
      const k = t.k;
      view.attr("transform", t.toString());
      view.selectAll("circle.place").attr("r", function () { return this.dataset.r / k; });
      view.selectAll("path.event").attr("transform", function () {
        return `translate(${this.dataset.x} ${this.dataset.y}) scale(${1 / k})`;
      });
      view.selectAll("text.label").attr("font-size", 12 / k).attr("stroke-width", 3 / k)
        .attr("x", function () { return +this.dataset.x + this.dataset.dx / k; })
        .attr("y", function () { return +this.dataset.y + this.dataset.dy / k; });
      view.selectAll("text.country-name").attr("font-size", 11 / k);
      svg.dataset.zoom = k.toFixed(2);
    });
    d3.select(svg).call(zoom);
    const buttons = document.createElement("div");
    buttons.className = "map-zoom";
    [["+", "zoom in", (s) => zoom.scaleBy(s, 1.6)], ["−", "zoom out", (s) => zoom.scaleBy(s, 1 / 1.6)],
      ["⟲", "reset the view", (s) => zoom.transform(s, d3.zoomIdentity)]].forEach(([text, label, act]) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      b.title = label;
      b.setAttribute("aria-label", label);
      b.addEventListener("click", () => act(d3.select(svg).transition().duration(250)));
      buttons.appendChild(b);
    });
    svg.parentElement.appendChild(buttons);
    svg.dataset.ready = "1";
  });
})();
