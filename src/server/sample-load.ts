// Thiết lập with the sample data (docs/workbook.md §8): a document property says a sample load is under way from the
// moment the administrator says yes until it is done, so a re-run after a failure halfway goes on loading the
// sample instead of taking the half-written workbook for the user's own (a failure at any point, then a re-run,
// ends as a run without the failure: docs/workbook.md §9).
import type { Workbook } from './workbook';

const SAMPLE_PROPERTY = 'sampleLoad';
const LOADING = 'loading:';
const DONE = 'done';

/** True while a sample load a failed run began is not finished. */
export function sampleLoading(book: Workbook): boolean {
  return (book.property(SAMPLE_PROPERTY) ?? '').startsWith(LOADING);
}

/**
 * True when `email` began the unfinished sample load: the sample's Settings name the sample's administrator, so
 * the person who said yes may run Thiết lập again to finish it.
 */
export function beganSampleLoad(book: Workbook, email: string): boolean {
  return book.property(SAMPLE_PROPERTY) === LOADING + email.trim().toLowerCase();
}

/** Marks the sample load as begun by `email` (written at once, before any sample cell). */
export function beginSampleLoad(book: Workbook, email: string): void {
  book.setProperties({ [SAMPLE_PROPERTY]: LOADING + email.trim().toLowerCase() });
}

/** Marks the sample load as done. */
export function endSampleLoad(book: Workbook): void {
  book.setProperties({ [SAMPLE_PROPERTY]: DONE });
}
