// The few Node APIs src/node.ts uses, typed for the `packages` project only. That project loads
// no @types/node on purpose (packages run in browsers too); declaring just these keeps `process`,
// `Buffer` and the rest out of reach of every other file in packages/. Tests get the real types.
declare module 'node:fs' {
  export function readFileSync(path: string, encoding: 'utf8'): string;
}
declare module 'node:module' {
  export function createRequire(from: string): { resolve(id: string): string };
}
declare module 'node:path' {
  export function dirname(path: string): string;
  export function join(...parts: string[]): string;
}
interface ImportMeta {
  readonly url: string;
}
