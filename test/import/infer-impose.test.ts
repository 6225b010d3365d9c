import { describe, expect, it } from 'vitest';
import { inferredOne } from '../fixtures/infer/paragraphs.js';

const actions = (chapeau: string, ...subs: string[]) => inferredOne(chapeau, ...subs).effects.map((e) => e.action);

describe('inferEffects: a decision that obliges States to stop something imposes a measure', () => {
  it('"shall cease forthwith any provision … of arms and related matériel" imposes an arms embargo', () => {
    // The formula of the mandatory arms embargoes of the 1970s (issue 11), in the Council's words.
    const read = inferredOne('Decides that all States shall cease forthwith any provision to the territory of arms and related matériel of all types, including the sale or transfer of weapons and ammunition, military vehicles and equipment;');
    expect(read.effects).toEqual([{ action: 'impose', inferred: true }]);
    expect(read.measures).toEqual(['arms-embargo']);
    expect(read.cues[0]).toEqual({ offset: 'Decides that all States shall '.length, wording: 'cease' });
  });

  it('"immediately implement a general and complete embargo on all deliveries of weapons and military equipment … until the Council decides otherwise" imposes, and keeps the "until" as a note, not a condition', () => {
    // The formula of the 1990s embargoes (issue 11).
    const read = inferredOne('Decides, under Chapter VII of the Charter of the United Nations, that all States shall, for the purposes of establishing peace and stability in the territory, immediately implement a general and complete embargo on all deliveries of weapons and military equipment to the territory until the Security Council decides otherwise;');
    expect(read.effects).toHaveLength(1);
    expect(read.effects[0]).toMatchObject({ action: 'impose', inferred: true, note: expect.stringContaining('"until the Security Council decides otherwise"') });
    expect(read.effects[0]!.effective).toBeUndefined();
    expect(read.measures).toEqual(['arms-embargo']);
  });

  it('"Decides that all States Members … shall prevent:" with the prohibitions in subparagraphs is binding (232 (1966) 2)', () => {
    const read = inferredOne(
      'Decides that all States Members of the United Nations shall prevent:',
      // 232 (1966) 2 (a), (d), (f)
      'The import into their territories of asbestos, iron ore, chrome, pig-iron, sugar, tobacco, copper, meat and meat products and hides, skins and leather originating in Southern Rhodesia and exported therefrom after the date of the present resolution;',
      'Any activities by their nationals or in their territories which promote or are calculated to promote the sale or shipment to Southern Rhodesia of arms, ammunition of all types, military aircraft, military vehicles;',
      'Participation in their territories … in the supply of oil or oil products to Southern Rhodesia;',
    );
    expect(read.effects).toEqual([{ action: 'impose', inferred: true }]);
    expect(read.cues[0]!.wording).toBe('prevent');
    expect(read.measures).toEqual(expect.arrayContaining(['export-ban:asbestos', 'export-ban:chrome', 'export-ban:hides-leather', 'supply-ban:petroleum', 'arms-embargo']));
    expect(read.measures).not.toContain('export-ban:petroleum');
  });

  it('"all commodities and products" is a general trade embargo, not a list of commodities (253 (1968) 3 (a))', () => {
    const read = inferredOne('Decides that, in furtherance of the objective of ending the rebellion, all States Members of the United Nations shall prevent:', 'The import into their territories of all commodities and products originating in Southern Rhodesia and exported therefrom after the date of this resolution;');
    expect(read.measures).toEqual(['trade-embargo']);
    expect(read.effects.map((e) => e.action)).toEqual(['impose']);
  });

  it('"prevent the sale or supply … of petroleum or petroleum products or arms and related matériel" is a supply ban and an arms embargo (841 (1993) 5)', () => {
    const read = inferredOne('Decides that all States shall prevent the sale or supply, by their nationals or from their territories or using their flag vessels or aircraft, of petroleum or petroleum products or arms and related matériel of all types, including weapons and ammunition, military vehicles and equipment, police equipment and spare parts for the aforementioned, whether or not originating in their territories, to any person or body in Haiti;');
    expect(read.measures).toEqual(['supply-ban:petroleum', 'arms-embargo']);
    expect(read.effects.map((e) => e.action)).toEqual(['impose']);
  });

  it('"shall freeze such funds" in an unnumbered entry after the list imposes an asset freeze (883 (1993) 3)', () => {
    const read = inferredOne(
      'Decides also that all States in which there are funds or other financial resources (including funds derived or generated from property) owned or controlled, directly or indirectly, by:',
      'The Government or public authorities of Libya; or',
      'shall freeze such funds and financial resources and ensure that neither they nor any other funds and financial resources are made available',
    );
    expect(read.effects.map((e) => e.action)).toEqual(['impose']);
    expect(read.measures).toEqual(['asset-freeze']);
  });

  it('"deny permission to any aircraft to take off from, land in or overfly", reducing diplomatic staff and denying entry are aviation, diplomatic and travel measures (748 (1992) 4, 6)', () => {
    expect(inferredOne('Decides also that all States shall:', 'Deny permission to any aircraft to take off from, land in or overfly their territory if it is destined to land in or has taken off from the territory of Libya, unless the particular flight has been approved on grounds of significant humanitarian need by the Committee;')).toMatchObject({ effects: [{ action: 'impose' }], measures: ['aviation'] });
    const six = inferredOne('Decides that all States shall:', 'Significantly reduce the number and the level of the staff at Libyan diplomatic missions and consular posts;', 'Take all appropriate steps to deny entry to or expel Libyan nationals who have been denied entry to or expelled from other States because of their involvement in terrorist activities;');
    expect(six.effects.map((e) => e.action)).toEqual(['impose']);
    expect(six.measures).toEqual(expect.arrayContaining(['diplomatic', 'travel-ban']));
  });

  it('an "unless the particular flight has been approved" in the words of a measure is part of it, not a condition on it', () => {
    const read = inferredOne('Decides that all States shall deny permission to any aircraft to take off from, land in or overfly their territory if it is destined to land in the territory, unless the particular flight has been approved by the Committee;');
    expect(read.effects).toEqual([{ action: 'impose', inferred: true }]);
  });

  it('"prevent the entry into their territories" is a travel ban (253 (1968) 5 (a))', () => {
    expect(inferredOne('Decides that all States Members of the United Nations shall:', 'Prevent the entry into their territories, save on exceptional humanitarian grounds, of any person travelling on a Southern Rhodesian passport;').measures).toEqual(['travel-ban']);
  });
});

