// The seed validator: one fixture per kind of defect, each asserting the file, the entity and the message it
// reports; a valid fixture that passes; and the whitespace normalisation quotes are matched with.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { formatProblem, readAndValidateSeed } from '../../graph-seed/src/index';
import { validSeedOf } from './helpers/valid-seed';
import {
  ENTITIES_FILE,
  entitiesOf,
  entity,
  find,
  MORE_FILE,
  onlyProblem,
  problemsOf,
  relation,
  RELATIONS_FILE,
  relationsOf,
  REPORT,
  REPORT_TEXT,
  reportSource,
  validateFiles,
  validFixture,
} from './helpers/seed-fixture';
import type { Fixture } from './helpers/seed-fixture';
import { isCjk, normalizeWhitespace } from '../../graph-seed/src/normalize';
import { readSeedDir } from '../../graph-seed/src/read';
import {
  isReportLine,
  isSingleSentence,
  leadingSuperscriptNumber,
  parseReport,
  quoteOccurs,
  readReport,
} from '../../graph-seed/src/report';
import { domainRangeProblem, validateSeed } from '../../graph-seed/src/validate';
import { seedVersion } from '../../graph-seed/src/version';
import { MEASURE_SCOPES, RELATION_TYPES } from '#domain';
import type { RelationTypeSpec } from '#domain';

