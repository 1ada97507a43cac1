export * from './schema';
export * from './repair';
export * from './stats';
export * from './storage';
