// The portfolio's exports: the companies with their nearest place (CSV), the places with the companies
// within the radius (CSV) and all of it as GeoJSON (RFC 7946: companies, places and the area), names
// neutralised (src/data/exportPortfolio.ts), headers in the UI language.
import { portfolioCompaniesCsv, portfolioPlacesCsv, portfolioGeoJson } from '../../data/exportPortfolio.ts';
import type { UserLayer } from '../../state/userLayers.ts';
import type { Lang } from '../../state/urlState.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { download } from './ExportBox.tsx';
import { provenanceOf, safeFileName, today } from './userExport.ts';
import type { PortfolioRun } from './usePortfolioRun.ts';
import type { PortfolioWords } from './portfolioWords.ts';

interface Ctx {
  run: PortfolioRun;
  layer: UserLayer;
  lang: Lang;
  words: PortfolioWords;
  /** A district's name in the UI language, or "outside Guangzhou" for null. */
  districtName: (zh: string | null) => string;
}

const companiesOf = ({ layer, lang, districtName }: Ctx) => {
  const d = layer.data;
  return {
    names: d.names,
    rows: d.rows,
    lon: d.lon,
    lat: d.lat,
    district: (i: number) => districtName(d.districts[i] ?? null),
    unnamed: (row: number) => t(lang, 'portfolio.unnamed', { row }),
  };
};
const placesOf = ({ run, words, districtName }: Ctx) => ({
  name: (k: number) => words.name(run.targets[k]!),
  id: (k: number) => run.targets[k]!.id,
  set: (k: number) => words.setShort(run.targets[k]!.set),
  district: (k: number) => districtName(run.targets[k]!.district),
});

export function exportPortfolioCsv(c: Ctx, what: 'companies' | 'places'): void {
  const { run: r, lang } = c;
  const h = (k: MessageKey) => t(lang, k, { r: r.radius });
  const file = `${safeFileName(c.layer.name)}-${what}-${r.radius}km-${today()}.csv`;
  const csv =
    what === 'companies'
      ? portfolioCompaniesCsv(companiesOf(c), r.result, placesOf(c), {
          name: h('portfolio.hName'),
          row: h('portfolio.hRow'),
          lon: h('portfolio.hLon'),
          lat: h('portfolio.hLat'),
          district: h('portfolio.hDistrict'),
          nearest: h('portfolio.hNearest'),
          nearestId: h('portfolio.hNearestId'),
          nearestSet: h('portfolio.hNearestSet'),
          nearestKm: h('portfolio.hNearestKm'),
          within: h('portfolio.hWithin'),
        })
      : portfolioPlacesCsv(
          r.result,
          placesOf(c),
          {
            place: h('portfolio.hPlace'),
            id: h('portfolio.hPlaceId'),
            set: h('portfolio.hSet'),
            district: h('portfolio.hDistrict'),
            within: h('portfolio.hCompaniesWithin'),
            nearestKm: h('portfolio.hNearestCompanyKm'),
            gap: h('portfolio.hGap'),
          },
          { yes: t(lang, 'portfolio.yes'), no: t(lang, 'portfolio.no') },
        );
  download(file, csv, 'text/csv;charset=utf-8');
}

export function exportPortfolioGeoJson(c: Ctx): void {
  const { run: r } = c;
  const text = portfolioGeoJson(
    companiesOf(c),
    r.result,
    { ...placesOf(c), lon: (k) => r.targets[k]!.lon, lat: (k) => r.targets[k]!.lat },
    {
      layer: c.layer.name,
      area: r.buffer.area,
      snapKm: r.buffer.snapKm,
      provenance: provenanceOf('Your layer, measured in this browser against the plan’s places (data/places.geojson)'),
    },
  );
  download(`${safeFileName(c.layer.name)}-portfolio-${r.radius}km-${today()}.geojson`, text, 'application/geo+json');
}
