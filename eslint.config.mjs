// Architecture rules live here: a forbidden import fails `npm test` (which runs lint first).
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

/** Infrastructure packages a pure domain or kernel must never import. */
const adapterPackages = ['@nestjs/*', 'pg', '@electric-sql/*', '@kurrent/*', 'kafkajs', 'mongoose', 'opossum', 'testcontainers', '@testcontainers/*'];

/** The module boundaries; `auditAlsoOn` widens the audit scope for the files listed as known debts below. */
const boundaries = (auditAlsoOn = []) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: ['type:kernel'], bannedExternalImports: adapterPackages },
      { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:kernel', 'type:platform-core', 'type:contracts'], bannedExternalImports: adapterPackages },
      { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts'], bannedExternalImports: adapterPackages },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:kernel', 'type:platform', 'type:testing'] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:kernel', 'type:platform', 'type:testing'] },
      { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
      { sourceTag: 'type:host', onlyDependOnLibsWithTags: ['*'] },
      { sourceTag: 'scope:welfare', onlyDependOnLibsWithTags: ['scope:welfare', 'scope:shared'] },
      { sourceTag: 'scope:grants', onlyDependOnLibsWithTags: ['scope:grants', 'scope:shared'] },
      { sourceTag: 'scope:relief', onlyDependOnLibsWithTags: ['scope:relief', 'scope:shared'] },
      // The auditor reads what programmes publish (contracts), never their domain or service code.
      { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:shared', 'type:contracts', ...auditAlsoOn] },
    ],
  },
];

/**
 * Known debts (issue #9): audit service files that still fold welfare's own events and are being
 * rewired onto the money contract. Delete each line as its file stops importing welfare-domain;
 * nothing may be added here.
 */
const auditFilesStillOnWelfareDomain = [
  'libs/audit/service/src/replay/welfare-replay.ts',
  'libs/audit/service/src/replay/welfare-replay.spec.ts',
  'libs/audit/service/src/http/ledger.controller.ts',
  'libs/audit/service/src/chain/chain-check.int.spec.ts',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs', 'infra/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': boundaries(),
    },
  },
  { files: auditFilesStillOnWelfareDomain, rules: { '@nx/enforce-module-boundaries': boundaries(['type:domain']) } },
);
