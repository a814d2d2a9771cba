/*
 * Monitoring's diagram: draws the figures of the page's table (#element-figures) onto the
 * process diagram with bpmn-js's navigated viewer (read-only; the bpmn.io watermark stays).
 * Without JavaScript the table is the page; with it, the same numbers sit on the elements, the
 * heatmap shades them by grade, and clicking an element opens the cases waiting there.
 */
(function () {
  'use strict';

  var container = document.getElementById('diagram');
  var table = document.getElementById('element-figures');
  if (!container || !table || typeof window.BpmnJS !== 'function') {
    return;
  }
  var view = container.getAttribute('data-view');

  function rows() {
    var byId = {};
    table.querySelectorAll('tbody tr[data-element-id]').forEach(function (row) {
      byId[row.getAttribute('data-element-id')] = row.dataset;
    });
    return byId;
  }

  function label(kind, text) {
    var span = document.createElement('span');
    span.className = 'amends-overlay' + (kind ? ' amends-overlay--' + kind : '');
    span.textContent = text;
    return span;
  }

  function countsOverlay(data) {
    var parts = [];
    if (+data.active) { parts.push(label('', data.active + ' active')); }
    if (+data.incidents) { parts.push(label('incidents', data.incidents + ' incident' + (+data.incidents === 1 ? '' : 's'))); }
    if (+data.completed) { parts.push(label('', data.completed + ' done')); }
    if (+data.cancelled) { parts.push(label('', data.cancelled + ' cancelled')); }
    if (+data.pastTarget) { parts.push(label('late', data.pastTarget + ' past target')); }
    return parts;
  }

  function timeOverlay(data) {
    var parts = [];
    if (data.spent && data.spent !== '–') { parts.push(label('', '90%: ' + data.spent)); }
    if (data.waiting && data.waiting !== '–') { parts.push(label('', 'oldest: ' + data.waiting)); }
    if (+data.pastTarget) { parts.push(label('late', data.pastTarget + ' past target')); }
    return parts;
  }

  var viewer = new window.BpmnJS({ container: container });
  container.hidden = false;
  fetch(container.getAttribute('data-diagram-url'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error('diagram ' + response.status); }
      return response.text();
    })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      var figures = rows();
      canvas.zoom('fit-viewport');
      Object.keys(figures).forEach(function (id) {
        var element = registry.get(id);
        if (!element) { return; }
        var data = figures[id];
        var parts = view === 'time' ? timeOverlay(data) : countsOverlay(data);
        var box = document.createElement('div');
        parts.forEach(function (part) { box.appendChild(part); });
        if (parts.length) {
          overlays.add(id, { position: { bottom: -2, left: 0 }, html: box });
        }
        if (view === 'time') {
          var heat = Math.max(+data.spentHeat || 0, +data.waitingHeat || 0);
          if (heat > 0) { canvas.addMarker(id, 'amends-heat-' + heat); }
        }
        if (data.link) { canvas.addMarker(id, 'amends-clickable'); }
      });
      viewer.get('eventBus').on('element.click', function (event) {
        var data = figures[event.element.id];
        if (data && data.link) { window.location.assign(data.link); }
      });
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function () {
      // the table below has every figure; the diagram is a view of it
      container.hidden = true;
    });
}());
