/** Temporary lessons repositories for tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Creates a folder with `files` (path → content) and returns its absolute path. */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-test-'));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

/** Runs git in `dir` with a fixed identity and dates, so history is reproducible. */
export function git(dir: string, args: string[], date = '2026-11-01T10:00:00Z'): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

export function gitInit(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'initial']);
}

/** The body of a lesson with text in the three sections an approved lesson needs (lesson/empty-section). */
export const LESSON_BODY = '\n## What happened\n\nA dose was given late.\n\n## What we learned\n\nPending doses were not visible after a transfer.\n\n## What we changed\n\nThe handover screen shows pending doses.\n';

/** A valid lesson, with `extra` lines appended to the front-matter. */
export function lesson(id: string, extra = '', body = LESSON_BODY): string {
  return `---
id: ${id}
type: lesson
title: Insulin doses at ward transfer
summary: Pending doses now show on the handover screen.
kind: improvement
status: draft
created: 2026-10-01
themes: [medication-safety]
${extra}---
${body}`;
}

export function incident(id: string, extra = ''): string {
  return `---
id: ${id}
type: incident
title: Insulin dose not given during transfer
source: incident
occurred: "2026-09"
service: adult-inpatient
response: swarm-huddle
status: closed
${extra}feedback: {date: 2026-10-15, channel: email}
---

## Summary

A dose was not given.
`;
}

export function policy(id: string, extra = ''): string {
  return `---
id: ${id}
type: policy
title: Medicines policy
reference: FVT.Pharm.001.08
version: "8.2"
status: draft
audience: All clinical staff
author: Chief Pharmacist
owner_group: Medicines Safety Group
${extra}---

Purpose.
`;
}

export const CONFIG = `organisation: Test Trust
taxonomy:
  themes: [medication-safety, handover, falls]
  services: [adult-inpatient, pharmacy]
  audiences: [nursing, all-staff]
`;
