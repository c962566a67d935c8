import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.QUERY_TIMEOUT_MS).toBe(5000);
    expect(config.NEO4J_MAX_POOL_SIZE).toBe(100);
    expect(config.TRUST_PROXY_HOPS).toBe(0);
  });

  it('takes a connection pool size per replica, and refuses one that is not a positive whole number', () => {
    expect(loadConfig({ NEO4J_MAX_POOL_SIZE: '20' }).NEO4J_MAX_POOL_SIZE).toBe(20);
    expect(() => loadConfig({ NEO4J_MAX_POOL_SIZE: '0' })).toThrow(/NEO4J_MAX_POOL_SIZE/);
    expect(() => loadConfig({ NEO4J_MAX_POOL_SIZE: '2.5' })).toThrow(/NEO4J_MAX_POOL_SIZE/);
  });

  it('names the field that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://example.org' })).toThrow(/NEO4J_URI: must look like/);
  });

  it('requires credentials with an external database, and accepts Aura URIs', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(ConfigError);
    const withoutPassword = () => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'neo4j' });
    expect(withoutPassword).toThrow(ConfigError);
    expect(withoutPassword).toThrow('NEO4J_PASSWORD: is required when NEO4J_URI is set');
    expect(withoutPassword).not.toThrow(/NEO4J_USER:/);
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
    });
    expect(config.NEO4J_URI).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).PORT).toBe(4000);
  });
});
