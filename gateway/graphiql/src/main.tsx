// Registers globalThis.MonacoEnvironment with Vite `?worker` imports, so every Monaco web worker
// (editor, json, graphql) is emitted as a same-origin file under /graphiql/assets/.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './main.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const DEFAULT_QUERY = `{
  statistics {
    year
    received
    decided
    byCaseType {
      caseType {
        code
        name
      }
      received
      decided
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  // Apollo Server's CSRF prevention rejects "simple" requests without this header.
  headers: { 'apollo-require-preflight': 'true' },
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const container = document.getElementById('root');
if (!container) throw new Error('GraphiQL: #root element missing');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
