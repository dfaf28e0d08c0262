// Great-circle distance, the measure places are judged by (within 161 km is right).

const R = Math.PI / 180;

/** Kilometres between two points on the Earth (haversine, mean radius 6,371 km). */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h = Math.sin(((lat2 - lat1) * R) / 2) ** 2 + Math.cos(lat1 * R) * Math.cos(lat2 * R) * Math.sin(((lon2 - lon1) * R) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
