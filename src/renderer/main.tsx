import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ApiProvider } from './app/api-context';
import { createClient } from './api/client';
import './app/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={createClient()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
