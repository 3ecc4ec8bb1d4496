/**
 * Checkbox lines in the bot's comment: `- [x] text <!-- soup-gate:item ID -->`. The hidden id ties
 * a box to a checklist item regardless of its text, which hostile package names could imitate.
 */
const ITEM_LINE = /^- \[( |x|X)\] .*<!-- soup-gate:item ([a-z-]+-[0-9a-f]{16}) -->\s*$/;

function lines(body: string): string[] {
  return body.replace(/\r\n?/g, '\n').split('\n');
}

/** item id -> checked, for every item line in a body. */
export function readCheckboxes(body: string): Map<string, boolean> {
  const boxes = new Map<string, boolean>();
  for (const line of lines(body)) {
    const match = ITEM_LINE.exec(line);
    if (match) boxes.set(match[2]!, match[1] !== ' ');
  }
  return boxes;
}

export interface CheckboxEdit {
  /** Items whose box the editor changed, with the new state. */
  toggles: Array<{ item: string; checked: boolean }>;
  /** The editor changed something other than checkbox marks (text, hidden markers, lines). */
  otherEdits: boolean;
}

function withoutMarks(body: string): string {
  return lines(body)
    .map((line) => (ITEM_LINE.test(line) ? line.replace(/^- \[[ xX]\]/, '- [ ]') : line))
    .join('\n')
    .trimEnd();
}

/** What one edit of the comment changed: box toggles, and whether anything else moved. */
export function diffCheckboxes(before: string, after: string): CheckboxEdit {
  const was = readCheckboxes(before);
  const now = readCheckboxes(after);
  const toggles: CheckboxEdit['toggles'] = [];
  for (const [item, checked] of now) {
    if (was.has(item) && was.get(item) !== checked) toggles.push({ item, checked });
  }
  return { toggles, otherEdits: withoutMarks(before) !== withoutMarks(after) };
}
