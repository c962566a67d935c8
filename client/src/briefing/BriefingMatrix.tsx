/**
 * The briefing's optional coverage-matrix section: the briefing's technologies (or every technology when it names
 * none) with their category, strongest basis, the instruments that cover them and whether each is a gap, as of the
 * briefing's day. The same rows are appended to the Markdown download.
 */
import { useQuery } from '@tanstack/react-query';
import { matrixQuery } from '../api/matrix';
import { fetchThrough } from '../api/queryClient';
import { atlas } from '../core/store';
import { matrixMarkdown, matrixSummary, type SummaryWords } from '../core/matrix/summary';
import type { I18n } from '../i18n/I18n';
import { useI18n } from '../i18n/I18n';
import type { Lang } from '../state/types';

/** The briefing's entities that are technologies (as far as the explorer knows them); null for the whole matrix. */
function technologyIds(ids: readonly string[]): string[] | null {
  const nodes = atlas.getState().data.nodes;
  const techs = ids.filter((id) => nodes[id]?.kind === 'TECHNOLOGY');
  return techs.length > 0 ? techs : null;
}

function words(t: I18n['t'], date: string): SummaryWords {
  return {
    heading: t('briefingMatrixHeading', { date }),
    technology: t('matrixTechnology'),
    category: t('matrixCategory'),
    strongest: t('matrixStrongest'),
    coveredBy: t('briefingMatrixCoveredBy'),
    gap: t('matrixGapYes'),
    none: t('matrixNone'),
    basis: { NAMED: t('matrixBasisNAMED'), CATEGORY: t('matrixBasisCATEGORY'), GENERAL: t('matrixBasisGENERAL') },
  };
}

/** The section as Markdown, for the download. */
export async function briefingMatrixMarkdown(
  ids: readonly string[],
  asOf: string | null,
  lang: Lang,
  t: I18n['t'],
): Promise<string> {
  const matrix = await fetchThrough(matrixQuery(asOf, technologyIds(ids)));
  return matrixMarkdown(matrixSummary(matrix, lang), words(t, matrix.asOf));
}

export function BriefingMatrix({ ids, asOf }: { readonly ids: readonly string[]; readonly asOf: string | null }) {
  const { t, lang } = useI18n();
  const query = useQuery(matrixQuery(asOf, technologyIds(ids)));
  if (query.isPending) return <p role="status">{t('briefingMatrixLoading')}</p>;
  if (query.isError) return <p role="alert">{t('briefingMatrixFailed')}</p>;
  const w = words(t, query.data.asOf);
  const rows = matrixSummary(query.data, lang);
  return (
    <section className="briefing-section briefing-matrix" data-testid="briefing-matrix">
      <h2>{w.heading}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{w.technology}</th>
            <th scope="col">{w.category}</th>
            <th scope="col">{w.strongest}</th>
            <th scope="col">{w.coveredBy}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.gap ? 'matrix-gap' : undefined}>
              <th scope="row">
                {r.technology}
                {r.gap && <span className="gap-tag">{w.gap}</span>}
              </th>
              <td>{r.category}</td>
              <td>{r.strongest ? w.basis[r.strongest] : w.none}</td>
              <td>{r.coveredBy.map((c) => `${c.name} (${w.basis[c.basis]})`).join('; ') || w.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
