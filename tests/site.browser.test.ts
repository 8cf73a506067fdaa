/**
 * The learning library in a real browser: Debian's chromium driven by playwright-core, the site
 * opened from disk (`file://`), as a ward manager would open it from a shared drive. Skipped,
 * saying why, only when /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLessons } from './helpers/cli.js';
import { CHROMIUM, hasChromium, sampleRepo } from './helpers/digest.js';
import { axe, openBrowser, type Browser } from './helpers/browser.js';
import { readEntryFile } from '../src/repo/read.js';

if (!hasChromium) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the learning library browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium).`);
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const WITH_IMAGE = 'LL-20260428-a3kd';

let dir: string;
let staff: string;
let pub: string;
let browser: Browser;

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(root, f))
    .filter((f) => statSync(f).isFile());
}

beforeAll(async () => {
  dir = sampleRepo();
  // A picture in one lesson, to check that images are copied in and shown.
  writeFileSync(path.join(dir, 'lessons/images-escalation.png'), PNG);
  const file = path.join(dir, `lessons/learning/${WITH_IMAGE}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace('## What we changed\n', '## What we changed\n\n![The night-time escalation ladder on the pocket card](../images-escalation.png)\n'));
  for (const [audience, out] of [['staff', 'staff-site'], ['public', 'public-site']]) {
    const r = await runLessons(['site', '--audience', audience, '--out', out], { cwd: dir });
    expect(r.code, r.stderr + r.stdout).toBe(0);
  }
  staff = path.join(dir, 'staff-site');
  pub = path.join(dir, 'public-site');
  if (hasChromium) browser = await openBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const url = (root: string, page: string) => pathToFileURL(path.join(root, page)).href;

/** Every request so far left file:// alone (nothing from another host, no network at all). */
function expectOnlyFileRequests() {
  expect(browser.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  expect(browser.errors).toEqual([]);
}

describe.skipIf(!hasChromium)('the staff site in chromium, from file://', () => {
  it('finds a lesson by typing a query with the keyboard, filtering and following a result', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(staff, 'search.html'));
    await page.waitForSelector('body[data-search-ready="true"]');
    // Keyboard only: Tab from the top of the page to the search box, then type.
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('escalation');
    // The search runs 120 ms after the last key: wait for the run of the whole word (it puts the query in
    // the address), not one made mid-word on a slow machine.
    await page.waitForFunction(() => location.hash.includes('q=escalation') && /result/.test(document.getElementById('search-status')?.textContent ?? '') && document.querySelectorAll('#results li').length > 0);
    const all = await page.locator('#results li').count();
    expect(all).toBeGreaterThan(1);
    // A filter narrows the results, chosen with the keyboard: Tab to the select, arrow down.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'f-type'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-type');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#f-type')).toBe('lesson');
    await page.selectOption('#f-theme', 'deteriorating-patient');
    await page.waitForFunction((n) => document.querySelectorAll('#results li').length < n, all);
    const titles = await page.locator('#results li a').allTextContents();
    expect(titles).toContain('A NEWS2 alert needs a second route when the first responder is busy');
    const ms = Number(await page.getAttribute('body', 'data-search-ms'));
    // The search itself is measured in the page; the bar (under 100 ms) is reported from quiet runs. Here, on a
    // machine that may be busy with other tests, it only has to be far from a stall.
    expect(ms).toBeLessThan(1000);
    // Follow the result with the keyboard.
    await page.focus('#results li a >> nth=0');
    const target = await page.locator('#results li a >> nth=0').getAttribute('href');
    await Promise.all([page.waitForURL(/lessons\/LL-.*\.html$/), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(new URL(target as string, url(staff, 'search.html')).href);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    // The search state is in the address: Back returns to the same results.
    await page.goBack();
    await page.waitForSelector('body[data-search-ready="true"]');
    expect(await page.inputValue('#q')).toBe('escalation');
    expect(await page.inputValue('#f-theme')).toBe('deteriorating-patient');
    expectOnlyFileRequests();
    await page.close();
  }, 60_000);

  it('searches from the box on every page (?q=) and browses with filters alone', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(staff, 'policies/index.html'));
    await page.fill('#quick-q', 'insulin');
    await Promise.all([page.waitForURL(/search\.html\?q=insulin/), page.press('#quick-q', 'Enter')]);
    await page.waitForSelector('body[data-search-ready="true"]');
    expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    await page.fill('#q', '');
    await page.dispatchEvent('#q', 'input');
    await page.selectOption('#f-kind', 'good-practice');
    await page.waitForFunction(() => document.querySelectorAll('#results li.good').length > 0 && document.querySelectorAll('#results li:not(.good)').length === 0);
    expectOnlyFileRequests();
    await page.close();
  }, 60_000);

  it('shows the copied image with its description', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(staff, `lessons/${WITH_IMAGE}.html`));
    const img = page.locator('.body img');
    expect(await img.getAttribute('alt')).toBe('The night-time escalation ladder on the pocket card');
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1);
    expectOnlyFileRequests();
    await page.close();
  }, 60_000);

  it('has a feed that is well-formed XML (Atom)', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(staff, 'index.html'));
    const xml = readFileSync(path.join(staff, 'feed.xml'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length, ns: doc.documentElement.namespaceURI, entries: doc.getElementsByTagName('entry').length };
    }, xml);
    expect(parsed).toEqual({ error: 0, ns: 'http://www.w3.org/2005/Atom', entries: expect.any(Number) });
    expect(parsed.entries).toBeGreaterThan(5);
    await page.close();
  });

  it('has an accessibility check that can fail (a field without a label is found)', async () => {
    const page = await browser.context.newPage();
    await page.setContent('<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body><main><h1>t</h1><input type="text"></main></body></html>');
    expect((await axe(page)).map((v) => v.id)).toContain('label');
    await page.close();
  });

  it('passes axe-core on every page template with no violations', async () => {
    const page = await browser.context.newPage();
    const pages = [
      'index.html',
      'search.html?q=handover',
      `lessons/${WITH_IMAGE}.html`,
      'sources/index.html',
      'sources/INC-20260318-k7d2.html',
      'policies/index.html',
      'policies/POL-20240301-m2fd.html',
      'themes/index.html',
      'themes/handover.html',
      'services/index.html',
      'services/adult-inpatient.html',
      'timeline.html',
    ];
    const found: Record<string, unknown> = {};
    for (const p of pages) {
      await page.goto(`${url(staff, p.split('?')[0])}${p.includes('?') ? `?${p.split('?')[1]}` : ''}`);
      if (p.startsWith('search')) await page.waitForSelector('#results li');
      const v = await axe(page);
      if (v.length) found[p] = v;
    }
    expect(found).toEqual({});
    expectOnlyFileRequests();
    await page.close();
  }, 120_000);
});

