import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App/App.tsx';
import { getBridge } from './bridge/get-bridge.ts';

document.documentElement.dataset.appState = 'loading';
// Before the router starts: the web bridge takes its #token=… out of the URL.
const bridge = getBridge();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App bridge={bridge} />
  </StrictMode>,
);
