// Starts a worker thread on a TypeScript module: tsx's loader is not inherited by worker
// threads, so this plain module registers it there and then imports `workerData.entry`.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
