/**
 * Counts what the user did from now on, as the document saw it: keys pressed and pointer presses.
 * For the keystroke budgets at the counter ("a visit with an amount in 3 keystrokes, no mouse").
 */
export function countUserInput(): { keys: () => number; pointerPresses: () => number; stop: () => void } {
  let keys = 0;
  let pointerPresses = 0;
  const onKey = () => void (keys += 1);
  const onPointer = () => void (pointerPresses += 1);
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('pointerdown', onPointer, true);
  return {
    keys: () => keys,
    pointerPresses: () => pointerPresses,
    stop: () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    },
  };
}
