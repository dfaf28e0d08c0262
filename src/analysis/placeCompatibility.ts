// Whether two reports' places can be the same event's place. A country (or region, or province) and a
// town inside it can; two towns can when they are near each other; two countries cannot.
import type { StoryPlace } from './story.ts';

/** GeoNames feature codes of areas rather than points: countries, administrative divisions, regions. */
const AREA_CODE = /^(PCL|ADM|TERR|ZN|RGN|CONT|AREA)/;

export function isArea(p: StoryPlace): boolean {
  return p.featureCode !== null && AREA_CODE.test(p.featureCode);
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function placesCompatible(a: StoryPlace | null, b: StoryPlace | null, maxKm: number): boolean {
  if (!a || !b) return true;
  if (a.name === b.name && a.country === b.country) return true;
  const areaA = isArea(a);
  const areaB = isArea(b);
  if (areaA || areaB) {
    // An area holds a place of its own country; a region with no country (the Middle East) holds anything.
    return a.country === null || b.country === null || a.country === b.country;
  }
  return distanceKm(a, b) <= maxKm;
}
