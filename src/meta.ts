/**
 * The package's own facts, read once from its package.json: version, and where its documentation
 * lives (the `homepage`), so SARIF help links, `doctor` and the CI files name one address.
 */
import { readFileSync } from 'node:fs';

interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
}

const PKG: PackageJson = (() => {
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;
  } catch {
    return { name: 'lessons', version: '0.0.0' };
  }
})();

export function packageVersion(): string {
  return PKG.version;
}

/** The project's home page (without `#readme`), e.g. https://github.com/your-org/lessons. */
export function homepage(): string {
  return (PKG.homepage ?? 'https://github.com/your-org/lessons').replace(/#.*$/, '').replace(/\/+$/, '');
}

/** A link to a documentation file of this version, e.g. docsUrl('docs/rules.md', 'pii-nhs-number'). */
export function docsUrl(file: string, anchor?: string): string {
  return `${homepage()}/blob/v${PKG.version}/${file}${anchor ? `#${anchor}` : ''}`;
}

/** Where the rule reference is (the generated table of every rule id). */
export function rulesDocUrl(): string {
  return docsUrl('README.md', 'rules');
}
