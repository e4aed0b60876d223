// Architecture rules live here: a forbidden import fails `npm test` (which runs lint first).
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

/** Infrastructure packages a pure domain or kernel must never import. */
const adapterPackages = ['@nestjs/*', 'pg', '@electric-sql/*', '@kurrent/*', 'kafkajs', 'mongoose', 'opossum', 'testcontainers', '@testcontainers/*'];

/** The module boundaries: a forbidden import between libraries fails the build. */
const boundaries = () => [
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
      // Provincial finance reads the money contract, never a programme's code.
      { sourceTag: 'scope:finance', onlyDependOnLibsWithTags: ['scope:finance', 'scope:shared', 'type:contracts'] },
      // Identity (users, logins, the PDPA access log) is shared by every programme and reads none of them.
      { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:shared'] },
      // The auditor reads what programmes publish (contracts), never their domain or service code.
      { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:shared', 'type:contracts'] },
    ],
  },
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
);
