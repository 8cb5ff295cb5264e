/**
 * npm test: every test. Type checks, unit and content tests, then the site is built and the
 * browser tests drive it in headless Chromium. Stops at the first step that fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium.ts';

const reports = mkdtempSync(join(tmpdir(), 'loyalty-lab-tests-'));
const vitest = (project: string) => ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, `${project}.json`)}`];

const steps: [string, string, string[]][] = [
  ['Type check (Astro, TypeScript)', 'astro', ['check', '--minimumSeverity', 'warning']],
  ['Type check (Svelte)', 'svelte-check', ['--fail-on-warnings']],
  ['Unit and content tests', 'vitest', vitest('unit')],
  ['Build with search index', 'npm', ['run', '--silent', 'build']],
  ['Browser tests (headless Chromium)', 'vitest', vitest('e2e')],
];

ensureChromium();

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const [title, command, args] of steps) {
  console.log(`\n▶ ${title}`);
  const started = performance.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(run.status ?? 1);
  }
  console.log(`✓ ${title} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

// One plain closing line over both vitest runs, for people and for CI logs.
let passed = 0;
let failed = 0;
for (const project of ['unit', 'e2e']) {
  const report = JSON.parse(readFileSync(join(reports, `${project}.json`), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`\n${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exit(1);
