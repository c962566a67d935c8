// The atlas's English renderings of the report's quotes and sections: lookup (whitespace folded, English text left
// alone) and the validator's checks — a Chinese quote or section without a rendering, and a rendering no source uses.
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { formatProblem } from '../../graph-seed/src/index';
import { validSeedOf } from './helpers/valid-seed';
import { parseSeedFiles } from '../../graph-seed/src/read';
import type { Problem } from '../../graph-seed/src/read';
import { parseReport } from '../../graph-seed/src/report';
import { parseTranslations } from '../../graph-seed/src/translationCheck';
import { needsTranslation, translateQuote, translateSection } from '../../graph-seed/src/translations';
import { validateSeed } from '../../graph-seed/src/validate';
import type { ValidationResult } from '../../graph-seed/src/validate';

const REPORT = parseReport(
  ['专家报告', '', '序言', '', '图形处理器用于训练大模型。云计算提供超算能力,绕过芯片限制。', ''].join('\n'),
);

const ENTITIES_FILE = 'graph-seed/data/entities/core.yaml';
const TRANSLATIONS_FILE = 'graph-seed/data/translations.yaml';

const GPU_QUOTE = '图形处理器用于训练大模型。';
const CLOUD_QUOTE = '云计算提供超算能力,绕过芯片限制。';

type Fixture = Record<string, unknown>;

function entity(id: string, kind: string, quote: string, section = '序言'): Fixture {
  return {
    id,
    kind,
    name: { en: id, zh: `${id}中文` },
    summary: { en: `About ${id}.`, zh: `关于${id}。` },
    sources: [{ doc: 'doc:unido-report', section, quote }],
  };
}

function entities(): Fixture[] {
  return [entity('doc:unido-report', 'DOCUMENT', '专家报告', '专家报告'), entity('tech:gpu', 'TECHNOLOGY', GPU_QUOTE)];
}

function translations(): { sections: Fixture[]; quotes: Fixture[] } {
  return {
    sections: [
      { zh: '专家报告', en: 'Expert report' },
      { zh: '序言', en: 'Preface' },
    ],
    quotes: [
      { zh: '专家报告', en: 'Expert report' },
      { zh: GPU_QUOTE, en: 'Graphics processing units are used to train large models.' },
    ],
  };
}

function validate(files: { entities: Fixture[]; translations?: unknown }): ValidationResult {
  const seedFiles = [
    { file: ENTITIES_FILE, key: 'entities/core.yaml', content: YAML.stringify({ entities: files.entities }) },
  ];
  if (files.translations !== undefined) {
    const content = typeof files.translations === 'string' ? files.translations : YAML.stringify(files.translations);
    seedFiles.push({ file: TRANSLATIONS_FILE, key: 'translations.yaml', content });
  }
  return validateSeed(parseSeedFiles(seedFiles), REPORT);
}

function problemsOf(result: ValidationResult): readonly Problem[] {
  if (result.ok) throw new Error('expected the seed to be invalid');
  return result.problems;
}

describe('translation lookup', () => {
  const { translations: parsed, problems } = parseTranslations({
    file: TRANSLATIONS_FILE,
    key: 'translations.yaml',
    content: YAML.stringify(translations()),
  });

  it('finds a quote and a section with whitespace folded as quote matching folds it', () => {
    expect(problems).toEqual([]);
    expect(translateQuote(parsed, '图形处理器用于 训练\n大模型。')).toBe(
      'Graphics processing units are used to train large models.',
    );
    expect(translateSection(parsed, ' 序言 ')).toBe('Preface');
  });

  it('gives null for text that needs no translation, and for text it does not know', () => {
    expect(needsTranslation('on the recommendation of the First Committee')).toBe(false);
    expect(needsTranslation('GPU芯片')).toBe(true);
    expect(translateQuote(parsed, 'on the recommendation of the First Committee')).toBeNull();
    expect(translateQuote(parsed, null)).toBeNull();
    expect(translateQuote(parsed, '未知的引语')).toBeNull();
    expect(translateSection(parsed, 'Chapter 9')).toBeNull();
  });
});