describe('inferEffects: calls, appeals and requests are not decisions and create no measure', () => {
  it.each([
    // 217 (1965) 8
    'Calls upon all States to refrain from any action which would assist and encourage the illegal régime and, in particular, to desist from providing it with arms, equipment and military material, and to do their utmost in order to break all economic relations with Southern Rhodesia, including an embargo on oil and petroleum products;',
    // 232 (1966) 5
    'Calls upon all States not to render financial or other economic aid to the illegal racist régime in Southern Rhodesia;',
    // 314 (1972) 4
    'Calls upon all States to refrain from taking any measures that would in any way permit or facilitate the importation from Southern Rhodesia of commodities falling within the scope of the obligations imposed by resolution 253 (1968), including chrome ore;',
    // 445 (1979) 7
    'Urges all States to refrain from sending observers to these elections and to take appropriate action to discourage organizations and institutions within their respective areas of jurisdiction from doing so;',
    'Requests all States to refrain from importing arms, ammunition of all types and military vehicles produced in the territory;',
    'Solemnly calls upon all States to cease forthwith the sale and shipment of arms, ammunition of all types and military vehicles to the territory;',
    'Appeals to all States to prevent the sale or supply of arms to the parties;',
    'Invites all States to freeze the funds of the de facto authorities;',
    'Calls upon all States to review all existing contractual arrangements relating to the manufacture and maintenance of arms with a view to terminating them;',
  ])('%s → no effect', (chapeau) => {
    expect(actions(chapeau)).toEqual([]);
  });

  it('still names the measures its words concern, for a reader to see', () => {
    expect(inferredOne('Requests all States to refrain from importing arms, ammunition of all types and military vehicles produced in the territory;').measures).toEqual(['arms-export-ban']);
  });

  it('a decision that binds the target, not States, imposes nothing (748 (1992) 2)', () => {
    expect(actions('Decides also that the Libyan Government must commit itself definitively to cease all forms of terrorist action and all assistance to terrorist groups;')).toEqual([]);
  });
});

describe('inferEffects: a prohibition in the passive', () => {
  it('"Decides that the supply … of arms … shall be prohibited" imposes', () => {
    const read = inferredOne('Decides that the sale or supply to the territory of arms and related matériel of all types shall be prohibited;');
    expect(read.effects).toEqual([{ action: 'impose', inferred: true }]);
    expect(read.measures).toEqual(['arms-embargo']);
  });

  it('"… shall be permitted only if … specifically authorized by the Committee" imposes', () => {
    const read = inferredOne('Decides that the transshipment of crude oil and petroleum products through the territory shall be permitted only if such transshipment is specifically authorized by the Committee;');
    expect(read.effects).toEqual([{ action: 'impose', inferred: true }]);
    expect(read.measures).toEqual(['supply-ban:petroleum']);
  });
});
