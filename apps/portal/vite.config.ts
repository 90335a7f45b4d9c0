import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gatewayProxy = {
  '/graphql': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy: gatewayProxy },
  preview: { proxy: gatewayProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never inline assets as data: URIs: fonts must come from 'self' under the CSP (font-src 'self').
    assetsInlineLimit: 0,
  },
});
