import type { Random } from './random.js';

/**
 * Wording in the style of the Council's sanctions resolutions (openers and phrases as found in
 * the Haiti and Southern Rhodesia texts), recombined at random. Real texts repeat the same
 * phrases across paragraphs; so does this, which matters to a diff: repeated phrases are what
 * make a whole-text word diff hard.
 */
const PREAMBULAR_OPENERS = [
  'Recalling its resolution',
  'Reaffirming',
  'Having considered',
  'Noting with concern',
  'Deploring',
  'Recognizing',
  'Determining that',
  'Stressing',
  'Welcoming',
  'Expressing grave concern at',
  'Acting under Chapter VII of the Charter of the United Nations, and',
];

const OPERATIVE_OPENERS = [
  'Decides that all States shall',
  'Decides that',
  'Calls upon all States to',
  'Requests the Committee to',
  'Urges',
  'Requests the Secretary-General to',
  'Expresses its readiness to',
  'Decides further that',
  'Demands that',
  'Encourages',
];

const SUBPARAGRAPH_OPENERS = ['to', 'the', 'any', 'all', 'to seek from all States'];

const PHRASES = [
  'the sale or supply of petroleum or petroleum products',
  'by their nationals or from their territories or using their flag vessels or aircraft',
  'arms and related matériel of all types, including weapons and ammunition',
  'military vehicles and equipment, police equipment and spare parts for the aforementioned',
  'whether or not originating in their territories',
  'to any person or body for the purpose of any business carried on in or operated from the territory',
  'the measures set out in paragraphs 5 to 9 of resolution 841 (1993)',
  'with immediate effect',
  'the Committee established by paragraph 10 of resolution 841 (1993)',
  'on an exceptional case-by-case basis under a no-objection procedure',
  'for verified essential humanitarian needs',
  'subject to acceptable arrangements for effective monitoring of delivery and use',
  'shall require all persons and entities within their own territories holding such funds to freeze them',
  'notwithstanding the existence of any rights or obligations conferred or imposed by any international agreement',
  'any contract entered into or any licence or permit granted prior to the date of adoption',
  'the de facto authorities',
  'the Secretary-General of the United Nations and the Secretary-General of the Organization of American States',
  'in accordance with the provisions of the Charter of the United Nations and international law',
  'the legitimate Government',
  'to report to the Council within thirty days',
  'information regarding the action taken by them concerning the effective implementation of the measures',
  'a threat to international peace and security in the region',
  'the funds, other financial assets and economic resources owned or controlled, directly or indirectly',
  'the entry into or transit through their territories of the individuals designated by the Committee',
  'to review all the measures with a view to lifting them',
  'the full and faithful implementation of the agreement',
  'in cooperation with the regional organizations concerned',
  'to examine the reports submitted pursuant to this paragraph',
  'any activities by their nationals or in their territories which promote or are calculated to promote such sale or supply',
  'the importation, in non-commercial quantities and only in barrels or bottles',
];

const JOINERS = [', ', ' and ', ', including ', ' and, in particular, ', ' or '];

/** Everyday words that a reviser swaps in or out. */
export const WORDS = [
  'all', 'States', 'shall', 'may', 'should', 'measures', 'immediately', 'strictly', 'further', 'such',
  'relevant', 'effective', 'full', 'prompt', 'Member', 'Council', 'Committee', 'report', 'funds', 'vessels',
  'aircraft', 'territory', 'nationals', 'authorities', 'supply', 'sale', 'transfer', 'petroleum', 'arms', 'goods',
  'thirty', 'sixty', 'ninety', 'days', 'months', 'not', 'only', 'also', 'urgently', 'exceptional',
];

function sentence(random: Random, opener: string, minPhrases: number, maxPhrases: number, end: string): string {
  let text = `${opener} ${random.pick(PHRASES)}`;
  const count = random.int(minPhrases, maxPhrases);
  for (let i = 1; i < count; i++) text += `${random.pick(JOINERS)}${random.pick(PHRASES)}`;
  return `${text}${end}`;
}

export function preambularText(random: Random): string {
  return sentence(random, random.pick(PREAMBULAR_OPENERS), 1, 3, ',');
}

export function operativeText(random: Random, last: boolean): string {
  return sentence(random, random.pick(OPERATIVE_OPENERS), 2, 4, last ? '.' : ';');
}

export function subparagraphText(random: Random): string {
  return sentence(random, random.pick(SUBPARAGRAPH_OPENERS), 1, 2, ';');
}

/**
 * A reviser's change to a clause's wording: a word swapped, added or dropped, a phrase added
 * or dropped, as in a real revision. Never empty.
 */
export function reword(random: Random, text: string): string {
  const words = text.split(' ');
  const changes = random.int(1, 3);
  for (let i = 0; i < changes; i++) {
    const at = random.int(0, words.length - 1);
    const kind = random.int(0, 4);
    if (kind === 0 || words.length < 4) words[at] = random.pick(WORDS);
    else if (kind === 1) words.splice(at, 0, random.pick(WORDS));
    else if (kind === 2) words.splice(at, 1);
    else if (kind === 3) words.splice(at, 0, ...random.pick(PHRASES).split(' '));
    else words.splice(at, random.int(2, 6));
  }
  return words.length > 0 ? words.join(' ') : random.pick(WORDS);
}