describe('translation checks in the validator', () => {
  it('accepts a seed whose every Chinese quote and section has a rendering, and hands the renderings on', () => {
    const seed = validSeedOf(validate({ entities: entities(), translations: translations() }));
    expect(translateQuote(seed.translations, GPU_QUOTE)).toBe(
      'Graphics processing units are used to train large models.',
    );
    expect(translateSection(seed.translations, '专家报告')).toBe('Expert report');
  });

  it('rejects a quote without a translation, naming the file, the entity and the quote', () => {
    const list = [...entities(), entity('tech:cloud', 'TECHNOLOGY', CLOUD_QUOTE)];
    expect(problemsOf(validate({ entities: list, translations: translations() }))).toEqual([
      {
        file: ENTITIES_FILE,
        entityId: 'tech:cloud',
        message: `sources[0].quote: no English translation in ${TRANSLATIONS_FILE}: "${CLOUD_QUOTE}" (add it under quotes:)`,
      },
    ]);
  });

  it('rejects a section heading without an English name', () => {
    const file = translations();
    file.sections = file.sections.filter((s) => s.zh !== '序言');
    expect(problemsOf(validate({ entities: entities(), translations: file })).map(formatProblem)).toEqual([
      `${ENTITIES_FILE}: tech:gpu: sources[0].section: no English name in ${TRANSLATIONS_FILE}: "序言" (add it under sections:)`,
    ]);
  });

  it('rejects a stale translation that no source uses any more', () => {
    const file = translations();
    file.quotes.push({ zh: CLOUD_QUOTE, en: 'Cloud computing provides supercomputing power.' });
    expect(problemsOf(validate({ entities: entities(), translations: file }))).toEqual([
      {
        file: TRANSLATIONS_FILE,
        entityId: null,
        message: `quotes[2]: unused translation, no source cites "${CLOUD_QUOTE}" (remove it, or update it to the changed text)`,
      },
    ]);
  });

  it('points an edited quote at the translation of the quote it used to be', () => {
    const list = entities();
    list[1] = entity('tech:gpu', 'TECHNOLOGY', '图形处理器用于训练大模型');
    const messages = problemsOf(validate({ entities: list, translations: translations() })).map((p) => p.message);
    expect(messages).toEqual([
      `sources[0].quote: no English translation in ${TRANSLATIONS_FILE}: "图形处理器用于训练大模型" ` +
        '(add it under quotes:; the unused quotes[1] is for a similar text)',
      expect.stringMatching(/^quotes\[1\]: unused translation/u),
    ]);
  });

  it('rejects a missing translations file, a duplicate, an untranslated rendering and a malformed entry', () => {
    expect(problemsOf(validate({ entities: entities() }))).toEqual([
      {
        file: 'translations.yaml',
        entityId: null,
        message:
          'missing: the data directory needs translations.yaml with an English rendering of each of the ' +
          '2 Chinese quotes and 2 sections (see graph-seed/README.md)',
      },
    ]);
    const file = translations();
    file.quotes.push({ zh: '专家 报告', en: 'Expert report, again' });
    file.quotes.push({ zh: GPU_QUOTE.slice(0, 5), en: '图形处理器' });
    file.quotes.push({ zh: CLOUD_QUOTE });
    expect(problemsOf(validate({ entities: entities(), translations: file })).map((p) => p.message)).toEqual([
      'quotes[2]: "专家报告" is translated twice (also quotes[0]); keep one',
      'quotes[3].en: must be English (it contains Chinese characters)',
      'quotes[4].en: required',
    ]);
    expect(problemsOf(validate({ entities: entities(), translations: 'quotes: [\n' }))[0]?.message).toMatch(
      /^YAML syntax error: /u,
    );
  });

  it('checks translations only once the rest of the seed is valid, so a quote being fixed is reported once', () => {
    const list = entities();
    list[1] = entity('tech:gpu', 'TECHNOLOGY', '报告里没有这句话');
    expect(problemsOf(validate({ entities: list, translations: translations() })).map((p) => p.message)).toEqual([
      'sources[0].quote: not found in the report: "报告里没有这句话"',
    ]);
  });
});
