import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');
/** Packages that only some configurations need: each must be loaded by a dynamic import() behind its setting. */
const ON_DEMAND = ['@slack/bolt', '@slack/web-api', 'botbuilder', 'botframework-webchat', '@electric-sql/pglite', 'pglite-prisma-adapter'];

/** What a file loads as soon as it is loaded: its static, non-type imports (dynamic import() is left out). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(?!type\b)([^;]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const clause = m[2]!.trim();
    // `import { type A, type B } from` loads nothing either.
    if (/^\{[^}]*\}$/.test(clause) && clause.slice(1, -1).split(',').every((part) => part.trim() === '' || part.trim().startsWith('type '))) continue;
    specifiers.push(m[3]!);
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specifiers.push(m[1]!);
  return specifiers;
}

/** Every file `src/main.ts` loads at start, whatever the configuration, and the packages they load. */
function loadedAtStart() {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
      else if (!packages.has(specifier)) packages.set(specifier, relative(SRC, file));
    }
  };
  visit(join(SRC, 'main.ts'));
  return { files: [...files].map((f) => relative(SRC, f)), packages };
}

/**
 * Heavy packages a bot needs only when it draws a chart, writes a spreadsheet or a Word document, or logs to a
 * terminal in development: loaded on first use.
 */
const ON_FIRST_USE = ['echarts', 'exceljs', 'docx', '@resvg/resvg-js', 'pino-pretty'];

describe('what the bot loads at start', () => {
  const { files, packages } = loadedAtStart();

  it('loads the chart, spreadsheet, Word and pretty-log libraries only when a chart, spreadsheet or document is made, or a terminal shows the log', () => {
    expect(ON_FIRST_USE.filter((name) => [...packages.keys()].some((p) => p === name || p.startsWith(`${name}/`)))).toEqual([]);
  });

  it('loads no platform SDK, Web Chat or embedded database unless configured', () => {
    const eager = ON_DEMAND.filter((name) => [...packages.keys()].some((p) => p === name || p.startsWith(`${name}/`))).map((name) => `${name} (via ${packages.get(name)})`);
    expect(eager).toEqual([]);
  });

  it('loads date-fns function by function and only the two locales it uses, not the package indexes (every function, every locale)', () => {
    expect([...packages.keys()].filter((p) => p === 'date-fns' || p === 'date-fns/locale')).toEqual([]);
    expect(packages.has('date-fns/locale/nb')).toBe(true);
  });

  it('reaches the Slack, Teams and console code only through their entries, imported when switched on', () => {
    const platformFiles = files.filter((f) => f.startsWith('channels/slack/') || f.startsWith('channels/teams/') || (f.startsWith('console/') && !['console/console-paths.ts', 'console/require-loopback.ts'].includes(f)));
    expect(platformFiles).toEqual([]);
    const createApp = readFileSync(join(SRC, 'app/create-app.ts'), 'utf8');
    expect(createApp).toMatch(/config\.slack\.enabled \? \(await import\('\.\.\/channels\/slack\/start-slack\.js'\)\)/);
    expect(createApp).toMatch(/config\.teams\.enabled \? \(await import\('\.\.\/channels\/teams\/start-teams\.js'\)\)/);
    expect(readFileSync(join(SRC, 'main.ts'), 'utf8')).toMatch(/config\.consoleEnabled \? \(await import\('\.\/console\/mount-console\.js'\)\)/);
  });

  it('the walk sees the whole start path (the check above is not vacuous)', () => {
    expect(files).toEqual(expect.arrayContaining(['main.ts', 'app/create-app.ts', 'db/open-database.ts', 'web/create-web-app.ts', 'jobs/start-worker.ts']));
    expect(packages.has('express')).toBe(true);
    expect(packages.has('bullmq')).toBe(true);
    // The Teams entry itself does load botbuilder: the rule is about when, not whether.
    expect(staticImports(join(SRC, 'channels/teams/create-teams-adapter.ts'))).toContain('botbuilder');
  });
});
