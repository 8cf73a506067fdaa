/**
 * One cheap pass over a (folded) text that the digit-based `pii/*` detectors share: where its runs
 * of digits are. Each of those detectors used to run its own regex over the whole text (every file
 * holds dates and ids, so no detector could skip a text for want of digits); most of them can now
 * tell from the runs alone that the text holds nothing they would report, and only then run the
 * regexes they always ran. Nothing else changes: when the runs allow a finding, the detector reads
 * the text exactly as before, so the findings are the same by construction. Each detector says,
 * next to its quick test (mayReport, mayMatch, ...), why every finding it can make passes it;
 * tests/pii-scan.test.ts compares what each finds with a record of what it found before (tests/fixtures/pii-before-record.json).
 *
 * text.ts computes the scan once per text and hands it to every detector; a detector called on its
 * own (a test, a caller that has no scan) makes its own.
 */

/** The maximal runs of ASCII digits (what `\d` matches without the `u` flag) of one text. */
export interface DigitRuns {
  readonly text: string;
  /** The number of runs. */
  readonly count: number;
  /** Where run `i` starts (its first digit). */
  readonly starts: readonly number[];
  /** Where run `i` ends (just after its last digit). */
  readonly ends: readonly number[];
  /**
   * The digits in run `i` and the runs after it joined to it by one space each ("943 476 5919"
   * from its first run: 10): a number written with single spaces.
   */
  readonly spaced: readonly number[];
  /** As `spaced`, with one space, dot or dash between runs ("943-476-5919", "943.476.5919"). */
  readonly separated: readonly number[];
}

const DIGITS = /\d+/g;

/** The digit runs of `text`. */
export function digitRuns(text: string): DigitRuns {
  // Plain arrays of small integers: typed arrays cost more to make than a text's few dozen runs.
  const starts: number[] = [];
  const ends: number[] = [];
  DIGITS.lastIndex = 0;
  // `test` rather than `exec`: no match array per run; the start is found by walking back from
  // the end over the run, which is short.
  while (DIGITS.test(text)) {
    const end = DIGITS.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    starts.push(start);
    ends.push(end);
  }
  const count = starts.length;
  const spaced: number[] = new Array<number>(count);
  const separated: number[] = new Array<number>(count);
  for (let i = count - 1; i >= 0; i--) {
    const e = ends[i];
    const length = e - starts[i];
    const joined = i + 1 < count && starts[i + 1] === e + 1;
    const c = joined ? text.charCodeAt(e) : 0;
    spaced[i] = length + (c === 32 ? spaced[i + 1] : 0);
    separated[i] = length + (c === 32 || c === 46 || c === 45 ? separated[i + 1] : 0);
  }
  return { text, count, starts, ends, spaced, separated };
}

export const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** An ASCII letter (what `[A-Za-z]` matches, with or without the `i` flag: no other character case-folds to one without `u`). */
export const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The runs of `text`: `given` when it was made for this text (text.ts hands it over), else a new scan. */
export function runsOf(text: string, given: DigitRuns | undefined): DigitRuns {
  return given !== undefined && given.text === text ? given : digitRuns(text);
}
