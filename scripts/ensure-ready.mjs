// Makes a fresh checkout runnable: installs dependencies when they are missing or the lock file changed,
// and generates the Prisma client when the schema changed. Plain Node, no dependencies, so it runs first.
// `--tests` also makes sure the browser tests have a Chromium (Debian's; nothing downloads a browser).
//
// `npm ci`, never `npm install`: it installs exactly the lock file and never rewrites it, so a start or a test
// run leaves `git status` clean. npm's own chatter is kept back; on a failure it is shown with one clear line.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const quiet = (cmd, args, what, env = process.env) => {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`saksgang: ${what} failed ("${cmd} ${args.join(' ')}"); its output is above.`);
    process.exit(result.status ?? 1);
  }
};
const hashOf = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

const stamp = 'node_modules/.saksgang-installed';
const current = () => hashOf('package-lock.json') + hashOf('package.json');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== current()) {
  console.log('saksgang: installing dependencies (npm ci) …');
  quiet('npm', ['ci', '--no-fund', '--no-audit', '--loglevel=error'], 'installing dependencies');
  writeFileSync(stamp, current());
}

const client = 'src/generated/prisma/client.ts';
if (!existsSync(client) || mtime('prisma/schema.prisma') > mtime(client)) {
  console.log('saksgang: generating the Prisma client …');
  quiet('node', ['scripts/prisma-generate.mjs'], 'generating the Prisma client');
}

if (process.argv.includes('--tests')) ensureChromium();

/** The browser tests drive Debian's Chromium; on Debian as root it is installed when missing, else we say how. */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  const command = 'apt-get update && apt-get install -y chromium fonts-noto-color-emoji';
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`saksgang: the browser tests need Chromium at ${chromium}. Install it with:\n  sudo sh -c '${command}'\n(or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log('saksgang: installing Debian\'s Chromium for the browser tests …');
  quiet('apt-get', ['update', '-qq'], 'apt-get update');
  quiet('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-color-emoji'], 'installing Chromium', { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
}
