/** The left column's panel for the selected tab: the start page, coverage, paths, the outline or the matrix's gaps. */
import { CoveragePanel } from '../components/CoveragePanel';
import { GapsPanel } from '../components/matrix/GapsPanel';
import { OutlineView } from '../components/OutlineView';
import { PathsPanel } from '../components/PathsPanel';
import { StartPage } from '../components/StartPage';
import { runRecipe } from '../core/recipes/effects';
import { selectGraph } from '../core/selectors';
import { useAtlas } from '../core/store';
import { selectAndCenter } from './navigation';

function Start() {
  const stats = useAtlas((s) => s.stats);
  const shown = useAtlas((s) => selectGraph(s).nodes.length);
  const overview = useAtlas((s) => s.history.present.overview);
  return <StartPage stats={stats} shown={shown} overview={overview} onRecipe={runRecipe} />;
}

function Outline() {
  const { nodes, edges } = useAtlas(selectGraph);
  const selection = useAtlas((s) => s.history.present.selection);
  const data = useAtlas((s) => s.data);
  return (
    <OutlineView
      nodes={nodes}
      edges={edges}
      data={data}
      selection={selection}
      onSelect={(ids, additive) => {
        selectAndCenter(additive ? [...selection.filter((s) => !ids.includes(s)), ...ids] : ids);
      }}
    />
  );
}

export function SidePanel() {
  const panel = useAtlas((s) => s.history.present.panel);
  return (
    <div className="side-panel" id="side-panel" role="tabpanel" aria-labelledby={`tab-${panel.type}`}>
      {panel.type === 'start' && <Start />}
      {panel.type === 'coverage' && <CoveragePanel tech={panel.tech} />}
      {panel.type === 'paths' && <PathsPanel from={panel.from} to={panel.to} />}
      {panel.type === 'outline' && <Outline />}
      {panel.type === 'matrix' && <GapsPanel />}
    </div>
  );
}
