// Makes a fresh checkout runnable: installs dependencies when they are missing or stale and generates
// the Prisma client when the schema changed. Plain Node, no dependencies, so it runs before `npm ci`.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`saksgang: "${cmd} ${args.join(' ')}" failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
};
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || mtime('package-lock.json') > mtime(installed)) {
  console.log('saksgang: installing dependencies (npm ci) …');
  run('npm', ['ci', '--no-fund', '--no-audit']);
}

const client = 'src/generated/prisma/client.ts';
if (!existsSync(client) || mtime('prisma/schema.prisma') > mtime(client)) {
  console.log('saksgang: generating the Prisma client …');
  run('node', ['scripts/prisma-generate.mjs']);
}
