import { describe, expect, it } from 'vitest';
import { matrix } from '../../test/matrix';
import { csvField, csvLine, matrixCsv } from './csv';

const headings = {
  technology: 'Technology',
  technologyId: 'id',
  category: 'Category',
  gap: 'Gap',
  strongest: 'Strongest',
};

describe('CSV', () => {
  it('quotes a field only when it must, doubling its quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",');
  });

  it('writes a row per technology and a column per instrument, with CRLF line ends', () => {
    const csv = matrixCsv(matrix, 'en', headings, 'yes');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Technology,id,Category,Gap,Strongest,Wassenaar Arrangement,US rule of 2022,Catch-all control',
    );
    expect(lines[1]).toBe('AI chips,tech:chips,AI chips,,CATEGORY,CATEGORY,,');
    expect(lines[3]).toBe('"NVIDIA A100, ""SXM""",tech:nvidia-a100,AI chips,,NAMED,CATEGORY,NAMED,');
    expect(lines[4]).toBe('Model weights,tech:model-weights,AI models,yes,GENERAL,,,GENERAL');
    expect(lines).toHaveLength(6);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes names in Chinese, and only the columns and rows asked for', () => {
    const csv = matrixCsv(matrix, 'zh', headings, '是', matrix.columns.slice(1, 2), matrix.rows.slice(1, 2));
    expect(csv).toBe(
      'Technology,id,Category,Gap,Strongest,美国 2022 年规则\r\n英伟达 H100,tech:nvidia-h100,人工智能芯片,,NAMED,NAMED\r\n',
    );
  });
});
