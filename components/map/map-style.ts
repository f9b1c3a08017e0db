// Typed style constants for the embedded basemap (react-map-gl's examples keep layers in a
// file of their own). The basemap is one GeoJSON file with a `kind` on every feature.
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";

export const COLORS = {
  water: "#cfe0ea",
  land: "#f3efe6",
  river: "#9dbfd3",
  border: "#8a8f98",
} as const;

const byKind = (kind: string) => ["==", ["get", "kind"], kind] as ["==", ["get", string], string];

export const landLayer: LayerSpecification = {
  id: "land",
  type: "fill",
  source: "basemap",
  filter: byKind("land"),
  paint: { "fill-color": COLORS.land },
};

export const lakeLayer: LayerSpecification = {
  id: "lakes",
  type: "fill",
  source: "basemap",
  filter: byKind("lake"),
  paint: { "fill-color": COLORS.water },
};

export const riverLayer: LayerSpecification = {
  id: "rivers",
  type: "line",
  source: "basemap",
  filter: byKind("river"),
  layout: { "line-join": "round", "line-cap": "round" },
  paint: {
    "line-color": COLORS.river,
    "line-width": [
      "interpolate",
      ["linear"],
      ["zoom"],
      2,
      ["*", ["get", "weight"], 0.8],
      7,
      ["*", ["get", "weight"], 3],
    ],
    "line-opacity": ["interpolate", ["linear"], ["zoom"], 1.5, 0.4, 4, 1],
  },
};

export const borderLayer: LayerSpecification = {
  id: "borders",
  type: "line",
  source: "basemap",
  filter: byKind("border"),
  layout: { "line-join": "round" },
  paint: {
    "line-color": COLORS.border,
    "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.6, 7, 1.4],
    "line-dasharray": [3, 2],
  },
};

/** The default style: only files this app serves, no glyphs or sprites (labels are HTML). */
export function embeddedStyle(basemapUrl: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      basemap: {
        type: "geojson",
        data: basemapUrl,
        attribution: "Basemap: Natural Earth (public domain), via mapeo-offline-map",
      },
    },
    layers: [
      {
        id: "water",
        type: "background",
        paint: { "background-color": COLORS.water },
      },
      landLayer,
      lakeLayer,
      riverLayer,
      borderLayer,
    ],
  };
}
