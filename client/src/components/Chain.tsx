/** A path read as a sentence chain with citation markers, and the numbered citations it points to. */
import { chainText, type Chain, type Citation } from '../domain/chains';
import { useI18n } from '../i18n/I18n';
import { nodeName, type NodeInfo } from '../state/types';
import { KindIcon } from './KindIcon';
import { SourceLine } from './SourceLine';

/** An entity of a chain (or one who applies it) as a button with its kind's icon; the kind is its tooltip. */
export function NodeButton({ node, onClick }: { readonly node: NodeInfo; readonly onClick: (node: NodeInfo) => void }) {
  const { lang, kindLabel } = useI18n();
  return (
    <button
      type="button"
      className="chain-node"
      onClick={() => {
        onClick(node);
      }}
      title={kindLabel(node.kind)}
    >
      <KindIcon kind={node.kind} size={12} />
      {nodeName(node, lang)}
    </button>
  );
}

/** Citation markers that link to the panel's numbered citation list (CitationList with the same scope). */
export function CiteMarks({ numbers, scope }: { readonly numbers: readonly number[]; readonly scope: string }) {
  const { t } = useI18n();
  return (
    <>
      {numbers.map((n) => (
        <a key={n} href={`#${scope}-cite-${n}`} className="cite" aria-label={t('citation', { n })}>
          [{n}]
        </a>
      ))}
    </>
  );
}

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
  const { lang } = useI18n();
  const nodeButton = (node: NodeInfo) => <NodeButton node={node} onClick={onNode} />;
  return (
    <div className="chain" role="group" aria-label={chainText(chain, lang)}>
      <div className="chain-start">{nodeButton(chain.start)}</div>
      <ol className="chain-hops">
        {chain.hops.map((hop, i) => (
          <li key={`${hop.edge.id}-${i}`} className="chain-hop">
            <span className="chain-verb">
              <span aria-hidden="true">↳ </span>
              {hop.label}
              <CiteMarks numbers={hop.citations} scope={scope} />
            </span>
            {nodeButton(hop.to)}
          </li>
        ))}
      </ol>
    </div>
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
