// Makes a fresh checkout runnable: installs dependencies when they are missing or the lock file changed,
// and generates the Prisma client when the schema changed. Plain Node, no dependencies, so it runs first.
//
// `npm install` rather than `npm ci`: npm refuses `ci` for this lock file because msgpackr-extract's
// optional binaries for other platforms are not recorded in it; `install` honours the lock all the same.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`saksgang: "${cmd} ${args.join(' ')}" failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
};
const hashOf = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

const stamp = 'node_modules/.saksgang-installed';
const current = () => hashOf('package-lock.json') + hashOf('package.json');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== current()) {
  console.log('saksgang: installing dependencies …');
  run('npm', ['install', '--no-fund', '--no-audit']);
  writeFileSync(stamp, current());
}

const client = 'src/generated/prisma/client.ts';
if (!existsSync(client) || mtime('prisma/schema.prisma') > mtime(client)) {
  console.log('saksgang: generating the Prisma client …');
  run('node', ['scripts/prisma-generate.mjs']);
}
