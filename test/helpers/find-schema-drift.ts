import { get_dmmf } from '@prisma/prisma-schema-wasm';
import type { SqlExecutor } from '../../src/db/sql-executor.js';

// The part of Prisma's DMMF the comparison reads.
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[]; models: DmmfModel[]; indexes: DmmfIndex[] };
}

/** Described the same way from both sides so a plain comparison shows the drift. */
type Catalog = {
  tables: Set<string>;
  columns: Map<string, string>;
  enums: Map<string, string>;
  indexes: Map<string, string>;
  foreignKeys: Map<string, string>;
};

const PRISMA_TABLES = new Set(['_prisma_migrations']);

/**
 * Compares a Prisma schema with a migrated PostgreSQL schema: tables, columns (type, nullability, array,
 * default present), enums and their values, primary keys, unique constraints, indexes and foreign keys.
 * Returns one line per difference; an empty list means the migrations produce exactly the schema.
 */
export async function findSchemaDrift(prismaSchema: string, db: SqlExecutor, schema: string): Promise<string[]> {
  const expected = catalogFromPrisma(prismaSchema);
  const actual = await catalogFromDatabase(db, schema);
  const drift: string[] = [];
  for (const table of expected.tables) if (!actual.tables.has(table)) drift.push(`missing table ${table}`);
  for (const table of actual.tables) if (!expected.tables.has(table) && !PRISMA_TABLES.has(table)) drift.push(`extra table ${table}`);
  compareMaps('column', expected.columns, actual.columns, drift, (key) => PRISMA_TABLES.has(key.split('.')[0] ?? ''));
  compareMaps('enum', expected.enums, actual.enums, drift);
  compareMaps('index', expected.indexes, actual.indexes, drift, (key) => key.startsWith('_prisma_migrations'));
  compareMaps('foreign key', expected.foreignKeys, actual.foreignKeys, drift);
  return drift;
}

function compareMaps(
  what: string,
  expected: Map<string, string>,
  actual: Map<string, string>,
  drift: string[],
  ignoreExtra: (key: string) => boolean = () => false,
): void {
  for (const [key, value] of expected) {
    const found = actual.get(key);
    if (found === undefined) drift.push(`missing ${what} ${key} (${value})`);
    else if (found !== value) drift.push(`${what} ${key}: schema.prisma says ${value}, database has ${found}`);
  }
  for (const [key, value] of actual) {
    if (!expected.has(key) && !ignoreExtra(key)) drift.push(`extra ${what} ${key} (${value})`);
  }
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Float: 'float8',
  Boolean: 'bool',
  Json: 'jsonb',
  Bytes: 'bytea',
  DateTime: 'timestamp(3)',
  Decimal: 'numeric(65,30)',
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Timestamptz: (args) => `timestamptz(${args[0] ?? '6'})`,
  Timestamp: (args) => `timestamp(${args[0] ?? '6'})`,
  Date: () => 'date',
  Decimal: (args) => `numeric(${args.join(',')})`,
  Text: () => 'text',
  Uuid: () => 'uuid',
};
const REFERENTIAL_ACTION: Record<string, string> = { Cascade: 'cascade', SetNull: 'set null', Restrict: 'restrict', NoAction: 'no action', SetDefault: 'set default' };

function catalogFromPrisma(prismaSchema: string): Catalog {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf;
  const { enums, models, indexes } = dmmf.datamodel;
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const catalog: Catalog = { tables: new Set(), columns: new Map(), enums: new Map(), indexes: new Map(), foreignKeys: new Map() };
  for (const e of enums) catalog.enums.set(e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name).join(','));
  for (const model of models) {
    const table = tableOf.get(model.name) ?? model.name;
    catalog.tables.add(table);
    const column = (fieldName: string): string => model.fields.find((f) => f.name === fieldName)?.dbName ?? fieldName;
    for (const field of model.fields) {
      if (field.kind === 'object') {
        const from = field.relationFromFields ?? [];
        if (from.length === 0) continue;
        const target = tableOf.get(field.type) ?? field.type;
        const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
        const onUpdate = field.relationOnUpdate ?? 'Cascade';
        catalog.foreignKeys.set(
          `${table}_${from.map(column).join('_')}_fkey`,
          `${table}(${from.map(column).join(',')}) -> ${target}(${(field.relationToFields ?? []).join(',')}) on delete ${REFERENTIAL_ACTION[onDelete]} on update ${REFERENTIAL_ACTION[onUpdate]}`,
        );
        continue;
      }
      let type: string;
      if (field.kind === 'enum') type = field.type;
      else if (field.nativeType) type = NATIVE_TYPES[field.nativeType[0]]?.(field.nativeType[1]) ?? `unknown ${field.nativeType[0]}`;
      else type = SCALAR_TYPES[field.type] ?? `unknown ${field.type}`;
      // Prisma creates scalar lists as nullable arrays; uuid()/cuid() defaults live in the client, not the database.
      const nullable = field.isList || !field.isRequired;
      const dbDefault = field.hasDefaultValue && !isClientDefault(field.default);
      catalog.columns.set(
        `${table}.${field.dbName ?? field.name}`,
        `${type}${field.isList ? '[]' : ''} ${nullable ? 'null' : 'not null'}${dbDefault ? ' default' : ''}`,
      );
    }
  }
  for (const index of indexes) {
    const table = tableOf.get(index.model) ?? index.model;
    const model = models.find((m) => m.name === index.model);
    const cols = index.fields.map((f) => model?.fields.find((x) => x.name === f.name)?.dbName ?? f.name);
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
    const name = index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
    const kind = index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique' : 'index';
    catalog.indexes.set(name, `${kind} on ${table}(${cols.join(',')})`);
  }
  return catalog;
}

