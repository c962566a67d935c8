/**
 * The legend with the visible graph's counts; its toggles hide kinds and relationship types in the view, and it
 * chooses and states what node size stands for.
 */
import { Legend } from '../components/Legend';
import { SizeControl } from '../components/results/SizeControl';
import { selectGraph } from '../core/selectors';
import { viewAction, viewActions } from '../core/view/actions';
import { atlas, useAtlas } from '../core/store';

export function LegendBar() {
  const { kindCounts, relTypeCounts } = useAtlas(selectGraph);
  const hiddenKinds = useAtlas((s) => s.history.present.hiddenKinds);
  const hiddenRelTypes = useAtlas((s) => s.history.present.hiddenRelTypes);
  return (
    <Legend
      kindCounts={kindCounts}
      hiddenKinds={hiddenKinds}
      onToggleKind={(kind) => {
        atlas.setState(viewAction({ type: 'toggleKind', kind }));
      }}
      relTypeCounts={relTypeCounts}
      hiddenRelTypes={hiddenRelTypes}
      onToggleRelType={(relType) => {
        atlas.setState(viewAction({ type: 'toggleRelType', relType }));
      }}
      onShowAll={() => {
        atlas.setState(
          viewActions([
            { type: 'setHiddenKinds', kinds: [] },
            { type: 'setHiddenRelTypes', relTypes: [] },
          ]),
        );
      }}
    >
      <SizeControl />
    </Legend>
  );
}
