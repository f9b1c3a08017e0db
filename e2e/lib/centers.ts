/** The six slugs of the URL contract, in the data's order. */
export const SLUGS = [
  "khabarovsk",
  "vladivostok",
  "yuzhno-sakhalinsk",
  "moscow",
  "saint-petersburg",
  "nizhny-novgorod",
] as const;

export const NAMES: Record<(typeof SLUGS)[number], string> = {
  khabarovsk: "Khabarovsk",
  vladivostok: "Vladivostok",
  "yuzhno-sakhalinsk": "Yuzhno-Sakhalinsk",
  moscow: "Moscow",
  "saint-petersburg": "Saint Petersburg",
  "nizhny-novgorod": "Nizhny Novgorod",
};
