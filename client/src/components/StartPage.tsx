/** The start panel: what the atlas is, how big it is, and suggested questions that open a ready view. */
import type { GraphStats } from '../api/client';
import { RECIPES, type Recipe } from '../domain/recipes';
import { graphCounts, useI18n } from '../i18n/I18n';
import { Icon } from './Icon';

export function StartPage({
  stats,
  shown,
  overview,
  onRecipe,
}: {
  readonly stats: GraphStats | null;
  readonly shown: number;
  readonly overview: boolean;
  readonly onRecipe: (recipe: Recipe) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="panel start" aria-labelledby="start-heading" data-testid="start-page">
      <h2 id="start-heading">{t('startHeading')}</h2>
      <p className="panel-intro">{t('startIntro')}</p>
      {stats && (
        <p className="stats" data-testid="graph-stats">
          {t('statsLine', graphCounts(t, stats.nodes, stats.relationships))}
          {overview && shown > 0 ? ` ${t('statsOverview', { shown })}` : ''}
        </p>
      )}
      <h3 id="questions-heading">{t('suggestedQuestions')}</h3>
      <ul className="questions" aria-labelledby="questions-heading">
        {RECIPES.map((recipe) => (
          <li key={recipe.id}>
            <button
              type="button"
              className="question"
              data-recipe={recipe.id}
              onClick={() => {
                onRecipe(recipe);
              }}
            >
              <span className="question-title">{t(recipe.title)}</span>
              <span className="question-hint">{t(recipe.hint)}</span>
              <Icon name="chevron" size={14} />
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('tips')}</h3>
      <ul className="tips">
        <li>{t('tipDoubleClick')}</li>
        <li>{t('tipKeyboard')}</li>
      </ul>
    </section>
  );
}
