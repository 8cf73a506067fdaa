/**
 * Nothing controlling reaches a terminal, a log or an annotation (issue 11.4). Text from files
 * can hold C0 and C1 control characters, escape sequences (which move the cursor, retitle the
 * window, write to the clipboard or forge colours) and bidirectional overrides that make text
 * read differently from what it is. Two layers keep them out:
 *
 * 1. `visible()` where file text becomes a message or a table cell (every problem message and
 *    file name in the engine and reporters, every configuration message, `oneLine()` cells);
 * 2. `guardStream()` round stdout and stderr in `main()`, so that whatever a command writes goes
 *    through `safeOutput()`: only line breaks, tabs and the controls lessons itself writes pass
 *    (colour codes when colour is on for that stream; the progress line's carriage return and
 *    erase-line on a terminal).
 *
 * A character that is taken out is shown as its code, e.g. `\u001b` for ESC: visible in text,
 * and in JSON output (where raw C1 characters would otherwise pass) the very same character.
 */
import type { OutStream } from '../io.js';

/** C0 (except tab and line feed), DEL, C1, and the bidirectional embedding/override/isolate marks. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** The same, with tab and line feed also taken out: for one-line messages and names. */
const UNSAFE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function code(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `s` with every control character shown as its code: safe on one line of a terminal or log. */
export function visible(s: string): string {
  UNSAFE_LINE.lastIndex = 0;
  return UNSAFE_LINE.test(s) ? s.replace(UNSAFE_LINE, code) : s;
}

/** `visible()` for text of several lines: line breaks and tabs are kept. */
export function visibleLines(s: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s) ? s.replace(UNSAFE, code) : s;
}

/** Colour codes (Select Graphic Rendition), as chalk writes them. */
const SGR = /\u001b\[[0-9;]*m/y;
/** Erase-line, as the progress line writes it. */
const ERASE_LINE = /\u001b\[[0-2]?K/y;

export interface OwnControls {
  /** Colour is on for this stream: lessons' own colour codes pass. */
  colour?: boolean;
  /** The stream is a terminal: the progress line's carriage return and erase-line pass. */
  terminal?: boolean;
}

/**
 * Output text with every control character shown as its code, except line breaks, tabs and the
 * controls lessons itself writes where they are allowed (`own`).
 */
export function safeOutput(s: string, own: OwnControls = {}): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(s)) return s;
  if (!own.colour && !own.terminal) return s.replace(UNSAFE, code);
  let out = '';
  let last = 0;
  UNSAFE.lastIndex = 0;
  for (let m = UNSAFE.exec(s); m; m = UNSAFE.exec(s)) {
    const at = m.index;
    if (m[0] === '\r' && own.terminal) continue;
    if (m[0] === '\u001b') {
      let passed = 0;
      for (const [re, ok] of [[SGR, own.colour], [ERASE_LINE, own.terminal]] as const) {
        if (!ok) continue;
        re.lastIndex = at;
        const hit = re.exec(s);
        if (hit) passed = hit[0].length;
        if (passed) break;
      }
      if (passed) {
        UNSAFE.lastIndex = at + passed;
        continue;
      }
    }
    out += s.slice(last, at) + code(m[0]);
    last = at + 1;
  }
  return out + s.slice(last);
}

const RAW = Symbol('lessons.unguarded');

/** A stream whose writes pass through `safeOutput()`. */
export function guardStream<S extends OutStream>(stream: S, colour: () => boolean): S {
  const guarded = Object.create(stream) as S & { [RAW]?: S };
  guarded.write = (chunk: string) => stream.write(typeof chunk === 'string' ? safeOutput(chunk, { colour: colour(), terminal: Boolean(stream.isTTY) }) : chunk);
  guarded[RAW] = stream;
  return guarded;
}

/**
 * The stream under the guard, for the prompt library only: it draws the prompt with cursor
 * movements of its own. Everything it shows from files goes through `visible()` first (prompts.ts).
 */
export function unguarded<S extends OutStream>(stream: S): S {
  return (stream as S & { [RAW]?: S })[RAW] ?? stream;
}
