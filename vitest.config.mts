import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/support/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // Test files share their workers' modules instead of loading every module again for each file: the suite
    // takes 40 s instead of 3 to 4 minutes, most of which was importing. Each test opens its own temporary
    // database, and the core keeps no module state but caches keyed by the connection. A file that mocks a
    // module (only src/main/index.test.ts mocks `electron`, which nothing else imports) must keep that true.
    isolate: false,
  },
});
