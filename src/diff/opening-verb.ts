import type { LanguageCode } from '../model/document.js';
import { matchableText } from './matchable-text.js';
import type { OpeningVerb } from './types.js';

/**
 * Under Chapter VII, what the Council *decides* binds every State (Article 25 of the Charter);
 * *demands* is read the same way, and so are the orders it gives its own subsidiary organs
 * (*instructs*, *entrusts* the Committee with a task), which they must carry out. Every other
 * opening verb exhorts, asks, finds or records (docs/diff.md says why each debatable verb is
 * where it is).
 */
const BINDING = new Set(['decides', 'demands', 'instructs', 'entrusts']);

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
      ['acknowledges', 'recognizes'], ['insists', 'insists'], ['reminds', 'recalls'], ['calls for', 'calls for'], ['confirms', 'confirms'],
      ['considers', 'considers'], ['determines', 'determines'], ['instructs', 'instructs'], ['directs', 'instructs'], ['entrusts', 'entrusts'],
      ['regrets', 'regrets'], ['rejects', 'rejects'], ['warns', 'warns'], ['highlights', 'stresses'], ['looks forward', 'looks forward'],
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
      ['confirme', 'confirms'], ['considère', 'considers'], ['estime', 'considers'], ['charge', 'instructs'], ['confie', 'entrusts'],
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
      ['reconoce', 'recognizes'], ['insiste', 'insists'], ['confirma', 'confirms'], ['considera', 'considers'], ['estima', 'considers'],
      ['determina', 'determines'], ['encarga', 'instructs'], ['encomienda', 'entrusts'],
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
      ['считает', 'considers'], ['определяет', 'determines'], ['поручает', 'instructs'],
    ],
  },
  ar: {
    adverbs: ['و', 'كذلك', 'أيضا', 'مجددا'],
    verbs: [
      ['يقرر', 'decides'], ['يطالب', 'demands'], ['يهيب', 'calls upon'], ['يطلب', 'requests'], ['يحث', 'urges'], ['يشجع', 'encourages'],
      ['يعرب', 'expresses'], ['يدعو', 'invites'], ['يرحب', 'welcomes'], ['يحيط علما', 'takes note'], ['يلاحظ', 'notes'], ['يوصي', 'recommends'],
      ['يناشد', 'appeals'], ['يشدد', 'stresses'], ['يؤكد من جديد', 'reaffirms'], ['يكرر تأكيد', 'reaffirms'], ['يؤكد', 'affirms'],
      ['يذكر', 'recalls'], ['يشير', 'recalls'], ['يدين', 'condemns'], ['يشجب', 'deplores'], ['يثني', 'commends'], ['يأذن', 'authorizes'],
      ['يؤيد', 'endorses'], ['يعلن', 'declares'], ['يسلم', 'recognizes'], ['يصر', 'insists'], ['يرى', 'considers'], ['يوعز', 'instructs'],
      ['يعهد', 'entrusts'], ['يكلف', 'entrusts'],
    ],
  },
  zh: {
    adverbs: ['又', '还', '并', '也', '进一步', '再次', '强烈', '坚决', '紧急'],
    verbs: [
      ['决定', 'decides'], ['要求', 'demands'], ['吁请', 'calls upon'], ['呼吁', 'calls upon'], ['促请', 'urges'], ['敦促', 'urges'],
      ['请', 'requests'], ['鼓励', 'encourages'], ['表示注意到', 'takes note'], ['表示', 'expresses'], ['邀请', 'invites'], ['欢迎', 'welcomes'],
      ['注意到', 'notes'], ['建议', 'recommends'], ['强调', 'stresses'], ['重申', 'reaffirms'], ['申明', 'affirms'], ['回顾', 'recalls'],
      ['谴责', 'condemns'], ['痛惜', 'deplores'], ['赞扬', 'commends'], ['授权', 'authorizes'], ['核可', 'endorses'], ['赞同', 'endorses'],
      ['支持', 'supports'], ['宣布', 'declares'], ['确认', 'recognizes'], ['坚持', 'insists'], ['认为', 'considers'], ['断定', 'determines'],
      ['指示', 'instructs'], ['责成', 'instructs'], ['委托', 'entrusts'],
    ],
  },
};

/** Chinese is matched character by character; the other languages word by word. */
function wordsOf(text: string): Array<{ plain: string; end: number }> {
  const words: Array<{ plain: string; end: number }> = [];
  for (const match of text.matchAll(/[^\s,;:.،؛]+/gu)) {
    words.push({ plain: matchableText(match[0]), end: match.index + match[0].length });
    if (words.length >= 8) break;
  }
  return words;
}

/**
 * The index of the last word of `parts` read from `words[start]` on, or -1. An adverb may stand
 * inside a phrase of several words: "Calls again upon", "Calls once again upon".
 */
function phraseEnd(words: ReadonlyArray<{ plain: string }>, start: number, parts: readonly string[], adverbs: readonly string[]): number {
  if (words[start]?.plain !== parts[0]) return -1;
  let at = start;
  for (const part of parts.slice(1)) {
    at++;
    while (words[at] !== undefined && words[at]!.plain !== part && adverbs.includes(words[at]!.plain)) at++;
    if (words[at]?.plain !== part) return -1;
  }
  return at;
}

function matchWords(text: string, lexicon: Lexicon): OpeningVerb | undefined {
  const words = wordsOf(text);
  for (let skip = 0; skip <= 3 && skip < words.length; skip++) {
    let best: { parts: number; end: number; verb: string } | undefined;
    for (const [phrase, verb] of lexicon.verbs) {
      const parts = phrase.split(' ');
      const end = phraseEnd(words, skip, parts, lexicon.adverbs);
      if (end >= 0 && (!best || parts.length > best.parts)) best = { parts: parts.length, end, verb };
    }
    // Arabic joins "and" to the verb: "ويقرر".
    if (!best && words[skip]?.plain.startsWith('و')) {
      const rest = words[skip]!.plain.slice(1);
      const found = lexicon.verbs.find(([phrase]) => phrase === rest);
      if (found) best = { parts: 1, end: skip, verb: found[1] };
    }
    if (best) {
      return { text: text.slice(0, words[best.end]!.end).trim(), verb: best.verb, force: BINDING.has(best.verb) ? 'binding' : 'non-binding' };
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
  return language === 'zh' ? matchCharacters(matchableText(text), lexicon) : matchWords(text, lexicon);
}
