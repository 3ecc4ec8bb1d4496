/**
 * Which comment is the gate's sticky comment. It must carry the marker AND be authored by the
 * bot: a comment by anyone else that copies the marker is ignored, so it can never carry state or
 * be edited by us.
 */
export interface CommentFacts {
  id: number;
  body: string;
  author: string | null;
}

export interface StickyIdentity {
  botLogin: string;
  /** The first line every sticky comment starts with. */
  marker: string;
}

/** The bot's marked comments, oldest first: with several (two runs created one each), the oldest is the one. */
export function selectStickyComments<T extends CommentFacts>(
  comments: readonly T[],
  identity: StickyIdentity,
): T[] {
  return comments
    .filter((comment) => comment.author === identity.botLogin && comment.body.startsWith(identity.marker))
    .sort((a, b) => a.id - b.id);
}

/** Whether a stored comment already reads as `body` (GitHub may hand back CRLF line ends). */
export function isSameBody(stored: string, body: string): boolean {
  return stored.replace(/\r\n/g, '\n') === body;
}