describe('seed validation', () => {
  it('accepts a valid seed and returns typed entities, relations and a 12-digit version', () => {
    const seed = validSeedOf(validateFiles(validFixture()));
    expect(seed.entities.map((e) => e.id)).toEqual([
      'doc:unido-report',
      'doc:example',
      'tech:gpu',
      'app:model-training',
      'regime:wassenaar',
    ]);
    expect(seed.relations).toHaveLength(2);
    expect(seed.entities[3]?.sources[0]?.supplementary).toBe(true);
    expect(seed.entities[2]?.sources[0]?.supplementary).toBe(false);
    expect(seed.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('reports a YAML syntax error with its file and line', () => {
    const fixture: Record<string, unknown> = validFixture();
    fixture[MORE_FILE] = 'entities:\n  - id: app:model-training\n    name: { en: broken\n  - id: x\n';
    const problems = problemsOf(validateFiles(fixture));
    const yamlProblem = problems.find((p) => p.file === MORE_FILE);
    expect(yamlProblem).toMatchObject({ file: MORE_FILE, entityId: null });
    expect(yamlProblem?.message).toMatch(/^YAML syntax error at line 4, column \d+: /);
    // The relation to an entity of the unreadable file says where it may have been.
    expect(problems.find((p) => p.file === RELATIONS_FILE)?.message).toContain(
      `to: unknown entity "app:model-training" (or defined in a file that could not be read: ${MORE_FILE})`,
    );
  });

  it('reports a duplicate YAML key as a syntax error', () => {
    const problems = problemsOf(validateFiles({ [ENTITIES_FILE]: 'entities: []\nentities: []\n' }));
    expect(problems).toEqual([
      {
        file: ENTITIES_FILE,
        entityId: null,
        message: 'YAML syntax error at line 2, column 1: Map keys must be unique',
      },
    ]);
  });

  it('renders the zod path of a shape error: name.zh: required', () => {
    const problem = onlyProblem((f) => {
      delete (find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').name as Fixture).zh;
    });
    expect(problem).toEqual({ file: ENTITIES_FILE, entityId: 'tech:gpu', message: 'name.zh: required' });
  });

  it('reports a missing English name', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, MORE_FILE), 'regime:wassenaar').name = { en: '  ', zh: '瓦森纳安排' };
    });
    expect(problem).toEqual({ file: MORE_FILE, entityId: 'regime:wassenaar', message: 'name.en: must not be empty' });
  });

  it('reports a missing Chinese name when the whole name is absent', () => {
    const problem = onlyProblem((f) => {
      delete find(entitiesOf(f, MORE_FILE), 'regime:wassenaar').name;
    });
    expect(problem).toEqual({ file: MORE_FILE, entityId: 'regime:wassenaar', message: 'name: required' });
  });

  it('reports a source nested path and a wrong type', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').sources = [{ ...reportSource(), footnote: 'one' }];
    });
    expect(problem).toEqual({
      file: ENTITIES_FILE,
      entityId: 'tech:gpu',
      message: 'sources[0].footnote: expected number, got string "one"',
    });
  });

  it('reports an unknown key, with a hint when an unquoted comma split a flow mapping', () => {
    const problems = problemsOf(
      validateFiles({
        ...validFixture(),
        [MORE_FILE]:
          'entities:\n' +
          '  - id: regime:wassenaar\n' +
          '    kind: REGIME\n' +
          '    name: { en: Wassenaar Arrangement, on Export Controls, zh: 瓦森纳安排 }\n' +
          '    summary: { en: A regime., zh: 一个机制。 }\n' +
          '    sources: [{ doc: doc:unido-report, section: 序言, quote: 规避限制的手段 }]\n' +
          '  - id: app:model-training\n' +
          '    kind: APPLICATION\n' +
          '    name: { en: Training, zh: 训练 }\n' +
          '    summary: { en: Training., zh: 训练。 }\n' +
          '    sources: [{ doc: doc:unido-report, section: 序言, quote: 规避限制的手段 }]\n' +
          '    colour: red\n',
      }),
    );
    expect(problems).toEqual([
      {
        file: MORE_FILE,
        entityId: 'regime:wassenaar',
        message: 'name: unknown key "on Export Controls" (in a { … } mapping, text containing a comma must be quoted)',
      },
      { file: MORE_FILE, entityId: 'app:model-training', message: 'unknown key "colour"' },
    ]);
  });

  it('names both files of a duplicate id', () => {
    const problem = onlyProblem((f) => {
      entitiesOf(f, MORE_FILE).push(entity('tech:gpu', 'TECHNOLOGY'));
    });
    expect(problem).toEqual({
      file: MORE_FILE,
      entityId: 'tech:gpu',
      message: `duplicate id: defined in both ${ENTITIES_FILE} and ${MORE_FILE}`,
    });
  });

  it('reports an id whose prefix does not match its kind', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, MORE_FILE), 'regime:wassenaar').kind = 'TREATY';
    });
    expect(problem).toEqual({
      file: MORE_FILE,
      entityId: 'regime:wassenaar',
      message: 'id: prefix "regime:" does not match kind TREATY (a TREATY id starts with "treaty:")',
    });
  });

  it('reports a malformed id', () => {
    const fixture = validFixture();
    entitiesOf(fixture, MORE_FILE).push(entity('Tech:GPU 2', 'TECHNOLOGY'));
    expect(problemsOf(validateFiles(fixture))).toEqual([
      {
        file: MORE_FILE,
        entityId: 'Tech:GPU 2',
        message: 'id: "Tech:GPU 2" is not a valid id (expected <prefix>:<slug>, e.g. tech:gpu)',
      },
    ]);
  });

  it('reports an unknown kind', () => {
    const problem = onlyProblem((f) => {
      entitiesOf(f, MORE_FILE).push(entity('weapon:laws', 'WEAPON'));
    });
    expect(problem.file).toBe(MORE_FILE);
    expect(problem.entityId).toBe('weapon:laws');
    expect(problem.message).toMatch(/^kind: unknown kind "WEAPON" \(expected one of TECHNOLOGY, APPLICATION, .*\)$/);
  });

  it('reports a dangling relation end', () => {
    const problem = onlyProblem((f) => {
      relationsOf(f).push(relation('tech:gpu', 'USED_FOR', 'app:nowhere'));
    });
    expect(problem).toEqual({
      file: RELATIONS_FILE,
      entityId: 'tech:gpu -USED_FOR-> app:nowhere',
      message: 'to: unknown entity "app:nowhere"',
    });
  });

  it('reports an unknown relationship type', () => {
    const problem = onlyProblem((f) => {
      relationsOf(f).push(relation('tech:gpu', 'POWERS', 'app:model-training'));
    });
    expect(problem.file).toBe(RELATIONS_FILE);
    expect(problem.entityId).toBe('tech:gpu -POWERS-> app:model-training');
    expect(problem.message).toMatch(/^type: unknown relationship type "POWERS" \(expected one of SUBTYPE_OF, /);
  });

  it('reports a relationship type used between kinds it does not allow, naming the allowed kinds', () => {
    const problem = onlyProblem((f) => {
      relationsOf(f).push(relation('tech:gpu', 'USED_FOR', 'regime:wassenaar'));
    });
    expect(problem).toEqual({
      file: RELATIONS_FILE,
      entityId: 'tech:gpu -USED_FOR-> regime:wassenaar',
      message: 'type: USED_FOR cannot go from TECHNOLOGY to REGIME; it goes from TECHNOLOGY to APPLICATION',
    });
  });

  it('reports a relation from an entity to itself', () => {
    const problem = onlyProblem((f) => {
      relationsOf(f).push(relation('tech:gpu', 'SUBTYPE_OF', 'tech:gpu'));
    });
    expect(problem).toMatchObject({ entityId: 'tech:gpu -SUBTYPE_OF-> tech:gpu' });
    expect(problem.message).toBe('a relation cannot connect an entity to itself');
  });

  it('reports a duplicate relation (same from, type and to)', () => {
    const problem = onlyProblem((f) => {
      relationsOf(f).push(relation('tech:gpu', 'USED_FOR', 'app:model-training'));
    });
    expect(problem).toEqual({
      file: RELATIONS_FILE,
      entityId: 'tech:gpu -USED_FOR-> app:model-training',
      message: `duplicate relation: defined more than once in ${RELATIONS_FILE}`,
    });
  });

  it('reports an entity without sources', () => {
    const problem = onlyProblem((f) => {
      delete find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').sources;
    });
    expect(problem).toEqual({ file: ENTITIES_FILE, entityId: 'tech:gpu', message: 'sources: required' });
  });

  it('reports a relation with an empty source list', () => {
    const problem = onlyProblem((f) => {
      const first = relationsOf(f)[0];
      if (first) first.sources = [];
    });
    expect(problem).toEqual({
      file: RELATIONS_FILE,
      entityId: 'tech:gpu -USED_FOR-> app:model-training',
      message: 'sources: at least one source is required',
    });
  });

  it('reports a source whose doc is not a DOCUMENT entity', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, MORE_FILE), 'regime:wassenaar').sources = [{ doc: 'tech:gpu', quote: 'x' }];
    });
    expect(problem).toEqual({
      file: MORE_FILE,
      entityId: 'regime:wassenaar',
      message: 'sources[0].doc: "tech:gpu" is a TECHNOLOGY, not a DOCUMENT',
    });
  });

  it('reports a source whose doc does not exist', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, MORE_FILE), 'regime:wassenaar').sources = [{ doc: 'doc:missing', url: 'https://x.org' }];
    });
    expect(problem).toEqual({
      file: MORE_FILE,
      entityId: 'regime:wassenaar',
      message: 'sources[0].doc: unknown document "doc:missing"',
    });
  });

  it('reports a quote that is not in the report', () => {
    const problem = onlyProblem((f) => {
      const first = relationsOf(f)[0];
      if (first) first.sources = [reportSource('图形处理器用于训练小模型。')];
    });
    expect(problem).toEqual({
      file: RELATIONS_FILE,
      entityId: 'tech:gpu -USED_FOR-> app:model-training',
      message: 'sources[0].quote: not found in the report: "图形处理器用于训练小模型。"',
    });
  });

  it('reports a quote of more than one sentence', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').sources = [
        reportSource('往往也伴随着战争。图形处理器 (NVIDIA A100、H100) 用于训练大模型。'),
      ];
    });
    expect(problem).toEqual({
      file: ENTITIES_FILE,
      entityId: 'tech:gpu',
      message: 'sources[0].quote: must be at most one sentence (。！？ only at the end); split it into several sources',
    });
  });

  it('reports a section that is not a line of the report', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').sources = [{ ...reportSource(), section: '结论' }];
    });
    expect(problem).toEqual({
      file: ENTITIES_FILE,
      entityId: 'tech:gpu',
      message: 'sources[0].section: "结论" is not a line of the report',
    });
  });

  it('reports a footnote the report does not have, with the footnotes it has', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').sources = [reportSource(), { ...reportSource(), footnote: 3 }];
    });
    expect(problem).toEqual({
      file: ENTITIES_FILE,
      entityId: 'tech:gpu',
      message: "sources[1].footnote: footnote 3 does not exist (the report's footnotes are 1–2)",
    });
  });

  it('requires section and quote on a source that cites the report', () => {
    const fixture = validFixture();
    find(entitiesOf(fixture, ENTITIES_FILE), 'tech:gpu').sources = [{ doc: 'doc:unido-report' }];
    expect(problemsOf(validateFiles(fixture))).toEqual([
      { file: ENTITIES_FILE, entityId: 'tech:gpu', message: 'sources[0].section: required when citing the report' },
      { file: ENTITIES_FILE, entityId: 'tech:gpu', message: 'sources[0].quote: required when citing the report' },
    ]);
  });

  it('rejects a supplementary source on the report itself', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').sources = [{ ...reportSource(), supplementary: true }];
    });
    expect(problem).toEqual({
      file: ENTITIES_FILE,
      entityId: 'tech:gpu',
      message: 'sources[0].supplementary: a source citing the report itself (doc:unido-report) cannot be supplementary',
    });
  });

  it('requires a url for a supplementary source, on the source or on its document', () => {
    const problem = onlyProblem((f) => {
      delete find(entitiesOf(f, ENTITIES_FILE), 'doc:example').url;
    });
    expect(problem).toEqual({
      file: MORE_FILE,
      entityId: 'app:model-training',
      message: 'sources[0].url: a supplementary source needs a url, on the source or on its document "doc:example"',
    });
    // A url on the source itself is enough.
    const fixture = validFixture();
    delete find(entitiesOf(fixture, ENTITIES_FILE), 'doc:example').url;
    find(entitiesOf(fixture, MORE_FILE), 'app:model-training').sources = [
      { doc: 'doc:example', supplementary: true, url: 'https://example.org/page' },
    ];
    expect(validateFiles(fixture).ok).toBe(true);
  });

  it('rejects a url that is not http(s)', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'doc:example').url = 'ftp://example.org/one';
    });
    expect(problem).toEqual({ file: ENTITIES_FILE, entityId: 'doc:example', message: 'url: must be an http(s) URL' });
  });

  it('does not check quotes on documents other than the report', () => {
    const fixture = validFixture();
    find(entitiesOf(fixture, MORE_FILE), 'app:model-training').sources = [
      {
        doc: 'doc:example',
        supplementary: true,
        quote: 'Anything the other document says. Two sentences!',
        section: 'Chapter 9',
      },
    ];
    expect(validateFiles(fixture).ok).toBe(true);
  });

  it('requires a source other than the report to be marked supplementary', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, MORE_FILE), 'app:model-training').sources = [
        { doc: 'doc:example', quote: 'An outside fact.' },
      ];
    });
    expect(problem).toEqual({
      file: MORE_FILE,
      entityId: 'app:model-training',
      message:
        'sources[0].supplementary: a source other than the report (doc:unido-report) states an outside fact and ' +
        'must be marked supplementary: true',
    });
  });

  it('collects every problem instead of stopping at the first', () => {
    const fixture = validFixture();
    delete (find(entitiesOf(fixture, ENTITIES_FILE), 'tech:gpu').summary as Fixture).en;
    find(entitiesOf(fixture, MORE_FILE), 'regime:wassenaar').kind = 'WEAPON';
    relationsOf(fixture).push(relation('tech:gpu', 'USED_FOR', 'app:nowhere'));
    relationsOf(fixture).push({ from: 'tech:gpu', type: 'USED_FOR' });
    const problems = problemsOf(validateFiles(fixture)).map(formatProblem);
    expect(problems).toEqual([
      `${ENTITIES_FILE}: tech:gpu: summary.en: required`,
      expect.stringMatching(new RegExp(`^${MORE_FILE}: regime:wassenaar: kind: unknown kind "WEAPON"`)),
      `${RELATIONS_FILE}: tech:gpu -USED_FOR-> app:nowhere: to: unknown entity "app:nowhere"`,
      `${RELATIONS_FILE}: relations[3]: to: required`,
      `${RELATIONS_FILE}: relations[3]: sources: required`,
    ]);
  });

  it('reports an item that is not a mapping and a file that is not a seed file', () => {
    const problems = problemsOf(
      validateFiles({ ...validFixture(), 'graph-seed/data/odd.yaml': { entities: ['tech:gpu'], nodes: [] } }),
    );
    expect(problems).toEqual([
      {
        file: 'graph-seed/data/odd.yaml',
        entityId: null,
        message: 'unknown key "nodes" (a seed file is a mapping with optional entities: and relations: lists)',
      },
    ]);
    const itemProblems = problemsOf(
      validateFiles({ ...validFixture(), 'graph-seed/data/odd.yaml': { entities: [7] } }),
    );
    expect(itemProblems).toEqual([
      {
        file: 'graph-seed/data/odd.yaml',
        entityId: 'entities[0]',
        message: 'an entity must be a mapping (id, kind, name, summary, sources, …)',
      },
    ]);
  });
});

