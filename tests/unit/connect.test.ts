// Which database the environment names (server/src/db/connect.ts): the external one with its required login, or the
// local one its launcher describes in a connection file; no database is started and no login is made up.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionFilePath, renderLocalConnection } from '../../neo4j-runtime/contract/connection';
import { ConfigError, loadConfig } from '../../server/src/config';
import {
  externalTarget,
  LocalNeo4jNotRunningError,
  localTarget,
  MissingCredentialsError,
  targetEnv,
  targetFromConfig,
} from '../../server/src/db/connect';

const AURA = 'neo4j+s://abc.databases.neo4j.io';

describe('externalTarget', () => {
  it('is the database NEO4J_URI names, with its login and database', () => {
    const config = loadConfig({
      NEO4J_URI: AURA,
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'atlas',
    });
    expect(externalTarget(config)).toEqual({ uri: AURA, user: 'reader', password: 'secret', database: 'atlas' });
  });

  it('is undefined without NEO4J_URI', () => {
    expect(externalTarget(loadConfig({ NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret' }))).toBeUndefined();
  });

  it('refuses a missing login with a typed error naming what is missing, never a default', () => {
    const withoutPassword = () => externalTarget({ NEO4J_URI: AURA, NEO4J_USER: 'neo4j' });
    expect(withoutPassword).toThrow(MissingCredentialsError);
    expect(withoutPassword).toThrow(`NEO4J_URI is set (${AURA}) but NEO4J_PASSWORD is not.`);
    expect(() => externalTarget({ NEO4J_URI: AURA })).toThrow('but NEO4J_USER and NEO4J_PASSWORD are not.');
    // A subclass of ConfigError: the commands that report configuration errors report this one the same way.
    expect(withoutPassword).toThrow(ConfigError);
  });

  it('round-trips through the environment targetEnv writes', () => {
    const target = { uri: 'bolt://127.0.0.1:7999', user: 'neo4j', password: 'pw', database: 'atlas' };
    expect(externalTarget(loadConfig(targetEnv(target)))).toEqual(target);
    const { database: _omitted, ...withoutDatabase } = target;
    expect(targetEnv(withoutDatabase)).not.toHaveProperty('NEO4J_DATABASE');
  });
});

describe('localTarget', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'atlas-connect-unit-'));
  });
  afterEach(() => {
    rmSync(home, { recursive: true, force: true });
  });

  const writeLauncherFiles = (uri: string, password: string) => {
    const passwordFile = path.join(home, 'auth', 'password');
    mkdirSync(path.dirname(passwordFile), { recursive: true });
    writeFileSync(passwordFile, `${password}\n`);
    mkdirSync(path.join(home, 'run'), { recursive: true });
    writeFileSync(connectionFilePath(home), renderLocalConnection({ uri, user: 'neo4j', passwordFile }));
  };

  it('reads where the launcher says the local Neo4j listens, and its password from the password file', () => {
    writeLauncherFiles('bolt://127.0.0.1:7777', 'a1b2c3');
    expect(localTarget(home)).toEqual({ uri: 'bolt://127.0.0.1:7777', user: 'neo4j', password: 'a1b2c3' });
  });

  it('says how to start the local Neo4j when it is not running', () => {
    expect(() => localTarget(home)).toThrow(LocalNeo4jNotRunningError);
    expect(() => localTarget(home)).toThrow(/npm run db:start/);
  });

  it('names a connection file it cannot read', () => {
    mkdirSync(path.join(home, 'run'), { recursive: true });
    writeFileSync(connectionFilePath(home), '{"uri": 7}');
    expect(() => localTarget(home)).toThrow(`${connectionFilePath(home)} lacks uri, user or passwordFile`);
  });

  it('comes second: NEO4J_URI wins over a running local database', () => {
    writeLauncherFiles('bolt://127.0.0.1:7777', 'a1b2c3');
    const external = loadConfig({ NEO4J_URI: AURA, NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret' });
    expect(targetFromConfig(external, home).uri).toBe(AURA);
    expect(targetFromConfig(loadConfig({}), home).uri).toBe('bolt://127.0.0.1:7777');
  });
});
