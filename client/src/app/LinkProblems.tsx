/**
 * The problems of the link the page was opened with, above the canvas: each names the part that is wrong and what
 * to do; entities of the link the atlas does not have are listed by id. Dismissed together.
 */
import { entityName } from '#domain';
import { Icon } from '../components/Icon';
import { selectMissingFromLink } from '../core/selectors';
import { atlas, useAtlas } from '../core/store';
import { useI18n } from '../i18n/I18n';
import { linkProblemText } from './linkProblemText';

function dismissLinkProblems() {
  atlas.setState({ linkProblems: [] });
}

export function LinkProblems() {
  const { t, lang } = useI18n();
  const problems = useAtlas((s) => s.linkProblems);
  const nodes = useAtlas((s) => s.data.nodes);
  const missing = useAtlas(selectMissingFromLink);
  if (problems.length === 0 && missing.length === 0) return null;
  const nameOf = (id: string) => {
    const node = nodes[id];
    return node ? entityName(node, lang) : id;
  };
  return (
    <div
      className="notice info link-problems"
      role="status"
      aria-label={t('linkProblemsLabel')}
      data-testid="link-problems"
    >
      <ul>
        {missing.length > 0 && (
          <li data-testid="link-missing">
            {t('missingFromLink', { count: missing.length })} {t('linkMissing', { ids: missing.join(', ') })}
          </li>
        )}
        {problems.map((problem) => (
          <li key={JSON.stringify(problem)} data-part={problem.part}>
            {linkProblemText(problem, t, nameOf)}
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <button type="button" className="icon-btn" aria-label={t('dismiss')} onClick={dismissLinkProblems}>
          <Icon name="close" size={12} />
        </button>
      )}
    </div>
  );
}
