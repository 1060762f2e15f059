import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

// Wrapped in a function so the page receives a way to call the API, not ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'stint',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
