import type { LanguageCode } from '../model/document.js';
import { fold } from './fold.js';
import type { OpeningVerb } from './types.js';

/**
 * Under Chapter VII, what the Council *decides* binds every State (Article 25 of the Charter);
 * *demands* is read the same way. Every other opening verb exhorts, asks or records.
 */
const BINDING = new Set(['decides', 'demands']);

interface Lexicon {
  /** Words that may stand before the verb: "Further decides", "又决定". */
  adverbs: string[];
  /** The verb as written (lower case, without diacritics) and the English verb it stands for. */
  verbs: Array<[string, string]>;
}

const LEXICONS: Record<LanguageCode, Lexicon> = {
  en: {
    adverbs: ['further', 'also', 'again', 'once', 'strongly', 'hereby', 'firmly', 'urgently', 'emphatically', 'solemnly', 'therefore', 'accordingly', 'moreover', 'furthermore', 'likewise', 'similarly'],
    verbs: [
      ['decides', 'decides'], ['decide', 'decides'], ['demands', 'demands'], ['calls upon', 'calls upon'], ['calls on', 'calls upon'],
      ['requests', 'requests'], ['urges', 'urges'], ['encourages', 'encourages'], ['expresses', 'expresses'], ['invites', 'invites'],
      ['welcomes', 'welcomes'], ['takes note', 'takes note'], ['notes', 'notes'], ['recommends', 'recommends'], ['appeals', 'appeals'],
      ['emphasizes', 'stresses'], ['emphasises', 'stresses'], ['stresses', 'stresses'], ['underlines', 'stresses'], ['underscores', 'stresses'],
      ['reaffirms', 'reaffirms'], ['reiterates', 'reaffirms'], ['affirms', 'affirms'], ['recalls', 'recalls'], ['condemns', 'condemns'],
      ['deplores', 'deplores'], ['commends', 'commends'], ['authorizes', 'authorizes'], ['authorises', 'authorizes'], ['endorses', 'endorses'],
      ['approves', 'endorses'], ['supports', 'supports'], ['declares', 'declares'], ['recognizes', 'recognizes'], ['recognises', 'recognizes'],
      ['acknowledges', 'recognizes'], ['insists', 'insists'], ['reminds', 'recalls'],
    ],
  },
  fr: {
    adverbs: ['en', 'outre', 'également', 'aussi', 'de', 'nouveau', 'vivement', 'instamment', 'par', 'conséquent'],
    verbs: [
      ['décide', 'decides'], ['exige', 'demands'], ['demande', 'calls upon'], ['prie', 'requests'], ['exhorte', 'urges'], ['engage', 'urges'],
      ['encourage', 'encourages'], ['exprime', 'expresses'], ['se déclare', 'expresses'], ['invite', 'invites'], ['accueille', 'welcomes'],
      ['se félicite', 'welcomes'], ['prend note', 'takes note'], ['note', 'notes'], ['constate', 'notes'], ['recommande', 'recommends'],
      ['lance un appel', 'appeals'], ['souligne', 'stresses'], ['insiste', 'insists'], ['réaffirme', 'reaffirms'], ['affirme', 'affirms'],
      ['rappelle', 'recalls'], ['condamne', 'condemns'], ['déplore', 'deplores'], ['félicite', 'commends'], ['autorise', 'authorizes'],
      ['approuve', 'endorses'], ['fait sienne', 'endorses'], ['appuie', 'supports'], ['déclare', 'declares'], ['reconnaît', 'recognizes'],
    ],
  },
  es: {
    adverbs: ['además', 'asimismo', 'también', 'nuevamente', 'encarecidamente', 'firmemente', 'por', 'consiguiente'],
    verbs: [
      ['decide', 'decides'], ['exige', 'demands'], ['exhorta', 'calls upon'], ['pide', 'requests'], ['solicita', 'requests'], ['insta', 'urges'],
      ['alienta', 'encourages'], ['expresa', 'expresses'], ['invita', 'invites'], ['acoge', 'welcomes'], ['celebra', 'welcomes'],
      ['toma nota', 'takes note'], ['observa', 'notes'], ['recomienda', 'recommends'], ['hace un llamamiento', 'appeals'],
      ['subraya', 'stresses'], ['destaca', 'stresses'], ['reafirma', 'reaffirms'], ['reitera', 'reaffirms'], ['afirma', 'affirms'],
      ['recuerda', 'recalls'], ['condena', 'condemns'], ['deplora', 'deplores'], ['encomia', 'commends'], ['autoriza', 'authorizes'],
      ['aprueba', 'endorses'], ['hace suyo', 'endorses'], ['respalda', 'supports'], ['apoya', 'supports'], ['declara', 'declares'],
      ['reconoce', 'recognizes'], ['insiste', 'insists'],
    ],
  },
  ru: {
    adverbs: ['далее', 'также', 'вновь', 'еще', 'ещё', 'раз', 'кроме', 'того', 'решительно'],
    verbs: [
      ['постановляет', 'decides'], ['настоятельно требует', 'demands'], ['требует', 'demands'], ['настоятельно призывает', 'urges'],
      ['призывает', 'calls upon'], ['просит', 'requests'], ['поощряет', 'encourages'], ['рекомендует', 'recommends'], ['выражает', 'expresses'],
      ['предлагает', 'invites'], ['приветствует', 'welcomes'], ['принимает к сведению', 'takes note'], ['отмечает', 'notes'],
      ['обращается с призывом', 'appeals'], ['подчеркивает', 'stresses'], ['подчёркивает', 'stresses'], ['вновь подтверждает', 'reaffirms'],
      ['подтверждает', 'affirms'], ['напоминает', 'recalls'], ['осуждает', 'condemns'], ['выражает сожаление', 'deplores'],
      ['воздает должное', 'commends'], ['санкционирует', 'authorizes'], ['уполномочивает', 'authorizes'], ['одобряет', 'endorses'],
      ['поддерживает', 'supports'], ['заявляет', 'declares'], ['признает', 'recognizes'], ['признаёт', 'recognizes'], ['настаивает', 'insists'],
    ],
  },
  ar: {
    adverbs: ['و', 'كذلك', 'أيضا', 'مجددا'],
    verbs: [
      ['يقرر', 'decides'], ['يطالب', 'demands'], ['يهيب', 'calls upon'], ['يطلب', 'requests'], ['يحث', 'urges'], ['يشجع', 'encourages'],
      ['يعرب', 'expresses'], ['يدعو', 'invites'], ['يرحب', 'welcomes'], ['يحيط علما', 'takes note'], ['يلاحظ', 'notes'], ['يوصي', 'recommends'],
      ['يناشد', 'appeals'], ['يشدد', 'stresses'], ['يؤكد من جديد', 'reaffirms'], ['يكرر تأكيد', 'reaffirms'], ['يؤكد', 'affirms'],
      ['يذكر', 'recalls'], ['يشير', 'recalls'], ['يدين', 'condemns'], ['يشجب', 'deplores'], ['يثني', 'commends'], ['يأذن', 'authorizes'],
      ['يؤيد', 'endorses'], ['يعلن', 'declares'], ['يسلم', 'recognizes'], ['يصر', 'insists'],
    ],
  },
  zh: {
    adverbs: ['又', '还', '并', '也', '进一步', '再次', '强烈', '坚决', '紧急'],
    verbs: [
      ['决定', 'decides'], ['要求', 'demands'], ['吁请', 'calls upon'], ['呼吁', 'calls upon'], ['促请', 'urges'], ['敦促', 'urges'],
      ['请', 'requests'], ['鼓励', 'encourages'], ['表示注意到', 'takes note'], ['表示', 'expresses'], ['邀请', 'invites'], ['欢迎', 'welcomes'],
      ['注意到', 'notes'], ['建议', 'recommends'], ['强调', 'stresses'], ['重申', 'reaffirms'], ['申明', 'affirms'], ['回顾', 'recalls'],
      ['谴责', 'condemns'], ['痛惜', 'deplores'], ['赞扬', 'commends'], ['授权', 'authorizes'], ['核可', 'endorses'], ['赞同', 'endorses'],
      ['支持', 'supports'], ['宣布', 'declares'], ['确认', 'recognizes'], ['坚持', 'insists'],
    ],
  },
};

