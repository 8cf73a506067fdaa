/**
 * Issue 11.4: nothing executable or controlling in outputs. One repository whose entries carry
 * hostile values in every field (control characters and escape sequences, HTML and script,
 * Markdown links and images, @-mentions, workflow commands, bidirectional overrides, and
 * `constructor` / `__proto__` as statuses and types) is run through every output: validate in
 * every format, list, actions, digest (each audience, each format, to the screen and to a file),
 * brief and review. Each output must:
 *  - come from a clean run (exit 0 or 1, no internal error, no stack trace);
 *  - hold no raw control character, escape sequence or bidi override (they show as codes);
 *  - print no code (a label looked up by `constructor` was the function's source);
 *  - in Markdown and HTML, carry no live markup from a file (no <script>, no javascript: link,
 *    no raw HTML tag, no @-mention);
 *  - in the GitHub format, start every line with a command lessons itself writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeOutput } from '../src/util/terminal.js';
import { runLessons, type RunResult } from './helpers/cli.js';
import { git, gitInit, tempRepo, writeFiles } from './helpers/repo.js';

const ESC = '\u001b';
/** A value that tries everything at once (no identifiable data, so redaction does not hide it). */
const HOSTILE = `Evil ${ESC}]0;owned${ESC}\\\\ ${ESC}[2J${ESC}[31mred\u009b1m \u0007\u0008\u202eRLO\u202c <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) ![i](https://tracker.invalid/p.png) @everyone \n::error::forged`;
/**
 * The body is the authors' own Markdown, copied into Markdown outputs as Markdown (DESIGN: values
 * from the front-matter are escaped; the body is not). Its markup is told apart by "body" so the
 * Markdown checks look at front-matter values only; HTML outputs must make both inert.
 */
