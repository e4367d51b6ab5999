// The basemap as a state machine: the built-in map, or the street map loading, loaded, or loaded with
// some of its tiles, sprites or glyphs failing. Each event gives the next state and the effects the
// adapter runs, in order. Every way back to the built-in map (asked for, the street style failing, or
// not answering in time) is the one `toOffline` below.
import type { Basemap } from '../../state/urlState.ts';

/** A street style that does not answer in this time must not leave the map without layers. */
export const BASEMAP_TIMEOUT_MS = 5_000;

export type BasemapState =
  | { readonly kind: 'offline' }
  /** The street style is asked for and not in yet: any map error is its failure. */
  | { readonly kind: 'loading' }
  /** The street style is in: a map error is one of its tiles, sprites or glyphs. */
  | { readonly kind: 'online' }
  /** …and one of them failed, which has been said (once). */
  | { readonly kind: 'partial' };

export type BasemapEvent =
  | { readonly type: 'request'; readonly basemap: Basemap }
  | { readonly type: 'styleLoaded' }
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'timeout' };

export type BasemapEffect =
  | { readonly type: 'setStyle'; readonly basemap: Basemap }
  | { readonly type: 'startTimer'; readonly ms: number }
  | { readonly type: 'clearTimer' }
  /** The street map is on its way (true) or settled (false). */
  | { readonly type: 'loading'; readonly on: boolean }
  /** Back on the built-in map because the street map failed ('timeout' or the error's message). */
  | { readonly type: 'failed'; readonly why: string }
  /** The street map is up, but some of its resources did not load. */
  | { readonly type: 'partial' };

export interface BasemapStep {
  readonly state: BasemapState;
  readonly effects: readonly BasemapEffect[];
}

export const BASEMAP_START: BasemapState = { kind: 'offline' };

/** The basemap the user sees (or is about to): the street map from the moment it is asked for. */
export const shownBasemap = (s: BasemapState): Basemap => (s.kind === 'offline' ? 'offline' : 'online');

/**
 * Whether the adapter listens for map errors: while the street map is on. (Unheard, MapLibre logs an
 * error to the console; on the street map a partial failure is said once and the rest stay quiet.)
 */
export const listensForErrors = (s: BasemapState): boolean => s.kind !== 'offline';

const OFFLINE: BasemapState = { kind: 'offline' };
const toOffline: readonly BasemapEffect[] = [{ type: 'clearTimer' }, { type: 'loading', on: false }, { type: 'setStyle', basemap: 'offline' }];
const stay = (state: BasemapState): BasemapStep => ({ state, effects: [] });

export function basemapStep(state: BasemapState, event: BasemapEvent): BasemapStep {
  switch (event.type) {
    case 'request':
      // The map starts on the built-in style; a link may ask for the street map from the start.
      if (event.basemap === shownBasemap(state)) return stay(state);
      if (event.basemap === 'offline') return { state: OFFLINE, effects: toOffline };
      return {
        state: { kind: 'loading' },
        effects: [
          { type: 'loading', on: true },
          { type: 'startTimer', ms: BASEMAP_TIMEOUT_MS },
          { type: 'setStyle', basemap: 'online' },
        ],
      };
    case 'styleLoaded':
      return state.kind === 'loading' ? { state: { kind: 'online' }, effects: [{ type: 'clearTimer' }, { type: 'loading', on: false }] } : stay(state);
    case 'timeout':
      return state.kind === 'loading' ? { state: OFFLINE, effects: [...toOffline, { type: 'failed', why: 'timeout' }] } : stay(state);
    case 'error':
      if (state.kind === 'loading') return { state: OFFLINE, effects: [...toOffline, { type: 'failed', why: event.message }] };
      if (state.kind === 'online') return { state: { kind: 'partial' }, effects: [{ type: 'partial' }] };
      return stay(state);
  }
}
