/** What was typed between Ctrl+K and the search field taking the focus. */
export interface TypeAhead {
  text: string;
  /** Enter was pressed too: open the first match once it is known. */
  enter: boolean;
}

/**
 * Holds the keys typed while the spotlight opens (Ctrl+K, then "4567" at full speed): until its
 * field has the focus they would be lost, or worse, land in whatever field had it (Amount).
 */
export class TypeAheadBuffer {
  private pending: TypeAhead | null = null;

  start(): void {
    this.pending = { text: '', enter: false };
  }

  /** Hands over what was typed and stops collecting; null if nothing was being collected. */
  take(): TypeAhead | null {
    const taken = this.pending;
    this.pending = null;
    return taken;
  }

  /** Collects one key if collecting; returns whether it did (the caller then cancels the key). */
  collect(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
    const pending = this.pending;
    if (!pending || event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.key === 'Enter') pending.enter = true;
    else if (event.key === 'Backspace') pending.text = pending.text.slice(0, -1);
    else if ([...event.key].length === 1) pending.text += event.key;
    else return false;
    return true;
  }
}
