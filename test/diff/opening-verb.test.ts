import { describe, expect, it } from 'vitest';
import { openingVerb } from '../../src/diff/opening-verb.js';

describe('openingVerb', () => {
  it.each([
    ['en', 'Decides that all States shall prevent the sale', 'Decides', 'decides', 'binding'],
    ['en', 'Further decides, in accordance with paragraph 2, to terminate', 'Further decides', 'decides', 'binding'],
    ['en', 'Demands that the de facto authorities comply', 'Demands', 'demands', 'binding'],
    ['en', 'Calls upon all States to act strictly', 'Calls upon', 'calls upon', 'non-binding'],
    ['en', 'Once again calls upon all States', 'Once again calls upon', 'calls upon', 'non-binding'],
    ['en', 'Calls again upon all Member States individually and collectively', 'Calls again upon', 'calls upon', 'non-binding'],
    ['en', 'Calls once again upon all States', 'Calls once again upon', 'calls upon', 'non-binding'],
    ['en', 'Calls for strict adherence to the agreements reached', 'Calls for', 'calls for', 'non-binding'],
    ['en', 'Also decides that, in order to make fully effective', 'Also decides', 'decides', 'binding'],
    ['en', 'Decides further that the Committee', 'Decides', 'decides', 'binding'],
    ['en', 'Demands once again that the Libyan Government comply', 'Demands', 'demands', 'binding'],
    ['en', 'Instructs the Committee of the Security Council established by resolution 748 (1992)', 'Instructs', 'instructs', 'binding'],
    ['en', 'Entrusts the Committee with the task of examining the reports', 'Entrusts', 'entrusts', 'binding'],
    ['en', 'Confirms its readiness to consider urgently', 'Confirms', 'confirms', 'non-binding'],
    ['en', 'Determines that the present situation constitutes a threat', 'Determines', 'determines', 'non-binding'],
    ['en', 'Considers that the United Kingdom as the administering Power should', 'Considers', 'considers', 'non-binding'],
    ['en', 'Requests the Secretary-General to report', 'Requests', 'requests', 'non-binding'],
    ['en', 'Strongly urges all States', 'Strongly urges', 'urges', 'non-binding'],
    ['en', 'Expresses its readiness to review all the measures', 'Expresses', 'expresses', 'non-binding'],
    ['fr', 'Décide que tous les États empêcheront', 'Décide', 'decides', 'binding'],
    ['fr', 'Demande à tous les États', 'Demande', 'calls upon', 'non-binding'],
    ['fr', 'Charge le Comité de', 'Charge', 'instructs', 'binding'],
    ['es', 'Exhorta a todos los Estados', 'Exhorta', 'calls upon', 'non-binding'],
    ['es', 'Decide que todos los Estados', 'Decide', 'decides', 'binding'],
    ['ru', 'постановляет, что все государства-члены', 'постановляет', 'decides', 'binding'],
    ['ru', 'настоятельно призывает все государства', 'настоятельно призывает', 'urges', 'non-binding'],
    ['ru', 'призывает все государства-члены', 'призывает', 'calls upon', 'non-binding'],
    ['ar', 'يقرر أن تمنع جميع الدول', 'يقرر', 'decides', 'binding'],
    ['ar', 'يَقرر أن تمنع جميع الدول', 'يَقرر', 'decides', 'binding'],
    ['ar', 'ويهيب بجميع الدول الأعضاء', 'ويهيب', 'calls upon', 'non-binding'],
    ['zh', '决定所有会员国应防止', '决定', 'decides', 'binding'],
    ['zh', '又决\n定所有会员国', '又决定', 'decides', 'binding'],
    ['zh', '吁请所有会员国', '吁请', 'calls upon', 'non-binding'],
    ['zh', '请秘书长每隔一百二十天报告', '请', 'requests', 'non-binding'],
  ] as const)('%s: %s', (language, text, printed, verb, force) => {
    expect(openingVerb(text, language)).toEqual({ text: printed, verb, force });
  });

  it('finds no verb where the paragraph opens with something else', () => {
    expect(openingVerb('In this regard, the measures set out above', 'en')).toBeUndefined();
    expect(openingVerb('', 'zh')).toBeUndefined();
  });
});
