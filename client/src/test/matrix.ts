/** A small coverage matrix for the matrix tests: two categories, three technologies, three instruments. */
import type { CoverageMatrix, MatrixCell } from '../api/matrix';

const node = (id: string, kind: string, nameEn: string, nameZh = nameEn) =>
  ({ id, kind, nameEn, nameZh }) as CoverageMatrix['columns'][number];

export const chips = node('tech:chips', 'TECHNOLOGY', 'AI chips', '人工智能芯片');
export const models = node('tech:models', 'TECHNOLOGY', 'AI models', '人工智能模型');
export const h100 = node('tech:nvidia-h100', 'TECHNOLOGY', 'NVIDIA H100', '英伟达 H100');
export const a100 = node('tech:nvidia-a100', 'TECHNOLOGY', 'NVIDIA A100, "SXM"', '英伟达 A100');
export const weights = node('tech:model-weights', 'TECHNOLOGY', 'Model weights', '模型权重');
export const wassenaar = node('regime:wassenaar', 'REGIME', 'Wassenaar Arrangement', '瓦森纳安排');
export const us2022 = node('regime:us-2022', 'REGIME', 'US rule of 2022', '美国 2022 年规则');
export const general = node('measure:catch-all', 'CONTROL_MEASURE', 'Catch-all control', '全面管控');

const cell = (instrumentId: string, basis: MatrixCell['basis']): MatrixCell => ({
  instrumentId,
  basis,
  via: 'DIRECT',
  path: { length: 0, nodes: [], edges: [] },
});

export const matrix: CoverageMatrix = {
  asOf: '2023-01-01',
  columns: [wassenaar, us2022, general],
  rows: [
    {
      technology: chips,
      category: chips,
      cells: [cell('regime:wassenaar', 'CATEGORY')],
      strongest: 'CATEGORY',
      gap: false,
    },
    {
      technology: h100,
      category: chips,
      cells: [
        cell('regime:wassenaar', 'CATEGORY'),
        cell('regime:us-2022', 'NAMED'),
        cell('measure:catch-all', 'GENERAL'),
      ],
      strongest: 'NAMED',
      gap: false,
    },
    {
      technology: a100,
      category: chips,
      cells: [cell('regime:wassenaar', 'CATEGORY'), cell('regime:us-2022', 'NAMED')],
      strongest: 'NAMED',
      gap: false,
    },
    {
      technology: weights,
      category: models,
      cells: [cell('measure:catch-all', 'GENERAL')],
      strongest: 'GENERAL',
      gap: true,
    },
  ],
};
