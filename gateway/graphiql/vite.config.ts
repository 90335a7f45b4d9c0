import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Self-hosted GraphiQL 5 bundle, served by the gateway at /graphiql/.
// Build: vite build --config graphiql/vite.config.ts (run from gateway/).
export default defineConfig({
  root: import.meta.dirname,
  base: '/graphiql/',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, '../dist/graphiql'),
    emptyOutDir: true,
    // Emit every asset (favicon, codicon font) as a same-origin file instead of a data: URL.
    assetsInlineLimit: 0,
    // Monaco is ~3 MB; it is lazy-loaded by @graphiql/react after the shell renders.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onwarn(warning, warn) {
        // graphiql ships React-Compiler output with "use no memo" directives; dropping them is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
