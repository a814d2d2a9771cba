// Lints BPMN files the way the modeler does (bpmnlint:recommended + Camunda 8.8 compatibility),
// reading the zeebe: extensions, which bpmnlint's own command line does not know.
// Usage: node lint-bpmn.mjs FILE... ; prints one JSON object {file: [{id, rule, category, message}]}.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';


const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const { BpmnModdle } = require('bpmn-moddle');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');

const config = { extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8'] };
const linter = new Linter({ config, resolver: new NodeResolver() });
const moddle = new BpmnModdle({ zeebe });

const results = {};
for (const file of process.argv.slice(2)) {
  const { rootElement, warnings } = await moddle.fromXML(await readFile(file, 'utf8'));
  const problems = warnings.map(w => ({ id: '', rule: 'import', category: 'error', message: w.message }));
  for (const [rule, reports] of Object.entries(await linter.lint(rootElement))) {
    for (const report of reports) {
      problems.push({ id: report.id, rule, category: report.category, message: report.message });
    }
  }
  results[file] = problems;
}
console.log(JSON.stringify(results, null, 1));
