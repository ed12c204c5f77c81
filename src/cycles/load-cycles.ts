import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { AppError, ErrorCode } from '../errors.js';
import type { Text } from '../i18n/text.js';
import { cycleSchema, portfolioPolicySchema, type Cycle, type PortfolioPolicy } from './cycle-schema.js';

/** The file in the workflows folder that holds the portfolio policy; every other `*.yaml` is a cycle. */
export const PORTFOLIO_FILE = 'portfolio.yaml';

export interface CycleRegistry {
  /** The cycle called `name`; throws `AppError(NotFound)` naming the known cycles. */
  get(name: string): Cycle;
  has(name: string): boolean;
  /** Cycle names, sorted. */
  names(): string[];
  readonly portfolio: PortfolioPolicy;
}

// Typed directly: `defineTexts` does not yet accept texts with parameters (see format-schedule.ts).
const unknownCycle: Text<{ name: string; known: string }> = {
  nb: (p) => `Ukjent møtesyklus «${p.name}». Kjente sykluser: ${p.known}.`,
  en: (p) => `Unknown meeting cycle "${p.name}". Known cycles: ${p.known}.`,
};

/**
 * Reads and validates every `*.yaml` in `dir`: `portfolio.yaml` as the portfolio policy, the others
 * as meeting cycles. All problems of all files are collected and thrown as one
 * `AppError(InvalidConfig)` whose message has one line per problem:
 * `workflows/nuit.yaml:14: milestones.paper_deadline.offset: expected a whole number`.
 */
export async function loadCycles(dir: string): Promise<CycleRegistry> {
  const shown = displayPath(dir);
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new AppError(ErrorCode.InvalidConfig, `${shown}: cannot read the workflows folder (${(error as Error).message})`);
  }
  const files = entries.filter((f) => f.endsWith('.yaml')).sort();
  const problems: string[] = [];
  let seenPortfolio = false;
  const cycles = new Map<string, { cycle: Cycle; file: string }>();
  let portfolio: PortfolioPolicy | undefined;
  const portfolioWhere = displayPath(path.join(dir, PORTFOLIO_FILE));

  for (const file of files) {
    const fullPath = path.join(dir, file);
    const where = displayPath(fullPath);
    const source = await readFile(fullPath, 'utf8');
    if (file === PORTFOLIO_FILE) {
      seenPortfolio = true;
      const result = parseYaml(source, where, portfolioPolicySchema, problems);
      if (result) portfolio = result.value;
      continue;
    }
    const result = parseYaml(source, where, cycleSchema, problems);
    if (!result) continue;
    const cycle = result.value;
    const earlier = cycles.get(cycle.name);
    if (earlier) {
      problems.push(`${where}:${result.lineOf(['name'])}: name: "${cycle.name}" is already the name of ${earlier.file}`);
      continue;
    }
    cycles.set(cycle.name, { cycle, file: where });
  }

  if (!seenPortfolio) problems.push(`${portfolioWhere}: missing (the portfolio reminder policy is required)`);
  if (cycles.size === 0 && problems.length === 0) problems.push(`${shown}: no meeting cycle (*.yaml) found`);
  if (problems.length > 0 || !portfolio) {
    throw new AppError(
      ErrorCode.InvalidConfig,
      `Invalid meeting cycle configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`,
    );
  }

  const known = [...cycles.keys()].sort();
  const policy = portfolio;
  return {
    get(name) {
      const found = cycles.get(name);
      if (!found) {
        const params = { name, known: known.join(', ') };
        throw new AppError(ErrorCode.NotFound, unknownCycle.en(params), unknownCycle, params);
      }
      return found.cycle;
    },
    has: (name) => cycles.has(name),
    names: () => [...known],
    portfolio: policy,
  };
}

type Path = ReadonlyArray<PropertyKey>;

/** Parses one file; pushes its problems and returns undefined when there are any. */
function parseYaml<S extends z.ZodType>(
  source: string,
  where: string,
  schema: S,
  problems: string[],
): { value: z.output<S>; lineOf: (path: Path) => number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
      let message = error.message.split('\n')[0] ?? error.message;
      if (error.code === 'DUPLICATE_KEY') {
        const key = /^[^:\n]+/.exec(source.slice(error.pos[0]))?.[0].trim();
        if (key) message = `"${key}" appears twice in the same mapping`;
      }
      problems.push(`${where}:${line}: ${message}`);
    }
    return undefined;
  }
  const lineOf = (p: Path) => lineCounter.linePos(offsetOf(doc, p)).line;
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { value: result.data, lineOf };

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...issue.path, key];
        problems.push(`${where}:${lineOf(keyPath)}: ${formatPath(keyPath)}: unknown key (see docs/workflows.md)`);
      }
    } else if (issue.code === 'invalid_key') {
      const inner = issue.issues[0]?.message ?? issue.message;
      problems.push(`${where}:${lineOf(issue.path)}: ${formatPath(issue.path)}: invalid name: ${inner}`);
    } else {
      problems.push(`${where}:${lineOf(issue.path)}: ${formatPath(issue.path) || '(file)'}: ${issue.message}`);
    }
  }
  return undefined;
}

/**
 * The source offset best showing `path`: the value's node when it exists; for a missing key, the
 * nearest existing parent; for a key the file has, the key itself when the value is empty.
 */
function offsetOf(doc: Document, keyPath: Path): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      offset = keyNode.range?.[0] ?? offset;
      node = pair.value;
      const valueStart = (pair.value as Node | null)?.range?.[0];
      if (valueStart !== undefined && !isMap(node) && !isSeq(node)) offset = valueStart;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** `milestones.paper_deadline.reminders[0].before`. */
function formatPath(keyPath: Path): string {
  let out = '';
  for (const segment of keyPath) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The path as a person would type it: relative to the working directory when inside it. */
function displayPath(p: string): string {
  const relative = path.relative(process.cwd(), path.resolve(p));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(p);
}