/** Chinese is matched character by character; the other languages word by word. */
function wordsOf(text: string): Array<{ plain: string; end: number }> {
  const words: Array<{ plain: string; end: number }> = [];
  for (const match of text.matchAll(/[^\s,;:.،؛]+/gu)) {
    words.push({ plain: fold(match[0]), end: match.index + match[0].length });
    if (words.length >= 8) break;
  }
  return words;
}

function matchWords(text: string, lexicon: Lexicon): OpeningVerb | undefined {
  const words = wordsOf(text);
  for (let skip = 0; skip <= 3 && skip < words.length; skip++) {
    let best: { length: number; verb: string } | undefined;
    for (const [phrase, verb] of lexicon.verbs) {
      const parts = phrase.split(' ');
      if (parts.every((part, i) => words[skip + i]?.plain === part) && (!best || parts.length > best.length)) best = { length: parts.length, verb };
    }
    // Arabic joins "and" to the verb: "ويقرر".
    if (!best && words[skip]?.plain.startsWith('و')) {
      const rest = words[skip]!.plain.slice(1);
      const found = lexicon.verbs.find(([phrase]) => phrase === rest);
      if (found) best = { length: 1, verb: found[1] };
    }
    if (best) {
      return { text: text.slice(0, words[skip + best.length - 1]!.end).trim(), verb: best.verb, force: BINDING.has(best.verb) ? 'binding' : 'non-binding' };
    }
    if (!lexicon.adverbs.includes(words[skip]!.plain)) return undefined;
  }
  return undefined;
}

/** `text` is folded: no line wraps between the characters. */
function matchCharacters(text: string, lexicon: Lexicon): OpeningVerb | undefined {
  let at = 0;
  for (let skip = 0; skip <= 3; skip++) {
    const rest = text.slice(at);
    const verb = lexicon.verbs.filter(([phrase]) => rest.startsWith(phrase)).sort((a, b) => b[0].length - a[0].length)[0];
    if (verb) return { text: text.slice(0, at + verb[0].length), verb: verb[1], force: BINDING.has(verb[1]) ? 'binding' : 'non-binding' };
    const adverb = lexicon.adverbs.filter((word) => rest.startsWith(word)).sort((a, b) => b.length - a.length)[0];
    if (!adverb) return undefined;
    at += adverb.length;
  }
  return undefined;
}

/**
 * The verb an operative paragraph opens with ("Decides", "Further requests", "постановляет",
 * "又决定"), with its force; undefined when the paragraph does not open with a verb known to
 * the lexicon of its language.
 */
export function openingVerb(text: string, language: LanguageCode): OpeningVerb | undefined {
  const lexicon = LEXICONS[language];
  return language === 'zh' ? matchCharacters(fold(text), lexicon) : matchWords(text, lexicon);
}
