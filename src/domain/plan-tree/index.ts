export * from './copy';
export * from './diff';
export * from './placement';
export * from './snapshot';
export * from './lock';
