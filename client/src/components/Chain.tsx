/** A path read as a sentence chain with citation markers, and the numbered citations it points to. */
import { chainText, type Chain, type Citation } from '../domain/chains';
import { useI18n } from '../i18n/I18n';
import { nodeName, type NodeInfo } from '../state/types';
import { KindIcon } from './KindIcon';

export function ChainView({
  chain,
  scope,
  onNode,
}: {
  readonly chain: Chain;
  /** Prefix of the citation anchors' ids, unique per panel. */
  readonly scope: string;
  readonly onNode: (node: NodeInfo) => void;
}) {
  const { lang, kindLabel, t } = useI18n();
  const nodeButton = (node: NodeInfo) => (
    <button
      type="button"
      className="chain-node"
      onClick={() => {
        onNode(node);
      }}
      title={kindLabel(node.kind)}
    >
      <KindIcon kind={node.kind} size={12} />
      {nodeName(node, lang)}
    </button>
  );
  return (
    <div className="chain" role="group" aria-label={chainText(chain, lang)}>
      <div className="chain-start">{nodeButton(chain.start)}</div>
      <ol className="chain-hops">
        {chain.hops.map((hop, i) => (
          <li key={`${hop.edge.id}-${i}`} className="chain-hop">
            <span className="chain-verb">
              <span aria-hidden="true">↳ </span>
              {hop.label}
              {hop.citations.map((n) => (
                <a key={n} href={`#${scope}-cite-${n}`} className="cite" aria-label={t('citation', { n })}>
                  [{n}]
                </a>
              ))}
            </span>
            {nodeButton(hop.to)}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function SourceLine({ source }: { readonly source: Omit<Citation, 'n'> }) {
  const { t } = useI18n();
  return (
    <>
      <span className="source-doc">
        {source.url ? (
          <a href={source.url} target="_blank" rel="noreferrer noopener" title={t('openSource')}>
            {source.document}
          </a>
        ) : (
          source.document
        )}
      </span>
      {source.section && <span className="source-meta">{t('section', { section: source.section })}</span>}
      {source.footnote !== null && (
        <span className="source-meta">
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {t('footnote', { n: source.footnote })}
            </a>
          ) : (
            t('footnote', { n: source.footnote })
          )}
        </span>
      )}
      {source.supplementary && <span className="badge">{t('supplementary')}</span>}
      {source.quote && <blockquote className="source-quote">“{source.quote}”</blockquote>}
      {source.note && <p className="source-note">{source.note}</p>}
    </>
  );
}

export function CitationList({
  citations,
  scope,
}: {
  readonly citations: readonly Citation[];
  readonly scope: string;
}) {
  const { t } = useI18n();
  if (citations.length === 0) return null;
  return (
    <section className="citations" aria-label={t('citations')}>
      <h3>{t('citations')}</h3>
      <ol>
        {citations.map((c) => (
          <li key={c.n} id={`${scope}-cite-${c.n}`} value={c.n} tabIndex={-1} className="source">
            <SourceLine source={c} />
          </li>
        ))}
      </ol>
    </section>
  );
}
