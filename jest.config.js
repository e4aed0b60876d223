/**
 * One jest run for the whole workspace: unit specs (`*.spec.ts`) beside the code,
 * integration specs (`*.int.spec.ts`) against real engines found by the global setup.
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  rootDir: __dirname,
};

module.exports = {
  // kafkajs and pg pools of a failed test can outlive it; a hung run would hide the result from CI.
  forceExit: true,
  testTimeout: 30_000,
  globalSetup: '<rootDir>/libs/testing/src/infra/global-setup.js',
  globalTeardown: '<rootDir>/libs/testing/src/infra/global-teardown.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps,tests}/**/*.spec.ts'], testPathIgnorePatterns: ['\\.int\\.spec\\.ts$'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{libs,apps,tests}/**/*.int.spec.ts'] },
  ],
};
