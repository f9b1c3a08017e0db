// How each status looks, on markers, in badges and in the legend. Colour is never the only
// signal: each status also has its own shape, and its name is in the marker's accessible name.
import type { CenterStatus } from "@/lib/status";

export const STATUS_STYLE: Record<CenterStatus, { colour: string; shape: string }> = {
  "not-yet-opened": { colour: "#6b7280", shape: "rounded-full border-2 border-[#6b7280] bg-paper" },
  // Half filled: a centre operated here by some sources, before the preferred opening date.
  "earlier-or-disputed": {
    colour: "#15803d",
    shape: "rounded-full border-2 border-[#15803d] bg-[linear-gradient(90deg,#15803d_50%,var(--jcm-paper)_50%)]",
  },
  operating: { colour: "#15803d", shape: "rounded-full bg-[#15803d]" },
  "memoranda-ended": { colour: "#b45309", shape: "rotate-45 rounded-[2px] bg-[#b45309]" },
  "closure-announced": { colour: "#8c1d18", shape: "rounded-[2px] bg-[#8c1d18]" },
};
