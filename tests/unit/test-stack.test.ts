// TEST_NEO4J_ROUTING: how the test stack turns the database's URI into a routing one, and what it accepts.
import { describe, expect, it } from 'vitest';
import { routingRequested, routingUri } from '../setup/stack';

describe('the test stack in routing mode', () => {
  it('turns bolt URIs into neo4j ones, keeping the TLS variant, and leaves routing URIs alone', () => {
    expect(routingUri('bolt://127.0.0.1:7687')).toBe('neo4j://127.0.0.1:7687');
    expect(routingUri('bolt+s://db.example.org:7687')).toBe('neo4j+s://db.example.org:7687');
    expect(routingUri('bolt+ssc://db.example.org')).toBe('neo4j+ssc://db.example.org');
    expect(routingUri('neo4j+s://abc.databases.neo4j.io')).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('is off unless TEST_NEO4J_ROUTING says true, and refuses a value it does not know', () => {
    expect(routingRequested({})).toBe(false);
    expect(routingRequested({ TEST_NEO4J_ROUTING: '' })).toBe(false);
    expect(routingRequested({ TEST_NEO4J_ROUTING: 'false' })).toBe(false);
    expect(routingRequested({ TEST_NEO4J_ROUTING: '1' })).toBe(true);
    expect(routingRequested({ TEST_NEO4J_ROUTING: 'true' })).toBe(true);
    expect(() => routingRequested({ TEST_NEO4J_ROUTING: 'yes' })).toThrow(/TEST_NEO4J_ROUTING/);
  });
});
