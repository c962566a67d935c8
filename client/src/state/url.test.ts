import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, isNavigation } from './url';
import { INITIAL_VIEW, type ViewState } from './view';

const view: ViewState = {
  ...INITIAL_VIEW,
  nodes: ['tech:nvidia-h100', 'regime:wassenaar', 'measure:control-lists'],
  overview: false,
  pinned: ['regime:wassenaar'],
  selection: ['tech:nvidia-h100', 'tech:a|EXAMPLE_OF|tech:b'],
  hiddenKinds: ['DOCUMENT'],
  hiddenRelTypes: ['CITES'],
  layout: 'dagre',
  lang: 'zh',
  edgeLabels: false,
  panel: { type: 'coverage', tech: 'tech:nvidia-h100' },
};

describe('URL state', () => {
  it('encodes a view compactly with readable ids', () => {
    const search = encodeView(view, '2c3145a6d1d1ffff');
    expect(search).toBe(
      '?n=tech:nvidia-h100,regime:wassenaar,measure:control-lists&sel=tech:nvidia-h100,tech:a%7CEXAMPLE_OF%7Ctech:b' +
        '&pin=regime:wassenaar&hide=DOCUMENT&hrel=CITES&layout=dagre&labels=0&cov=tech:nvidia-h100&lang=zh&v=2c3145a6d1d1',
    );
  });

  it('round-trips every field', () => {
    const decoded = decodeView(encodeView(view, 'abc'));
    expect(decoded.view).toEqual(view);
    expect(decoded.seedVersion).toBe('abc');
  });

  it('round-trips the paths and outline panels, and ids with commas or spaces', () => {
    const paths: ViewState = {
      ...view,
      nodes: ['a:x,y', 'b:z w'],
      pinned: [],
      panel: { type: 'paths', from: 'a:x,y', to: null },
    };
    expect(decodeView(encodeView(paths)).view).toEqual(paths);
    const outline: ViewState = { ...view, pinned: [], panel: { type: 'outline' } };
    expect(decodeView(encodeView(outline)).view.panel).toEqual({ type: 'outline' });
  });

  it('reads no `n` as the start overview and an empty `n` as an empty view', () => {
    expect(decodeView('').view).toMatchObject({ overview: true, nodes: [], panel: { type: 'start' } });
    expect(decodeView('?n=&lang=en').view).toMatchObject({ overview: false, nodes: [] });
    expect(encodeView(INITIAL_VIEW)).toBe('?lang=en');
    expect(encodeView({ ...INITIAL_VIEW, overview: false })).toBe('?n=&lang=en');
  });

  it('falls back to defaults and the remembered language for unknown values', () => {
    const { view: decoded } = decodeView('?n=a:b&layout=spiral&lang=fr&hide=NOPE,TREATY&hrel=FOO&pin=c:d', 'zh');
    expect(decoded).toMatchObject({
      layout: 'fcose',
      lang: 'zh',
      hiddenKinds: ['TREATY'],
      hiddenRelTypes: [],
      pinned: [],
    });
  });

  it('names each part of a link it could not read, as typed problems', () => {
    const { problems, seedVersion } = decodeView(
      '?n=a:b&layout=spiral&lang=fr&labels=2&tab=nope&hide=NOPE,TREATY&hrel=FOO&v=not%20a%20version',
      'en',
    );
    expect(problems).toEqual([
      { part: 'layout', value: 'spiral' },
      { part: 'lang', value: 'fr' },
      { part: 'labels', value: '2' },
      { part: 'tab', value: 'nope' },
      { part: 'version', value: 'not a version' },
      { part: 'hide', values: ['NOPE'] },
      { part: 'hrel', values: ['FOO'] },
    ]);
    expect(seedVersion).toBeNull();
    expect(decodeView(encodeView(view, '2c3145a6d1d1')).problems).toEqual([]);
  });

  it('names result ends the link’s view lacks, and a path search with one end', () => {
    expect(decodeView('?n=a:b&tab=paths&pf=a:b&pt=c:d').problems).toEqual([{ part: 'resultEnds', ids: ['c:d'] }]);
    expect(decodeView('?n=a:b&cov=tech:x').problems).toEqual([{ part: 'resultEnds', ids: ['tech:x'] }]);
    expect(decodeView('?tab=paths&pf=a:b').problems).toEqual([{ part: 'pathOneEnd' }]);
    // Without `n` the link opens the overview: its result's ends join it, which is no problem of the link.
    expect(decodeView('?tab=paths&pf=a:b&pt=c:d').problems).toEqual([]);
    expect(decodeView('?n=a:b,c:d&tab=paths&pf=a:b&pt=c:d').problems).toEqual([]);
  });

  it('survives malformed escapes and duplicate keys', () => {
    const { view: decoded } = decodeView('?n=a:%E0%A4%A,b:c&n=ignored&sel=%');
    expect(decoded.nodes).toEqual(['a:%E0%A4%A', 'b:c']);
    expect(decoded.selection).toEqual(['%']);
  });

  it('accepts a query with or without the leading question mark, and + as a space', () => {
    expect(decodeView('n=a:b+c').view.nodes).toEqual(['a:b c']);
  });

  it('treats node, layout and panel changes as navigation, selection and language as not', () => {
    expect(isNavigation(view, { ...view, selection: [] })).toBe(false);
    expect(isNavigation(view, { ...view, lang: 'en' })).toBe(false);
    expect(isNavigation(view, { ...view, nodes: ['x'] })).toBe(true);
    expect(isNavigation(view, { ...view, layout: 'fcose' })).toBe(true);
    expect(isNavigation(view, { ...view, panel: { type: 'start' } })).toBe(true);
  });

  it('keeps the node-size measure, and ignores an unknown one', () => {
    const sized: ViewState = { ...view, sizeBy: 'degree' };
    expect(encodeView(sized)).toContain('&size=degree&');
    expect(decodeView(encodeView(sized)).view.sizeBy).toBe('degree');
    expect(encodeView(view)).not.toContain('size=');
    expect(decodeView('?n=a&size=bogus').view.sizeBy).toBe('none');
  });
});
