/**
 * Images referenced by lesson bodies: each is checked and copied into `assets/images/` under a
 * name taken from its content (so the same picture used twice is copied once).
 *
 * An image must be a file in the repository (a relative address, from the lesson's folder, or
 * one starting with `/`, from the repository root), of a picture type, with a description (alt
 * text). Addresses on other hosts are refused (the site makes no request elsewhere), and so is
 * anything that resolves outside the repository, symbolic links included.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../rules/types.js';
import type { ImageRequest } from '../document/markdown-html.js';

export const IMAGE_TYPES: Record<string, string> = { '.png': 'png', '.jpg': 'jpg', '.jpeg': 'jpg', '.gif': 'gif', '.webp': 'webp', '.svg': 'svg', '.avif': 'avif' };
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export const IMAGE_RULES = ['site/image-alt', 'site/image-remote', 'site/image-outside', 'site/image-missing', 'site/image-type'] as const;

export class Images {
  /** Site path (`assets/images/<hash>.<ext>`) → the file's bytes. */
  readonly files = new Map<string, Buffer>();
  private readonly realRoot: string;

  constructor(
    private readonly root: string,
    private readonly report: (p: Problem) => void,
  ) {
    this.realRoot = realpathSync(root);
  }

  /**
   * The site path of the image, or undefined (with a problem reported) when it cannot be used.
   * `file` is the lesson's path relative to the repository root; `bodyLine` the file line where its body starts.
   */
  resolve(file: string, bodyLine: number, req: ImageRequest): string | undefined {
    const problem = (rule: (typeof IMAGE_RULES)[number], message: string) => {
      this.report({ file, line: bodyLine + req.line, column: 1, severity: 'error', rule, message, path: '' });
      return undefined;
    };
    const src = decodeSafe(req.src.trim().replace(/[?#].*$/, ''));
    if (/^[a-z][a-z0-9+.-]*:/i.test(req.src) || req.src.startsWith('//')) {
      return problem('site/image-remote', `The image "${req.src}" is not a file in the repository. The site never loads anything from another address: save the picture in the repository (e.g. lessons/images/) and link to it there.`);
    }
    if (req.alt.trim() === '') {
      return problem('site/image-alt', `The image "${req.src}" has no description. Write what it shows between the square brackets, e.g. ![The new handover board on Ward 7](${req.src}), so that people using a screen reader get the same information.`);
    }
    if (src === undefined || src === '') return problem('site/image-missing', `The image address "${req.src}" cannot be read.`);
    const abs = src.startsWith('/') ? path.join(this.root, src) : path.resolve(this.root, path.dirname(file), src);
    const ext = path.extname(abs).toLowerCase();
    if (!inside(this.root, abs)) return problem('site/image-outside', `The image "${req.src}" is outside the repository, so it is not copied. Keep pictures inside the repository.`);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return problem('site/image-missing', `The image "${req.src}" was not found (looked for ${toPosix(path.relative(this.root, abs))}).`);
    }
    if (!inside(this.realRoot, real)) return problem('site/image-outside', `The image "${req.src}" is a link to a file outside the repository, so it is not copied. Keep pictures inside the repository.`);
    const type = IMAGE_TYPES[ext];
    if (!type) return problem('site/image-type', `"${req.src}" is not a picture the site can show. Use a PNG, JPEG, GIF, WebP, AVIF or SVG file.`);
    const stat = statSync(real);
    if (!stat.isFile()) return problem('site/image-missing', `The image "${req.src}" is not a file.`);
    if (stat.size > MAX_IMAGE_BYTES) return problem('site/image-type', `The image "${req.src}" is larger than 10 MB. Save a smaller copy for the site.`);
    const bytes = readFileSync(real);
    const name = `assets/images/${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${type}`;
    this.files.set(name, bytes);
    return name;
  }
}

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function decodeSafe(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
