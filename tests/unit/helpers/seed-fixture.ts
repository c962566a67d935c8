// A small valid seed (three files, translations) and a report in the real one's style, for the validator's tests:
// each test copies the fixture and introduces exactly one defect.
import { expect } from 'vitest';
import YAML from 'yaml';
import { formatProblem } from '../../../graph-seed/src/index';
import { parseSeedFiles } from '../../../graph-seed/src/read';
import type { Problem } from '../../../graph-seed/src/read';
import { parseReport } from '../../../graph-seed/src/report';
import { validateSeed } from '../../../graph-seed/src/validate';
import type { ValidationResult } from '../../../graph-seed/src/validate';

/** A small report in the real one's style: a PDF line break inside a phrase, ASCII commas, two footnotes. */
export const REPORT_TEXT = [
  '专家报告',
  '',
  '序言',
  '',
  '人类的进步始终伴随着技术创新——而且,往往也伴随着战争。图形处理器 (NVIDIA A100、H100) 用于训练大模型。',
  '规避手段包括中立司法辖区与远程访问,以及规避',
  '限制的手段。¹',
  '',
  '当前的双重用途人工智能技术出口实际情况以及规避 限制的手段',
  '',
  '¹ 示例文件, URL: https://example.org/one',
  '',
  '² 另一示例文件',
  '',
].join('\n');

export const REPORT = parseReport(REPORT_TEXT);

export const ENTITIES_FILE = 'graph-seed/data/entities/core.yaml';
export const MORE_FILE = 'graph-seed/data/entities/more.yaml';
export const RELATIONS_FILE = 'graph-seed/data/relations/core.yaml';
export const TRANSLATIONS_FILE = 'graph-seed/data/translations.yaml';

export type Fixture = Record<string, unknown>;

export const reportSource = (quote = '图形处理器 (NVIDIA A100、H100) 用于训练大模型。'): Fixture => ({
  doc: 'doc:unido-report',
  section: '序言',
  quote,
});

export function entity(id: string, kind: string, extra: Fixture = {}): Fixture {
  return {
    id,
    kind,
    name: { en: `${id} (en)`, zh: `${id}(中文)` },
    summary: { en: `About ${id}.`, zh: `关于${id}。` },
    sources: [reportSource()],
    ...extra,
  };
}

export function relation(from: string, type: string, to: string, extra: Fixture = {}): Fixture {
  return { from, type, to, sources: [reportSource()], ...extra };
}

/** A valid seed in three files and its translations; each test copies it and introduces exactly one defect. */
export function validFixture(): Record<
  string,
  { entities?: Fixture[]; relations?: Fixture[]; [list: string]: unknown }
> {
  return {
    [TRANSLATIONS_FILE]: {
      sections: [
        { zh: '序言', en: 'Preface' },
        { zh: '专家报告', en: 'Expert report' },
      ],
      quotes: [
        { zh: '专家报告', en: 'Expert report' },
        { zh: '示例文件, URL: https://example.org/one', en: 'Example file, URL: https://example.org/one' },
        { zh: '图形处理器 (NVIDIA A100、H100) 用于训练大模型。', en: 'GPUs (NVIDIA A100, H100) train large models.' },
        {
          zh: '规避手段包括中立司法辖区与远程访问,以及规避限制的手段。',
          en: 'Evasion includes neutral jurisdictions.',
        },
      ],
    },
    [ENTITIES_FILE]: {
      entities: [
        entity('doc:unido-report', 'DOCUMENT', {
          sources: [{ doc: 'doc:unido-report', section: '专家报告', quote: '专家报告' }],
        }),
        entity('doc:example', 'DOCUMENT', {
          url: 'https://example.org/one',
          sources: [
            { doc: 'doc:unido-report', section: '序言', footnote: 1, quote: '示例文件, URL: https://example.org/one' },
          ],
        }),
        entity('tech:gpu', 'TECHNOLOGY', { aliases: { en: ['GPU'], zh: ['图形处理器'] } }),
      ],
    },
    [MORE_FILE]: {
      entities: [
        entity('app:model-training', 'APPLICATION', {
          sources: [{ doc: 'doc:example', supplementary: true, note: 'url comes from the document' }],
        }),
        entity('regime:wassenaar', 'REGIME', {
          properties: { members: 42, multilateral: true, lists: ['dual-use list'] },
          sources: [reportSource('规避手段包括中立司法辖区与远程访问,以及规避限制的手段。')],
        }),
      ],
    },
    [RELATIONS_FILE]: {
      relations: [
        relation('tech:gpu', 'USED_FOR', 'app:model-training'),
        relation('tech:gpu', 'CONTROLLED_BY', 'regime:wassenaar', { note: { en: 'Note.', zh: '注。' } }),
      ],
    },
  };
}

export function validateFiles(files: Record<string, unknown>): ValidationResult {
  const seedFiles = Object.entries(files).map(([file, content]) => ({
    file,
    // Relative to the data directory, as readSeedDir gives it (the translations file is found by its key).
    key: file.replace(/^graph-seed\/data\//u, ''),
    content: typeof content === 'string' ? content : YAML.stringify(content),
  }));
  return validateSeed(parseSeedFiles(seedFiles), REPORT);
}

export function problemsOf(result: ValidationResult): readonly Problem[] {
  if (result.ok) throw new Error('expected the seed to be invalid');
  return result.problems;
}

/** Validates the fixture after `mutate` and expects exactly one problem. */
export function onlyProblem(mutate: (fixture: ReturnType<typeof validFixture>) => void): Problem {
  const fixture = validFixture();
  mutate(fixture);
  const problems = problemsOf(validateFiles(fixture));
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0] as Problem;
}

export const entitiesOf = (fixture: ReturnType<typeof validFixture>, file: string) => fixture[file]?.entities ?? [];
export const relationsOf = (fixture: ReturnType<typeof validFixture>) => fixture[RELATIONS_FILE]?.relations ?? [];
export function find(list: Fixture[], id: string): Fixture {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}
