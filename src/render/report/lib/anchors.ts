/**
 * Links from a report's tables to its sections. Links are written against a key
 * (`linkTo(key, …)`) and headings carry the key they answer to (`anchored(heading, key)`);
 * `resolveAnchors` then gives each heading the id GitHub gives it and points the links there.
 * Ids follow GitHub's rule, as github-slugger reproduces it: lower case, punctuation dropped,
 * spaces to hyphens, and `-1`, `-2` … after repeats. GitLab, VS Code
 * and most Markdown previewers use the same rule, so the links work without any raw HTML.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, Link, Nodes, Root } from 'mdast';
import { link, type Phrasing } from './mdast.js';

declare module 'mdast' {
  interface HeadingData {
    /** The key that `linkTo` refers to this heading by. */
    anchor?: string;
  }
}

const ANCHOR_SCHEME = 'anchor:';

export function linkTo(key: string, ...children: Phrasing[]): Link {
  return link(`${ANCHOR_SCHEME}${key}`, ...children);
}

export function anchored(heading: Heading, key: string): Heading {
  return { ...heading, data: { ...heading.data, anchor: key } };
}

/** The id GitHub gives a heading with this text (github-slugger's rule), without counting repeats. */
export function githubSlug(text: string): string {
  return slug(text);
}

/** Gives headings' texts, one by one in document order, the ids GitHub gives them: repeats get -1, -2 …. */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** A heading's words as GitHub slugs them: its text, without raw HTML. */
export function headingText(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  return 'children' in node ? node.children.map(headingText).join('') : '';
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** Points every anchor link at its heading's id. A link to a key no heading carries is a fault. */
export function resolveAnchors(tree: Root): Root {
  const ids = new Map<string, string>();
  const slug = headingSlugger();
  for (const node of walk(tree)) {
    if (node.type !== 'heading') continue;
    const id = slug(headingText(node));
    if (node.data?.anchor !== undefined) ids.set(node.data.anchor, id);
  }
  for (const node of walk(tree)) {
    if (node.type !== 'link' || !node.url.startsWith(ANCHOR_SCHEME)) continue;
    const key = node.url.slice(ANCHOR_SCHEME.length);
    const id = ids.get(key);
    if (id === undefined) throw new Error(`report links to a section that it does not contain: ${key}`);
    node.url = `#${id}`;
  }
  return tree;
}
