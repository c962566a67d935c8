/** Where the local Neo4j runtime keeps its jars, its data and its logs. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(RUNTIME_DIR, '..');
export const TARGET_DIR = path.join(RUNTIME_DIR, 'target');
export const LIB_DIR = path.join(TARGET_DIR, 'lib');
export const PLUGINS_DIR = path.join(TARGET_DIR, 'plugins');
export const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
export { DEFAULT_HOME } from '../contract/connection';
