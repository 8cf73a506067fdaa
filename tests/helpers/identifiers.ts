/** Generated identifiers for tests: never a real-looking person. */

/** A seeded PRNG (the benchmark generator's), so generated cases are reproducible. */
export { mulberry32 as prng } from '../../tools/bench/generate.js';

function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c;
}

/** A valid NHS number from the 999 test range (never issued to a person). */
export function testNhsNumber(rand: () => number): string {
  for (;;) {
    const nine = `999${String(Math.floor(rand() * 1_000_000)).padStart(6, '0')}`;
    const c = checkDigit(nine);
    if (c !== 10) return `${nine}${c}`;
  }
}

/** A 10-digit number from the 999 range whose last digit is NOT the check digit. */
export function invalidNhsNumber(rand: () => number): string {
  const nine = `999${String(Math.floor(rand() * 1_000_000)).padStart(6, '0')}`;
  const c = checkDigit(nine);
  const wrong = (c + 1 + Math.floor(rand() * 9)) % 10;
  return `${nine}${wrong === c ? (c + 1) % 10 : wrong}`;
}

export function layouts(nhs: string): string[] {
  return [nhs, `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`, `${nhs.slice(0, 3)}-${nhs.slice(3, 6)}-${nhs.slice(6)}`];
}