describe('domain and range of relationship types', () => {
  /** A measure with the scope every measure must declare. */
  const measure = (id: string, scope = 'GENERAL') =>
    entity(id, 'CONTROL_MEASURE', { scope, scopeNote: { en: 'Why.', zh: '原因。' } });

  /** The valid fixture plus one entity of each kind the rules below need, and the given relations. */
  function seedWith(relations: Fixture[]): ReturnType<typeof validFixture> {
    const fixture = validFixture();
    entitiesOf(fixture, MORE_FILE).push(
      entity('tech:ai-hardware', 'TECHNOLOGY'),
      entity('tech:nvidia-h100', 'TECHNOLOGY'),
      entity('concept:digital-divide', 'CONCEPT'),
      entity('jur:states', 'JURISDICTION'),
      entity('jur:states-without-ai-access', 'JURISDICTION'),
      entity('jur:us', 'JURISDICTION'),
      entity('agency:bis', 'AGENCY'),
      entity('org:asml', 'ORGANIZATION'),
      entity('circ:transshipment', 'CIRCUMVENTION'),
      measure('measure:chip-restrictions', 'SPECIFIC'),
      measure('measure:re-export-controls'),
    );
    relationsOf(fixture).push(...relations);
    return fixture;
  }

  const valid: [string, Fixture[]][] = [
    ['SUBTYPE_OF between two technologies', [relation('tech:gpu', 'SUBTYPE_OF', 'tech:ai-hardware')]],
    ['SUBTYPE_OF between two groups of States', [relation('jur:states-without-ai-access', 'SUBTYPE_OF', 'jur:states')]],
    ['EXAMPLE_OF from a product to its category', [relation('tech:nvidia-h100', 'EXAMPLE_OF', 'tech:gpu')]],
    [
      'CONTROLLED_BY from a technology to a measure',
      [relation('tech:gpu', 'CONTROLLED_BY', 'measure:chip-restrictions')],
    ],
    ['EMPLOYS from a jurisdiction to a measure', [relation('jur:us', 'EMPLOYS', 'measure:chip-restrictions')]],
    ['ADMINISTERS from an agency to a measure', [relation('agency:bis', 'ADMINISTERS', 'measure:chip-restrictions')]],
    [
      'COUNTERED_BY from a circumvention to a measure',
      [relation('circ:transshipment', 'COUNTERED_BY', 'measure:re-export-controls')],
    ],
  ];
  it.each(valid)('accepts %s', (_name, relations) => {
    // A failure lists the problems.
    expect(() => validSeedOf(validateFiles(seedWith(relations)))).not.toThrow();
  });

  const invalid: [string, Fixture, string][] = [
    [
      'SUBTYPE_OF across kinds (a category of States under a concept)',
      relation('jur:states-without-ai-access', 'SUBTYPE_OF', 'concept:digital-divide'),
      'type: SUBTYPE_OF joins two entities of the same kind; this one goes from JURISDICTION to CONCEPT',
    ],
    [
      'EXAMPLE_OF across kinds',
      relation('tech:nvidia-h100', 'EXAMPLE_OF', 'app:model-training'),
      'type: EXAMPLE_OF joins two entities of the same kind; this one goes from TECHNOLOGY to APPLICATION',
    ],
    [
      'a domain violation: ADMINISTERS from a jurisdiction',
      relation('jur:us', 'ADMINISTERS', 'measure:chip-restrictions'),
      'type: ADMINISTERS cannot go from JURISDICTION to CONTROL_MEASURE; it goes from AGENCY to REGIME | CONTROL_MEASURE',
    ],
    [
      'a domain violation: EMPLOYS from an agency (an agency ADMINISTERS or ENFORCES)',
      relation('agency:bis', 'EMPLOYS', 'measure:chip-restrictions'),
      'type: EMPLOYS cannot go from AGENCY to CONTROL_MEASURE; it goes from JURISDICTION | REGIME | TREATY to CONTROL_MEASURE',
    ],
    [
      'a range violation: CONTROLLED_BY to a jurisdiction',
      relation('tech:gpu', 'CONTROLLED_BY', 'jur:us'),
      'type: CONTROLLED_BY cannot go from TECHNOLOGY to JURISDICTION; it goes from TECHNOLOGY to CONTROL_MEASURE | REGIME | TREATY',
    ],
    [
      'a range violation: DEVELOPED_BY to a jurisdiction',
      relation('tech:gpu', 'DEVELOPED_BY', 'jur:us'),
      'type: DEVELOPED_BY cannot go from TECHNOLOGY to JURISDICTION; it goes from TECHNOLOGY to ORGANIZATION | AGENCY',
    ],
    [
      'a domain violation: CONTROLLED_BY from a concept',
      relation('concept:digital-divide', 'CONTROLLED_BY', 'regime:wassenaar'),
      'type: CONTROLLED_BY cannot go from CONCEPT to REGIME; it goes from TECHNOLOGY to CONTROL_MEASURE | REGIME | TREATY',
    ],
  ];
  it.each(invalid)('rejects %s, naming the file, the relation and the reason', (_name, bad, message) => {
    const problems = problemsOf(validateFiles(seedWith([bad])));
    expect(problems).toEqual([
      { file: RELATIONS_FILE, entityId: `${String(bad.from)} -${String(bad.type)}-> ${String(bad.to)}`, message },
    ]);
  });

  it('gives every relationship type a meaning, a domain and a range; taxonomies join kinds to themselves', () => {
    for (const [type, spec] of Object.entries(RELATION_TYPES) as [string, RelationTypeSpec][]) {
      expect(spec.meaning.length, type).toBeGreaterThan(20);
      expect(spec.from.length, type).toBeGreaterThan(0);
      expect(spec.to.length, type).toBeGreaterThan(0);
    }
    expect(RELATION_TYPES.SUBTYPE_OF.sameKind).toBe(true);
    expect(RELATION_TYPES.EXAMPLE_OF.sameKind).toBe(true);
    expect(domainRangeProblem('SUBTYPE_OF', 'TECHNOLOGY', 'TECHNOLOGY')).toBeUndefined();
    expect(domainRangeProblem('SUBTYPE_OF', 'JURISDICTION', 'CONCEPT')).toMatch(/same kind/);
  });
});

