// ESLint (flat config). The boundary rules are the point: they keep the architecture in
// docs/architecture.md true without a reviewer having to remember it. Each policy's message says
// what to do instead. test/lint/rules.unit.test.ts shows that every rule fires on a violation.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Functions of db/tenant.ts that open a tenant transaction; services use the runner from server/lib/access. */
const TENANT_RUNNERS = ['withTenant', 'asSystem', 'extendTenant'];

/**
 * App-wide web infrastructure a feature may use: the API client, access checks, shared queries and
 * the session (its React context included). Not the router or main.tsx: they import the features.
 */
const WEB_INFRA = [
  'web/src/api.ts',
  'web/src/access.ts',
  'web/src/queries.ts',
  'web/src/session.ts',
  'web/src/components/SessionContext.tsx',
];

/**
 * Policies for boundaries/dependencies. Everything is allowed unless a policy disallows it; when
 * several match, the last one wins (so an `allow` after a `disallow` carves out an exception).
 */
const policies = [
  {
    from: { element: { type: 'web-feature' } },
    disallow: { to: { module: { origin: 'local' } } },
    message:
      'A web feature imports only its own files, web/src/ui, web/src/lib, web/src/i18n, shared/ and ' +
      `${WEB_INFRA.join(', ')}. Move what two features share into web/src/ui or web/src/lib.`,
  },
  {
    from: { element: { type: 'web-feature' } },
    allow: [
      { to: { element: { type: 'web-feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
      { to: { file: { categories: { anyOf: ['web-ui', 'web-lib', 'web-i18n', 'web-infra', 'shared'] } } } },
    ],
  },
  {
    from: { element: { type: 'server-module' }, file: { categories: { noneOf: ['test', 'test-fixtures'] } } },
    disallow: {
      to: {
        element: { type: 'server-module', captured: { module: '!{{ from.element.captured.module }}' } },
        file: { categories: { noneOf: ['module-face'] } },
      },
    },
    message:
      'Another server module is used through its public face only: import server/modules/<module>/index.ts ' +
      '(export what you need from there) instead of its internal files.',
  },
  {
    // Tests build their data with other modules' fixtures (the test-only face); nothing else inside.
    from: { element: { type: 'server-module' }, file: { categories: { anyOf: ['test', 'test-fixtures'] } } },
    disallow: {
      to: {
        element: { type: 'server-module', captured: { module: '!{{ from.element.captured.module }}' } },
        file: { categories: { noneOf: ['module-face', 'test-fixtures'] } },
      },
    },
    message: 'A test uses another server module through its index.ts or its fixtures.ts (the test-only face), never its internal files.',
  },
  {
    from: { file: { categories: { noneOf: ['repository', 'server-lib', 'db', 'tooling', 'test', 'test-fixtures'] } } },
    disallow: { to: { module: { source: 'kysely' } }, dependency: { kind: 'value' } },
    message:
      'Kysely (and its sql tag) belongs in repositories (server/modules/**/repository.ts) and db/. ' +
      "Move the query into the module's repository; `import type` from kysely is fine.",
  },
  {
    from: { file: { categories: { anyOf: ['web', 'shared'] } } },
    disallow: { to: { module: { source: 'kysely' } } },
    message: 'Kysely is server-side: the web app and shared/ do not import it, not even its types.',
  },
  {
    from: { file: { categories: { noneOf: ['server-lib', 'db', 'tooling', 'test'] } } },
    disallow: { to: { file: { categories: 'tenant' } }, dependency: { kind: 'value', specifiers: TENANT_RUNNERS } },
    message:
      `${TENANT_RUNNERS.join(', ')} are opened by server/lib only: run the service's work through the ` +
      'scoped runner the access check in server/lib/access returns. Type imports from db/tenant.ts (Tx) are fine.',
  },
  {
    from: { file: { categories: { allOf: ['shared-domain'], noneOf: ['test'] } } },
    disallow: { to: { module: { origin: 'core' } } },
    message: 'shared/domain is pure and runs in the browser: no Node built-ins. Take what you need (time, bytes, files) as a parameter.',
  },
  {
    from: { file: { categories: 'shared' } },
    disallow: { to: { file: { categories: { anyOf: ['server', 'db', 'web'] } } } },
    message: 'shared/ is imported by both server and web, so it imports neither (nor db/). Move the code into shared/ or pass it in.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'web/dist/', 'web/.dist-*/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Test code reads untyped JSON answers (`res.json().error.details…`); `any` there is the honest
    // type. Application code, db/, scripts/ and bench/ keep the rule.
    files: ['**/*.test.{ts,tsx}', 'test/**', 'server/modules/*/fixtures.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Only these folders hold files a policy can forbid something to; db/, test/, scripts/ and bench/
    // may import anything, so the (slowest) rule skips them.
    files: ['server/**/*.ts', 'shared/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/elements': [
        { type: 'server-module', pattern: 'server/modules/*', capture: ['module'] },
        { type: 'web-feature', pattern: 'web/src/features/*', capture: ['feature'] },
      ],
      'boundaries/files': [
        { category: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx', 'test/**'] },
        { category: 'tooling', pattern: ['scripts/**', 'bench/**'] },
        { category: 'db', pattern: 'db/**' },
        { category: 'tenant', pattern: 'db/tenant.ts' },
        { category: 'server', pattern: 'server/**' },
        { category: 'server-lib', pattern: 'server/lib/**' },
        { category: 'repository', pattern: ['server/modules/**/*repository*.ts', 'server/modules/**/repositories/**'] },
        { category: 'module-face', pattern: 'server/modules/*/index.ts' },
        { category: 'test-fixtures', pattern: 'server/modules/*/fixtures.ts' },
        { category: 'web', pattern: 'web/**' },
        { category: 'web-ui', pattern: 'web/src/ui/**' },
        { category: 'web-lib', pattern: 'web/src/lib/**' },
        { category: 'web-i18n', pattern: 'web/src/i18n/**' },
        { category: 'web-infra', pattern: WEB_INFRA },
        { category: 'shared', pattern: 'shared/**' },
        { category: 'shared-domain', pattern: 'shared/domain/**' },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, checkUnknownLocals: true, policies }],
    },
  },
);
