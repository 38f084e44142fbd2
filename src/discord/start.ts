/** Entry point for Discord mode; replaced by the real bot start-up. */
export async function startBot(): Promise<void> {
  throw new Error('Discord mode is not wired up yet.');
}