describe.skipIf(!hasChromium)('the staff site in chromium, from a web server', () => {
  it('searches the same way over http, asking only that server', async () => {
    const server = createServer((req, res) => {
      const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
      const file = path.join(staff, rel);
      if (!file.startsWith(staff) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/atom+xml', '.png': 'image/png' }[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await browser.context.newPage();
      const before = browser.requests.length;
      await page.goto(`${origin}/search.html?q=insulin`);
      await page.waitForSelector('#results li');
      await page.selectOption('#f-type', 'source');
      await page.waitForFunction(() => [...document.querySelectorAll('#results li a')].every((a) => a.getAttribute('href')?.startsWith('sources/')));
      await Promise.all([page.waitForURL(/\/sources\/INC-.*\.html$/), page.click('#results li a >> nth=0')]);
      expect(browser.requests.slice(before).filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
      browser.requests.splice(before); // the other tests check that everything else stays on file://
      expect(browser.errors).toEqual([]);
      await page.close();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});

describe.skipIf(!hasChromium)('printing a page of the site', () => {
  it('hides navigation and search, and fits a lesson on A4 pages', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(staff, `lessons/${WITH_IMAGE}.html`));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.site').isVisible()).toBe(false);
    expect(await page.locator('form.quick').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.close();
  }, 60_000);
});

describe.skipIf(!hasChromium)('the public site in chromium, from file://', () => {
  it('searches, filters and follows a result; passes axe-core', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(pub, 'search.html'));
    await page.waitForSelector('body[data-search-ready="true"]');
    const all = await page.locator('#results li').count();
    expect(all).toBeGreaterThan(0);
    await page.selectOption('#f-category', 'you-said-we-did');
    await page.waitForFunction((n) => document.querySelectorAll('#results li').length < n, all);
    await page.click('#results li a >> nth=0');
    await page.waitForURL(/lessons\/[0-9a-f]{16}\.html$/);
    const found: Record<string, unknown> = {};
    for (const p of ['index.html', 'search.html', 'timeline.html', path.relative(pub, page.url().replace('file://', ''))]) {
      await page.goto(url(pub, p));
      const v = await axe(page);
      if (v.length) found[p] = v;
    }
    expect(found).toEqual({});
    expectOnlyFileRequests();
    await page.close();
  }, 120_000);

  it('holds no private field anywhere in its folder', () => {
    // What the public may see: each public lesson's title and public summary.
    const allowed: string[] = [];
    const secret = new Set<string>();
    const collect = (v: unknown) => {
      if (typeof v === 'string') {
        for (const part of v.split(/\n+/)) if (part.trim().length >= 12) secret.add(part.trim());
      } else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const f of files(path.join(dir, 'lessons')).filter((f) => f.endsWith('.md'))) {
      const read = readEntryFile(f, path.relative(dir, f), 1 << 20);
      const data = read.data as Record<string, unknown>;
      if (data.type === 'lesson' && data.public === true) allowed.push(String(data.public_title ?? data.title), String(data.public_summary ?? ''));
      collect(data);
      // Every sentence of every body is private too.
      const body = readFileSync(f, 'utf8').split(/^---$/m).slice(2).join('---');
      for (const line of body.split('\n')) if (line.trim().length >= 30 && !line.startsWith('#')) secret.add(line.trim().replace(/^[-*] /, ''));
    }
    const privateValues = [...secret].filter((s) => !allowed.some((a) => a.includes(s)));
    expect(privateValues.length).toBeGreaterThan(200);
    const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const leaks: string[] = [];
    for (const f of files(pub)) {
      if (f.endsWith('minisearch.js')) continue; // the library itself
      const text = readFileSync(f, 'utf8');
      for (const v of privateValues) if (text.includes(v) || text.includes(html(v)) || text.includes(JSON.stringify(v).slice(1, -1))) leaks.push(`${path.relative(pub, f)}: ${v.slice(0, 80)}`);
    }
    expect(leaks).toEqual([]);
  });
});
