import { describe, expect, it } from 'vitest';
import { caption, CAPTION_MAX, HUB_MIN_DEGREE, hubIds, labelDrawnAt, labelOverflowWrap } from './lod';

describe('labelOverflowWrap', () => {
  it('lets Chinese names break anywhere and keeps Latin words whole', () => {
    expect(labelOverflowWrap('瓦森纳安排')).toBe('anywhere');
    expect(labelOverflowWrap('NVIDIA H100 芯片')).toBe('anywhere');
    expect(labelOverflowWrap('Wassenaar Arrangement')).toBe('whitespace');
    expect(labelOverflowWrap(undefined)).toBe('whitespace');
  });
});

describe('hubIds', () => {
  it('picks the best-connected nodes, at most 15% of them, each with enough links', () => {
    const degrees = Array.from({ length: 20 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, degree: i }));
    // 15% of 20 is 3: the three with the most links.
    expect([...hubIds(degrees)].sort()).toEqual(['n17', 'n18', 'n19']);
  });

  it('makes no hub of a node with few links, and breaks ties by id', () => {
    expect(hubIds([{ id: 'a', degree: HUB_MIN_DEGREE - 1 }]).size).toBe(0);
    const tied = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, degree: 5 }));
    expect([...hubIds(tied)]).toEqual(['t0']);
  });
});

describe('labelDrawnAt', () => {
  it('draws an 11 px label with a 7 px minimum at every zoom above 0.5 on a plain screen, and not at 0.5 or below', () => {
    expect(labelDrawnAt(11, 7, 0.58, 1)).toBe(true);
    expect(labelDrawnAt(11, 7, 0.51, 1)).toBe(true);
    expect(labelDrawnAt(11, 7, 0.5, 1)).toBe(false);
    expect(labelDrawnAt(11, 7, 0.3, 1)).toBe(false);
  });

  it('keeps a hub label (4.5 px minimum) down to a zoom of 0.25', () => {
    expect(labelDrawnAt(11, 4.5, 0.49, 1)).toBe(true);
    expect(labelDrawnAt(11, 4.5, 0.26, 1)).toBe(true);
    expect(labelDrawnAt(11, 4.5, 0.25, 1)).toBe(false);
  });

  it('draws more on a high-density screen, and always with a minimum of 0', () => {
    expect(labelDrawnAt(11, 7, 0.4, 2)).toBe(true);
    expect(labelDrawnAt(11, 0, 0.01, 1)).toBe(true);
  });
});

describe('caption', () => {
  it('keeps a short name whole', () => {
    expect(caption('Wassenaar Arrangement')).toBe('Wassenaar Arrangement');
    expect(caption('瓦森纳安排')).toBe('瓦森纳安排');
  });

  it('cuts a long Latin title after a whole word, within the limit, with an ellipsis', () => {
    const title =
      'A/78/268 – Secretary-General report (2023): Current developments in science and technology and their potential impact';
    const short = caption(title);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(CAPTION_MAX);
    expect(title.startsWith(short.slice(0, -1))).toBe(true);
    expect(title.charAt(short.length - 1)).toMatch(/[\s,;:]/);
  });

  it('counts a Chinese character as two Latin letters and may cut between any two', () => {
    const name = '联合国秘书长关于科学技术领域的当前发展及其对国际安全与裁军努力的潜在影响的报告（二〇二三年）';
    const short = caption(name);
    expect(short.endsWith('…')).toBe(true);
    expect(Array.from(short).length).toBe(Math.floor((CAPTION_MAX - 1) / 2) + 1);
    expect(name.startsWith(short.slice(0, -1))).toBe(true);
  });
});
