import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { findSchemaDrift } from '../../helpers/find-schema-drift.js';

const schemaPath = new URL('../../../prisma/schema.prisma', import.meta.url);

describe('prisma/schema.prisma and prisma/migrations', () => {
  let db: TestDatabase;
  let prismaSchema: string;

  beforeAll(async () => {
    prismaSchema = await readFile(schemaPath, 'utf8');
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('describe the same database: tables, columns, enums, indexes and foreign keys', async () => {
    const drift = await findSchemaDrift(prismaSchema, db.executor, db.schema);
    expect(drift, 'schema.prisma changed without a migration (or the other way round)').toEqual([]);
  });

  it('would notice a field added to schema.prisma without a migration', async () => {
    const changed = prismaSchema.replace(/model Person \{\n/, 'model Person {\n  nickname String?\n');
    expect(changed).not.toBe(prismaSchema);
    const drift = await findSchemaDrift(changed, db.executor, db.schema);
    expect(drift).toEqual(['missing column Person.nickname (text null)']);
  });

  it('would notice a changed enum, a dropped index and a changed nullability', async () => {
    const changed = prismaSchema
      .replace(/enum Rag \{\n  green\n/, 'enum Rag {\n  green\n  grey\n')
      .replace(/  @@index\(\[email\]\)\n/, '')
      .replace(/  email                String\n/, '  email                String?\n');
    const drift = await findSchemaDrift(changed, db.executor, db.schema);
    expect(drift).toEqual([
      'column Person.email: schema.prisma says text null, database has text not null',
      'enum Rag: schema.prisma says green,grey,yellow,red, database has green,yellow,red',
      'extra index Person_email_idx (index on Person(email))',
    ]);
  });
});
