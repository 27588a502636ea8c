// Draws each chart of the page with Chart.js (served by the portal) from the numbers in its data block, the same numbers
// as the table under it. Targets are dashed lines. Colours are Punkt's; the table stays the accessible form of the chart.
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  var colours = ['#2a2859', '#1f42aa', '#034b45', '#f9c66b', '#ff8274'];
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nb-NO';
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  document.querySelectorAll('script.chart-data').forEach(function (block) {
    var data = JSON.parse(block.textContent);
    var canvas = document.getElementById(block.getAttribute('data-canvas'));
    if (!canvas) {
      return;
    }
    var datasets = data.series.map(function (s, i) {
      var colour = s.target ? '#c0392b' : colours[i % colours.length];
      return {
        label: s.name,
        data: s.values,
        type: s.target ? 'line' : data.kind,
        borderColor: colour,
        backgroundColor: s.target ? colour : colour,
        borderDash: s.target ? [6, 4] : [],
        pointRadius: s.target ? 6 : 3,
        pointStyle: s.target ? 'line' : 'circle',
        spanGaps: true,
        fill: false
      };
    });
    var horizontal = data.kind === 'bar' && data.labels.length > 8;
    new window.Chart(canvas, {
      type: data.kind,
      data: { labels: data.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + (c.raw === null ? '–' : number.format(c.raw)); } } }
        },
        scales: horizontal
          ? { x: { ticks: { callback: function (v) { return number.format(v); } } } }
          : { y: { ticks: { callback: function (v) { return number.format(v); } } } }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  });
})();
