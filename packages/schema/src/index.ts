export * from './ids.ts';
export * from './errors.ts';
export * from './closeCodes.ts';
export * from './workspace.ts';
