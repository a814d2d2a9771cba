// The form editor (templates/modeler/form.html): @bpmn-io/form-js-editor on the form's JSON, kept
// in the page's form (field "schema") so that saving a draft is an ordinary form post.
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import './modeler-page.css';
import '@bpmn-io/form-js/dist/assets/form-js.css';

const form = document.getElementById('form-editor-form');
const schemaField = document.getElementById('schema');
const editor = new FormEditor({ container: document.getElementById('form-canvas') });
window.amendsFormEditor = editor;

editor.importSchema(JSON.parse(schemaField.value)).catch(error => {
  document.getElementById('form-canvas').textContent = 'The form could not be opened: ' + error.message;
});

form.addEventListener('submit', () => {
  schemaField.value = JSON.stringify(editor.saveSchema(), null, 2);
});
