/** The page header: the atlas's name and tagline, the day the answers are as of, and the switch to the other language. */
import { Icon } from '../components/Icon';
import { AsOfControl } from '../components/time/AsOfControl';
import { viewAction } from '../core/view/actions';
import { atlas, useAtlas } from '../core/store';
import { useI18n } from '../i18n/I18n';

export function Header() {
  const { t } = useI18n();
  const lang = useAtlas((s) => s.history.present.lang);
  return (
    <header className="app-header">
      <div className="brand">
        <Icon name="globe" size={22} />
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="tagline">{t('appTagline')}</p>
        </div>
      </div>
      <AsOfControl />
      {/* Named by what it shows (the other language's name, in that language), described by what it does. */}
      <button
        type="button"
        className="btn lang-switch"
        title={t('switchToLabel')}
        data-testid="lang-switch"
        onClick={() => {
          atlas.setState(viewAction({ type: 'setLang', lang: lang === 'en' ? 'zh' : 'en' }));
        }}
      >
        <Icon name="globe" />
        <span lang={lang === 'en' ? 'zh-Hans' : 'en'}>{t('switchTo')}</span>
      </button>
    </header>
  );
}
