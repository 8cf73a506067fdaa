/** Helpers for digest and briefing tests: the sample repository with a pinned git history, an HTML checker, chromium. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT } from './cli.js';
import { git, tempRepo } from './repo.js';

/** The sample lesson changed by the second commit of `sampleRepo({git: true})`. */
export const CHANGED_IN_OCTOBER = 'LL-20260428-a3kd';

/**
 * A copy of this checkout's sample repository in a temporary folder. With `git`, it has two
 * commits: everything on 30 June 2026 (tagged v2026-09), then a change to one lesson on
 * 20 October 2026.
 */
export function sampleRepo(opts: { git?: boolean } = {}): string {
  const dir = tempRepo({});
  cpSync(path.join(PROJECT, 'lessons'), path.join(dir, 'lessons'), { recursive: true });
  cpSync(path.join(PROJECT, 'lessons.config.yaml'), path.join(dir, 'lessons.config.yaml'));
  if (opts.git) {
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['config', 'commit.gpgsign', 'false']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Sample lessons'], '2026-06-30T12:00:00Z');
    git(dir, ['tag', 'v2026-09']);
    const file = path.join(dir, `lessons/learning/${CHANGED_IN_OCTOBER}.md`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\n## Questions for reflection', '- Progress was reviewed at the deteriorating patient group in October 2026.\n\n## Questions for reflection'));
    git(dir, ['commit', '-q', '-am', 'Record progress'], '2026-10-20T12:00:00Z');
  }
  return dir;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Structural checks of a self-contained, accessible HTML page. Returns the problems found (an
 * empty list when the page is fine), so a failing test shows all of them.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!DOCTYPE html>')) problems.push('no <!DOCTYPE html>');
  if (!/<html lang="en-GB">/.test(html)) problems.push('no <html lang="en-GB">');
  // Balanced tags (text never holds a raw "<": every value is escaped).
  const stack: string[] = [];
  const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>]*>/i, '');
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g)) {
    const [, close, rawName, selfClose] = m;
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClose) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) {
      problems.push(`unbalanced </${name}> at offset ${m.index}`);
      break;
    }
  }
  if (stack.length) problems.push(`unclosed tags: ${stack.join(', ')}`);
  // Headings: exactly one h1, first, and no level skipped on the way down.
  const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`expected one h1, found ${levels.filter((l) => l === 1).length}`);
  if (levels[0] !== 1) problems.push('the first heading is not the h1');
  for (let i = 1; i < levels.length; i++) if (levels[i] > levels[i - 1] + 1) problems.push(`heading h${levels[i]} follows h${levels[i - 1]}`);
  // Tables: every header cell has a scope.
  for (const th of html.matchAll(/<th\b[^>]*>/g)) if (!/scope="(col|row)"/.test(th[0])) problems.push(`<th> without scope: ${th[0]}`);
  // Charts: role, title and description.
  for (const svg of html.matchAll(/<svg\b[^>]*>([\s\S]*?)<\/svg>/g)) {
    if (!/role="img"/.test(svg[0])) problems.push('an <svg> without role="img"');
    if (!/<title\b[^>]*>[^<]+<\/title>/.test(svg[1])) problems.push('an <svg> without a <title>');
    if (!/<desc\b[^>]*>[^<]+<\/desc>/.test(svg[1])) problems.push('an <svg> without a <desc>');
  }
  // Self-contained: no scripts, no external resources of any kind.
  if (/<script\b/i.test(html)) problems.push('a <script>');
  if (/<(link|iframe|object|embed|img)\b/i.test(html)) problems.push('an external resource element');
  // Links to pages of the learning library (site.base_url) are links, not requests: only <a href="https://…"> is allowed.
  if (/\b(src|href|xlink:href|action|poster)\s*=/i.test(html.replace(/<a href="https?:\/\/[^"\s]+">/g, '<a>'))) problems.push('a src/href attribute');
  if (/url\(/i.test(html)) problems.push('a url( in CSS');
  if (/@import|@font-face/i.test(html)) problems.push('an @import or @font-face');
  if (!/@media print\{[\s\S]*@page/.test(html)) problems.push('no @media print rules with @page');
  return problems;
}

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Prints an HTML file to PDF with headless chromium; returns the PDF's bytes and page count. */
export function printToPdf(htmlFile: string): Promise<{ bytes: Buffer; pages: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-chromium-'));
  const pdf = path.join(dir, 'out.pdf');
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    `--user-data-dir=${path.join(dir, 'profile')}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`,
    pathToFileURL(htmlFile).href,
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: 90_000 }, (err, _stdout, stderr) => {
      try {
        if (!existsSync(pdf) || statSync(pdf).size === 0) {
          reject(new Error(`chromium did not write a PDF (${err?.message ?? 'no error'}): ${String(stderr).slice(-2000)}`));
          return;
        }
        const bytes = readFileSync(pdf);
        const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
        resolve({ bytes, pages });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
