/** What each problem of a link says: the part that is wrong, what was done instead, and what to do. Pure. */
import type { I18n } from '../i18n/I18n';
import type { LinkProblem } from '../state/linkProblems';

/** `nameOf` gives an entity's name in the interface language (its id when it is not known). */
export function linkProblemText(problem: LinkProblem, t: I18n['t'], nameOf: (id: string) => string): string {
  switch (problem.part) {
    case 'layout':
      return t('linkLayout', { value: problem.value });
    case 'lang':
      return t('linkLang', { value: problem.value });
    case 'labels':
      return t('linkLabels', { value: problem.value });
    case 'tab':
      return t('linkTab', { value: problem.value });
    case 'asOf':
      return t('linkAsOf', { value: problem.value });
    case 'version':
      return t('linkVersion', { value: problem.value });
    case 'hide':
      return t('linkHide', { values: problem.values.join(', ') });
    case 'hrel':
      return t('linkHrel', { values: problem.values.join(', ') });
    case 'pathOneEnd':
      return t('linkPathOneEnd');
    case 'resultEnds':
      return t('linkResultEnds', { ids: problem.ids.map(nameOf).join(', ') });
    case 'covNotTechnology':
      return t('linkCovNotTechnology', { name: nameOf(problem.id) });
    case 'cov':
      return t('linkCovUnknown', { id: problem.id });
    case 'pf':
    case 'pt':
      return t('linkPathUnknown', { id: problem.id });
  }
}
