// Typed style constants for the embedded basemap (react-map-gl's examples keep layers in a
// file of their own). The basemap is one GeoJSON file with a `kind` on every feature.
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";

export const COLORS = {
  water: "#cfe0ea",
  land: "#f3efe6",
  river: "#9dbfd3",
  border: "#8a8f98",
} as const;

/** The dark basemap: same layers, night colours. */
export const DARK_COLORS: Record<keyof typeof COLORS, string> = {
  water: "#1d2a36",
  land: "#2a2f36",
  river: "#3d5a70",
  border: "#7b8594",
};

const byKind = (kind: string) => ["==", ["get", "kind"], kind] as ["==", ["get", string], string];

export type Theme = "light" | "dark";
/** The colours of a theme. */
export const palette = (theme: Theme) => (theme === "dark" ? DARK_COLORS : COLORS);

export const landLayer = (theme: Theme = "light"): LayerSpecification => ({
  id: "land",
  type: "fill",
  source: "basemap",
  filter: byKind("land"),
  paint: { "fill-color": palette(theme).land },
});

export const lakeLayer = (theme: Theme = "light"): LayerSpecification => ({
  id: "lakes",
  type: "fill",
  source: "basemap",
  filter: byKind("lake"),
  paint: { "fill-color": palette(theme).water },
});

export const riverLayer = (theme: Theme = "light"): LayerSpecification => ({
  id: "rivers",
  type: "line",
  source: "basemap",
  filter: byKind("river"),
  layout: { "line-join": "round", "line-cap": "round" },
  paint: {
    "line-color": palette(theme).river,
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
});

export const borderLayer = (theme: Theme = "light"): LayerSpecification => ({
  id: "borders",
  type: "line",
  source: "basemap",
  filter: byKind("border"),
  layout: { "line-join": "round" },
  paint: {
    "line-color": palette(theme).border,
    "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.6, 7, 1.4],
    "line-dasharray": [3, 2],
  },
});

/** The default style: only files this app serves, no glyphs or sprites (labels are HTML). */
export function embeddedStyle(basemapUrl: string, theme: Theme = "light"): StyleSpecification {
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
        paint: { "background-color": palette(theme).water },
      },
      landLayer(theme),
      lakeLayer(theme),
      riverLayer(theme),
      borderLayer(theme),
    ],
  };
}
