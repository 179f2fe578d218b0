import path from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/support/db.ts';
import type { Database } from './database.ts';

/**
 * The Kysely types in db/schema*.ts are written by hand; the migrations are the truth. After the
 * migrations, every table and column must be on both sides, with the same nullability and a
 * matching coarse type. The types are read with the TypeScript compiler API (they vanish at
 * runtime): the `DB` interface's properties are the tables, a column's type is what a select
 * returns (Kysely's `ColumnType<Select, …>` unwrapped).
 */
type Coarse = 'string' | 'number' | 'boolean' | 'date' | 'json' | 'array' | 'unknown';
interface Column {
  nullable: boolean;
  type: Coarse;
}
type Tables = Map<string, Map<string, Column>>;

/** Tables the app never queries through Kysely, each with why. */
const UNTYPED_TABLES: Record<string, string> = {
  schema_migrations: 'bookkeeping of db/migrate.ts, which uses plain SQL',
};

/** How both drivers hand each PostgreSQL type to the app (db/database.ts type parsers). */
const PG_TYPES: Record<string, Coarse> = {
  text: 'string',
  'character varying': 'string',
  character: 'string',
  citext: 'string',
  uuid: 'string',
  date: 'string',
  'time without time zone': 'string',
  inet: 'string',
  smallint: 'number',
  integer: 'number',
  bigint: 'number',
  numeric: 'number',
  real: 'number',
  'double precision': 'number',
  boolean: 'boolean',
  'timestamp with time zone': 'date',
  'timestamp without time zone': 'date',
  json: 'json',
  jsonb: 'json',
  ARRAY: 'array',
};

function typesFromSchema(): Tables {
  const file = path.join(import.meta.dirname, 'schema.ts');
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ESNext,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const db = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'DB')!;
  const dbType = checker.getTypeAtLocation(db.name);

  /** The select side of a column type, as a list of union members. */
  const selected = (t: ts.Type): ts.Type[] => {
    const members = t.isUnion() ? t.types : [t];
    return members.flatMap((m) => {
      const select = m.getProperty('__select__');
      return select ? selected(checker.getTypeOfSymbol(select)) : [m];
    });
  };
  const coarse = (members: ts.Type[]): Coarse => {
    const kinds = new Set<Coarse>();
    for (const m of members) {
      if (m.flags & ts.TypeFlags.StringLike) kinds.add('string');
      else if (m.flags & ts.TypeFlags.NumberLike) kinds.add('number');
      else if (m.flags & ts.TypeFlags.BooleanLike) kinds.add('boolean');
      else if (checker.isArrayType(m) || checker.isTupleType(m)) kinds.add('array');
      else if (m.getSymbol()?.getName() === 'Date') kinds.add('date');
      else if (m.flags & ts.TypeFlags.Object) kinds.add('json');
      else kinds.add('unknown');
    }
    return kinds.size === 1 ? [...kinds][0]! : 'unknown';
  };

  const tables: Tables = new Map();
  for (const table of dbType.getProperties()) {
    const columns = new Map<string, Column>();
    for (const column of checker.getTypeOfSymbol(table).getProperties()) {
      const members = selected(checker.getTypeOfSymbol(column));
      const nullable = members.some((m) => m.flags & ts.TypeFlags.Null);
      columns.set(column.getName(), {
        nullable,
        type: coarse(members.filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)))),
      });
    }
    tables.set(table.getName(), columns);
  }
  return tables;
}

let database: Database;
let fromDb: Tables;
let fromTypes: Tables;

beforeAll(async () => {
  database = await createTestDatabase();
  const { rows } = await sql<{ table_name: string; column_name: string; is_nullable: string; data_type: string; udt_name: string }>`
    SELECT c.table_name, c.column_name, c.is_nullable, c.data_type, c.udt_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public' ORDER BY c.table_name, c.ordinal_position`.execute(database.db);
  fromDb = new Map();
  for (const r of rows) {
    if (r.table_name in UNTYPED_TABLES) continue;
    const table = fromDb.get(r.table_name) ?? new Map<string, Column>();
    const type = PG_TYPES[r.data_type] ?? (r.udt_name === 'citext' ? 'string' : 'unknown');
    table.set(r.column_name, { nullable: r.is_nullable === 'YES', type });
    fromDb.set(r.table_name, table);
  }
  fromTypes = typesFromSchema();
}, 60_000);
afterAll(() => database.close());

describe('db/schema*.ts against the migrated database', () => {
  it('types every table, and only tables that exist', () => {
    expect([...fromTypes.keys()].sort()).toEqual([...fromDb.keys()].sort());
  });

  it('types every column, and only columns that exist', () => {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const [table, columns] of fromDb) {
      const typed = fromTypes.get(table);
      if (!typed) continue;
      for (const c of columns.keys()) if (!typed.has(c)) missing.push(`${table}.${c}`);
      for (const c of typed.keys()) if (!columns.has(c)) extra.push(`${table}.${c}`);
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('agrees on nullability and on the kind of value', () => {
    const differ: string[] = [];
    for (const [table, columns] of fromDb) {
      for (const [name, db] of columns) {
        const typed = fromTypes.get(table)?.get(name);
        if (!typed) continue;
        if (typed.nullable !== db.nullable) differ.push(`${table}.${name}: ${db.nullable ? 'NULL' : 'NOT NULL'} in the database`);
        // jsonb holds any JSON value: an array in the types is as right as an object.
        const same = typed.type === db.type || (db.type === 'json' && typed.type === 'array');
        if (!same) differ.push(`${table}.${name}: ${db.type} in the database, ${typed.type} in the types`);
      }
    }
    expect(differ).toEqual([]);
  });
});
