// The compare page (templates/modeler/compare.html): the two versions side by side, the changes
// marked on both diagrams by bpmn-js-differ. The plain English list is made on the server.
import NavigatedViewer from 'camunda-bpmn-js/lib/camunda-cloud/NavigatedViewer';
import { diff } from 'bpmn-js-differ';
import 'camunda-bpmn-js/dist/assets/camunda-cloud-navigated-viewer.css';
import './modeler-page.css';

const left = new NavigatedViewer({ container: '#diagram-old' });
const right = new NavigatedViewer({ container: '#diagram-new' });

function mark(viewer, ids, marker) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  for (const id of ids) {
    if (registry.get(id)) {
      canvas.addMarker(id, marker);
    }
  }
}

function diagramElements(viewer, changed) {
  const registry = viewer.get('elementRegistry');
  const ids = new Set();
  for (const [ id, change ] of Object.entries(changed)) {
    let element = change.model;
    while (element && !(element.id && registry.get(element.id))) {
      element = element.$parent;
    }
    ids.add(element ? element.id : id);
  }
  return [ ...ids ];
}

async function show() {
  await left.importXML(document.getElementById('xml-old').value);
  await right.importXML(document.getElementById('xml-new').value);
  left.get('canvas').zoom('fit-viewport');
  right.get('canvas').zoom('fit-viewport');
  const changes = diff(left.getDefinitions(), right.getDefinitions());
  mark(left, Object.keys(changes._removed), 'amends-diff-removed');
  mark(right, Object.keys(changes._added), 'amends-diff-added');
  // a change inside an element (a timer's duration, a job type) is marked on the element itself
  const changed = diagramElements(right, changes._changed);
  mark(left, changed, 'amends-diff-changed');
  mark(right, changed, 'amends-diff-changed');
  mark(right, Object.keys(changes._layoutChanged), 'amends-diff-moved');
  document.getElementById('diagrams').setAttribute('data-marked',
    String(Object.keys(changes._added).length + Object.keys(changes._removed).length
      + Object.keys(changes._changed).length + Object.keys(changes._layoutChanged).length));
}

show().catch(error => {
  document.getElementById('diagrams').textContent = 'The diagrams could not be shown: ' + error.message;
});
