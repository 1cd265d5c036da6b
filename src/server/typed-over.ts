// A cell the add-on writes that someone typed over is flagged with a note saying the next Refresh restores it
// (docs/workbook.md §8.2). The direct edit leaves a mark in the document properties; a Refresh that finds it
// reads the notes of the cells it rewrites, takes its flags off the cells it restored, and clears the mark.
// Without the mark a Refresh reads no notes.
import { documentProperties, forgetPropertiesRead } from './document';
import type { Workbook } from './workbook';

export const TYPED_OVER_PROPERTY = 'tracker.typedOver';

/** Called by a direct edit that flagged a typed-over cell. A failure only leaves the note after the restore. */
export function markTypedOver(): void {
  try {
    forgetPropertiesRead();
    documentProperties().setProperty(TYPED_OVER_PROPERTY, '1');
  } catch (error) {
    console.warn(`typed-over mark: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function typedOverMarked(book: Workbook): boolean {
  return book.property(TYPED_OVER_PROPERTY) === '1';
}

/** After the Refresh has restored the cells: the mark goes with the run's other properties. */
export function clearTypedOverMark(book: Workbook): void {
  if (typedOverMarked(book)) book.setProperties({ [TYPED_OVER_PROPERTY]: '' }, true);
}
