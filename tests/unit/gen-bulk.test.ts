// The bulk load path's check of the importer's summary against the generator's counts.
import { describe, expect, it } from 'vitest';
import { describeBulkLoad, parseImportCounts, parseImportStages } from '../../neo4j-runtime/scripts/bulkLoad';

describe('parseImportCounts', () => {
  it('reads the counts from the importer summary', () => {
    const output = 'IMPORT DONE in 20s 286ms. \nImported:\n  100000 nodes\n  500000 relationships\n  1 properties\n';
    expect(parseImportCounts(output)).toEqual({ nodes: 100_000, relationships: 500_000 });
  });

  it('returns undefined when the importer printed no summary', () => {
    expect(parseImportCounts('Import error: Duplicate input ids\n')).toBeUndefined();
  });
});

describe('parseImportStages', () => {
  it("reads the node and relationship stages' times, minutes included", () => {
    const output =
      '(1/4) Node import 2026-12-04 22:47:06.584+0000\nNode import COMPLETED in 19s 528ms\n' +
      '(2/4) Relationship import 2026-12-04\nRelationship import COMPLETED in 1m 2s 5ms\n' +
      'Relationship linking COMPLETED in 4s 679ms\n';
    expect(parseImportStages(output)).toEqual({ nodeSeconds: 19.528, relationshipSeconds: 62.005 });
  });

  it('returns undefined when a stage is missing or reads a unit it does not know', () => {
    expect(parseImportStages('Node import COMPLETED in 19s 528ms\n')).toBeUndefined();
    expect(parseImportStages('Node import COMPLETED in 3d 1s\nRelationship import COMPLETED in 2s\n')).toBeUndefined();
  });

  it('puts the stage rates beside the whole run in the summary line', () => {
    const line = describeBulkLoad({
      nodes: 1_000_000,
      relationships: 5_000_000,
      importSeconds: 80,
      importHeapMb: 3072,
      stages: { nodeSeconds: 20, relationshipSeconds: 50 },
      startSeconds: 7,
      schemaSeconds: 60,
    });
    expect(line).toContain('12,500 nodes/s, 62,500 relationships/s over the whole import run');
    expect(line).toContain('node stage 20.0 s (50,000 nodes/s)');
    expect(line).toContain('relationship stage 50.0 s (100,000 relationships/s)');
    expect(line).toContain('importer heap 3072 MiB');
  });
});
