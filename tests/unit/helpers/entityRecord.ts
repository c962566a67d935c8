/** An entity record as the server's queries project it, with everything optional left empty: for pure-module tests. */
import type { EntityRecord } from '../../../server/src/entity/model';

export function entityRecord(id: string, kind: string, fields: Partial<EntityRecord> = {}): EntityRecord {
  return {
    id,
    kind,
    nameEn: id,
    nameZh: id,
    summaryEn: null,
    summaryZh: null,
    noteEn: null,
    noteZh: null,
    aliases: [],
    url: null,
    sourcesJson: '[]',
    propertiesJson: null,
    scope: null,
    scopeNoteEn: null,
    scopeNoteZh: null,
    ...fields,
  };
}
