/**
 * The domain module: what the graph means, shared by the loader, the server and the browser. Pure TypeScript with
 * no Node or DOM API, and it imports nothing of the project outside this folder. Reached as `#domain` (package.json
 * "imports"), never through a relative path.
 */
export * from './vocabulary';
export * from './lang';
export * from './text';
export * from './naming';
export * from './kinds';
export * from './relations';
export * from './source';
export * from './citation';
export * from './searchFields';
export * from './graphSchema';
export * from './export/index';
export * from './properties';
export * from './validity';
export * from './limits';
export * from './dated';
