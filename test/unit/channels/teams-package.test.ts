import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage, pngSize, validateTeamsManifest } from '../../../src/channels/teams/teams-package.js';

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

async function unzip(zip: Buffer) {
  const archive = await JSZip.loadAsync(zip);
  const files = Object.keys(archive.files).sort();
  const manifest = JSON.parse(await archive.file('manifest.json')!.async('string')) as Record<string, any>;
  const read = (name: string) => archive.file(name)!.async('nodebuffer');
  return { files, manifest, read };
}

describe('the Teams app package', () => {
  it('holds the manifest with the app id and host filled in and both icons, and the manifest is valid against its schema', async () => {
    const pkg = await buildTeamsPackage({ appId: APP_ID, publicUrl: 'https://saksgang.example.no/' });
    const { files, manifest, read } = await unzip(pkg.zip);
    expect(files).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['saksgang.example.no']);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    // Teams wants a 192×192 colour icon and a 32×32 outline.
    expect(pngSize(await read(manifest.icons.color))).toEqual({ width: 192, height: 192 });
    expect(pngSize(await read(manifest.icons.outline))).toEqual({ width: 32, height: 32 });
    expect(await validateTeamsManifest(manifest as never)).toEqual([]);
  });

  it('a manifest that breaks its schema is reported, naming the field', async () => {
    const pkg = await buildTeamsPackage({ appId: 'not-a-guid', publicUrl: 'https://saksgang.example.no' });
    const problems = await validateTeamsManifest(pkg.manifest);
    expect(problems.some((p) => p.startsWith('/id '))).toBe(true);
    expect(await validateTeamsManifest({ ...pkg.manifest, id: APP_ID, bots: [], manifestVersion: '0.9' })).toEqual(['manifestVersion 0.9: @microsoft/app-manifest has no schema for it']);
  });

  it('npm run package:teams writes the zip from the environment, and says which variable is missing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'teams-pkg-')), 'app.zip');
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-teams.ts', '--out', out], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
    const missing = run({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('PUBLIC_URL');
    const ok = run({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret', PUBLIC_URL: 'https://bot.example.no' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    return unzip(readFileSync(out)).then(({ files, manifest }) => {
      expect(files).toEqual(['color.png', 'manifest.json', 'outline.png']);
      expect(manifest.id).toBe(APP_ID);
      expect(manifest.validDomains).toEqual(['bot.example.no']);
    });
  }, 180_000);
});
