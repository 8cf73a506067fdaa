/**
 * The one way lessons imports zod. `zod/compile` makes zod turn each schema into plain JavaScript
 * the first time it parses something (and keep its own parser for anything the compiler declines),
 * which checks the same data with the same issues in less time: on the 15,500-file benchmark the
 * schema rule took 111 -> 45 ms in one thread, validate 1.87 -> 1.76 s (docs/speed.md). It only
 * acts on schemas built after it is loaded, so every module that builds a schema imports `z` from
 * here, never from 'zod' itself (tests/architecture.test.ts checks that).
 */
import 'zod/compile';
export { z } from 'zod';
