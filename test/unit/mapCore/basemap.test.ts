// The basemap's state machine (src/map/core/basemap.ts): each event's next state and effects.
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_START,
  BASEMAP_TIMEOUT_MS,
  basemapStep,
  listensForErrors,
  shownBasemap,
  type BasemapEvent,
  type BasemapState,
} from '../../../src/map/core/basemap.ts';

/** Runs events from a state; the effects of each step, written short. */
function run(events: BasemapEvent[], from: BasemapState = BASEMAP_START) {
  let state = from;
  const steps: string[][] = [];
  for (const e of events) {
    const step = basemapStep(state, e);
    state = step.state;
    steps.push(step.effects.map((f) => [f.type, 'basemap' in f ? f.basemap : 'on' in f ? f.on : 'ms' in f ? f.ms : 'why' in f ? f.why : ''].join(' ').trim()));
  }
  return { state: state.kind, steps };
}

const online: BasemapEvent = { type: 'request', basemap: 'online' };
const offline: BasemapEvent = { type: 'request', basemap: 'offline' };
const loaded: BasemapEvent = { type: 'styleLoaded' };
const error: BasemapEvent = { type: 'error', message: 'HTTP 404' };
/** Every way back to the built-in map does this (the failures then say why). */
const TO_OFFLINE = ['clearTimer', 'loading false', 'setStyle offline'];

describe('basemapStep', () => {
  it('starts on the built-in map: asking for it again does nothing', () => {
    expect(run([offline])).toEqual({ state: 'offline', steps: [[]] });
  });

  it('asks for the street map with a word and a deadline, and settles when its style is in', () => {
    expect(run([online, loaded])).toEqual({
      state: 'online',
      steps: [
        ['loading true', `startTimer ${BASEMAP_TIMEOUT_MS}`, 'setStyle online'],
        ['clearTimer', 'loading false'],
      ],
    });
  });

  it('goes back the same way when asked, when the style fails, and when it does not answer in time', () => {
    expect(run([online, loaded, offline]).steps[2]).toEqual(TO_OFFLINE);
    expect(run([online, offline]).steps[1]).toEqual(TO_OFFLINE);
    expect(run([online, error])).toEqual({ state: 'offline', steps: [expect.any(Array), [...TO_OFFLINE, 'failed HTTP 404']] });
    expect(run([online, { type: 'timeout' }])).toEqual({ state: 'offline', steps: [expect.any(Array), [...TO_OFFLINE, 'failed timeout']] });
  });

  it('says a failing tile, sprite or glyph once, and stays on the street map', () => {
    expect(run([online, loaded, error, error, error])).toEqual({ state: 'partial', steps: [expect.any(Array), expect.any(Array), ['partial'], [], []] });
    // Asked for again later, it may say so again.
    expect(run([online, loaded, error, offline, online, loaded, error]).steps[6]).toEqual(['partial']);
    expect(run([online, loaded, error, offline]).steps[3]).toEqual(TO_OFFLINE);
  });

  it('ignores a late timer, a style load and errors that are not the street map’s', () => {
    expect(run([online, loaded, { type: 'timeout' }]).steps[2]).toEqual([]);
    expect(run([loaded, error, { type: 'timeout' }])).toEqual({ state: 'offline', steps: [[], [], []] });
    // The built-in style's own load after going back is not the street map's.
    expect(run([online, offline, loaded])).toEqual({ state: 'offline', steps: [expect.any(Array), TO_OFFLINE, []] });
  });

  it('shows the street map from the moment it is asked for, and hears errors only while it is on', () => {
    const states: BasemapState[] = [{ kind: 'offline' }, { kind: 'loading' }, { kind: 'online' }, { kind: 'partial' }];
    expect(states.map(shownBasemap)).toEqual(['offline', 'online', 'online', 'online']);
    expect(states.map(listensForErrors)).toEqual([false, true, true, true]);
  });
});
