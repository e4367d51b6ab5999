// A frame request as a camera move, and when no move is needed (src/map/core/frame.ts).
import { describe, expect, it } from 'vitest';
import { FRAME_MAX_ZOOM, flyDecision, frameBox, frameDecision, framePadding, type FrameInput } from '../../../src/map/core/frame.ts';

const box = frameBox([113, 23, 114, 24]);
const base: FrameInput = {
  instant: false,
  box,
  padding: 80,
  reduceMotion: false,
  target: { center: [113.3, 23.1], zoom: 10 },
  here: { center: [113.0, 23.0], zoom: 8 },
};

describe('frameBox and framePadding', () => {
  it('widens a point to a box with room around it', () => {
    const [[w, s], [e, n]] = frameBox([113.3, 23.1, 113.3, 23.1]);
    expect(e - w).toBeCloseTo(0.04);
    expect(n - s).toBeCloseTo(0.04);
    expect((w + e) / 2).toBeCloseTo(113.3);
    expect(box).toEqual([
      [113, 23],
      [114, 24],
    ]);
  });

  it('pads 1/8 of the smaller side, at most 80 px', () => {
    expect(framePadding(1280, 800)).toBe(80);
    expect(framePadding(400, 300)).toBe(38);
  });
});

describe('frameDecision', () => {
  it('flies there after the panel paints, and puts the destination in the link at once', () => {
    expect(frameDecision(base)).toEqual({
      view: { lon: 113.3, lat: 23.1, zoom: 10 },
      fit: { box, padding: 80, maxZoom: FRAME_MAX_ZOOM, duration: 800, afterPaint: true },
    });
  });

  it('jumps at once for the load’s first framing, and with reduced motion', () => {
    expect(frameDecision({ ...base, instant: true }).fit).toMatchObject({ duration: 0, afterPaint: false });
    expect(frameDecision({ ...base, reduceMotion: true }).fit).toMatchObject({ duration: 0, afterPaint: true });
  });

  it('skips the first framing when the map already opened there', () => {
    const there = { center: [113.3, 23.1] as const, zoom: 10 };
    expect(frameDecision({ ...base, instant: true, here: there })).toEqual({ view: { lon: 113.3, lat: 23.1, zoom: 10 }, fit: null });
    // Not for a later framing (a user asked for it), nor a few metres off.
    expect(frameDecision({ ...base, here: there }).fit).not.toBeNull();
    expect(frameDecision({ ...base, instant: true, here: { ...there, zoom: 10.001 } }).fit).not.toBeNull();
  });

  it('still moves, with no view for the link, when MapLibre cannot frame the box', () => {
    expect(frameDecision({ ...base, target: undefined })).toEqual({ fit: { box, padding: 80, maxZoom: FRAME_MAX_ZOOM, duration: 800, afterPaint: true } });
  });

  it('takes the current zoom for a target without one, and then never counts as already there', () => {
    const d = frameDecision({ ...base, instant: true, target: { center: [113.0, 23.0] } });
    expect(d.view).toEqual({ lon: 113.0, lat: 23.0, zoom: 8 });
    expect(d.fit).not.toBeNull();
  });
});

describe('flyDecision', () => {
  it('flies 2.5 s unless told otherwise; jumps with reduced motion', () => {
    expect(flyDecision({ center: [113, 23], zoom: 9 }, false)).toEqual({ view: { lon: 113, lat: 23, zoom: 9 }, duration: 2500 });
    expect(flyDecision({ center: [113, 23], zoom: 9, duration: 900 }, false).duration).toBe(900);
    expect(flyDecision({ center: [113, 23], zoom: 9, duration: 900 }, true).duration).toBe(0);
  });
});
