// The app's state on our style's layers: which features are visible (filters), feature state (the
// selection, hover, focus, choropleth, compared districts, status marks), labels (language, size, the
// selection's and focus's first) and the Layers panel's toggles, with Present's paint over them.
// src/map/core/ decides each as ops; apply() runs them on the map.
import type * as maplibregl from 'maplibre-gl';
import { createEffect, createMemo, on } from 'solid-js';
import type { MapOp } from './core/ops.ts';
import { visibleFilter } from './core/visibleFilter.ts';
import { featureStateOps, remember, wantedStates, type StateIds } from './core/featureStates.ts';
import { layerVisibilityOps } from './core/layerVisibility.ts';
import { labelLanguageOps, labelSizeOps } from './core/labelOps.ts';
import { labelFirst, visibleFilterPlan } from './core/labelPriority.ts';
import { createPresentPaint } from './presentPaint.ts';
import type { AfterPaint } from './afterPaint.ts';
import type { MapInputs } from './mapTypes.ts';

/** Runs ops on the map. One on a layer the style lacks (the street map has none of our fills) is skipped. */
export function applyOps(map: maplibregl.Map, ops: readonly MapOp[]): void {
  for (const o of ops) {
    if (o.op === 'featureState') map.setFeatureState({ source: o.source, id: o.id }, o.state);
    else if (!map.getLayer(o.layer)) continue;
    else if (o.op === 'filter') map.setFilter(o.layer, o.filter);
    else map.setLayoutProperty(o.layer, o.name as Parameters<typeof map.setLayoutProperty>[1], o.value as never);
  }
}

/** @param ready our sources are in the current style (isStyleLoaded() also waits for the worker to parse every source, which would drop state set in between). */
export function createStyleState(map: maplibregl.Map, ids: StateIds, inputs: MapInputs, ready: () => boolean, afterPaint: AfterPaint) {
  const apply = (ops: readonly MapOp[]) => applyOps(map, ops);
  const currentFilter = () => visibleFilter(inputs.visible(), ids);
  const present = createPresentPaint(map, { state: inputs.present ?? (() => null), visibleFilter: currentFilter, lang: inputs.lang });

  // Feature state as last set (a new style starts with none).
  const stateMemo = new Map<string, string>();
  const applyStates = () => {
    if (!ready()) return;
    const ops = featureStateOps(
      stateMemo,
      wantedStates(ids, {
        selected: inputs.selected(),
        hovered: inputs.hovered?.(),
        highlighted: inputs.highlighted(),
        highlightedDistrict: inputs.highlightedDistrict(),
        choropleth: inputs.choropleth(),
        comparedDistricts: inputs.comparedDistricts?.(),
        marks: inputs.statusMarks?.() ?? null,
      }),
    );
    apply(ops);
    remember(stateMemo, ops);
  };
  // The selection's and the focus's labels are placed before any other (src/map/core/labelPriority.ts).
  const first = createMemo(
    () => labelFirst({ selected: inputs.selected(), highlighted: inputs.highlighted(), presenting: Boolean(inputs.present?.()) }),
    undefined,
    { equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]) },
  );
  const applyVisibleFilter = () => {
    if (!ready()) return;
    const plan = visibleFilterPlan(currentFilter(), Boolean(inputs.present?.()), first());
    if (plan.presentFirst) present.apply();
    apply(plan.ops);
    if (!plan.presentFirst) present.apply();
  };
  const applyLang = () => {
    if (!ready()) return;
    apply(labelLanguageOps(inputs.lang()));
    present.apply();
  };
  const applyLabelScale = () => {
    if (!ready()) return;
    apply(labelSizeOps(inputs.labelScale()));
    present.apply();
  };
  const applyLayerVisibility = () => {
    if (!ready()) return;
    apply(layerVisibilityOps(inputs.layerVisible(), (l) => (map.getLayer(l) ? map.getLayoutProperty(l, 'visibility') : undefined)));
  };

  // Feature state follows one frame after the panel's paint; calls in one frame are coalesced.
  let statesPending = false;
  const applyStatesSoon = () => {
    if (statesPending) return;
    statesPending = true;
    afterPaint(() => {
      statesPending = false;
      applyStates();
    });
  };
  createEffect(
    on(
      [
        inputs.selected,
        inputs.highlighted,
        inputs.highlightedDistrict,
        inputs.choropleth,
        () => inputs.hovered?.(),
        () => inputs.comparedDistricts?.(),
        () => inputs.statusMarks?.(),
      ],
      applyStatesSoon,
    ),
  );
  if (inputs.present) createEffect(on(inputs.present, () => ready() && (inputs.present?.() ? present.apply() : applyVisibleFilter()), { defer: true }));
  createEffect(on(inputs.visible, applyVisibleFilter));
  // A new selection or focus relabels after the panel has painted, like its feature state.
  createEffect(on(first, () => afterPaint(applyVisibleFilter), { defer: true }));
  createEffect(on(inputs.lang, applyLang));
  createEffect(on(inputs.labelScale, applyLabelScale));
  createEffect(on(inputs.layerVisible, applyLayerVisibility));

  return {
    /** A style came in: everything set again (it starts with no filter, state or visibility of ours). */
    applyAll() {
      stateMemo.clear();
      applyVisibleFilter();
      applyStates();
      applyLang();
      applyLabelScale();
      applyLayerVisibility();
    },
  };
}
