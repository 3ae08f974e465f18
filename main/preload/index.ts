import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.ts';

// The page sees `window.regulars` and nothing else of Electron; contextIsolation keeps this
// script's own globals (and ipcRenderer) out of the page's reach.
contextBridge.exposeInMainWorld('regulars', createBridge(ipcRenderer));
