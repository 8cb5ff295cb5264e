/**
 * Tells other tabs of this site that the learner's state changed, so a home page open in one
 * tab shows a lesson marked done in another. Where BroadcastChannel is missing, nothing is
 * sent and each tab reads fresh state on its next load.
 */
export type LearnerChange = { kind: 'lessonMarks' | 'cards' | 'settings' | 'quizResults' };

const channelName = 'loyalty-lab:changes';

export function announceChange(change: LearnerChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName);
  channel.postMessage(change);
  channel.close();
}

export function onChange(listener: (change: LearnerChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<LearnerChange>) => listener(event.data);
  return () => channel.close();
}
