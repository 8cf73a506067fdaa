// Build step: copies the data files that live next to the code (src/**/*.yaml: blame terms, the
// just culture guides; src/**/*.txt: the name dictionary) into dist/, where the compiled modules
// read them, and writes the checked data of the built-in ones (below). Plain JavaScript, so that it
// needs no compiling and is not part of the product.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

// Then the built-in data files are checked, once, here: each one's checked data is written next to
// it as <name>.checked.json, which runs use while the data file is unchanged (dist/repo/checked-data.js
// readCheckedData). A data file that does not pass its checks stops the build.
const { checkedFileOf, checkedFileText } = await import(pathToFileURL(path.join(dist, 'repo/data-file.js')).href);
const checks = [
  ['repo/calendar.js', 'checkCalendarFile'],
  ['repo/guide.js', 'checkGuideFile'],
  ['rules/language/terms-file.js', 'checkTermsFile'],
];
for (const [module, name] of checks) {
  const { file, source, data } = (await import(pathToFileURL(path.join(dist, module)).href))[name]();
  writeFileSync(checkedFileOf(file), checkedFileText(source, data));
}
