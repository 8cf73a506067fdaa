/**
 * The one way lessons imports zod. `zod/compile` makes zod turn each schema into plain JavaScript
 * the first time it parses something (and keep its own parser for anything the compiler declines),
 * which checks the same data with the same issues in less time: on the 15,500-file benchmark the
 * schema rule took 111 -> 45 ms in one thread, validate 1.87 -> 1.76 s (docs/speed.md). It only
 * acts on schemas built after it is loaded, so every module that builds a schema imports `z` from
 * here, never from 'zod' itself (tests/architecture.test.ts checks that).
 *
 * Compiling costs more than it saves on a few files: generating and compiling the code of the
 * entry schemas cost the 42-file sample more than it saved (25 interleaved runs: 281 -> 264 ms without it).
 * So schemas are parsed by zod's own parser unless a run will parse many entries and says so
 * first (`compileSchemas`, engine.ts checkPart); zod decides for each schema at its first parse.
 * At 3,100 files the compiled schemas were still 5% faster (1.32 -> 1.25 s), at 15,500 files 7%.
 */
import 'zod/compile';
import { z } from 'zod';

z.config({ jitless: true });

/** From how many entries to be parsed it pays to compile the schemas. */
export const COMPILE_FROM = 1000;

/** Schemas first parsed after this are compiled (see above). */
export function compileSchemas(): void {
  z.config({ jitless: false });
}

export { z };
