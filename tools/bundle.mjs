// Build step after tsc and copy-data: bundles the compiled modules in dist/ and the packages they
// import (commander, zod, js-yaml, …) into a few files in dist/bundle/, which bin/lessons.js runs.
//
// Why: Node.js 20 loads ES modules one file at a time (resolve, read, compile, link), and
// `validate` on the sample loaded about 270 of them (96 from zod alone, 64 of those its locales).
// Bundled, it loads a few dozen chunks at most and none of zod's locales (lessons never uses them, and the
// bundler leaves out what nothing uses). On the 42-file sample that took `validate` from about
// 370 to about 230 ms on the benchmark machine (docs/speed.md, "Start-up"). Rolldown is the
// bundler vitest already installs (through vite); it is pinned in devDependencies, needs no
// network, and its output for the same input is the same, byte for byte (tests/dist.test.ts
// rebuilds dist/ and compares).
//
// Chunks are named without a content hash, so that a change to one module changes only the
// chunks that hold it (nothing caches these files by name).
//
// The unbundled modules stay in dist/ beside the bundle: they are what the bundle is made from,
// and the data files the modules read (names, terms, guides, calendars, templates) are found
// relative to them. So in each module, `import.meta.url` is rewritten to the URL the module has in
// dist/ (the bundle's files all sit in dist/bundle/, one level below), and a module URL that names
// an entry point of the bundle (a worker script) is pointed at the bundled entry instead.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const project = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(project, 'dist');
const out = path.join(dist, 'bundle');

/** Entry points: what bin/lessons.js imports, and the scripts lessons starts as worker threads. */
const ENTRIES = { cli: 'cli.js', write: 'util/write.js', worker: 'rules/worker.js', 'search-worker': 'site/search-worker.js' };
const entryOf = new Map(Object.entries(ENTRIES).map(([name, file]) => [path.join(dist, file), name]));

/** `new URL('./x.js', import.meta.url)`, or `import.meta.url` alone. */
const MODULE_URL = /new URL\((['"])(\.\.?\/[^'"]+\.js)\1, import\.meta\.url\)|import\.meta\.url/g;

const moduleUrls = {
  name: 'lessons-module-urls',
  transform(code, id) {
    if (!id.startsWith(dist + path.sep) || !code.includes('import.meta.url')) return null;
    const here = JSON.stringify(path.relative(out, id).split(path.sep).join('/'));
    return {
      code: code.replace(MODULE_URL, (whole, _quote, relative) => {
        const entry = relative && entryOf.get(path.resolve(path.dirname(id), relative));
        if (entry) return `new URL('./${entry}.js', import.meta.url)`;
        return whole.replace('import.meta.url', `new URL(${here}, import.meta.url).href`);
      }),
      map: null,
    };
  },
};

rmSync(out, { recursive: true, force: true });
const build = await rolldown({
  input: Object.fromEntries([...entryOf].map(([file, name]) => [name, file])),
  platform: 'node',
  // Paths as they are in the project (tests/dist.test.ts builds with node_modules linked in).
  resolve: { symlinks: false },
  plugins: [moduleUrls],
  // cache.js is imported both ways; the static import wins, which is what we want.
  checks: { ineffectiveDynamicImport: false },
});
await build.write({ dir: out, format: 'esm', comments: false, entryFileNames: '[name].js', chunkFileNames: '[name].js' });
await build.close();
