// Poster image: the map re-rendered at print resolution, with a title band, a legend of the kinds
// shown, and the sources. Canvas 2D text uses the page's fonts, so Chinese renders offline too.
import { downloadBlob } from './download.ts';

export interface PosterLegendItem {
  label: string;
  color: string;
  glyph: string;
}

export interface PosterText {
  title: string;
  subtitle: string;
  legend: PosterLegendItem[];
  sources: string;
}

const FONT = `'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', system-ui, sans-serif`;

export function composePoster(map: HTMLCanvasElement, text: PosterText): HTMLCanvasElement {
  const w = map.width;
  const unit = Math.max(12, Math.round(w / 90)); // type scales with the image, not the screen
  const header = unit * 5;
  const perRow = Math.max(1, Math.floor(w / (unit * 16)));
  const rows = Math.ceil(text.legend.length / perRow);
  const footer = unit * (2.2 + rows * 1.8);
  const out = document.createElement('canvas');
  out.width = w;
  out.height = Math.round(map.height + header + footer);
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(map, 0, header);

  g.fillStyle = '#1c1917';
  g.textBaseline = 'alphabetic';
  g.font = `700 ${unit * 2}px ${FONT}`;
  g.fillText(text.title, unit, unit * 2.6);
  g.fillStyle = '#57534e';
  g.font = `400 ${unit}px ${FONT}`;
  g.fillText(text.subtitle, unit, unit * 4.1);

  let y = header + map.height + unit * 1.6;
  text.legend.forEach((item, i) => {
    const col = i % perRow;
    if (i > 0 && col === 0) y += unit * 1.8;
    const x = unit + col * unit * 16;
    g.fillStyle = item.color;
    g.beginPath();
    g.arc(x + unit * 0.6, y - unit * 0.35, unit * 0.6, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#ffffff';
    g.font = `400 ${Math.round(unit * 0.7)}px ${FONT}`;
    g.textAlign = 'center';
    g.fillText(item.glyph, x + unit * 0.6, y - unit * 0.1);
    g.textAlign = 'left';
    g.fillStyle = '#1c1917';
    g.font = `400 ${unit}px ${FONT}`;
    g.fillText(item.label, x + unit * 1.6, y);
  });
  g.fillStyle = '#78716c';
  g.font = `400 ${Math.round(unit * 0.75)}px ${FONT}`;
  g.fillText(text.sources, unit, out.height - unit * 0.7);
  return out;
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('the image could not be encoded'));
      downloadBlob(blob, filename);
      resolve();
    }, 'image/png');
  });
}
