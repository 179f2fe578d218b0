import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Shows that each boundary rule in eslint.config.js fires on a violation and stays quiet on the
 * allowed form. The snippets are linted at realistic paths inside a throw-away copy of the project
 * layout (the real eslint.config.js, stub target files, node_modules linked), so the imports resolve
 * to files that exist whatever state the real tree is in.
 */

const repo = path.resolve(import.meta.dirname, '..');

/** Files the snippets import; their content does not matter, only that they resolve. */
const STUBS = [
  'db/tenant.ts',
  'server/lib/access.ts',
  'server/modules/placements/fixtures.ts',
  'server/modules/placements/index.ts',
  'server/modules/placements/service.ts',
  'server/modules/shifts/index.ts',
  'server/modules/shifts/repository.ts',
  'shared/schemas/shifts.ts',
  'web/src/access.ts',
  'web/src/api.ts',
  'web/src/components/Layout.tsx',
  'web/src/features/employers/api.ts',
  'web/src/features/hours/api.ts',
  'web/src/i18n/index.ts',
  'web/src/lib/form.ts',
  'web/src/pages/NotFoundPage.tsx',
  'web/src/router.tsx',
  'web/src/session.ts',
  'web/src/ui/Page.tsx',
];

let root: string;
let eslint: ESLint;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-lint-'));
  fs.copyFileSync(path.join(repo, 'eslint.config.js'), path.join(root, 'eslint.config.js'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const stub of STUBS) {
    fs.mkdirSync(path.dirname(path.join(root, stub)), { recursive: true });
    fs.writeFileSync(path.join(root, stub), 'export {};\n');
  }
  eslint = new ESLint({ cwd: root });
  // Loading the config and the parsers takes seconds; do it here, not in the first test.
  await eslint.lintText('export {};\n', { filePath: path.join(root, 'server/warm-up.ts') });
}, 60_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** The boundary messages ESLint reports for `code` saved at `file` (other rules are not the point here). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

const KYSELY = /Kysely \(and its sql tag\) belongs in repositories/;
const TENANT = /withTenant, asSystem, extendTenant are opened by server\/lib only/;
const MODULE_FACE = /used through its public face only/;
const TEST_FACE = /through its index.ts or its fixtures.ts/;
const FEATURE = /A web feature imports only its own files/;
const NODE_IN_DOMAIN = /shared\/domain is pure/;
const SHARED_UP = /shared\/ is imported by both server and web/;

describe('Kysely only in repositories, server/lib, db and tooling', () => {
  it('refuses a value import of kysely (sql) in a service', async () => {
    expect(
      await boundaryErrors('server/modules/shifts/service.ts', "import { sql } from 'kysely';\nexport const q = sql`select 1`;\n"),
    ).toEqual([expect.stringMatching(KYSELY)]);
  });

  it('allows `import type` from kysely in a service, and sql in repositories, server/lib and db', async () => {
    expect(
      await boundaryErrors('server/modules/shifts/service.ts', "import type { Kysely } from 'kysely';\nexport type K = Kysely<never>;\n"),
    ).toEqual([]);
    const value = "import { sql } from 'kysely';\nexport const q = sql`select 1`;\n";
    for (const file of [
      'server/modules/shifts/repository.ts',
      'server/modules/matching/rounds-repository.ts',
      'server/modules/matching/repositories/rounds.ts',
      'server/lib/jobs.ts',
      'db/migrate.ts',
      'scripts/demo-seed.ts',
      'bench/matching/run.ts',
      'test/support/db.ts',
      'server/modules/shifts/shifts.test.ts',
    ]) {
      expect(await boundaryErrors(file, value), file).toEqual([]);
    }
  });

  it('keeps kysely, even its types, out of the web app and shared/', async () => {
    const code = "import type { Kysely } from 'kysely';\nexport type K = Kysely<never>;\n";
    expect(await boundaryErrors('web/src/features/hours/api.ts', code)).toEqual([expect.stringMatching(/Kysely is server-side/)]);
    expect(await boundaryErrors('shared/schemas/shifts.ts', code)).toEqual([expect.stringMatching(/Kysely is server-side/)]);
  });
});

