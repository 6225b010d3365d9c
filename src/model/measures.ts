/**
 * The controlled vocabulary of sanctions measures. A code is either a plain measure
 * ("asset-freeze") or a commodity-qualified trade measure ("export-ban:coal"). Trade measures
 * are named from the target's side: `export-ban` stops what the target sells abroad (States
 * must not import it), `supply-ban` stops what is sold to the target, `cap` limits either.
 * `schemas/resolution.schema.json` repeats these lists for editors; a test keeps them equal.
 */
export const MEASURE_KINDS = [
  'arms-embargo',
  'arms-export-ban',
  'asset-freeze',
  'travel-ban',
  'financial-services',
  'trade-embargo',
  'export-ban',
  'supply-ban',
  'cap',
  'luxury-goods',
  'workers',
  'joint-ventures',
  'aviation',
  'maritime',
  'inspections',
  'diplomatic',
  'transport',
  'non-recognition',
  'committee',
  'panel-of-experts',
  'reporting',
  'humanitarian-exemption',
  'designations',
] as const;

export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Measure kinds that take a commodity qualifier. */
export const COMMODITY_MEASURES = ['export-ban', 'supply-ban', 'cap'] as const;

export const COMMODITIES = [
  'arms',
  'petroleum',
  'crude-oil',
  'refined-petroleum',
  'condensates',
  'aviation-fuel',
  'coal',
  'iron',
  'iron-ore',
  'lead',
  'gold',
  'titanium',
  'vanadium',
  'rare-earths',
  'copper',
  'nickel',
  'silver',
  'zinc',
  'statues',
  'seafood',
  'textiles',
  'food-agriculture',
  'machinery',
  'electrical-equipment',
  'earth-stone',
  'wood',
  'vessels',
  'helicopters',
  'aircraft',
  'vehicles',
  'industrial-machinery',
  'metals',
  'fishing-rights',
  'oil-equipment',
  'asbestos',
  'chrome',
  'pig-iron',
  'sugar',
  'tobacco',
  'meat',
  'hides-leather',
  'all-commodities',
] as const;

export type Commodity = (typeof COMMODITIES)[number];

export type MeasureCode = MeasureKind | `${(typeof COMMODITY_MEASURES)[number]}:${Commodity}`;

const MEASURE_LABELS: Record<MeasureKind, string> = {
  'arms-embargo': 'arms embargo',
  'arms-export-ban': 'ban on arms exports by the target',
  'asset-freeze': 'asset freeze',
  'travel-ban': 'travel ban',
  'financial-services': 'financial services restrictions',
  'trade-embargo': 'general trade embargo',
  'export-ban': 'ban on exports from the target',
  'supply-ban': 'ban on supplies to the target',
  cap: 'cap',
  'luxury-goods': 'luxury goods ban',
  workers: 'overseas workers',
  'joint-ventures': 'joint ventures',
  aviation: 'aviation restrictions',
  maritime: 'maritime measures',
  inspections: 'cargo inspections',
  diplomatic: 'diplomatic and consular restrictions',
  transport: 'transport links',
  'non-recognition': 'non-recognition',
  committee: 'sanctions committee',
  'panel-of-experts': 'panel of experts',
  reporting: 'reporting obligations',
  'humanitarian-exemption': 'humanitarian exemption',
  designations: 'designations',
};

/** A plain-language label for a measure code, for reports: "export ban (coal)". */
export function describeMeasure(code: MeasureCode): string {
  const [kind, commodity] = code.split(':') as [MeasureKind, string | undefined];
  const label = MEASURE_LABELS[kind];
  return commodity ? `${label} (${commodity.replace(/-/g, ' ')})` : label;
}
