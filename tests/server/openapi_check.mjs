// Checks data/openapi.json with a real validator (@apidevtools/swagger-parser), then starts
// `rungs serve` on 127.0.0.1 and exercises every documented route, its successes and its errors:
// each status must be documented, and each JSON body must match the documented schema (ajv,
// JSON Schema 2020-12 as OpenAPI 3.1 uses). Usage: node openapi_check.mjs RUNGS_BINARY SOURCE_DIR
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from '../browser/harness.mjs';

const require = createRequire(join(process.argv[3], 'tests', 'browser', 'package.json'));
const SwaggerParser = require('@apidevtools/swagger-parser');
const Ajv2020 = require('ajv/dist/2020').default;

const [binary, source] = process.argv.slice(2);
const specFile = join(source, 'data', 'openapi.json');
await SwaggerParser.validate(specFile);  // throws with the reason when the document is not valid
const spec = await SwaggerParser.dereference(specFile);
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

const dir = mkdtempSync(join(tmpdir(), 'rungs-openapi-'));
const { server, base } = await startServer(binary, source, ['--store', join(dir, 'r.db')]);

const resume = readFileSync(join(source, 'examples', 'resumes', 'priya-senior.md'));
const later = readFileSync(join(source, 'examples', 'resumes', 'priya-senior-a-year-later.md'));
const job = 'Senior Java developer\nMust have: Java, Kafka, Kubernetes\n';
const multipart = (fields) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, new Blob([value]), `${name}.txt`);
  return form;
};

// [method, documented path, request path, body, expected status]
const plan = [
  ['get', '/healthz', '/healthz', null, 200],
  ['get', '/openapi.json', '/openapi.json', null, 200],
  ['get', '/metrics', '/metrics', null, 200],
  ['get', '/v1/ladder', '/v1/ladder', null, 200],
  ['get', '/v1/roles', '/v1/roles', null, 200],
  ['get', '/v1/path', '/v1/path?from=senior-backend-developer&to=solutions-architect', null, 200],
  ['get', '/v1/path', '/v1/path?from=backend-developer', null, 400],
  ['post', '/v1/assess', '/v1/assess', resume, 200],
  ['post', '/v1/assess', '/v1/assess?format=html', resume, 200],
  ['post', '/v1/assess', '/v1/assess?save=1&person=priya', resume, 200],
  ['post', '/v1/assess', '/v1/assess?save=1&person=priya', later, 200],
  ['post', '/v1/assess', '/v1/assess', '', 400],
  ['post', '/v1/assess', '/v1/assess?target=cto', resume, 400],
  ['post', '/v1/assess', '/v1/assess', Buffer.alloc(11 << 20, 97), 413],
  ['post', '/v1/assess', '/v1/assess', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]), 415],
  ['post', '/v1/assess', '/v1/assess', '{"basics": ', 422],
  ['post', '/v1/match', '/v1/match', multipart({ resume, job }), 200],
  ['post', '/v1/match', '/v1/match', resume, 400],
  ['post', '/v1/skills', '/v1/skills', resume, 200],
  ['post', '/v1/profile', '/v1/profile', resume, 200],
  ['get', '/v1/people', '/v1/people', null, 200],
  ['get', '/v1/people/{id}/history', '/v1/people/priya/history?diff=1', null, 200],
  ['get', '/v1/people/{id}/history', '/v1/people/nobody/history', null, 404],
  ['delete', '/v1/people/{id}', '/v1/people/priya', null, 200],
  ['delete', '/v1/people/{id}', '/v1/people/priya', null, 404],
];

const problems = [];
const exercised = new Set();
for (const [method, documented, path, body, want] of plan) {
  const res = await fetch(base + path, { method: method.toUpperCase(), body: body === null ? undefined : body });
  const text = await res.text();
  exercised.add(`${method} ${documented}`);
  const where = `${method.toUpperCase()} ${path}`;
  if (res.status !== want) problems.push(`${where}: status ${res.status}, expected ${want}: ${text.slice(0, 200)}`);
  const response = spec.paths[documented]?.[method]?.responses?.[String(res.status)];
  if (!response) {
    problems.push(`${where}: status ${res.status} is not documented`);
    continue;
  }
  const type = (res.headers.get('content-type') || '').split(';')[0];
  const schema = response.content?.[type]?.schema;
  if (!schema) {
    problems.push(`${where}: content type ${type} is not documented for ${res.status}`);
    continue;
  }
  if (type === 'application/json') {
    const validate = ajv.compile(schema);
    if (!validate(JSON.parse(text))) problems.push(`${where}: body does not match the schema: ${ajv.errorsText(validate.errors)}`);
  }
}
for (const [path, ops] of Object.entries(spec.paths)) {
  for (const method of Object.keys(ops)) {
    if (!exercised.has(`${method} ${path}`)) problems.push(`${method.toUpperCase()} ${path} is documented but not exercised`);
  }
}
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`openapi: valid OpenAPI ${spec.openapi}; ${plan.length} requests over ${exercised.size} routes matched their documented responses`);
