import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');
/** Generated code is not ours to arrange. */
const EXCLUDED = [join(SRC, 'generated')];
/** Capability folders: domain code that must not know a chat platform. */
const CAPABILITIES = ['meetings', 'portfolio', 'dependencies', 'decisions', 'roster', 'access', 'documents'];

function sourceFiles(dir: string): string[] {
  if (EXCLUDED.includes(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file an import specifier names, for imports of our own code (`./x.js` is written for `./x.ts`). */
function resolveImport(from: string, specifier: string, files: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => files.has(c)) ?? null;
}

/** Every import of every file: static, `import type`, `export ... from` and dynamic `import()`. */
function importGraph(): Map<string, string[]> {
  const files = new Set(sourceFiles(SRC));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName, files)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The circles of the graph: one example path per strongly connected group of files (Tarjan). */
function findCircles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group);
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  // For each group, the shortest way from its first file back to itself, for a readable message.
  return groups.map((group) => {
    const inGroup = new Set(group);
    const start = group.sort()[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const next of graph.get(node) ?? []) {
        if (!inGroup.has(next)) continue;
        if (next === start) {
          const path = [node];
          while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
          return [...path, start];
        }
        if (!previous.has(next)) {
          previous.set(next, node);
          queue.push(next);
        }
      }
    }
    return group;
  });
}

const show = (file: string) => relative(SRC, file);

describe('the imports of src/', () => {
  const graph = importGraph();

  it('form no circle, counting type and dynamic imports', () => {
    const circles = findCircles(graph).map((circle) => circle.map(show).join(' -> '));
    expect(circles, `import circles:\n${circles.join('\n')}`).toEqual([]);
  });

  it('keep every capability away from src/channels/', () => {
    const offending = [...graph.entries()].flatMap(([file, targets]) => {
      const folder = show(file).split('/')[0]!;
      if (!CAPABILITIES.includes(folder)) return [];
      return targets.filter((target) => show(target).startsWith('channels/')).map((target) => `${show(file)} -> ${show(target)}`);
    });
    expect(offending, `capabilities importing channels/:\n${offending.join('\n')}`).toEqual([]);
  });

  it('would see a circle and a type import (the walk itself works)', () => {
    expect(findCircles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    const info = ts.preProcessFile("import type { A } from './a.js';\nconst b = await import('./b.js');\nexport { c } from './c.js';", true, true);
    expect(info.importedFiles.map((f) => f.fileName).sort()).toEqual(['./a.js', './b.js', './c.js']);
  });
});
