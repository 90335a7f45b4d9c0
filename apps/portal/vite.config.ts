import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', changeOrigin: true };

// The same paths server/serve.ts sends to the gateway: GraphQL, login/logout (ID-porten), documents,
// the statistics as open data (CSV, JSON), GraphiQL.
const gatewayProxy = {
  '/graphql': gateway,
  '/auth/': gateway,
  '/files/': gateway,
  '/open-data/': gateway,
  '/graphiql': gateway,
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
