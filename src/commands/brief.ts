/** `lessons brief`: not built yet (placeholder until its issue lands). */
import type { Context } from '../cli.js';
import { UsageError } from '../errors.js';

export async function run(_ctx: Context): Promise<number> {
  throw new UsageError('"lessons brief" is not available yet in this version.');
}
