import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by `main.ts`, before anything compiles WebAssembly: Prisma's query compiler (about 2 MB of
 * wasm with `compilerBuild = "small"`) and, on the embedded database, PGlite's PostgreSQL (about 9 MB).
 * V8 compiles wasm with its baseline compiler (Liftoff) and then recompiles it with its optimising compiler
 * (TurboFan) on background threads, which keeps a second copy of the code and leaves the compiler threads'
 * malloc arenas behind. `--liftoff-only` keeps the baseline code: measured at rest on PostgreSQL, ~70 MB less
 * with Prisma's default ("fast") compiler build, ~8 MB less with the "small" build we generate (docs/operations.md,
 * "Memory"). What the wasm does per query
 * (compile one Prisma query to a plan, or run one SQL statement in PGlite) is short, so the slower code
 * costs little; the bench's fan-out and ack figures are the check.
 * Flags set at run time apply to wasm compiled afterwards, which is why this module must be imported first.
 */
setFlagsFromString('--liftoff-only');