describe('the scope of a control measure', () => {
  const withMeasure = (extra: Fixture) => {
    const fixture = validFixture();
    entitiesOf(fixture, MORE_FILE).push(entity('measure:control-lists', 'CONTROL_MEASURE', extra));
    return fixture;
  };

  it('accepts a measure with a scope and a one-line reason', () => {
    for (const scope of MEASURE_SCOPES) {
      expect(validateFiles(withMeasure({ scope, scopeNote: { en: 'Why.', zh: '原因。' } })).ok).toBe(true);
    }
  });

  it('requires a scope and its reason on every measure', () => {
    expect(problemsOf(validateFiles(withMeasure({})))).toEqual([
      {
        file: MORE_FILE,
        entityId: 'measure:control-lists',
        message: 'scope: required for a CONTROL_MEASURE (GENERAL or SPECIFIC)',
      },
      {
        file: MORE_FILE,
        entityId: 'measure:control-lists',
        message: 'scopeNote: required for a CONTROL_MEASURE: one line (en, zh) that says why it has its scope',
      },
    ]);
  });

  it('rejects an unknown scope and a scope on another kind', () => {
    const unknown = problemsOf(validateFiles(withMeasure({ scope: 'BROAD', scopeNote: { en: 'Why.', zh: '原因。' } })));
    expect(unknown).toEqual([
      {
        file: MORE_FILE,
        entityId: 'measure:control-lists',
        message: 'scope: unknown scope "BROAD" (expected one of GENERAL, SPECIFIC)',
      },
    ]);
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, MORE_FILE), 'regime:wassenaar').scope = 'GENERAL';
    });
    expect(problem).toEqual({
      file: MORE_FILE,
      entityId: 'regime:wassenaar',
      message: 'scope: only a CONTROL_MEASURE has a scope; a REGIME has none',
    });
  });
});

