/**
 * Polls `what` until it gives a value (anything but undefined), for work that happens in the
 * background (queues, events); fails with a clear error after `ms`.
 */
export async function until<T>(what: () => Promise<T | undefined> | T | undefined, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await what();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${ms} ms waiting`);
}