const BODY = HOSTILE.replace(/alert\(/g, 'body(').replace('src=x', 'src=body').replace('tracker.invalid', 'body.invalid');
const q = (s: string) => JSON.stringify(s);

const CONFIG = `organisation: Test Trust
taxonomy:
  themes: [medication-safety, handover]
`;

function hostileLesson(id: string, status: string, extra = ''): string {
  return `---
id: ${id}
type: lesson
title: ${q(`Title ${HOSTILE}`)}
summary: ${q(`Summary ${HOSTILE}`)}
kind: improvement
status: ${status}
created: 2026-10-01
approved_by: ${q(`Board ${HOSTILE}`)}
approved_on: 2026-10-02
shared:
  - {channel: ${q(`constructor`)}, date: 2026-10-03}
evaluate_by: 2027-10-01
themes: [medication-safety, ${q(`__proto__`)}]
public: true
public_summary: ${q(`Public ${HOSTILE}`)}
actions:
  - description: ${q(`Action ${HOSTILE}`)}
    owner: ${q(`Owner ${HOSTILE}`)}
    due: ${q(`2026-10-10 ${HOSTILE}`)}
    status: ${q(`constructor`)}
  - description: Second action
    owner: Ward Manager
    due: "__proto__"
    status: "__proto__"
${extra}---

## What happened

Body ${BODY}

## What we learned

Learned ${BODY}

## What we changed

Changed ${BODY}

## Questions for reflection

- Question ${BODY}
`;
}

const FILES: Record<string, string> = {
  'lessons.config.yaml': CONFIG,
  'lessons/learning/LL-20261001-aaaa.md': hostileLesson('LL-20261001-aaaa', 'shared'),
  'lessons/learning/LL-20261002-bbbb.md': hostileLesson('LL-20261002-bbbb', 'constructor'),
  'lessons/learning/LL-20261003-cccc.md': hostileLesson('LL-20261003-cccc', '__proto__', `${q(`key ${ESC}[2J\n::warning::forged`)}: 1\n`),
  'lessons/incidents/INC-20261001-dddd.md': `---\nid: INC-20261001-dddd\ntype: incident\ntitle: ${q(`Incident ${HOSTILE}`)}\nsource: constructor\noccurred: "2026-09"\nservice: ${q('__proto__')}\nresponse: __proto__\nstatus: toString\nharm: {physical: constructor, psychological: __proto__}\n---\n\nText ${HOSTILE}\n`,
  'lessons/learning/__proto__.md': `---\nid: __proto__\ntype: constructor\ntitle: ${q(`T ${HOSTILE}`)}\n---\n`,
};

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function expectClean(name: string, r: RunResult, colour = false): void {
  expect([0, 1], `${name}: exit ${r.code}\n${r.stderr}`).toContain(r.code);
  for (const [stream, raw] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    // With colour on, lessons' own colour codes are the only escape sequences allowed.
    expect(raw).not.toMatch(/\u001b\[2J|\u001b\[31mred|\u001b\]0;/);
    const text = colour ? raw.replace(/\u001b\[[0-9;]*m/g, '') : raw;
    expect(text, `${name} ${stream}`).not.toMatch(/something went wrong inside lessons|\n\s+at .*:\d+:\d+/);
    expect(text.match(CONTROL)?.[0], `${name} ${stream}: a raw control character`).toBeUndefined();
    expect(text, `${name} ${stream}: printed code`).not.toMatch(/\[native code\]|function Object|\[object Object\]/);
  }
}

/** Markup from files must be inert: no tag, no script link, no @-mention, no image. */
function expectInertMarkdown(name: string, md: string, mentions = false): void {
  expect(md, name).not.toMatch(/(^|[^\\])<script>alert|(^|[^\\])<img src=x/im);
  expect(md, name).not.toMatch(/(^|[^\\])\]\(javascript:alert/im);
  expect(md, name).not.toMatch(/(^|[^\\])!\[i(\\)?\]\(https:\/\/tracker/m);
  if (mentions) expect(md, name).not.toMatch(/(^|[^\\\w`&#;])@everyone/m);
}

function expectInertHtml(name: string, html: string): void {
  expect(html, name).not.toMatch(/<script>(alert|body)|<img src=(x|body)|<[a-z][^>]*onerror=|href="javascript:/i);
  expect(html, name).not.toMatch(/<img[^>]+tracker\.invalid/);
}

async function repo(): Promise<string> {
  const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
  gitInit(dir);
  git(dir, ['switch', '-q', '-c', 'feature']);
  writeFiles(dir, FILES);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'hostile']);
  return dir;
}

describe('hostile values in every output', () => {
  it('validate, in every format', async () => {
    const dir = await repo();
    for (const format of ['pretty', 'json', 'github', 'sarif', 'junit']) {
      const r = await runLessons(['validate', '--format', format], { cwd: dir, env: { FORCE_COLOR: format === 'pretty' ? '1' : undefined } });
      expectClean(`validate ${format}`, r, format === 'pretty');
      if (format === 'pretty') expect(r.stdout).toContain('\u001b[');
      if (format === 'json' || format === 'sarif') JSON.parse(r.stdout);
      if (format === 'github') {
        for (const line of r.stdout.trimEnd().split('\n')) expect(line, 'a github line').toMatch(/^(::(error|warning) file=|::notice title=lessons::|lessons: |[✔⚠✖] )/);
      }
    }
  });

  it('list and actions, as tables and JSON', async () => {
    const dir = await repo();
    for (const argv of [['list'], ['list', '--json'], ['actions'], ['actions', '--json'], ['actions', '--owner', 'constructor']]) {
      const r = await runLessons(argv, { cwd: dir });
      expectClean(argv.join(' '), r);
      if (argv.includes('--json')) JSON.parse(r.stdout);
    }
    // A prototype name given as a filter is an unknown value like any other (a usage error), not code.
    const status = await runLessons(['list', '--status', 'constructor'], { cwd: dir });
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(/"constructor" is not a known status/);
    expect(status.stdout + status.stderr).not.toMatch(/\[native code\]|function Object/);
  });

  // The Markdown and HTML of digests and briefings, checked for live markup in the next test.
  const markup: [string, string][] = [];

  it('digest for each audience and format, to the screen and to a file; brief', async () => {
    const dir = await repo();
    for (const audience of ['staff', 'public', 'board']) {
      for (const format of ['md', 'html', 'json']) {
        const argv = ['digest', '--from', '2026-09-01', '--to', '2026-11-20', '--audience', audience, '--format', format];
        const r = await runLessons(argv, { cwd: dir });
        expectClean(argv.join(' '), r);
        const out = path.join(dir, `out-${audience}.${format}`);
        const f = await runLessons([...argv, '--out', out], { cwd: dir });
        expectClean(`${argv.join(' ')} --out`, f);
        const written = readFileSync(out, 'utf8');
        for (const text of [r.stdout, written]) {
          expect(text.match(CONTROL)?.[0], `${audience} ${format}: raw control character`).toBeUndefined();
          expect(text).not.toMatch(/\[native code\]|function Object/);
          if (format === 'json') JSON.parse(text);
          else markup.push([`digest ${audience} ${format}`, text]);
        }
      }
    }
    for (const format of ['md', 'html']) {
      const r = await runLessons(['brief', 'LL-20261001-aaaa', '--format', format], { cwd: dir });
      expectClean(`brief ${format}`, r);
      markup.push([`brief ${format}`, r.stdout]);
    }
  });

  it('digests and briefings carry no live markup from files (Markdown and HTML)', () => {
    expect(markup.length).toBe(14);
    const failures: string[] = [];
    for (const [name, text] of markup) {
      try {
        if (name.endsWith('html')) expectInertHtml(name, text);
        else expectInertMarkdown(name, text);
      } catch (e) {
        failures.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('review, in Markdown and JSON', async () => {
    const dir = await repo();
    const md = await runLessons(['review', '--base', 'main'], { cwd: dir });
    expectClean('review md', md);
    expectInertMarkdown('review md', md.stdout, true);
    expect(md.stdout).toContain('LL-20261003-cccc');
    const json = await runLessons(['review', '--base', 'main', '--format', 'json'], { cwd: dir });
    expectClean('review json', json);
    JSON.parse(json.stdout);
  });

  it('a configuration key with a line break cannot forge a workflow command; messages show control characters as codes', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': `organisation: Test\n${q(`bad\n::error::forged ${ESC}[2J`)}: 1\n` });
    for (const format of ['github', 'pretty', 'json']) {
      const r = await runLessons(['validate', '--format', format], { cwd: dir });
      expect(r.code).toBe(2);
      expectCleanExit2(r);
      expect(r.stdout + r.stderr).not.toMatch(/^::error::forged/m);
      if (format === 'github') expect(r.stdout).toMatch(/^::error file=lessons\.config\.yaml,line=2,col=1,title=lessons configuration::.*%0A|::error file=lessons\.config\.yaml,line=2/m);
    }
  });
});

function expectCleanExit2(r: RunResult): void {
  expect(r.stderr).not.toMatch(/something went wrong inside lessons|\n\s+at /);
  expect((r.stdout + r.stderr).match(CONTROL)?.[0]).toBeUndefined();
}

describe('the output guard', () => {
  it.each([
    ['no controls of our own', {}, `a${ESC}[31mb\r${ESC}[2Kc${ESC}]0;t\u0007`, 'a\\u001b[31mb\\u000d\\u001b[2Kc\\u001b]0;t\\u0007'],
    ['colour on', { colour: true }, `a${ESC}[31mb${ESC}[0m\r${ESC}[2J`, `a${ESC}[31mb${ESC}[0m\\u000d\\u001b[2J`],
    ['a terminal, colour off', { terminal: true }, `\rChecking 3/9${ESC}[2K${ESC}[1m`, `\rChecking 3/9${ESC}[2K\\u001b[1m`],
    ['line breaks, tabs and text pass untouched', {}, 'one\ttwo\nthree ✔ é', 'one\ttwo\nthree ✔ é'],
  ])('%s', (_name, own, input, expected) => {
    expect(safeOutput(input, own)).toBe(expected);
  });

  it('keeps JSON valid and its data the same (C1 and bidi controls become JSON escapes)', () => {
    const data = { a: 'x\u0085y\u009b1m\u202eRLO', b: ['\u001b[2J'] };
    const out = safeOutput(JSON.stringify(data));
    expect(out).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});