describe('reading a seed directory', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-test-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function writeFixture(dir: string, fixture: Record<string, unknown>) {
    for (const [file, content] of Object.entries(fixture)) {
      const target = path.join(dir, file.replace('graph-seed/data/', ''));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, typeof content === 'string' ? content : YAML.stringify(content));
    }
  }

  it('reads nested *.yaml files, naming each problem by its path', async () => {
    const dir = tempDir();
    const fixture: Record<string, unknown> = validFixture();
    fixture[RELATIONS_FILE] = 'relations:\n  - from: tech:gpu\n    type: USED_FOR\n    to: [\n';
    writeFixture(dir, fixture);
    writeFileSync(path.join(dir, 'README.md'), '# not a seed file');
    const raw = await readSeedDir(dir);
    expect(raw.files.map((f) => f.key)).toEqual([
      'entities/core.yaml',
      'entities/more.yaml',
      'relations/core.yaml',
      'translations.yaml',
    ]);
    const problems = problemsOf(validateSeed(raw, REPORT));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(path.join(dir, 'relations', 'core.yaml'));
    expect(problems[0]?.message).toMatch(/^YAML syntax error at line \d+, column \d+: /);
  });

  it('gives the same version for the same content wherever it lives, and a new one when anything changes', async () => {
    const [a, b] = [tempDir(), tempDir()];
    writeFixture(a, validFixture());
    writeFixture(b, validFixture());
    const seedA = validSeedOf(validateSeed(await readSeedDir(a), REPORT));
    const seedB = validSeedOf(validateSeed(await readSeedDir(b), REPORT));
    expect(seedA.version).toBe(seedB.version);

    writeFileSync(path.join(b, 'entities', 'more.yaml'), `# a comment\n${YAML.stringify(validFixture()[MORE_FILE])}`);
    const changed = validSeedOf(validateSeed(await readSeedDir(b), REPORT));
    expect(changed.version).not.toBe(seedA.version);
    const otherReport = validSeedOf(validateSeed(await readSeedDir(a), parseReport(`${REPORT_TEXT}\n结论\n`)));
    expect(otherReport.version).not.toBe(seedA.version);
  });

  it('hashes files independently of the order they are given in', () => {
    const files = [
      { key: 'b.yaml', content: 'b' },
      { key: 'a.yaml', content: 'a' },
    ];
    expect(seedVersion(files, 'report')).toBe(seedVersion([...files].reverse(), 'report'));
    expect(seedVersion(files, 'report')).not.toBe(seedVersion([{ key: 'a.yaml', content: 'ab' }], 'report'));
  });

  it('treats a missing or empty directory as a problem, not as an empty seed', async () => {
    const dir = tempDir();
    expect(problemsOf(validateSeed(await readSeedDir(dir), REPORT))).toEqual([
      { file: dir, entityId: null, message: 'no seed files (*.yaml) found' },
    ]);
    const missing = path.join(dir, 'nope');
    expect(problemsOf(await readAndValidateSeed(missing))).toEqual([
      { file: missing, entityId: null, message: 'seed data directory not found' },
    ]);
  });
});

