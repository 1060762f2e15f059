import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGate } from './features/backups/DatabaseGate';
import { ApiProvider } from './app/api-context';
import { ConnectionProvider } from './app/connection-context';
import { createClient } from './api/client';
import { createConnectionMonitor, reportingTo } from './api/connection';
import './app/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// Every call reports whether it reached Stint, so that the whole app knows when it cannot.
const connection = createConnectionMonitor();

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={reportingTo(connection, createClient())}>
      <ConnectionProvider monitor={connection}>
        <DatabaseGate>
          <App />
        </DatabaseGate>
      </ConnectionProvider>
    </ApiProvider>
  </StrictMode>,
);
