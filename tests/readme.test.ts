import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../tools/docs.mjs';
import { RULES } from '../src/rules/index.js';
import { PROJECT } from './helpers/cli.js';

describe('README and docs', () => {
  const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
  const rules = readFileSync(path.join(PROJECT, 'docs/rules.md'), 'utf8');
  it('have their generated sections up to date (run "npm run docs")', async () => {
    expect(await render(rules)).toBe(rules);
  });
  it('list every rule id', () => {
    for (const r of RULES) expect(rules).toContain(`\`${r.id}\``);
  });
  it('link only to docs that exist, and every doc is linked from the README', () => {
    const linked = new Set([...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((m) => m[1]));
    for (const file of linked) expect(existsSync(path.join(PROJECT, file)), file).toBe(true);
    for (const file of readdirSync(path.join(PROJECT, 'docs'))) expect(linked.has(`docs/${file}`), `docs/${file}`).toBe(true);
  });
  it('keeps the two-command quick start and the test command', () => {
    expect(readme).toContain('npm install');
    expect(readme).toContain('npx lessons validate');
    expect(readme).toContain('npm test');
  });
});
