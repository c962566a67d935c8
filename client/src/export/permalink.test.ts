import { describe, expect, it } from 'vitest';
import { linkVersion, permalink, shortVersion, versionMismatch } from './permalink';

const FULL = '0123456789abcdef0123456789abcdef';

describe('permalinks and data versions', () => {
  it('reads the version a link names', () => {
    expect(linkVersion('?n=tech:a&v=0123456789ab&lang=en')).toBe('0123456789ab');
    expect(linkVersion('?n=tech:a')).toBeNull();
    expect(linkVersion('?v=')).toBeNull();
  });

  it('puts the current short version in the link, replacing an old one', () => {
    expect(permalink('http://h/?n=tech:a&lang=en', FULL)).toBe('http://h/?n=tech:a&lang=en&v=0123456789ab');
    expect(permalink('http://h/?v=ffffffffffff&n=a,b', FULL)).toBe('http://h/?n=a,b&v=0123456789ab');
    expect(permalink('http://h/?n=a#briefing', FULL)).toBe('http://h/?n=a&v=0123456789ab#briefing');
    expect(permalink('http://h/?n=a', null)).toBe('http://h/?n=a');
    expect(shortVersion(FULL)).toHaveLength(12);
  });

  it('compares a link version with the current one', () => {
    expect(versionMismatch('0123456789ab', FULL)).toBeNull();
    expect(versionMismatch('0123456789AB', FULL)).toBeNull();
    expect(versionMismatch(null, FULL)).toBeNull();
    expect(versionMismatch('deadbeef0000', null)).toBeNull();
    expect(versionMismatch('deadbeef0000', FULL)).toEqual({ link: 'deadbeef0000', current: '0123456789ab' });
  });
});
