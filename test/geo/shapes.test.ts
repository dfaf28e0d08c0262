// Boundaries: decoded TopoJSON, point-in-area tests, centres and directional parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contains, centroid, partCentre, shapesOf, type Topology } from '../../src/geo/shapes.ts';
import { loadCountryAreas } from '../../src/geo/countryAreas.ts';

// A 4×2 rectangle with a 1×1 hole, quantised like us-atlas and world-atlas (delta-encoded arcs).
const square: Topology = {
  type: 'Topology',
  transform: { scale: [1, 1], translate: [10, 20] },
  arcs: [
    [[0, 0], [4, 0], [0, 2], [-4, 0], [0, -2]],
    [[1, 1], [0, 1], [1, 0], [0, -1], [-1, 0]],
  ],
  objects: { areas: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '01', properties: { name: 'Box' }, arcs: [[0], [1]] }] } },
};

test('shapes: a TopoJSON polygon is decoded with its id, name and bounding box', () => {
  const [box] = shapesOf(square, 'areas');
  assert.equal(box.id, '01');
  assert.equal(box.name, 'Box');
  assert.deepEqual(box.shape.bbox, [10, 20, 14, 22]);
});

test('shapes: points inside, outside and in the hole', () => {
  const { shape } = shapesOf(square, 'areas')[0];
  assert.equal(contains(shape, 10.5, 20.5), true);
  assert.equal(contains(shape, 13.5, 21.5), true);
  assert.equal(contains(shape, 11.5, 21.5), false); // the hole
  assert.equal(contains(shape, 15, 21), false);
});

test('shapes: the centre accounts for the hole', () => {
  const [x, y] = centroid(shapesOf(square, 'areas')[0].shape);
  assert.ok(x > 12 && x < 12.2, `${x}`);
  assert.ok(Math.abs(y - 20.9375) < 0.01, `${y}`);
});

test('shapes: directional parts lie inside, on the named side', () => {
  const { shape } = shapesOf(square, 'areas')[0];
  const [cx, cy] = centroid(shape);
  const east = partCentre(shape, [1, 0], 0.35)!;
  const north = partCentre(shape, [0, 1], 0.35)!;
  const south = partCentre(shape, [0, -1], 0.35)!;
  assert.ok(east[0] > cx && contains(shape, east[0], east[1]));
  assert.ok(north[1] > cy && south[1] < cy);
});

const world = loadCountryAreas();
const points: Array<[string, number, number, string | undefined]> = [
  ['Damascus', 33.51, 36.29, 'SYR'],
  ['Ankara', 39.92, 32.85, 'TUR'],
  ['Columbus, Ohio', 39.96, -83.0, 'USA'],
  ['Toronto', 43.7, -79.42, 'CAN'],
  ['Doha', 25.29, 51.53, 'QAT'],
  ['the Mediterranean', 34.0, 18.0, undefined],
];
for (const [name, lat, lon, iso3] of points) {
  test(`countries: ${name} is in ${iso3 ?? 'no country'}`, () => assert.equal(world.countryAt(lat, lon), iso3));
}
