// Reads BPMN files and writes them back as the modeler saves them: camunda-bpmn-js's saveXML is
// bpmn-moddle's toXML with the zeebe: and modeler: extensions camunda-bpmn-js itself depends on
// (it drops attributes equal to their default, reorders attributes, re-indents, re-escapes).
// Usage: node save-bpmn.mjs FILE... ; prints one JSON object {file: savedXml}.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
// the versions camunda-bpmn-js resolves, which may differ from the top-level ones
const camunda = createRequire(require.resolve('camunda-bpmn-js/package.json'));
const zeebe = camunda('zeebe-bpmn-moddle/resources/zeebe.json');
const modeler = camunda('modeler-moddle/resources/modeler.json');
const moddle = new BpmnModdle({ zeebe, modeler });

const results = {};
for (const file of process.argv.slice(2)) {
  const { rootElement, warnings } = await moddle.fromXML(await readFile(file, 'utf8'));
  if (warnings.length) {
    throw new Error(file + ': ' + warnings.map(w => w.message).join('; '));
  }
  results[file] = (await moddle.toXML(rootElement, { format: true })).xml;
}
console.log(JSON.stringify(results));
