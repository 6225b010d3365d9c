import type { Element, ElementContent, Properties } from 'hast';
import { h as element } from '../../render/html/hast.js';

/** What an element may be given as children: nodes, strings (always text, never markup), lists, or nothing. */
export type Child = ElementContent | string | number | undefined | null | false | readonly Child[];

function flatten(children: readonly Child[], into: ElementContent[]): ElementContent[] {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) flatten(child as readonly Child[], into);
    else if (typeof child === 'string' || typeof child === 'number') into.push({ type: 'text', value: String(child) });
    else into.push(child as ElementContent);
  }
  return into;
}

/** Properties as hast names them (`className`, `ariaLabel`, `dataChange` …); absent where undefined or false. */
export type LooseProperties = Record<string, string | number | boolean | ReadonlyArray<string | number> | undefined | null>;

/**
 * A hast element, made by src/render/html's `h`, taking its children as they come (nested
 * lists, nothing for an absent part) and leaving out properties that are not set. Strings become text nodes, so a clause's wording can never open a tag: the
 * stringifier escapes it for where it stands.
 */
export function h(tagName: string, properties: LooseProperties = {}, ...children: Child[]): Element {
  const defined = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined && value !== false && value !== null)) as Properties;
  return element(tagName, defined, flatten(children, []));
}