describe('withTenant, asSystem and extendTenant only in server/lib and db', () => {
  it('refuses them in a service', async () => {
    for (const name of ['withTenant', 'asSystem', 'extendTenant']) {
      const code = `import { ${name} } from '../../../db/tenant.ts';\nexport const f = ${name};\n`;
      expect(await boundaryErrors('server/modules/shifts/service.ts', code), name).toEqual([expect.stringMatching(TENANT)]);
    }
  });

  it('refuses them outside server/modules too (server/http), also next to a type import', async () => {
    const code = "import { type Tx, withTenant } from '../../db/tenant.ts';\nexport const f = withTenant;\nexport type T = Tx;\n";
    expect(await boundaryErrors('server/http/hooks.ts', code)).toEqual([expect.stringMatching(TENANT)]);
  });

  it('allows type imports anywhere, and the runners in server/lib, db, tests and tooling', async () => {
    expect(
      await boundaryErrors('server/modules/shifts/service.ts', "import type { Tx } from '../../../db/tenant.ts';\nexport type T = Tx;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors('server/modules/shifts/service.ts', "import { type Tx } from '../../../db/tenant.ts';\nexport type T = Tx;\n"),
    ).toEqual([]);
    const runner = (up: string) => `import { withTenant } from '${up}db/tenant.ts';\nexport const f = withTenant;\n`;
    expect(await boundaryErrors('server/lib/access.ts', runner('../../'))).toEqual([]);
    expect(await boundaryErrors('db/seed.ts', runner('../'))).toEqual([]);
    expect(await boundaryErrors('server/modules/shifts/shifts.test.ts', runner('../../../'))).toEqual([]);
    expect(await boundaryErrors('scripts/demo-seed.ts', runner('../'))).toEqual([]);
  });
});

describe('a server module uses another only through its index.ts', () => {
  it("refuses an import of another module's internal file", async () => {
    const code = "import { x } from '../placements/service.ts';\nexport const y = x;\n";
    expect(await boundaryErrors('server/modules/shifts/service.ts', code)).toEqual([expect.stringMatching(MODULE_FACE)]);
    // Tests are not exempt for other modules' internals.
    expect(await boundaryErrors('server/modules/shifts/shifts.test.ts', code)).toEqual([expect.stringMatching(TEST_FACE)]);
  });

  it("lets tests and fixtures (only they) use another module's fixtures.ts", async () => {
    const code = "import { x } from '../placements/fixtures.ts';\nexport const y = x;\n";
    expect(await boundaryErrors('server/modules/shifts/shifts.test.ts', code)).toEqual([]);
    expect(await boundaryErrors('server/modules/shifts/fixtures.ts', code)).toEqual([]);
    expect(await boundaryErrors('server/modules/shifts/service.ts', code)).toEqual([expect.stringMatching(MODULE_FACE)]);
  });

  it("allows the other module's index.ts and the module's own files", async () => {
    expect(
      await boundaryErrors('server/modules/shifts/service.ts', "import { x } from '../placements/index.ts';\nexport const y = x;\n"),
    ).toEqual([]);
    expect(await boundaryErrors('server/modules/shifts/service.ts', "import { x } from './repository.ts';\nexport const y = x;\n")).toEqual(
      [],
    );
    expect(
      await boundaryErrors('server/modules/shifts/sub/deep.ts', "import { x } from '../repository.ts';\nexport const y = x;\n"),
    ).toEqual([]);
    // Outside server/modules (the app wiring, jobs) the rule does not apply.
    expect(await boundaryErrors('server/app.ts', "import { x } from './modules/placements/service.ts';\nexport const y = x;\n")).toEqual(
      [],
    );
  });
});

describe('a web feature imports ui, lib, i18n, app infrastructure, shared and itself only', () => {
  const file = 'web/src/features/hours/pages/HoursPage.tsx';

  it('refuses another feature, pages, the router and components outside ui', async () => {
    for (const target of [
      '../../employers/api.ts',
      '../../../pages/NotFoundPage.tsx',
      '../../../router.tsx',
      '../../../components/Layout.tsx',
    ]) {
      const code = `import { x } from '${target}';\nexport const y = x;\n`;
      expect(await boundaryErrors(file, code), target).toEqual([expect.stringMatching(FEATURE)]);
    }
  });

  it('allows its own files, ui, lib, i18n, api/session/access and shared', async () => {
    for (const target of [
      '../api.ts',
      '../../../ui/Page.tsx',
      '../../../lib/form.ts',
      '../../../i18n/index.ts',
      '../../../api.ts',
      '../../../session.ts',
      '../../../access.ts',
      '../../../../../shared/schemas/shifts.ts',
    ]) {
      const code = `import { x } from '${target}';\nexport const y = x;\n`;
      expect(await boundaryErrors(file, code), target).toEqual([]);
    }
    expect(await boundaryErrors(file, "import { useQuery } from '@tanstack/react-query';\nexport const y = useQuery;\n")).toEqual([]);
  });
});

describe('shared/ stays pure and below server, db and web', () => {
  it('refuses Node built-ins in shared/domain, with or without the node: prefix', async () => {
    for (const source of ['node:crypto', 'crypto', 'node:fs']) {
      const code = `import * as m from '${source}';\nexport const y = m;\n`;
      expect(await boundaryErrors('shared/domain/evaluation/pseudonym.ts', code), source).toEqual([expect.stringMatching(NODE_IN_DOMAIN)]);
    }
  });

  it('lets tests in shared/domain read files', async () => {
    expect(
      await boundaryErrors('shared/domain/evaluation/evaluation.test.ts', "import fs from 'node:fs';\nexport const y = fs;\n"),
    ).toEqual([]);
  });

  it('refuses imports from server/, db/ and web/ anywhere in shared/', async () => {
    for (const target of ['../../server/lib/access.ts', '../../db/tenant.ts', '../../web/src/api.ts']) {
      const code = `import { x } from '${target}';\nexport const y = x;\n`;
      expect(await boundaryErrors('shared/charts/options.ts', code), target).toEqual([expect.stringMatching(SHARED_UP)]);
    }
  });

  it('allows shared/ to import shared/', async () => {
    expect(
      await boundaryErrors('shared/domain/hours/pay.ts', "import { x } from '../../schemas/shifts.ts';\nexport const y = x;\n"),
    ).toEqual([]);
  });
});
