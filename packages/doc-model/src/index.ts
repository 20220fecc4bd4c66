export * from './generalPad.ts';
