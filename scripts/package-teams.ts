// `npm run package:teams`: writes the Teams app package (manifest.json with MICROSOFT_APP_ID and the host of
// PUBLIC_URL filled in, color.png, outline.png) to dist/saksgang-teams.zip (or `--out <file>`), after checking
// the manifest against Microsoft's schema of its manifestVersion. Nothing is written when it does not pass.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildTeamsPackage, validateTeamsManifest } from '../src/channels/teams/teams-package.js';
import { loadConfig } from '../src/config/load-config.js';
import { isAppError } from '../src/errors.js';

async function main(): Promise<number> {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1]! : 'dist/saksgang-teams.zip');
  const config = loadConfig();
  const missing = [!config.MICROSOFT_APP_ID && 'MICROSOFT_APP_ID (the Azure Bot\'s app id)', !config.PUBLIC_URL && 'PUBLIC_URL (the bot\'s public https:// base URL)'].filter(Boolean);
  if (missing.length > 0) {
    console.error(`saksgang: set ${missing.join(' and ')} to build the Teams package.`);
    return 1;
  }
  const pkg = await buildTeamsPackage({ appId: config.MICROSOFT_APP_ID!, publicUrl: config.PUBLIC_URL! });
  const problems = await validateTeamsManifest(pkg.manifest);
  if (problems.length > 0) {
    console.error(`saksgang: the Teams manifest does not pass the schema of manifestVersion ${pkg.manifest.manifestVersion}:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, pkg.zip);
  console.log(`saksgang: wrote ${out} (manifest ${pkg.manifest.manifestVersion}, valid against its schema). Upload it in Teams: Apps → Manage your apps → Upload an app.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`saksgang: ${isAppError(error) || error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
