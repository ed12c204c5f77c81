// Compiles src/ to dist/ (tsc with tsconfig.build.json) and copies the files that are not TypeScript (the
// console's assets, the demo roster). `npm start` runs it with `--if-changed`: it compiles only when a source
// file, the TypeScript settings or the lock file changed since the last build (a hash kept in dist/).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const OUT = 'dist';
const STAMP = join(OUT, '.source-hash');

/** Every file under `dir`, sorted, as paths relative to the working directory. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** A hash of what the build reads: the sources, the TypeScript settings and the installed packages' lock. */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const path of [...filesUnder('src'), 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) {
    hash.update(path).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

const isAsset = (path) => !path.endsWith('.ts') && !path.endsWith('README.md');

function build() {
  console.log('saksgang: compiling TypeScript to dist/ …');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error('saksgang: compiling failed ("npm run build"); the errors are above.');
    process.exit(result.status ?? 1);
  }
  for (const path of filesUnder('src').filter(isAsset)) {
    const target = join(OUT, relative('src', path));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
  }
}

const hash = sourceHash();
const upToDate = existsSync(STAMP) && existsSync(join(OUT, 'main.js')) && readFileSync(STAMP, 'utf8') === hash;
if (!(process.argv.includes('--if-changed') && upToDate)) {
  build();
  writeFileSync(STAMP, hash);
}
