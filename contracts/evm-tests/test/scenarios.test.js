import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenario } from '../scenario-runner.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

test('there are shared scenarios to run', (t) => {
  if (files.length < 4) throw new Error('expected the shared scenario files in ' + dir);
});

for (const file of files) {
  const scenario = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  test(`scenario ${file}: ${scenario.name}`, async () => {
    await runScenario(scenario);
  });
}
