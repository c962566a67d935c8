// The bulk load path's check of the importer's summary against the generator's counts.
import { describe, expect, it } from 'vitest';
import { parseImportCounts } from '../../neo4j-runtime/scripts/bulkLoad';

describe('parseImportCounts', () => {
  it('reads the counts from the importer summary', () => {
    const output = 'IMPORT DONE in 20s 286ms. \nImported:\n  100000 nodes\n  500000 relationships\n  1 properties\n';
    expect(parseImportCounts(output)).toEqual({ nodes: 100_000, relationships: 500_000 });
  });

  it('returns undefined when the importer printed no summary', () => {
    expect(parseImportCounts('Import error: Duplicate input ids\n')).toBeUndefined();
  });
});
