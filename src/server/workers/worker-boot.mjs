// A worker thread of the pool (pool.ts): TypeScript through tsx, then the task loop.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
