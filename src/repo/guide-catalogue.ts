/**
 * Every just culture guide a repository can use: the built-in 2018 guide, and the trust's own
 * guide files in `guides/` at the repository root (`*.yaml` or `*.yml`, one guide version per
 * file, the same structure as the built-in file and checked the same way).
 *
 * A record names its guide (`guide`) and version (`guide_version`), and is checked against that
 * version, so a trust keeps every version its records were made with (e.g.
 * `guides/being-fair-1.yaml`, `guides/being-fair-2.yaml`). A new run uses `--guide <id>`, else the
 * config's `just_culture.guide`, else the built-in guide; then the newest version of that id.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readRegularFile } from './inside.js';
import path from 'node:path';
import type { Config } from '../model/config.js';
import { toPosix } from './repository.js';
import { closest } from '../util/values.js';
import { GuideDataError, loadGuide, parseGuide, type Guide } from './guide.js';

export const GUIDES_DIR = 'guides';

export interface Catalogue {
  /** Every guide version, the built-in one first, then by file name. */
  guides: readonly Guide[];
}

/** The problem that stops a guide from being found: not known at all, or not in that version. */
export type GuideLookup =
  | { ok: true; guide: Guide }
  | { ok: false; reason: 'unknown-guide' | 'unknown-version'; message: string };

const cache = new Map<string, Catalogue>();

/**
 * The guides of the repository at `root` (once per process and root). A broken guide file is a
 * GuideDataError (exit 2) naming its file, line and column; two files with the same id and version
 * are one too.
 */
export function loadCatalogue(root: string, maxBytes = 1_048_576): Catalogue {
  const cached = cache.get(root);
  if (cached) return cached;
  const builtIn = loadGuide();
  const guides: Guide[] = [builtIn];
  const dir = path.join(root, GUIDES_DIR);
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith('.'))
      .sort();
    for (const name of files) {
      const abs = path.join(dir, name);
      const rel = toPosix(path.relative(root, abs));
      // Read like an entry (issue 11.3): a regular file whose real path is inside the repository.
      const read = readRegularFile(abs, root, maxBytes);
      if ('error' in read) {
        if (read.error.code === 'ENOTFILE') continue;
        const why = read.error.code === 'EOUTSIDE' ? 'it is a link to a place outside the repository, which lessons never reads' : `it could not be read (${read.error.code ?? 'error'})`;
        throw new GuideDataError(rel, [{ line: 1, column: 1, message: `${why}.` }], false);
      }
      if ('size' in read) throw new GuideDataError(rel, [{ line: 1, column: 1, message: `the file is larger than the ${maxBytes}-byte limit (limits.max_file_bytes).` }], false);
      const guide = parseGuide(read.bytes.toString('utf8'), rel, { source: rel, fallback: builtIn.localPractice });
      const same = guides.find((g) => g.id === guide.id && g.version === guide.version);
      if (same) {
        throw new GuideDataError(rel, [{ line: 1, column: 1, message: `guide "${guide.id}" version ${guide.version} is already defined by ${same.source === 'built-in' ? 'lessons itself' : same.source}. Give this file a new "version" (records name the version they were made with), or a different "id".` }], false);
      }
      guides.push(guide);
    }
  }
  const catalogue = { guides };
  cache.set(root, catalogue);
  return catalogue;
}

/** For tests: forget what was loaded. */
export function clearCatalogueCache(): void {
  cache.clear();
}

/** Orders versions so that "10" comes after "9" and "2025-05" after "2018". */
function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The guide `id` in `version` (or its newest version when none is given). */
export function findGuide(catalogue: Catalogue, id: string, version?: string): GuideLookup {
  const versions = catalogue.guides.filter((g) => g.id === id).sort((a, b) => compareVersions(a.version, b.version));
  if (versions.length === 0) {
    const ids = [...new Set(catalogue.guides.map((g) => g.id))];
    const guess = closest(id, ids);
    return {
      ok: false,
      reason: 'unknown-guide',
      message: `there is no just culture guide "${id}".${guess ? ` Did you mean "${guess}"?` : ''} The guides are ${ids.join(', ')} (the built-in one, and any files in ${GUIDES_DIR}/).`,
    };
  }
  if (version === undefined) return { ok: true, guide: versions[versions.length - 1] };
  const guide = versions.find((g) => g.version === version);
  if (!guide) {
    return {
      ok: false,
      reason: 'unknown-version',
      message: `the guide "${id}" has no version ${version} (it has ${versions.map((g) => g.version).join(', ')}). Keep the guide file of every version that records were made with.`,
    };
  }
  return { ok: true, guide };
}

/** The guide a new run uses: `--guide`, else the config's `just_culture.guide`, else the built-in guide. */
export function chooseGuide(catalogue: Catalogue, config: Config, asked?: string): GuideLookup {
  const id = asked ?? config.just_culture.guide ?? loadGuide().id;
  const found = findGuide(catalogue, id);
  if (!found.ok && asked === undefined && config.just_culture.guide !== undefined) {
    return { ...found, message: `lessons.config.yaml sets just_culture.guide to "${id}", but ${found.message}` };
  }
  return found;
}