function isClientDefault(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const name = (value as { name?: unknown }).name;
  return name === 'uuid' || name === 'cuid' || name === 'nanoid' || name === 'ulid';
}

async function catalogFromDatabase(db: SqlExecutor, schema: string): Promise<Catalog> {
  const catalog: Catalog = { tables: new Set(), columns: new Map(), enums: new Map(), indexes: new Map(), foreignKeys: new Map() };
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
    [schema],
  );
  for (const row of tables) catalog.tables.add(row.table_name);

  const columns = await db.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: 'YES' | 'NO';
    datetime_precision: number | null;
    numeric_precision: number | null;
    numeric_scale: number | null;
    column_default: string | null;
    element_type: string | null;
  }>(
    `SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.datetime_precision,
            c.numeric_precision, c.numeric_scale, c.column_default,
            format_type(a.atttypid, a.atttypmod) AS element_type
       FROM information_schema.columns c
       JOIN pg_catalog.pg_namespace n ON n.nspname = c.table_schema
       JOIN pg_catalog.pg_class t ON t.relnamespace = n.oid AND t.relname = c.table_name
       JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attname = c.column_name
      WHERE c.table_schema = $1`,
    [schema],
  );
  for (const col of columns) {
    const isArray = col.data_type === 'ARRAY';
    const udt = isArray ? col.udt_name.replace(/^_/, '') : col.udt_name;
    let type = udt;
    if (udt === 'timestamptz' || udt === 'timestamp') type = `${udt}(${typmodOf(col.element_type) ?? col.datetime_precision ?? 6})`;
    if (udt === 'numeric') type = `numeric(${typmodOf(col.element_type) ?? `${col.numeric_precision},${col.numeric_scale}`})`;
    catalog.columns.set(
      `${col.table_name}.${col.column_name}`,
      `${type}${isArray ? '[]' : ''} ${col.is_nullable === 'YES' ? 'null' : 'not null'}${col.column_default !== null ? ' default' : ''}`,
    );
  }

  const enums = await db.query<{ name: string; labels: string }>(
    `SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_catalog.pg_type t
       JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1
      GROUP BY t.typname`,
    [schema],
  );
  for (const row of enums) catalog.enums.set(row.name, row.labels);

  const indexes = await db.query<{ name: string; tbl: string; is_unique: boolean; is_primary: boolean; cols: string }>(
    `SELECT i.relname AS name, t.relname AS tbl, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
            string_agg(a.attname, ',' ORDER BY k.ord) AS cols
       FROM pg_catalog.pg_index ix
       JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = $1
      GROUP BY i.relname, t.relname, ix.indisunique, ix.indisprimary`,
    [schema],
  );
  for (const row of indexes) {
    const kind = row.is_primary ? 'primary key' : row.is_unique ? 'unique' : 'index';
    catalog.indexes.set(row.name, `${kind} on ${row.tbl}(${row.cols})`);
  }

  const foreignKeys = await db.query<{ name: string; tbl: string; cols: string; target: string; target_cols: string; on_delete: string; on_update: string }>(
    `SELECT c.conname AS name, t.relname AS tbl, rt.relname AS target,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS cols,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS target_cols,
            CASE c.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'r' THEN 'restrict'
                               WHEN 'a' THEN 'no action' WHEN 'd' THEN 'set default' END AS on_delete,
            CASE c.confupdtype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'r' THEN 'restrict'
                               WHEN 'a' THEN 'no action' WHEN 'd' THEN 'set default' END AS on_update
       FROM pg_catalog.pg_constraint c
       JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
       JOIN pg_catalog.pg_class rt ON rt.oid = c.confrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = $1`,
    [schema],
  );
  for (const fk of foreignKeys) {
    catalog.foreignKeys.set(fk.name, `${fk.tbl}(${fk.cols}) -> ${fk.target}(${fk.target_cols}) on delete ${fk.on_delete} on update ${fk.on_update}`);
  }
  return catalog;
}

/** "timestamp(3) with time zone" -> "3", "numeric(12,3)" -> "12,3", "text" -> undefined. */
function typmodOf(formatted: string | null): string | undefined {
  return formatted?.match(/\(([\d,]+)\)/)?.[1];
}
