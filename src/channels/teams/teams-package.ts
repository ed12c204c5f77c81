import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/** manifest/teams/: the manifest source (with `{{MICROSOFT_APP_ID}}` and `{{HOST}}`) and both icons. */
export const TEAMS_MANIFEST_DIR = fileURLToPath(new URL('../../../manifest/teams/', import.meta.url));

export interface TeamsPackageInput {
  /** The Azure Bot's Microsoft app id (MICROSOFT_APP_ID), a GUID. */
  appId: string;
  /** The bot's public base URL (PUBLIC_URL); its host is the app's valid domain. */
  publicUrl: string;
  manifestDir?: string;
}

export interface TeamsPackage {
  manifest: Record<string, unknown> & { manifestVersion: string };
  zip: Buffer;
}

/** The manifest source with the app id and host filled in; JSON-escaped, so no value can change its shape. */
export function fillTeamsManifest(source: string, values: { appId: string; host: string }): TeamsPackage['manifest'] {
  const escaped = (value: string) => JSON.stringify(value).slice(1, -1);
  const filled = source.replaceAll('{{MICROSOFT_APP_ID}}', escaped(values.appId)).replaceAll('{{HOST}}', escaped(values.host));
  return JSON.parse(filled) as TeamsPackage['manifest'];
}

/** The app package Teams uploads: manifest.json, color.png and outline.png at the zip's root. */
export async function buildTeamsPackage(input: TeamsPackageInput): Promise<TeamsPackage> {
  const dir = input.manifestDir ?? TEAMS_MANIFEST_DIR;
  const manifest = fillTeamsManifest(await readFile(join(dir, 'manifest.json'), 'utf8'), { appId: input.appId, host: new URL(input.publicUrl).host });
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  const icons = manifest.icons as { color: string; outline: string };
  for (const icon of [icons.color, icons.outline]) zip.file(icon, await readFile(join(dir, icon)));
  return { manifest, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
}

/**
 * Checks a manifest against Microsoft's JSON schema of its own `manifestVersion`, as shipped in
 * `@microsoft/app-manifest` (a development dependency: offline, no download). Returns the problems, or [].
 */
export async function validateTeamsManifest(manifest: TeamsPackage['manifest']): Promise<string[]> {
  const version = manifest.manifestVersion;
  const require = createRequire(import.meta.url);
  let schemaPath: string;
  try {
    schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  } catch {
    return [`manifestVersion ${version}: @microsoft/app-manifest has no schema for it`];
  }
  const problems: string[] = [];
  const schemaUrl = `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== schemaUrl) problems.push(`$schema must be ${schemaUrl} for manifestVersion ${version}`);
  const schema: unknown = JSON.parse(await readFile(schemaPath, 'utf8'));
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  problems.push(...(await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never)));
  return problems;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
