// Shared vitest configuration: test kinds are picked by file suffix (graphql-hive/gateway),
// decorators are compiled the legacy way with metadata (type-graphql, MikroORM), and `graphql`
// resolves to one module so schemas built in different packages share one realm.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** @param {string} id @param {string} root */
function resolveOrNull(id, root) {
  try {
    return require.resolve(id, { paths: [root] });
  } catch {
    return null;
  }
}

/** @param {{ root: string }} options */
export function defineProjectConfig({ root }) {
  const graphqlEntry = resolveOrNull('graphql/index.js', root);
  // Workspace packages resolve to their TypeScript source in tests (the `@klageportal/source`
  // export condition), so a test always runs the code as it is now, never a stale build.
  const conditions = ['@klageportal/source', 'module', 'node', 'development|production'];
  const shared = {
    oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
    resolve: { alias: graphqlEntry ? [{ find: /^graphql$/, replacement: graphqlEntry }] : [], conditions },
    ssr: { resolve: { conditions } },
  };
  return defineConfig({
    ...shared,
    test: {
      root,
      passWithNoTests: false,
      projects: [
        {
          ...shared,
          test: {
            name: 'unit',
            root,
            include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
            exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
          },
        },
        {
          ...shared,
          test: {
            name: 'int',
            root,
            include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
            exclude: ['**/node_modules/**', '**/dist/**'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
            globalSetup: [new URL('./global-setup.js', import.meta.url).pathname],
          },
        },
        {
          ...shared,
          test: {
            name: 'e2e',
            root,
            include: ['**/*.e2e.ts'],
            exclude: ['**/node_modules/**', '**/dist/**'],
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
            globalSetup: [new URL('./global-setup.js', import.meta.url).pathname],
          },
        },
        {
          // benchmarks (`pnpm bench`): they report figures, never fail on a time
          ...shared,
          test: {
            name: 'bench',
            root,
            include: ['**/*.bench.ts'],
            exclude: ['**/node_modules/**', '**/dist/**'],
            testTimeout: 600_000,
            hookTimeout: 300_000,
            fileParallelism: false,
            globalSetup: [new URL('./global-setup.js', import.meta.url).pathname],
          },
        },
      ],
    },
  });
}
