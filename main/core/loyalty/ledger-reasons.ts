/**
 * The words on a derived ledger row, from what it settles and why it moved: the loyalty tab shows
 * these, so each row explains itself without reading the code.
 */
export function reasonFor(key: string, points: number, hadRows: boolean, stillOwed: boolean): string {
  if (key.startsWith('earn:')) {
    if (!stillOwed) return 'Purchase deleted, moved or no longer earning: its points are taken back';
    if (hadRows) return points > 0 ? 'Purchase edited: more points' : 'Purchase edited: fewer points';
    return points > 0 ? 'Points for a purchase' : 'Refund: points taken back';
  }
  if (key.startsWith('visit:')) {
    const day = key.slice('visit:'.length);
    if (!stillOwed) return `Visit on ${day} no longer counts: its points are taken back`;
    return hadRows ? `Visit on ${day} recalculated` : `Points for the visit on ${day}`;
  }
  if (key.startsWith('expire:')) {
    return points < 0
      ? 'No visit for the expiry period: the points expired'
      : 'A visit before the expiry date was recorded: the expired points are back';
  }
  if (key.startsWith('cover:')) {
    return points > 0
      ? 'Points already spent are not taken back'
      : 'Points already spent are covered again by the purchase';
  }
  return 'Recalculated';
}
