// The period overview, live: reports arriving on Kafka reach this page as server-sent events from the portal, and each
// is applied to its unit's row (the cells' text and state), with a short note in the status region for screen readers.
// The page works without this script; it only saves the reload.
(function () {
  'use strict';
  var status = document.getElementById('live-status');
  if (!status || !window.EventSource) {
    return;
  }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'nb';
  var text = {
    nb: { live: 'Rapportene vises her etter hvert som de kommer, uten at du må laste siden på nytt.', lost: 'Forbindelsen ble brutt; prøver igjen …' },
    en: { live: 'Reports appear here as they arrive, without reloading the page.', lost: 'The connection was lost; trying again …' }
  }[lang];
  var arrived = 0;
  var source = new EventSource(status.getAttribute('data-live'));
  source.onopen = function () {
    status.textContent = text.live;
    status.setAttribute('data-connected', 'true');
  };
  source.onerror = function () {
    status.textContent = text.lost;
    status.setAttribute('data-connected', 'false');
  };
  source.onmessage = function (message) {
    var row = JSON.parse(message.data);
    if (!row.unit) {
      return; // a heartbeat
    }
    var tr = document.getElementById('rad-' + row.unit);
    if (!tr) {
      return; // filtered away
    }
    var shown = Number(tr.getAttribute('data-revision-' + row.kind) || '0');
    if (row.revision < shown) {
      return; // an older report than the one shown
    }
    Object.keys(row.cells).forEach(function (name) {
      var td = tr.querySelector('[data-cell="' + name + '"]');
      if (td) {
        td.textContent = row.cells[name].text;
        td.className = td.className.replace(/\bstate--[A-Z_]+\b/, '') + (td.classList.contains('num') ? '' : ' state state--' + row.cells[name].state);
      }
    });
    tr.setAttribute('data-revision-' + row.kind, String(row.revision));
    if (arrived === 0 && status.getAttribute('data-closed') === 'false') {
      // the period was closed while the page was open: say so, and the close button is gone
      var state = document.getElementById('periode-status');
      var close = document.getElementById('lukk');
      if (close) {
        close.remove();
      }
      if (state && state.querySelector('p')) {
        state.querySelector('p').textContent = state.getAttribute('data-closed-text');
      }
    }
    arrived += 1;
    status.setAttribute('data-arrived', String(arrived));
    status.textContent = row.announce;
  };
})();
