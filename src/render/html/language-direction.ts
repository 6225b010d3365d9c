import type { LanguageCode } from '../../model/document.js';

/** The writing direction of a document language: Arabic right to left, the other official languages left to right. */
export function languageDirection(language: LanguageCode | string): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
