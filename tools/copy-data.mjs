// Build step: copies the data files that live next to the code (src/**/*.yaml: blame terms, the
// just culture guides; src/**/*.txt: the name dictionary) into dist/, where the compiled modules
// read them. Plain JavaScript, so that it needs no compiling and is not part of the product.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const project = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(project, 'src');
const dist = path.join(project, 'dist');

function copy(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, d.name);
    if (d.isDirectory()) copy(abs);
    else if (/\.(?:ya?ml|txt)$/.test(d.name)) {
      const target = path.join(dist, path.relative(src, abs));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(abs, target);
    }
  }
}
copy(src);
