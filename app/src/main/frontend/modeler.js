// The process modeler (templates/modeler/edit.html): camunda-bpmn-js, the Camunda 8 distribution
// of bpmn-js with the zeebe: properties panel, and @camunda/linting checking the diagram against
// Camunda 8.8 on every change. The diagram lives in the page's form (field "xml"), so saving a
// draft is an ordinary form post.
import Modeler from 'camunda-bpmn-js/lib/camunda-cloud/Modeler';
import { Linter } from '@camunda/linting';
import lintingModule from '@camunda/linting/modeler';
// camunda-cloud-modeler.css without bpmn-embedded.css, whose data: font the Content-Security-Policy
// refuses (font-src 'self'): the same font as files, which esbuild copies beside the bundle
import 'camunda-bpmn-js/dist/assets/diagram-js.css';
import 'camunda-bpmn-js/dist/assets/bpmn-js.css';
import 'camunda-bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import 'camunda-bpmn-js/dist/assets/diagram-js-minimap.css';
import 'camunda-bpmn-js/dist/assets/properties-panel.css';
import 'camunda-bpmn-js/dist/assets/color-picker.css';
import 'camunda-bpmn-js/dist/assets/element-templates.css';
import 'camunda-bpmn-js/dist/assets/element-template-chooser.css';
import 'camunda-bpmn-js/dist/assets/popup-menu.css';
import './modeler-page.css';
import '@camunda/linting/assets/linting.css';
import { renderProblems } from './problems.js';

const form = document.getElementById('modeler-form');
const xmlField = document.getElementById('xml');
const lintErrorsField = document.getElementById('lintErrors');

const modeler = new Modeler({
  container: '#canvas',
  propertiesPanel: { parent: '#properties' },
  additionalModules: [ lintingModule ]
});
const linter = new Linter({ modeler: 'web', type: 'cloud' });

// what the browser test drives: the modeling API, as the palette and properties panel do
window.amendsModeler = modeler;

async function update() {
  const { xml } = await modeler.saveXML({ format: true });
  xmlField.value = xml;
  const reports = await linter.lint(modeler.getDefinitions());
  modeler.get('linting').setErrors(reports);
  lintErrorsField.value = String(reports.filter(r => r.category === 'error').length);
  renderProblems(document.getElementById('problems'), reports, report => modeler.get('linting').showError(report));
  document.getElementById('canvas').setAttribute('data-linted', String(Date.now()));
}

// the form posts the fields as the last update left them: saving waits until it has run
const saveButton = form.querySelector('button[type=submit]');
let pending;
modeler.on('commandStack.changed', () => {
  saveButton.disabled = true;
  clearTimeout(pending);
  pending = setTimeout(() => update().finally(() => { saveButton.disabled = false; }), 200);
});

modeler.importXML(xmlField.value).then(() => {
  modeler.get('canvas').zoom('fit-viewport');
  modeler.get('linting').activate();
  return update();
}).catch(error => {
  document.getElementById('problems').textContent = 'The diagram could not be opened: ' + error.message;
});
