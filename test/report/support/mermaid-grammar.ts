/**
 * The lines of a Mermaid gantt chart as Mermaid's own lexer reads them (mermaid-js/mermaid,
 * packages/mermaid/src/diagrams/gantt/parser/gantt.jison): a task is `taskTxt` = [^#:\n;]+
 * then `taskData` = ":"[^#\n;]+; a section is "section" then [^#:\n;]+; a title "title" then
 * [^#\n;]+. `#` and a leading `%%` start comments. The lexer tries keywords first, so a task
 * name must not start with one.
 */
const KEYWORDS = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|title|accdescription|acctitle|accdescr|section|click|call|href)\b/i;

export interface GanttTask {
  section: string;
  name: string;
  tags: string[];
  id: string;
  start: string;
  end: string;
}

/** Reads a chart as Mermaid would, or throws saying which line it would misread. */
export function readGantt(source: string): { title: string; tasks: GanttTask[] } {
  const [first, ...lines] = source.split('\n');
  if (first !== 'gantt') throw new Error(`a gantt chart starts with "gantt", not ${JSON.stringify(first)}`);
  let title = '';
  let section = '';
  const tasks: GanttTask[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (/[#;]/.test(trimmed) || trimmed.startsWith('%%')) throw new Error(`Mermaid would cut or skip this line: ${line}`);
    let match: RegExpExecArray | null;
    if ((match = /^title ([^#\n;]+)$/.exec(trimmed))) title = match[1]!;
    else if (/^(dateFormat YYYY-MM-DD|axisFormat [^#\n;]+|todayMarker off)$/.test(trimmed)) continue;
    else if ((match = /^section ([^#:\n;]+)$/.exec(trimmed))) section = match[1]!;
    else if ((match = /^([^#:\n;]+):([^#\n;]+)$/.exec(trimmed)) && !KEYWORDS.test(match[1]!)) {
      const fields = match[2]!.split(',').map((field) => field.trim());
      const tags = fields.filter((field) => ['milestone', 'crit', 'done', 'active'].includes(field));
      const [id = '', start = '', end = ''] = fields.slice(tags.length);
      if (fields.length !== tags.length + 3) throw new Error(`a task needs an id, a start and an end or length: ${line}`);
      tasks.push({ section, name: match[1]!.trim(), tags, id, start, end });
    } else throw new Error(`Mermaid would not read this line as intended: ${line}`);
  }
  return { title, tasks };
}