describe('whitespace normalisation', () => {
  it.each([
    ['规避 限制', '规避限制'],
    ['规避\n限制', '规避限制'],
    ['规避\u3000 \t限制', '规避限制'],
    ['GPT-4 model', 'GPT-4 model'],
    ['  many   spaces\n\nhere  ', 'many spaces here'],
    ['图形处理器 (NVIDIA A100、H100)', '图形处理器(NVIDIA A100、H100)'],
    ['NVIDIA 芯片', 'NVIDIA芯片'],
    ['战争。 图形', '战争。图形'],
    ['（ 全角 ）', '（全角）'],
    ['a , b', 'a , b'],
    ['e\u0301', '\u00e9'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });

  it('does not fold punctuation or width, which could change meaning', () => {
    expect(normalizeWhitespace('A,B')).not.toBe(normalizeWhitespace('A，B'));
    expect(normalizeWhitespace('ＡＩ')).toBe('ＡＩ');
  });

  it('knows CJK characters and CJK/full-width punctuation', () => {
    expect(['中', '。', '、', '《', '，', '：', 'ｱ', 'か', '한'].every(isCjk)).toBe(true);
    expect(['a', '1', ',', '(', '-', '¹'].some(isCjk)).toBe(false);
  });
});

describe('the report', () => {
  it('reads footnote numbers from lines that start with superscript digits', () => {
    expect([...REPORT.footnotes]).toEqual([1, 2]);
    expect(leadingSuperscriptNumber('¹⁵《瓦森纳安排》')).toBe(15);
    expect(leadingSuperscriptNumber('  ¹⁸ 联合国')).toBe(18);
    expect(leadingSuperscriptNumber('联合国¹')).toBeUndefined();
  });

  it('finds quotes across line breaks and stray spaces, and sections by whole line', () => {
    expect(quoteOccurs(REPORT, '以及规避限制的手段')).toBe(true);
    expect(quoteOccurs(REPORT, '以及规避 限制的手段')).toBe(true);
    expect(quoteOccurs(REPORT, '')).toBe(false);
    expect(isReportLine(REPORT, '当前的双重用途人工智能技术出口实际情况以及规避限制的手段')).toBe(true);
    expect(isReportLine(REPORT, '序')).toBe(false);
  });

  it('allows one sentence, optionally followed by closing punctuation or a footnote marker', () => {
    expect(isSingleSentence('一句话。')).toBe(true);
    expect(isSingleSentence('没有句号')).toBe(true);
    expect(isSingleSentence('一句话。⁸')).toBe(true);
    expect(isSingleSentence('“一句话。”')).toBe(true);
    expect(isSingleSentence('一句。两句。')).toBe(false);
    expect(isSingleSentence('真的吗？是的')).toBe(false);
    expect(isSingleSentence('好！')).toBe(true);
  });

  it('parses the real report: its 18 footnotes and its headings', () => {
    const report = readReport();
    expect([...report.footnotes].sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(isReportLine(report, '序言')).toBe(true);
    expect(isReportLine(report, '结论')).toBe(true);
    expect(quoteOccurs(report, '当前的双重用途人工智能技术出口实际情况以及规避限制的手段')).toBe(true);
  });
});
